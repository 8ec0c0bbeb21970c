package org.tactician.diagrams.canvas;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.CanvasItem;
import org.tactician.model.TacticianPackage.Literals;

/** In-place editing of a note's text. */
public class RenameNoteHandler extends CanvasOperationHandler<ApplyLabelEditOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.rename");
    }

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        Optional<CanvasItem> item = CanvasModel.owner(canvas(), operation.getLabelId());
        String text = operation.getText() == null ? "" : operation.getText().strip();
        if (item.isEmpty() || text.isEmpty() || text.equals(item.get().getName())) {
            return doNothing();
        }
        return Optional.of(new CompoundCommand(DiagramTexts.get("undo.rename", text),
                List.of(SetCommand.create(domain(), item.get(), Literals.NAMED_ELEMENT__NAME, text))));
    }
}
