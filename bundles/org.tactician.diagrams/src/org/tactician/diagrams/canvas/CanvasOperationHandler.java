package org.tactician.diagrams.canvas;

import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.internal.PlanOperationHandler;
import org.tactician.model.BusinessModelCanvas;

/** An operation of the canvas diagram, which needs to know where blocks and notes are. */
abstract class CanvasOperationHandler<O extends Operation> extends PlanOperationHandler<O> {

    protected BusinessModelCanvas canvas() {
        return CanvasModel.canvas(plan());
    }

    protected CanvasArrangement arrangement() {
        return CanvasArrangement.of(canvas(), plan());
    }
}
