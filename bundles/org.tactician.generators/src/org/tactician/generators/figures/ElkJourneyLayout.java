package org.tactician.generators.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.tactician.generators.figures.JourneyDiagram.Band;
import org.tactician.generators.figures.JourneyDiagram.Edge;
import org.tactician.generators.figures.JourneyDiagram.LaneLabel;
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
import org.tactician.layout.journey.JourneyDrawing.Lane;
import org.tactician.layout.journey.JourneyDrawing.Rect;
import org.tactician.layout.journey.JourneyLayout.Density;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.MarketingPlan;

/**
 * The journey figure on the Eclipse Layout Kernel's layout of {@code org.tactician.layout} — the
 * one the journey diagram editor shows, in its compact print density (boxes fitted to their text,
 * flows labelled by number), with the touchpoints the consultant moved kept where the diagram's
 * side file ({@link LayoutFile}) has them and its persona lanes when the diagram has them on —
 * under a row of stage headers, mirrored for right-to-left plans. Fitted to the figure's width
 * (scaled down only), but never below {@link #MIN_SCALE}: a journey wider or taller than a page
 * at that size is cut into pages, between stages where it can be, each with its headers.
 */
final class ElkJourneyLayout implements JourneyLayout {

    /** The diagram's name in the side file (the journey editor's). */
    static final String DIAGRAM = org.tactician.layout.journey.JourneyLayout.DIAGRAM;
    /** The row of stage headers: two lines of 7.5 pt. */
    private static final double HEADER = 28;
    /**
     * The smallest scale of the layout: the boxes' text is 10 pt at scale 1 (see
     * {@link JourneyFigure}), so this keeps it at 7 pt, readable on paper.
     */
    static final double MIN_SCALE = 0.70;
    /** Pieces of a cut journey are at least this share of a page (no sliver of a page). */
    private static final double MIN_PIECE = 0.35;

    private final Map<String, JourneyDrawing.Point> pinned;
    private final boolean swimlanes;
    /**
     * The drawings made so far, by journey (EMF objects are equal only to themselves), when this
     * layout serves one generation run: its pages, its whole figure and its full-size SVG then
     * come from one ELK layout. {@code null}: every call lays out anew (the shared {@link #ELK}).
     */
    private final Map<CustomerJourney, JourneyDrawing> drawings;

    ElkJourneyLayout(Map<String, JourneyDrawing.Point> pinned) {
        this(pinned, false, false);
    }

    ElkJourneyLayout(Map<String, JourneyDrawing.Point> pinned, boolean swimlanes, boolean keepDrawings) {
        this.pinned = Map.copyOf(pinned);
        this.swimlanes = swimlanes;
        this.drawings = keepDrawings ? new ConcurrentHashMap<>() : null;
    }

