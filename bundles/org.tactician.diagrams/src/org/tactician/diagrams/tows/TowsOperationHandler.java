package org.tactician.diagrams.tows;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.model.MarketingPlan;

import com.google.inject.Inject;

/** An operation of the TOWS diagram, turned into an EMF command on the plan's command stack. */
abstract class TowsOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected PlanDiagram diagram;

    protected MarketingPlan plan() {
        return diagram.source().plan();
    }

    protected EditingDomain domain() {
        return diagram.source().editingDomain();
    }

    protected TowsArrangement arrangement() {
        return TowsArrangement.of(TowsModel.swot(plan()), diagram.layout());
    }
}
