package org.tactician.diagrams.canvas;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasItem;
import org.tactician.model.PlanElement;

/**
 * Deletes notes, and unlinks a note from a plan element whose chip is deleted (the element itself
 * stays in the plan).
 */
public class DeleteNotesHandler extends CanvasOperationHandler<DeleteOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.delete");
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        BusinessModelCanvas canvas = canvas();
        Set<CanvasItem> notes = new LinkedHashSet<>();
        CompoundCommand unlinks = new CompoundCommand();
        for (String id : operation.getElementIds()) {
            int link = id.indexOf(":link:");
            if (link < 0) {
                CanvasModel.item(canvas, id).ifPresent(notes::add);
                continue;
            }
            String target = id.substring(link + ":link:".length());
            CanvasModel.item(canvas, id.substring(0, link)).ifPresent(item -> {
                for (CanvasModel.Link linked : CanvasModel.links(item, plan())) {
                    PlanElement element = linked.element();
                    if (target.equals(element.getId()) && linked.reference() != null && !notes.contains(item)) {
                        unlinks.append(RemoveCommand.create(domain(), item, linked.reference(), element));
                    }
                }
            });
        }
        CompoundCommand command = new CompoundCommand(notes.size() == 1 ? DiagramTexts.get("undo.delete", DiagramTexts.element(notes.iterator().next()))
                : notes.isEmpty() ? DiagramTexts.get("undo.unlink") : DiagramTexts.get("undo.deleteNotes", notes.size()));
        if (!notes.isEmpty()) {
            command.append(DeleteCommand.create(domain(), notes));
        }
        if (!unlinks.isEmpty()) {
            command.append(unlinks);
        }
        return command.isEmpty() ? doNothing() : Optional.of(command);
    }
}
