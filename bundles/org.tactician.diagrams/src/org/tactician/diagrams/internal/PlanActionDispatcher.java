package org.tactician.diagrams.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.internal.actions.DefaultActionDispatcher;

import com.google.inject.Inject;

/** Handles every action with exclusive access to the plan (see {@link PlanDiagram#apply}). */
@SuppressWarnings("restriction")
public class PlanActionDispatcher extends DefaultActionDispatcher {

    @Inject
    protected PlanDiagram diagram;

    @Override
    protected List<CompletableFuture<Void>> runAction(Action action) {
        return diagram.apply(() -> super.runAction(action));
    }
}
