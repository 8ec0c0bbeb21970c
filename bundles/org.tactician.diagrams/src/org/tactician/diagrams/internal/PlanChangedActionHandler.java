package org.tactician.diagrams.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.model.GModelState;

import com.google.inject.Inject;

/** Sends the diagram again after the plan changed elsewhere, so it shows the change at once. */
public class PlanChangedActionHandler extends AbstractActionHandler<PlanChangedAction> {

    @Inject
    protected ModelSubmissionHandler submission;

    @Inject
    protected GModelState modelState;

    @Override
    protected List<Action> executeAction(PlanChangedAction action) {
        if (modelState.getRoot() == null) {
            return none();
        }
        return submission.submitModel("external");
    }
}
