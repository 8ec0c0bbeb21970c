package org.tactician.diagrams.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.actions.ResponseAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.internal.actions.DefaultActionDispatcher;

import com.google.inject.Inject;

/**
 * Runs each action handler with exclusive access to the plan (see {@link PlanDiagram#apply}).
 * Actions for the client are sent outside that access: a slow browser never holds up the forms.
 */
@SuppressWarnings("restriction")
public class PlanActionDispatcher extends DefaultActionDispatcher {

    @Inject
    protected PlanDiagram diagram;

    @Override
    protected List<CompletableFuture<Void>> runAction(Action action) {
        boolean handledOnClient = clientActionForwarder.handle(action);
        List<ActionHandler> handlers = actionHandlerRegistry.get(action);
        if (!handledOnClient && handlers.isEmpty()) {
            throw new IllegalArgumentException("No handler registered for action: " + action);
        }
        List<CompletableFuture<Void>> results = new ArrayList<>();
        for (ActionHandler handler : handlers) {
            List<Action> responses = diagram.apply(() -> handler.execute(action)).stream()
                    .map(response -> ResponseAction.respond(action, response)).toList();
            results.addAll(dispatchAll(responses));
        }
        if (action instanceof UpdateModelAction || action instanceof SetModelAction) {
            results.add(dispatchPostUpdateQueue());
        }
        return results;
    }
}
