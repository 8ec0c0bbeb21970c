package org.tactician.diagrams.internal;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;

/**
 * What every plan diagram shares: the server places every element itself (the arrangement, the
 * stored layout or ELK), so the client neither measures nor lays out, and updates are not
 * animated (an edit must show at once, not drift into place).
 */
public abstract class ServerArrangedConfiguration extends BaseDiagramConfiguration {

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.NONE;
    }

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
