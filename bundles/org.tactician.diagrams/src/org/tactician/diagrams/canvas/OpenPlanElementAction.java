package org.tactician.diagrams.canvas;

import org.eclipse.glsp.server.actions.Action;

/** From the client: follow a note's link to the plan element it stands for. */
public class OpenPlanElementAction extends Action {

    public static final String KIND = "tacticianOpenElement";

    private String elementId;

    public OpenPlanElementAction() {
        super(KIND);
    }

    public OpenPlanElementAction(String elementId) {
        this();
        this.elementId = elementId;
    }

    public String getElementId() {
        return elementId;
    }
}
