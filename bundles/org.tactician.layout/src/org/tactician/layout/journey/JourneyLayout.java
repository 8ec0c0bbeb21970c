package org.tactician.layout.journey;

import java.util.Map;

import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.internal.ElkJourney;
import org.tactician.model.CustomerJourney;

/**
 * Lays out a customer journey with the Eclipse Layout Kernel (layered, left to right): one column
 * per stage in journey order, touchpoints in the column of their stage, flows routed between the
 * boxes with their labels beside them, loops back to earlier stages routed around. The same
 * journey with the same options always gets the same drawing, so the diagram and the plan
 * documents show one layout.
 */
public final class JourneyLayout {

    /** How flows are drawn. */
    public enum Routing {
        /** Horizontal and vertical segments. */
        ORTHOGONAL,
        /** Smooth curves. */
        SPLINES
    }

    /**
     * What to lay out the journey with.
     *
     * @param routing how flows are drawn
     * @param pinned where the consultant put touchpoints (top left, by touchpoint id): a pinned
     *        box keeps its place in the order of its layer (above or below the others there)
     * @param swimlanes whether each persona gets a horizontal lane across the stage columns (a
     *        touchpoint sits in the lane of its first persona; those without one in a last lane)
     */
    public record Options(Routing routing, Map<String, Point> pinned, boolean swimlanes) {

        public Options {
            routing = routing == null ? Routing.ORTHOGONAL : routing;
            pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
        }

        public Options(Routing routing, Map<String, Point> pinned) {
            this(routing, pinned, false);
        }

        /** Orthogonal flows, nothing pinned, no lanes. */
        public static Options defaults() {
            return new Options(Routing.ORTHOGONAL, Map.of(), false);
        }

        public Options withRouting(Routing newRouting) {
            return new Options(newRouting, pinned, swimlanes);
        }

        public Options withPinned(Map<String, Point> newPinned) {
            return new Options(routing, newPinned, swimlanes);
        }

        public Options withSwimlanes(boolean lanes) {
            return new Options(routing, pinned, lanes);
        }
    }

    private JourneyLayout() {
    }

    /**
     * The drawing of {@code journey}. Flows whose ends are not touchpoints of this journey are left
     * out. Reads the journey only: call it where the model may be read.
     */
    public static JourneyDrawing of(CustomerJourney journey, Options options) {
        return new ElkJourney(journey, options).layout();
    }
}
