package org.tactician.diagrams.tows;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.model.TacticianPackage.Literals;

/** In-place editing of a card's name. */
public class RenameCardHandler extends TowsOperationHandler<ApplyLabelEditOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.rename");
    }

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        Optional<PlanElement> owner = TowsModel.owner(plan(), operation.getLabelId());
        String text = operation.getText() == null ? "" : operation.getText().strip();
        if (owner.isEmpty() || !(owner.get() instanceof NamedElement named) || text.isEmpty()
                || text.equals(named.getName())) {
            return doNothing();
        }
        Command set = SetCommand.create(domain(), named, Literals.NAMED_ELEMENT__NAME, text);
        return Optional.of(new org.eclipse.emf.common.command.CompoundCommand(DiagramTexts.get("undo.rename", text),
                java.util.List.of(set)));
    }
}
