package org.tactician.generators.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tactician.generators.figures.JourneyDiagram.Band;
import org.tactician.generators.figures.JourneyDiagram.Edge;
import org.tactician.generators.figures.JourneyDiagram.Node;
import org.tactician.generators.figures.JourneyDiagram.Route;
import org.tactician.generators.figures.JourneyDiagram.StageLabel;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Touchpoint;

/**
 * One column per stage in journey order, the stage's touchpoints stacked in it; forward flows run
 * between columns, flows inside a stage curve along its side, flows back to an earlier stage loop
 * underneath. A right-to-left plan mirrors the columns.
 */
final class LayeredJourneyLayout implements JourneyLayout {

    static final double HEADER = 30;
    private static final double BOX_HEIGHT = 58;
    private static final double ROW_PITCH = 74;
    private static final double LOOP_DEPTH = 34;

    private record Place(int column, int row, Node node) {
    }

    @Override
    public JourneyDiagram layout(CustomerJourney journey, boolean rightToLeft, double width) {
        List<JourneyStage> stages = journey.getStages();
        int columns = Math.max(1, stages.size());
        double columnWidth = width / columns;
        double boxWidth = Math.max(50, columnWidth - 30);
        int rows = 1;
        for (JourneyStage stage : stages) {
            rows = Math.max(rows, stage.getTouchpoints().size());
        }
        double height = HEADER + 8 + rows * ROW_PITCH + LOOP_DEPTH;
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            bands.add(new Band(i * columnWidth + 2, 0, columnWidth - 4, height, i % 2 == 0 ? "#f3f6fa" : "#fafbfc"));
        }
        List<StageLabel> labels = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        Map<Touchpoint, Place> places = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            int visual = rightToLeft ? columns - 1 - i : i;
            labels.add(new StageLabel(stages.get(i), visual * columnWidth + 4, 3, columnWidth - 8, HEADER - 4));
            List<Touchpoint> touchpoints = stages.get(i).getTouchpoints();
            for (int j = 0; j < touchpoints.size(); j++) {
                Node node = new Node(touchpoints.get(j), visual * columnWidth + (columnWidth - boxWidth) / 2,
                        HEADER + 8 + j * ROW_PITCH, boxWidth, BOX_HEIGHT);
                nodes.add(node);
                places.put(touchpoints.get(j), new Place(i, j, node));
            }
        }
        List<Edge> edges = new ArrayList<>();
        List<JourneyFlow> flows = journey.getFlows();
        for (int k = 0; k < flows.size(); k++) {
            JourneyFlow flow = flows.get(k);
            Place source = places.get(flow.getSource());
            Place target = places.get(flow.getTarget());
            if (source == null || target == null || source == target) {
                continue; // a flow to a touchpoint of another journey, or to itself, has no arrow here
            }
            edges.add(edge(k + 1, flow, source, target, rightToLeft));
        }
        return new JourneyDiagram(width, height, bands, labels, nodes, edges);
    }

    private static Edge edge(int number, JourneyFlow flow, Place sp, Place tp, boolean rightToLeft) {
        Node s = sp.node();
        Node t = tp.node();
        double x0, y0, x1, y1, x2, y2, x3, y3;
        Route route;
        if (tp.column() > sp.column()) {
            // Forward: from the side facing the next stage to the side facing back.
            double out = rightToLeft ? -1 : 1;
            x0 = rightToLeft ? s.x() : s.x() + s.width();
            y0 = s.y() + s.height() / 2;
            x3 = rightToLeft ? t.x() + t.width() : t.x();
            y3 = t.y() + t.height() / 2;
            double reach = Math.abs(x3 - x0) / 2;
            x1 = x0 + out * reach;
            y1 = y0;
            x2 = x3 - out * reach;
            y2 = y3;
            route = Route.FORWARD;
        } else if (tp.column() == sp.column()) {
            // Inside a stage: along the side of the column that faces forward.
            double side = rightToLeft ? -1 : 1;
            boolean down = tp.row() > sp.row();
            x0 = rightToLeft ? s.x() : s.x() + s.width();
            y0 = s.y() + s.height() / 2 + (down ? 6 : -6);
            x3 = x0;
            y3 = t.y() + t.height() / 2 + (down ? -6 : 6);
            double bulge = 10 + 4 * Math.abs(tp.row() - sp.row());
            x1 = x0 + side * bulge;
            y1 = y0;
            x2 = x3 + side * bulge;
            y2 = y3;
            route = Route.WITHIN;
        } else {
            // Back to an earlier stage (a loop): underneath, from bottom to bottom.
            x0 = s.x() + s.width() / 2 + (rightToLeft ? 8 : -8);
            y0 = s.y() + s.height();
            x3 = t.x() + t.width() / 2 + (rightToLeft ? -8 : 8);
            y3 = t.y() + t.height();
            double depth = Math.max(y0, y3) + ROW_PITCH - BOX_HEIGHT + 8;
            x1 = x0;
            y1 = depth;
            x2 = x3;
            y2 = depth;
            route = Route.BACK;
        }
        // The number at the curve's middle: B(½) = (P0 + 3 P1 + 3 P2 + P3) / 8.
        double mx = (x0 + 3 * x1 + 3 * x2 + x3) / 8;
        double my = (y0 + 3 * y1 + 3 * y2 + y3) / 8;
        return new Edge(number, flow, route, new double[] {x0, y0, x1, y1, x2, y2, x3, y3}, mx, my);
    }
}
