package org.tactician.layout.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Persona;
import org.tactician.model.Touchpoint;

/**
 * A laid-out customer journey, ready to draw: the stage columns, the persona lanes (when asked
 * for), a box per touchpoint, and a route per flow with its bend points and label box. All
 * coordinates are in px from the drawing's top left, y downwards; everything lies inside
 * {@code width} × {@code height}.
 */
public record JourneyDrawing(CustomerJourney journey, List<Column> columns, List<Lane> lanes, List<Box> boxes,
        List<Route> routes, double width, double height) {

    /** A drawing without lanes. */
    public JourneyDrawing(CustomerJourney journey, List<Column> columns, List<Box> boxes, List<Route> routes, double width,
            double height) {
        this(journey, columns, List.of(), boxes, routes, width, height);
    }

    /** A point of the drawing. */
    public record Point(double x, double y) {
    }

    /** An axis-parallel rectangle of the drawing. */
    public record Rect(double x, double y, double width, double height) {

        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }

        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        /** Whether the interiors of the two rectangles overlap (touching edges do not). */
        public boolean overlaps(Rect other) {
            return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
        }

        /** Whether {@code other} lies inside this rectangle (edges included). */
        public boolean encloses(Rect other) {
            return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
        }

        /** This rectangle grown by {@code margin} on every side (shrunk when negative). */
        public Rect grown(double margin) {
            return new Rect(x - margin, y - margin, Math.max(0, width + 2 * margin), Math.max(0, height + 2 * margin));
        }
    }

    /** A stage of the journey as a column: its header sits at the top of {@code bounds}. */
    public record Column(JourneyStage stage, int index, Rect bounds) {
    }

    /**
     * A persona's lane across the columns ({@code persona} {@code null}: the lane of the
     * touchpoints without a persona); its name goes in a strip of {@link #HEADER} px at its top,
     * where no box is put.
     */
    public record Lane(Persona persona, int index, Rect bounds) {
        /** Height of the strip at the top of a lane that holds its name. */
        public static final double HEADER = 22;
    }

    /** A touchpoint's box, in the column of its stage and ({@code lane} ≥ 0) the lane of its persona. */
    public record Box(Touchpoint touchpoint, int column, int lane, Rect bounds) {

        /** A box in no lane. */
        public Box(Touchpoint touchpoint, int column, Rect bounds) {
            this(touchpoint, column, -1, bounds);
        }
    }

    /** How a flow runs relative to the stages. */
    public enum Direction {
        /** To a later stage. */
        FORWARD,
        /** Between two touchpoints of one stage. */
        WITHIN_STAGE,
        /** Back to an earlier stage: a loop of the journey. */
        BACK,
        /** From a touchpoint to itself. */
        SELF
    }

    /**
     * A flow's route from its source box to its target box. With {@code curved} false the points
     * are the corners of a polyline of horizontal and vertical segments; with {@code curved} true
     * they are the start point followed by triples (two control points and an end point) of
     * cubic Bézier pieces. {@code label} is where the flow's label goes (never on a box).
     */
    public record Route(JourneyFlow flow, Box source, Box target, Direction direction, boolean curved,
            List<Point> points, Rect label) {
    }

    /**
     * This drawing as a right-to-left reader reads it: mirrored about its vertical middle, so the
     * first stage's column is at the right and forward flows point left. Only x changes; the
     * columns, lanes and boxes keep their order in the lists (the journey's).
     */
    public JourneyDrawing mirrored() {
        List<Column> mirroredColumns = columns.stream().map(c -> new Column(c.stage(), c.index(), mirror(c.bounds()))).toList();
        List<Lane> mirroredLanes = lanes.stream().map(l -> new Lane(l.persona(), l.index(), mirror(l.bounds()))).toList();
        Map<Box, Box> mirroredBoxes = new java.util.IdentityHashMap<>();
        for (Box box : boxes) {
            mirroredBoxes.put(box, new Box(box.touchpoint(), box.column(), box.lane(), mirror(box.bounds())));
        }
        List<Route> mirroredRoutes = routes.stream().map(r -> new Route(r.flow(), mirroredBoxes.get(r.source()),
                mirroredBoxes.get(r.target()), r.direction(), r.curved(),
                r.points().stream().map(p -> new Point(width - p.x(), p.y())).toList(),
                r.label() == null ? null : mirror(r.label()))).toList();
        return new JourneyDrawing(journey, mirroredColumns, mirroredLanes, boxes.stream().map(mirroredBoxes::get).toList(),
                mirroredRoutes, width, height);
    }

    private Rect mirror(Rect r) {
        return new Rect(width - r.right(), r.y(), r.width(), r.height());
    }

    /** The box of {@code touchpoint}, if it is drawn. */
    public Optional<Box> box(Touchpoint touchpoint) {
        return boxes.stream().filter(b -> b.touchpoint() == touchpoint).findFirst();
    }

    /** The boxes by touchpoint id (touchpoints without id are left out). */
    public Map<String, Box> boxesById() {
        Map<String, Box> byId = new java.util.LinkedHashMap<>();
        for (Box box : boxes) {
            if (box.touchpoint().getId() != null) {
                byId.put(box.touchpoint().getId(), box);
            }
        }
        return byId;
    }

    /** The column at {@code x}, or the nearest one; empty only for a journey without stages. */
    public Optional<Column> columnAt(double x) {
        Column nearest = null;
        double best = Double.MAX_VALUE;
        for (Column column : columns) {
            Rect b = column.bounds();
            double distance = x < b.x() ? b.x() - x : x > b.right() ? x - b.right() : 0;
            if (distance < best) {
                best = distance;
                nearest = column;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
