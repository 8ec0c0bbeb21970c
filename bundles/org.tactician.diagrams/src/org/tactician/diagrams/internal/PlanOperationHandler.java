package org.tactician.diagrams.internal;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;

import com.google.inject.Inject;

/** An operation of a plan diagram, turned into an EMF command on the plan's command stack. */
public abstract class PlanOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected PlanDiagram diagram;

    /** Attaches the handler to {@code planDiagram} outside a GLSP session (the handler tests). */
    public PlanOperationHandler<O> on(PlanDiagram planDiagram) {
        this.diagram = planDiagram;
        return this;
    }

    protected MarketingPlan plan() {
        return diagram.source().plan();
    }

    /**
     * The plan's words, in the plan's language: the names of the elements a diagram creates are
     * plan content, read in the plan's documents, so they are not in the workbench's language.
     */
    protected PlanTerms planTerms() {
        return PlanTerms.of(plan());
    }

    protected EditingDomain domain() {
        return diagram.source().editingDomain();
    }
}
