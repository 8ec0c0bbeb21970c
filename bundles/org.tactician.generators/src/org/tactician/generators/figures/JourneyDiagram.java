package org.tactician.generators.figures;

import java.util.List;

import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Persona;
import org.tactician.model.Touchpoint;

/**
 * A laid-out customer journey, in CSS px from the top left: what a {@link JourneyLayout} computes
 * and {@link JourneyFigure} draws.
 *
 * @param width the figure's width
 * @param height the figure's height
 * @param bands the background bands, one per stage column
 * @param stages where each stage's label goes
 * @param nodes where each touchpoint's box goes
 * @param edges the flows' arrows, numbered like the flow table
 * @param scale how much the layout was scaled down to fit (1: not at all): the boxes' text is
 *        drawn at this share of its natural size, so it fits its box as in the diagram editor
 */
public record JourneyDiagram(double width, double height, List<Band> bands, List<StageLabel> stages, List<LaneLabel> lanes,
        List<Node> nodes, List<Edge> edges, double scale) {

    /** Copies the lists. */
    public JourneyDiagram {
        bands = List.copyOf(bands);
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A diagram without persona lanes. */
    public JourneyDiagram(double width, double height, List<Band> bands, List<StageLabel> stages, List<Node> nodes,
            List<Edge> edges, double scale) {
        this(width, height, bands, stages, List.of(), nodes, edges, scale);
    }

    /** A persona lane's name at the top of its lane ({@code persona} {@code null}: the touchpoints without one). */
    public record LaneLabel(Persona persona, double x, double y, double width, double height) {
    }

    /** A background band ({@code fill}: {@code #rrggbb}). */
    public record Band(double x, double y, double width, double height, String fill) {
    }

    /** A stage's label. */
    public record StageLabel(JourneyStage stage, double x, double y, double width, double height) {
    }

    /** A touchpoint's box. */
    public record Node(Touchpoint touchpoint, double x, double y, double width, double height) {
    }

    /** How an arrow runs, which decides its look. */
    public enum Route {
        /** To a later stage. */
        FORWARD,
        /** Within one stage. */
        WITHIN,
        /** Back to an earlier stage (a loop): dashed. */
        BACK
    }

    /**
     * A flow's arrow: a chain of cubic Bézier segments — the start point, then three points
     * (two controls and the end) per segment — with the arrowhead at the end and the flow's number
     * at {@code (labelX, labelY)} (unless {@code numbered} is false: the number is on another page of
 * a journey cut into pages).
     */
    public record Edge(int number, JourneyFlow flow, Route route, double[] points, double labelX, double labelY,
            boolean numbered) {
        /** Checks the points form whole segments. */
        public Edge {
            if (points.length < 8 || (points.length - 2) % 6 != 0) {
                throw new IllegalArgumentException("a path needs a start and 3 points per cubic segment");
            }
            points = points.clone();
        }

        /** An arrow with its number shown. */
        public Edge(int number, JourneyFlow flow, Route route, double[] points, double labelX, double labelY) {
            this(number, flow, route, points, labelX, labelY, true);
        }
    }
}