    /**
     * The layout with the pins and lanes stored beside {@code plan}'s file, if it has a readable
     * side file, for one generation run: it keeps each journey's drawing while it lives.
     */
    static ElkJourneyLayout forPlan(MarketingPlan plan) {
        Resource resource = plan == null ? null : plan.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return new ElkJourneyLayout(Map.of(), false, true);
        }
        Path file = Path.of(uri.toFileString());
        Map<String, JourneyDrawing.Point> pins = new HashMap<>();
        DiagramLayout layout;
        try {
            layout = LayoutFile.read(file);
        } catch (LayoutFileException e) {
            // An unreadable side file: the document shows the automatic layout (the editor reports the file).
            return new ElkJourneyLayout(Map.of(), false, true);
        }
        SortedMap<String, Bounds> stored = layout.diagrams().get(DIAGRAM);
        if (stored != null) {
            stored.forEach((id, b) -> pins.put(id, new JourneyDrawing.Point(b.x(), b.y())));
        }
        return new ElkJourneyLayout(pins, org.tactician.layout.journey.JourneyLayout.swimlanes(layout), true);
    }

    private JourneyDrawing drawing(CustomerJourney journey) {
        return drawings == null ? layOut(journey) : drawings.computeIfAbsent(journey, this::layOut);
    }

    private JourneyDrawing layOut(CustomerJourney journey) {
        return org.tactician.layout.journey.JourneyLayout.of(journey, org.tactician.layout.journey.JourneyLayout.Options
                .defaults().withPinned(pinned).withSwimlanes(swimlanes).withDensity(Density.PRINT));
    }

    /** What ELK drew, flows around the columns included. */
    private static Rect extent(JourneyDrawing drawing) {
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
                minY = Math.min(minY, route.label().y());
                maxX = Math.max(maxX, route.label().right());
                maxY = Math.max(maxY, route.label().bottom());
            }
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public JourneyDiagram layout(CustomerJourney journey, boolean rightToLeft, double width) {
        JourneyDrawing drawing = drawing(journey);
        Rect all = extent(drawing);
        double scale = all.width() <= 0 ? 1 : Math.min(1, width / all.width());
        return piece(journey, drawing, all, all, scale, rightToLeft);
    }

    @Override
    public List<JourneyDiagram> pages(CustomerJourney journey, boolean rightToLeft, double width, double height) {
        JourneyDrawing drawing = drawing(journey);
        Rect all = extent(drawing);
        double fit = all.width() <= 0 ? 1 : Math.min(1, width / all.width());
        double scale = Math.max(MIN_SCALE, fit);
        double pageWidth = width / scale;
        double pageHeight = Math.max(40, (height - HEADER) / scale);
        List<Double> xs = cuts(all.x(), all.right(), pageWidth, columnEdges(drawing), drawing.boxes(), true);
        List<JourneyDiagram> pages = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i++) {
            double x0 = xs.get(i);
            double x1 = xs.get(i + 1);
            boolean last = i + 2 == xs.size();
            List<Box> inside = drawing.boxes().stream()
                    .filter(b -> b.bounds().centerX() >= x0 && (b.bounds().centerX() < x1 || last)).toList();
            List<Double> lanes = drawing.lanes().stream().map(l -> l.bounds().y()).toList();
            List<Double> ys = cuts(all.y(), all.bottom(), pageHeight, lanes, inside, false);
            for (int j = 0; j + 1 < ys.size(); j++) {
                pages.add(piece(journey, drawing, all, new Rect(x0, ys.get(j), x1 - x0, ys.get(j + 1) - ys.get(j)), scale,
                        rightToLeft));
            }
        }
        return pages;
    }

    private static List<Double> columnEdges(JourneyDrawing drawing) {
        return drawing.columns().stream().map(c -> c.bounds().x()).toList();
    }

    /**
     * Where to cut {@code from}–{@code to} into pieces of at most {@code page}: at a preferred
     * place (a column's or lane's edge) where one falls late enough in the page, else between
     * boxes, else (a box bigger than a page) where the page ends. Starts with {@code from},
     * ends with {@code to}.
     */
    static List<Double> cuts(double from, double to, double page, List<Double> preferred, List<Box> boxes,
            boolean horizontal) {
        List<Double> cuts = new ArrayList<>();
        cuts.add(from);
        double start = from;
        while (to - start > page + 0.5) {
            double end = start + page;
            double earliest = start + page * MIN_PIECE;
            double cut = Double.NaN;
            for (double edge : preferred) {
                if (edge > earliest && edge <= end && (Double.isNaN(cut) || edge > cut) && !throughBox(edge, boxes, horizontal)) {
                    cut = edge;
                }
            }
            if (Double.isNaN(cut)) {
                for (Box box : boxes) {
                    double after = (horizontal ? box.bounds().right() : box.bounds().bottom()) + 3;
                    if (after > earliest && after <= end && (Double.isNaN(cut) || after > cut) && !throughBox(after, boxes, horizontal)) {
                        cut = after;
                    }
                }
            }
            if (Double.isNaN(cut)) {
                cut = end;
            }
            cuts.add(cut);
            start = cut;
        }
        cuts.add(to);
        return cuts;
    }

    private static boolean throughBox(double at, List<Box> boxes, boolean horizontal) {
        for (Box box : boxes) {
            Rect b = box.bounds();
            if (horizontal ? at > b.x() && at < b.right() : at > b.y() && at < b.bottom()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a point belongs to the piece {@code window} of {@code all}: pieces share their edges,
     * a point on one belongs to the later piece (the last piece keeps its far edges).
     */
    private static boolean owns(Rect all, Rect window, double x, double y) {
        boolean lastX = window.right() >= all.right() - 0.01;
        boolean lastY = window.bottom() >= all.bottom() - 0.01;
        return x >= window.x() && (x < window.right() || lastX && x <= window.right()) && y >= window.y()
                && (y < window.bottom() || lastY && y <= window.bottom());
    }

    /** The part {@code window} of the drawing's extent {@code all} as a figure at {@code scale}. */
    private static JourneyDiagram piece(CustomerJourney journey, JourneyDrawing drawing, Rect all, Rect window, double scale,
            boolean rightToLeft) {
        double figureWidth = window.width() * scale;
        double height = HEADER + window.height() * scale;
        Mapper map = new Mapper(scale, rightToLeft, figureWidth, window.x(), window.y());

        List<Band> bands = new ArrayList<>();
        List<StageLabel> labels = new ArrayList<>();
        for (Column column : drawing.columns()) {
            double left = Math.max(column.bounds().x(), window.x());
            double right = Math.min(column.bounds().right(), window.right());
            if (right - left < 1) {
                continue;
            }
            double x = map.x(left, right - left);
            double w = (right - left) * scale;
            bands.add(new Band(x, 0, w, height, column.index() % 2 == 0 ? "#f3f6fa" : "#fafbfc"));
            labels.add(new StageLabel(column.stage(), x + 2, 2, Math.max(10, w - 4), HEADER - 4));
        }
        List<LaneLabel> lanes = new ArrayList<>();
        for (Lane lane : drawing.lanes()) {
            double top = Math.max(lane.bounds().y(), window.y());
            double bottom = Math.min(lane.bounds().bottom(), window.bottom());
            if (bottom - top < 1) {
                continue;
            }
            // a rule where the lane starts, and its persona's name under it (also where a page cuts into it)
            if (lane.bounds().y() >= window.y()) {
                bands.add(new Band(0, map.y(lane.bounds().y()), figureWidth, 0.8, "#8797aa"));
            }
            // its name at the page's start, and, where its head is on the page, again where each
            // further stage's column starts (in the lane's head, where no box goes), so a wide journey
            // keeps telling its lanes apart; each name as wide as the room up to the next
            List<Double> starts = new ArrayList<>();
            starts.add(window.x());
            if (lane.bounds().y() >= window.y()) {
                for (Column column : drawing.columns()) {
                    double left = column.bounds().x();
                    if (column.index() > 0 && left > window.x() + 1 && (window.right() - left) * scale >= 48) {
                        starts.add(left);
                    }
                }
            }
            for (int i = 0; i < starts.size(); i++) {
                double start = starts.get(i);
                double end = i + 1 < starts.size() ? starts.get(i + 1) : window.right();
                double x = map.x(start);
                lanes.add(new LaneLabel(lane.persona(), rightToLeft ? x - 4 : x + 4, map.y(top) + 1,
                        Math.max(0, Math.min((end - start) * scale - 8, 260)), JourneyDrawing.Lane.HEADER * scale));
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Box box : drawing.boxes()) {
            Rect b = box.bounds();
            if (!owns(all, window, b.centerX(), b.centerY())) {
                continue;
            }
            nodes.add(new Node(box.touchpoint(), map.x(b.x(), b.width()), map.y(b.y()), b.width() * scale, b.height() * scale));
        }
        List<Edge> edges = new ArrayList<>();
        List<JourneyFlow> flows = journey.getFlows();
        for (JourneyDrawing.Route route : drawing.routes()) {
            JourneyDrawing.Rect label = route.label();
            boolean numberHere = label != null && owns(all, window, label.centerX(), label.centerY());
            if (route.direction() == JourneyDrawing.Direction.SELF || route.points().size() < 2
                    || !crosses(route, window) && !numberHere) {
                continue;
            }
            double[] points = route.curved() ? curve(route.points(), map) : polyline(route.points(), map);
            double labelX;
            double labelY;
            boolean numbered = true;
            if (label != null) {
                labelX = map.x(label.x(), label.width()) + label.width() * scale / 2;
                labelY = map.y(label.y()) + label.height() * scale / 2;
                numbered = numberHere;
            } else {
                labelX = (points[0] + points[points.length - 2]) / 2;
                labelY = (points[1] + points[points.length - 1]) / 2;
            }
            Route kind = switch (route.direction()) {
                case FORWARD -> Route.FORWARD;
                case WITHIN_STAGE -> Route.WITHIN;
                default -> Route.BACK;
            };
            edges.add(new Edge(flows.indexOf(route.flow()) + 1, route.flow(), kind, points, labelX, labelY, numbered));
        }
        return new JourneyDiagram(figureWidth, height, bands, labels, lanes, nodes, edges, scale);
    }

    /** Whether a flow's route comes into {@code window}. */
    private static boolean crosses(JourneyDrawing.Route route, Rect window) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point point : route.points()) {
            minX = Math.min(minX, point.x());
            minY = Math.min(minY, point.y());
            maxX = Math.max(maxX, point.x());
            maxY = Math.max(maxY, point.y());
        }
        return maxX >= window.x() && minX <= window.right() && maxY >= window.y() && minY <= window.bottom();
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
