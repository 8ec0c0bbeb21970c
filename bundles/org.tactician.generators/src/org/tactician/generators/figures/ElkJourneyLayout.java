package org.tactician.generators.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.tactician.generators.figures.JourneyDiagram.Band;
import org.tactician.generators.figures.JourneyDiagram.Edge;
import org.tactician.generators.figures.JourneyDiagram.Node;
import org.tactician.generators.figures.JourneyDiagram.Route;
import org.tactician.generators.figures.JourneyDiagram.StageLabel;
import org.tactician.layout.Bounds;
import org.tactician.layout.DiagramLayout;
import org.tactician.layout.LayoutFile;
import org.tactician.layout.LayoutFileException;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.MarketingPlan;

/**
 * The journey figure on the Eclipse Layout Kernel's layout of {@code org.tactician.layout} — the
 * one the journey diagram editor shows, with the touchpoints the consultant moved kept where the
 * diagram's side file ({@link LayoutFile}) has them — fitted to the figure's width (scaled down
 * only, mirrored for right-to-left plans) under a row of stage headers.
 */
final class ElkJourneyLayout implements JourneyLayout {

    /** The diagram's name in the side file (the journey editor's). */
    static final String DIAGRAM = "journey";
    private static final double HEADER = 32;

    private final Map<String, JourneyDrawing.Point> pinned;

    ElkJourneyLayout(Map<String, JourneyDrawing.Point> pinned) {
        this.pinned = Map.copyOf(pinned);
    }

    /** The layout with the pins stored beside {@code plan}'s file, if it has a readable side file. */
    static ElkJourneyLayout forPlan(MarketingPlan plan) {
        Resource resource = plan == null ? null : plan.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return new ElkJourneyLayout(Map.of());
        }
        Path file = Path.of(uri.toFileString());
        Map<String, JourneyDrawing.Point> pins = new HashMap<>();
        try {
            DiagramLayout layout = LayoutFile.read(file);
            SortedMap<String, Bounds> stored = layout.diagrams().get(DIAGRAM);
            if (stored != null) {
                stored.forEach((id, b) -> pins.put(id, new JourneyDrawing.Point(b.x(), b.y())));
            }
        } catch (LayoutFileException e) {
            // An unreadable side file: the document shows the automatic layout (the editor reports the file).
            return new ElkJourneyLayout(Map.of());
        }
        return new ElkJourneyLayout(pins);
    }

    @Override
    public JourneyDiagram layout(CustomerJourney journey, boolean rightToLeft, double width) {
        JourneyDrawing drawing = org.tactician.layout.journey.JourneyLayout.of(journey,
                org.tactician.layout.journey.JourneyLayout.Options.defaults().withPinned(pinned));
        // Loops back may be routed around the columns: the figure holds everything ELK drew.
        double minX = 0;
        double minY = 0;
        double maxX = drawing.width();
        double maxY = drawing.height();
        for (JourneyDrawing.Route route : drawing.routes()) {
            for (Point point : route.points()) {
                minX = Math.min(minX, point.x() - 4);
                minY = Math.min(minY, point.y() - 4);
                maxX = Math.max(maxX, point.x() + 4);
                maxY = Math.max(maxY, point.y() + 4);
            }
            if (route.label() != null) {
                minX = Math.min(minX, route.label().x());
                maxX = Math.max(maxX, route.label().right());
                maxY = Math.max(maxY, route.label().bottom());
            }
        }
        double drawnWidth = maxX - minX;
        double scale = drawnWidth <= 0 ? 1 : Math.min(1, width / drawnWidth);
        double figureWidth = drawnWidth * scale;
        double height = HEADER + (maxY - minY) * scale;
        Mapper map = new Mapper(scale, rightToLeft, figureWidth, minX, minY);

        List<Band> bands = new ArrayList<>();
        List<StageLabel> labels = new ArrayList<>();
        for (Column column : drawing.columns()) {
            double x = map.x(column.bounds().x(), column.bounds().width());
            double w = column.bounds().width() * scale;
            bands.add(new Band(x, 0, w, height, column.index() % 2 == 0 ? "#f3f6fa" : "#fafbfc"));
            labels.add(new StageLabel(column.stage(), x + 2, 2, Math.max(10, w - 4), HEADER - 4));
        }
        List<Node> nodes = new ArrayList<>();
        for (Box box : drawing.boxes()) {
            JourneyDrawing.Rect b = box.bounds();
            nodes.add(new Node(box.touchpoint(), map.x(b.x(), b.width()), map.y(b.y()), b.width() * scale, b.height() * scale));
        }
        List<Edge> edges = new ArrayList<>();
        List<JourneyFlow> flows = journey.getFlows();
        for (JourneyDrawing.Route route : drawing.routes()) {
            if (route.direction() == JourneyDrawing.Direction.SELF || route.points().size() < 2) {
                continue;
            }
            double[] points = route.curved() ? curve(route.points(), map) : polyline(route.points(), map);
            JourneyDrawing.Rect label = route.label();
            double labelX;
            double labelY;
            if (label != null) {
                labelX = map.x(label.x(), label.width()) + label.width() * scale / 2;
                labelY = map.y(label.y()) + label.height() * scale / 2;
            } else {
                labelX = (points[0] + points[points.length - 2]) / 2;
                labelY = (points[1] + points[points.length - 1]) / 2;
            }
            Route kind = switch (route.direction()) {
                case FORWARD -> Route.FORWARD;
                case WITHIN_STAGE -> Route.WITHIN;
                default -> Route.BACK;
            };
            edges.add(new Edge(flows.indexOf(route.flow()) + 1, route.flow(), kind, points, labelX, labelY));
        }
        return new JourneyDiagram(figureWidth, height, bands, labels, nodes, edges, scale);
    }

    /** From the drawing's coordinates to the figure's: scaled, under the headers, mirrored for RTL. */
    private record Mapper(double scale, boolean rightToLeft, double width, double originX, double originY) {
        double x(double x, double extent) {
            return rightToLeft ? width - (x - originX + extent) * scale : (x - originX) * scale;
        }

        double x(double x) {
            return x(x, 0);
        }

        double y(double y) {
            return HEADER + (y - originY) * scale;
        }
    }

    /** A polyline as Bézier segments that are straight lines (controls at a third and two thirds). */
    private static double[] polyline(List<Point> points, Mapper map) {
        double[] out = new double[2 + 6 * (points.size() - 1)];
        out[0] = map.x(points.get(0).x());
        out[1] = map.y(points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            double x0 = map.x(points.get(i - 1).x());
            double y0 = map.y(points.get(i - 1).y());
            double x1 = map.x(points.get(i).x());
            double y1 = map.y(points.get(i).y());
            int at = 2 + 6 * (i - 1);
            out[at] = x0 + (x1 - x0) / 3;
            out[at + 1] = y0 + (y1 - y0) / 3;
            out[at + 2] = x0 + 2 * (x1 - x0) / 3;
            out[at + 3] = y0 + 2 * (y1 - y0) / 3;
            out[at + 4] = x1;
            out[at + 5] = y1;
        }
        return out;
    }

    /** ELK's Bézier route (start, then control, control, end per piece), mapped; a short tail is dropped. */
    private static double[] curve(List<Point> points, Mapper map) {
        int pieces = (points.size() - 1) / 3;
        if (pieces == 0) {
            return polyline(points, map);
        }
        double[] out = new double[2 + 6 * pieces];
        for (int i = 0; i <= pieces * 3; i++) {
            out[2 * i] = map.x(points.get(i).x());
            out[2 * i + 1] = map.y(points.get(i).y());
        }
        return out;
    }
}
