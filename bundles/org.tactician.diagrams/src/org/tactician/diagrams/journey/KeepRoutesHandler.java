package org.tactician.diagrams.journey;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.tactician.diagrams.internal.DiagramTexts;

/**
 * Routes belong to ELK: the client reports the routes of the flows of a moved touchpoint, and the
 * server lays them out again instead.
 */
public class KeepRoutesHandler extends JourneyOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.routeFlows");
    }

    @Override
    public Optional<Command> createCommand(ChangeRoutingPointsOperation operation) {
        return doNothing();
    }
}
