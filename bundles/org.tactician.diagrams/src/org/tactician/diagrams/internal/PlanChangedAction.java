package org.tactician.diagrams.internal;

import org.eclipse.glsp.server.actions.Action;

/** Server-side only: the plan changed outside this diagram (a form, another diagram, a reload). */
public class PlanChangedAction extends Action {

    public static final String KIND = "tacticianPlanChanged";

    public PlanChangedAction() {
        super(KIND);
    }
}
