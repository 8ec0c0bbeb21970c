package org.tactician.diagrams.ui.internal;

import org.tactician.diagrams.DiagramServer;

/**
 * The workbench's one local diagram server, shared by every diagram editor: it runs while a
 * diagram is open and stops when the last one closes.
 */
public final class WorkbenchDiagramServer {

    private static final DiagramServer SERVER = new DiagramServer();

    private WorkbenchDiagramServer() {
    }

    /** The server. */
    public static DiagramServer get() {
        return SERVER;
    }
}
