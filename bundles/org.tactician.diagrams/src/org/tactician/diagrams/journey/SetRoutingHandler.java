package org.tactician.diagrams.journey;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.tactician.layout.journey.JourneyLayout.Routing;

import com.google.inject.Inject;

/** Changes how this session draws the flows, and sends the diagram again. */
public class SetRoutingHandler extends AbstractActionHandler<SetRoutingAction> {

    @Inject
    protected JourneyArrangement arrangement;

    @Inject
    protected ModelSubmissionHandler submission;

    @Override
    protected List<Action> executeAction(SetRoutingAction action) {
        Routing routing;
        try {
            routing = Routing.valueOf(String.valueOf(action.getRouting()));
        } catch (IllegalArgumentException e) {
            return none();
        }
        if (routing == arrangement.routing()) {
            return none();
        }
        arrangement.setRouting(routing);
        return submission.submitModel("routing");
    }
}
