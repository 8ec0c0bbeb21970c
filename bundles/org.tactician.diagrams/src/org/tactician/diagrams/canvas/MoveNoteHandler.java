package org.tactician.diagrams.canvas;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.canvas.CanvasArrangement.BlockBox;
import org.tactician.diagrams.canvas.CanvasArrangement.NoteBox;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasItem;
import org.tactician.model.TacticianPackage.Literals;

/**
 * Moves notes. Dropped into another block, a note changes its block there (the GLSP client sends
 * only the new position, relative to the old block); dropped inside its block, it takes the place
 * in the block's order where it was dropped. Both are changes of the plan, undone as one.
 */
public class MoveNoteHandler extends CanvasOperationHandler<ChangeBoundsOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.moveNote");
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        BusinessModelCanvas canvas = canvas();
        if (canvas == null || operation.getNewBounds().size() != 1) {
            return doNothing();
        }
        ElementAndBounds change = operation.getNewBounds().get(0);
        CanvasArrangement arrangement = arrangement();
        NoteBox note = arrangement.note(change.getElementId());
        GPoint position = change.getNewPosition();
        if (note == null || position == null) {
            return doNothing();
        }
        CanvasItem item = note.item();
        BlockBox from = arrangement.block(note.area());
        double x = from.x() + position.getX() + note.bounds().width() / 2.0;
        double y = from.y() + position.getY() + Math.min(note.bounds().height(), 40) / 2.0;
        CanvasArea target = arrangement.areaAt(x, y);
        if (target == null) {
            return doNothing();
        }
        BlockBox to = arrangement.block(target);
        int place = arrangement.indexAt(target, x - to.x(), y - to.y(), item);
        int index = CanvasOrder.listIndex(canvas, target, place, item);
        CompoundCommand command = new CompoundCommand(target == note.area() ? DiagramTexts.get("undo.reorder", item.getName())
                : DiagramTexts.get("undo.moveNamedTo", item.getName(), target.title()));
        if (target != note.area()) {
            command.append(SetCommand.create(domain(), item, Literals.CANVAS_ITEM__BLOCK, target.block()));
        }
        if (canvas.getItems().indexOf(item) != index) {
            command.append(MoveCommand.create(domain(), canvas, Literals.BUSINESS_MODEL_CANVAS__ITEMS, item, index));
        }
        if (command.isEmpty()) {
            return doNothing();
        }
        return Optional.of(command);
    }
}
