package org.tactician.diagrams.tows;

import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.internal.PlanOperationHandler;
import org.tactician.diagrams.internal.ReadingDirection;

/** An operation of the TOWS diagram, which needs to know where the cells and cards are. */
abstract class TowsOperationHandler<O extends Operation> extends PlanOperationHandler<O> {

    protected TowsArrangement arrangement() {
        return TowsArrangement.of(TowsModel.swot(plan()), diagram.layout(), ReadingDirection.rightToLeft(plan()));
    }
}
