package org.tactician.diagrams.canvas;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.canvas.CanvasArrangement.BlockBox;
import org.tactician.diagrams.internal.CreateElementHandler;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasItem;
import org.tactician.model.PlanElement;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;

/**
 * Creates a note in the block that was clicked, at the place in the block's order where it was
 * clicked. A plan without a canvas gets one in the same undoable edit.
 */
public class CreateNoteHandler extends CreateElementHandler<CanvasArea> {

    public CreateNoteHandler() {
        super(DiagramTexts.get("operation.createNote"));
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(CanvasTypes.NEW_NOTE);
    }

    @Override
    protected CanvasArea kindOf(CreateNodeOperation operation) {
        CanvasArea area = operation.getLocation().map(p -> arrangement().areaAt(p.getX(), p.getY())).orElse(null);
        return area == null && operation.getContainerId() != null ? CanvasArea.ofElementId(operation.getContainerId())
                : area;
    }

    @Override
    protected String noun(CanvasArea area) {
        return DiagramTexts.get("noun.noteIn", area.title());
    }

    @Override
    protected PlanElement newElement(CanvasArea area) {
        CanvasItem item = TacticianFactory.eINSTANCE.createCanvasItem();
        item.setName(planTerms().text("newName.note"));
        item.setBlock(area.block());
        return item;
    }

    @Override
    protected boolean add(CanvasArea area, PlanElement note, Optional<GPoint> at, CompoundCommand command) {
        CanvasArrangement arrangement = arrangement();
        BusinessModelCanvas canvas = CanvasModel.canvasCreatingIn(domain(), plan(), command);
        int index = canvas.getItems().size();
        if (at.isPresent()) {
            BlockBox box = arrangement.block(area);
            int inBlock = arrangement.indexAt(area, at.get().getX() - box.x(), at.get().getY() - box.y(), null);
            index = CanvasOrder.listIndex(canvas, area, inBlock, null);
        }
        command.append(AddCommand.create(domain(), canvas, Literals.BUSINESS_MODEL_CANVAS__ITEMS, note, index));
        return true;
    }

    private CanvasArrangement arrangement() {
        return CanvasArrangement.of(CanvasModel.canvas(plan()), plan());
    }
}
