package org.tactician.diagrams.journey;

import org.eclipse.glsp.server.operations.Operation;

/** From the client: forget where touchpoints were put by hand and let ELK place them all. */
public class LayoutAgainOperation extends Operation {

    public static final String KIND = "tacticianLayoutAgain";

    public LayoutAgainOperation() {
        super(KIND);
    }
}
