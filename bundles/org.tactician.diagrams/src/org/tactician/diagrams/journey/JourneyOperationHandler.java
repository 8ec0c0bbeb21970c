package org.tactician.diagrams.journey;

import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.internal.PlanOperationHandler;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.model.CustomerJourney;

import com.google.inject.Inject;

/** An operation of the journey diagram: it works on the drawing the user sees. */
abstract class JourneyOperationHandler<O extends Operation> extends PlanOperationHandler<O> {

    @Inject
    protected JourneyArrangement arrangement = new JourneyArrangement();

    /** Attaches the handler to a diagram and its session's arrangement (the handler tests). */
    JourneyOperationHandler<O> on(org.tactician.diagrams.internal.PlanDiagram planDiagram, JourneyArrangement shared) {
        on(planDiagram);
        this.arrangement = shared;
        return this;
    }

    protected CustomerJourney journey() {
        return JourneyModel.journey(plan());
    }

    /** The drawing of the journey, or {@code null} when the plan has none. */
    protected JourneyDrawing drawing() {
        CustomerJourney journey = journey();
        return journey == null ? null : arrangement.drawing(journey, diagram.layout());
    }
}
