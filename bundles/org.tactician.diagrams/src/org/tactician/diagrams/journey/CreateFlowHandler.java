package org.tactician.diagrams.journey;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/**
 * Draws a flow from one touchpoint to another: onward, to a second next step (a branch) or back to
 * an earlier stage (a loop). A touchpoint does not flow to itself.
 */
public class CreateFlowHandler extends JourneyOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(JourneyTypes.FLOW);
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.createFlow");
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        CustomerJourney journey = journey();
        Optional<Touchpoint> source = JourneyModel.touchpoint(journey, operation.getSourceElementId());
        Optional<Touchpoint> target = JourneyModel.touchpoint(journey, operation.getTargetElementId());
        if (source.isEmpty() || target.isEmpty() || source.get() == target.get()) {
            return doNothing();
        }
        JourneyFlow flow = TacticianFactory.eINSTANCE.createJourneyFlow();
        flow.setId(EcoreUtil.generateUUID());
        flow.setName(planTerms().text("newName.flow"));
        flow.setSource(source.get());
        flow.setTarget(target.get());
        return Optional.of(new CompoundCommand(DiagramTexts.get("undo.createFlow", target.get().getName()),
                List.of(AddCommand.create(domain(), journey, Literals.CUSTOMER_JOURNEY__FLOWS, flow))));
    }
}
