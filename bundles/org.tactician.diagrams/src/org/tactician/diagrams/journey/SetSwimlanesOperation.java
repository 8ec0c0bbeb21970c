package org.tactician.diagrams.journey;

import org.eclipse.glsp.server.operations.Operation;

/** From the client: draw the journey with a lane per persona across the stage columns, or without. */
public class SetSwimlanesOperation extends Operation {

    public static final String KIND = "tacticianSetSwimlanes";

    private boolean swimlanes;

    public SetSwimlanesOperation() {
        super(KIND);
    }

    public SetSwimlanesOperation(boolean swimlanes) {
        this();
        this.swimlanes = swimlanes;
    }

    public boolean isSwimlanes() {
        return swimlanes;
    }
}
