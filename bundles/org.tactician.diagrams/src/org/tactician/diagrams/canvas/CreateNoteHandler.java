package org.tactician.diagrams.canvas;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.canvas.CanvasArrangement.BlockBox;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;

/**
 * Creates a note in the block that was clicked, at the place in the block's order where it was
 * clicked. A plan without a canvas gets one in the same undoable edit.
 */
public class CreateNoteHandler extends CanvasOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(CanvasTypes.NEW_NOTE);
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Create note";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Optional<GPoint> location = operation.getLocation();
        CanvasArrangement arrangement = arrangement();
        CanvasArea area = location.map(p -> arrangement.areaAt(p.getX(), p.getY())).orElse(null);
        if (area == null && operation.getContainerId() != null) {
            area = CanvasArea.ofElementId(operation.getContainerId());
        }
        if (area == null) {
            return doNothing();
        }
        CompoundCommand command = new CompoundCommand("Create a note in " + area.title());
        BusinessModelCanvas canvas = CanvasModel.canvasCreatingIn(domain(), plan(), command);
        CanvasItem item = TacticianFactory.eINSTANCE.createCanvasItem();
        item.setId(EcoreUtil.generateUUID());
        item.setName("New note");
        item.setBlock(area.block());
        int index = canvas.getItems().size();
        if (location.isPresent()) {
            BlockBox box = arrangement.block(area);
            int inBlock = arrangement.indexAt(area, location.get().getX() - box.x(), location.get().getY() - box.y(), null);
            index = CanvasOrder.listIndex(canvas, area, inBlock, null);
        }
        command.append(AddCommand.create(domain(), canvas, Literals.BUSINESS_MODEL_CANVAS__ITEMS, item, index));
        return Optional.of(command);
    }
}
