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
 * documents show one layout. For a right-to-left plan the drawing is that layout mirrored (first
 * stage at the right, flows pointing left): pins are read in the left-to-right layout's
 * coordinates, so stored places do not depend on the plan's language.
 */
public final class JourneyLayout {

    /** How flows are drawn. */
    public enum Routing {
        /** Horizontal and vertical segments. */
        ORTHOGONAL,
        /** Smooth curves. */
        SPLINES
    }

    /** What the drawing is for, which decides its sizes and spacing. */
    public enum Density {
        /** The diagram editor: boxes of one width with persona chips, flow labels with their text. */
        SCREEN,
        /**
         * A printed figure: boxes fitted to their name and media line (no chips), flows labelled
         * with a number badge only ({@link JourneyBoxes#BADGE_WIDTH}), spacing tight, no stage
         * header inside the columns (the figure draws its own row of headers).
         */
        PRINT
    }

    /**
     * What to lay out the journey with.
     *
     * @param routing how flows are drawn
     * @param pinned where the consultant put touchpoints (top left, by touchpoint id): a pinned
     *        box keeps its place in the order of its layer (above or below the others there)
     * @param swimlanes whether each persona gets a horizontal lane across the stage columns (a
     *        touchpoint sits in the lane of its first persona; those without one in a last lane)
     * @param condition how a flow's label introduces its condition, {@code {0}} the condition
     *        ("if {0}" in English, the default; the workbench's words on the screen)
     * @param rightToLeft whether the drawing is mirrored for a right-to-left reader (the first
     *        stage at the right); {@code pinned} stays in the unmirrored layout's coordinates
     */
    public record Options(Routing routing, Map<String, Point> pinned, boolean swimlanes, Density density, String condition,
            boolean rightToLeft) {

        public Options {
            routing = routing == null ? Routing.ORTHOGONAL : routing;
            pinned = pinned == null ? Map.of() : Map.copyOf(pinned);
            density = density == null ? Density.SCREEN : density;
            condition = condition == null || !condition.contains("{0}") ? JourneyBoxes.CONDITION : condition;
        }

        public Options(Routing routing, Map<String, Point> pinned, boolean swimlanes, Density density, String condition) {
            this(routing, pinned, swimlanes, density, condition, false);
        }

        public Options(Routing routing, Map<String, Point> pinned, boolean swimlanes, Density density) {
            this(routing, pinned, swimlanes, density, null);
        }

        public Options(Routing routing, Map<String, Point> pinned) {
            this(routing, pinned, false, Density.SCREEN);
        }

        public Options(Routing routing, Map<String, Point> pinned, boolean swimlanes) {
            this(routing, pinned, swimlanes, Density.SCREEN);
        }

        /** Orthogonal flows, nothing pinned, no lanes, for the screen. */
        public static Options defaults() {
            return new Options(Routing.ORTHOGONAL, Map.of(), false, Density.SCREEN);
        }

        public Options withRouting(Routing newRouting) {
            return new Options(newRouting, pinned, swimlanes, density, condition, rightToLeft);
        }

        public Options withPinned(Map<String, Point> newPinned) {
            return new Options(routing, newPinned, swimlanes, density, condition, rightToLeft);
        }

        public Options withSwimlanes(boolean lanes) {
            return new Options(routing, pinned, lanes, density, condition, rightToLeft);
        }

        public Options withDensity(Density newDensity) {
            return new Options(routing, pinned, swimlanes, newDensity, condition, rightToLeft);
        }

        public Options withCondition(String newCondition) {
            return new Options(routing, pinned, swimlanes, density, newCondition, rightToLeft);
        }

        /** These options mirrored for a right-to-left plan ({@code true}) or not. */
        public Options withRightToLeft(boolean mirrored) {
            return new Options(routing, pinned, swimlanes, density, condition, mirrored);
        }
    }

    /** The journey diagram's name in the layout side file. */
    public static final String DIAGRAM = "journey";
    /** The journey's setting in the side file that draws it in lanes, and its one value so far. */
    public static final String LANES = "lanes";
    public static final String LANES_BY_PERSONA = "personas";

    private JourneyLayout() {
    }

    /** Whether {@code layout} has the journey drawn in persona lanes (the diagram's choice, the documents follow it). */
    public static boolean swimlanes(org.tactician.layout.DiagramLayout layout) {
        return LANES_BY_PERSONA.equals(layout.setting(DIAGRAM, LANES).orElse(null));
    }

    /**
     * The drawing of {@code journey}. Flows whose ends are not touchpoints of this journey are left
     * out. Reads the journey only: call it where the model may be read.
     */
    public static JourneyDrawing of(CustomerJourney journey, Options options) {
        JourneyDrawing drawing = new ElkJourney(journey, options).layout();
        return options.rightToLeft() ? drawing.mirrored() : drawing;
    }
}
