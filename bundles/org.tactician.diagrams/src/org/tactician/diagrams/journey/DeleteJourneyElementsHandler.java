package org.tactician.diagrams.journey;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.PlanElement;
import org.tactician.model.Touchpoint;

/**
 * Deletes touchpoints (with the flows from and to them: a flow needs both ends) and flows, picked
 * by their edge or their label. Stages are not deleted here: they are the journey's columns.
 */
public class DeleteJourneyElementsHandler extends JourneyOperationHandler<DeleteOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.delete");
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        CustomerJourney journey = journey();
        Set<PlanElement> doomed = new LinkedHashSet<>();
        for (String id : operation.getElementIds()) {
            JourneyModel.owner(journey, id).filter(e -> e instanceof Touchpoint || e instanceof JourneyFlow)
                    .ifPresent(doomed::add);
        }
        if (doomed.isEmpty()) {
            return doNothing();
        }
        String label = doomed.size() == 1 ? DiagramTexts.get("undo.delete", DiagramTexts.element(doomed.iterator().next()))
                : DiagramTexts.get("undo.deleteElements", doomed.size());
        for (JourneyFlow flow : journey.getFlows()) {
            if (doomed.contains(flow.getSource()) || doomed.contains(flow.getTarget())) {
                doomed.add(flow);
            }
        }
        Command delete = DeleteCommand.create(domain(), doomed);
        return Optional.of(new org.eclipse.emf.common.command.CompoundCommand(label, java.util.List.of(delete)));
    }
}
