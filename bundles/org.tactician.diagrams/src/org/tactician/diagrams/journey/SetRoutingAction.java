package org.tactician.diagrams.journey;

import org.eclipse.glsp.server.actions.Action;

/** From the client: draw the flows with right angles ({@code ORTHOGONAL}) or as curves ({@code SPLINES}). */
public class SetRoutingAction extends Action {

    public static final String KIND = "tacticianSetRouting";

    private String routing;

    public SetRoutingAction() {
        super(KIND);
    }

    public SetRoutingAction(String routing) {
        this();
        this.routing = routing;
    }

    public String getRouting() {
        return routing;
    }
}
