package org.tactician.diagrams.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.JourneyFlow;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.model.TacticianPackage.Literals;

/**
 * In-place editing of a touchpoint's or stage's name, and of a flow's label: its name, and its
 * condition in brackets ({@code Comes back [Basket left for an hour]}).
 */
public class RenameJourneyElementHandler extends JourneyOperationHandler<ApplyLabelEditOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.rename");
    }

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        Optional<PlanElement> owner = JourneyModel.owner(journey(), operation.getLabelId());
        if (owner.isEmpty() || !(owner.get() instanceof NamedElement named)) {
            return doNothing();
        }
        List<Command> changes = new ArrayList<>();
        String name;
        if (named instanceof JourneyFlow flow) {
            FlowText text = FlowText.parse(operation.getText());
            name = text.name();
            String condition = text.condition().isEmpty() ? null : text.condition();
            String was = flow.getCondition() == null || flow.getCondition().isBlank() ? null : flow.getCondition().strip();
            if (!java.util.Objects.equals(condition, was)) {
                changes.add(SetCommand.create(domain(), flow, Literals.JOURNEY_FLOW__CONDITION, condition));
            }
        } else {
            name = operation.getText() == null ? "" : operation.getText().strip();
        }
        if (!name.isEmpty() && !name.equals(named.getName())) {
            changes.add(SetCommand.create(domain(), named, Literals.NAMED_ELEMENT__NAME, name));
        }
        if (changes.isEmpty()) {
            return doNothing();
        }
        return Optional.of(new CompoundCommand(DiagramTexts.get("undo.rename", name), changes));
    }
}
