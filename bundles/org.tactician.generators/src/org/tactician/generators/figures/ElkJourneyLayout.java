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
 * at that size is cut into the fewest pages that scale allows, whole stages side by side where
 * they fit, each page with its headers and the names of its lanes.
 */
final class ElkJourneyLayout implements JourneyLayout {

    /** The diagram's name in the side file (the journey editor's). */
    static final String DIAGRAM = org.tactician.layout.journey.JourneyLayout.DIAGRAM;
    /**
     * The smallest scale of the layout: the boxes' text is 10 pt at scale 1 (see
     * {@link JourneyFigure}), so this keeps it at 7 pt, readable on paper.
     */
    static final double MIN_SCALE = 0.70;
    /** The band under the headers of a page that cuts into a lane, for that lane's name. */
    static final double LANE_BAND = 15;
    /** A character of a lane's name at 7.5 pt bold, in px, generous (wider than the fonts' average). */
    static final double LANE_CHAR = 6.4;

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
        return piece(journey, drawing, all, all, scale, rightToLeft, nameLines(drawing, all, scale));
    }

    @Override
    public List<JourneyDiagram> pages(CustomerJourney journey, boolean rightToLeft, double width, double height) {
        JourneyDrawing drawing = drawing(journey);
        Rect all = extent(drawing);
        double fit = all.width() <= 0 ? 1 : Math.min(1, width / all.width());
        // room under the headers for the name of a lane a page cuts into
        double band = drawing.lanes().isEmpty() ? 0 : LANE_BAND;
        // the row of stage headers as tall as the longest name of a piece needs: cut again while it grows
        int lines = 1;
        Cutting best;
        while (true) {
            best = fewest(drawing, all, fit, width, height - StageHeader.rowHeight(lines) - band);
            int needed = 1;
            for (Rect window : best.windows()) {
                needed = Math.max(needed, nameLines(drawing, window, best.scale()));
            }
            if (needed <= lines) {
                break;
            }
            lines = needed;
        }
        // each piece's row as tall as its own names need (never more than the cutting left room for)
        List<JourneyDiagram> pages = new ArrayList<>();
        for (Rect window : best.windows()) {
            pages.add(piece(journey, drawing, all, window, best.scale(), rightToLeft, nameLines(drawing, window, best.scale())));
        }
        return pages;
    }

    /** The fewest pieces the text allows (at its smallest size), at the biggest scale that needs no more. */
    private static Cutting fewest(JourneyDrawing drawing, Rect all, double fit, double width, double height) {
        Cutting best = null;
        for (double scale = 1; ; scale -= 0.05) {
            Cutting cutting = cutting(drawing, all, Math.max(MIN_SCALE, Math.max(fit, scale)), width, height);
            if (best == null || cutting.windows().size() < best.windows().size()) {
                best = cutting;
            }
            if (scale <= Math.max(MIN_SCALE, fit)) {
                return best;
            }
        }
    }

    /** The width of a stage's label where {@code window} shows {@code left} to {@code right} of its column, at {@code scale}. */
    private static double labelWidth(double left, double right, double scale) {
        return Math.max(10, (right - left) * scale - 4);
    }

    /** How many lines the longest stage name shown in {@code window} takes in its label. */
    private static int nameLines(JourneyDrawing drawing, Rect window, double scale) {
        int lines = 1;
        for (Column column : drawing.columns()) {
            double left = Math.max(column.bounds().x(), window.x());
            double right = Math.min(column.bounds().right(), window.right());
            if (right - left >= 1) {
                lines = Math.max(lines, StageHeader.of(column.stage(), labelWidth(left, right, scale)).count());
            }
        }
        return lines;
    }

    /** A journey's drawing cut into windows (its coordinates), each a page at {@code scale}, in reading order. */
    private record Cutting(double scale, List<Rect> windows) {
    }

    /**
     * The drawing cut into page-sized windows at {@code scale}: first into strips of whole stage
     * columns, as many columns on a page as fit (cut inside a stage only where one is wider than a
     * page), then each strip, from its first drawn thing to its last, into pieces at lane edges
     * where they fall well (else between boxes); everywhere the fewest pieces, as even as can be.
     */
    private static Cutting cutting(JourneyDrawing drawing, Rect all, double scale, double width, double height) {
        double pageWidth = width / scale;
        double pageHeight = Math.max(40, height / scale);
        List<Double> columnEdges = drawing.columns().stream().map(c -> c.bounds().x()).toList();
        List<Double> xs = cuts(all.x(), all.right(), pageWidth, columnEdges, drawing.boxes(), true);
        List<Rect> windows = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i++) {
            double x0 = xs.get(i);
            double x1 = xs.get(i + 1);
            Rect strip = new Rect(x0, all.y(), x1 - x0, all.height());
            List<Box> inside = drawing.boxes().stream().filter(b -> owns(all, strip, b.bounds().centerX(), all.y())).toList();
            double[] span = span(drawing, all, strip, inside);
            List<Double> laneTops = drawing.lanes().stream().map(l -> l.bounds().y()).toList();
            List<Double> ys = cuts(span[0], span[1], pageHeight, laneTops, inside, false);
            for (int j = 0; j + 1 < ys.size(); j++) {
                windows.add(new Rect(x0, ys.get(j), x1 - x0, ys.get(j + 1) - ys.get(j)));
            }
        }
        return new Cutting(scale, windows);
    }

    /**
     * From where to where the strip {@code strip} of the drawing has something drawn: its boxes,
     * the flows and flow numbers that pass it, the head of the lane its first box is in.
     */
    private static double[] span(JourneyDrawing drawing, Rect all, Rect strip, List<Box> inside) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Box box : inside) {
            top = Math.min(top, box.bounds().y());
            bottom = Math.max(bottom, box.bounds().bottom());
        }
        for (JourneyDrawing.Route route : drawing.routes()) {
            List<Point> points = route.points();
            for (int k = 1; k < points.size(); k++) {
                Point a = points.get(k - 1);
                Point b = points.get(k);
                if (Math.max(a.x(), b.x()) >= strip.x() && Math.min(a.x(), b.x()) <= strip.right()) {
                    top = Math.min(top, Math.min(a.y(), b.y()) - 4);
                    bottom = Math.max(bottom, Math.max(a.y(), b.y()) + 4);
                }
            }
            Rect label = route.label();
            if (label != null && owns(all, strip, label.centerX(), all.y())) {
                top = Math.min(top, label.y());
                bottom = Math.max(bottom, label.bottom());
            }
        }
        if (top > bottom) {
            return new double[] {all.y(), all.bottom()};
        }
        for (Lane lane : drawing.lanes()) {
            if (lane.bounds().y() <= top && top < lane.bounds().bottom()) {
                top = lane.bounds().y();
            }
        }
        return new double[] {Math.max(all.y(), top), Math.min(all.bottom(), bottom)};
    }

    /** How much a cut costs by where it falls: at a preferred place, between boxes, through a box. */
    private static final double PREFERRED = 0;
    private static final double BETWEEN = 1;
    private static final double THROUGH = 100;

    /**
     * Where to cut {@code from}–{@code to} into pieces of at most {@code page}: the fewest pieces
     * there can be; among those, the cuts at preferred places (a column's or lane's edge) where
     * they can be, else between boxes, through a box only where one is bigger than a page; the
     * pieces as even as those places allow and none under half a page (no sliver of a page).
     * Starts with {@code from}, ends with {@code to}.
     */
    static List<Double> cuts(double from, double to, double page, List<Double> preferred, List<Box> boxes,
            boolean horizontal) {
        if (to - from <= page + 0.5) {
            return List.of(from, to);
        }
        java.util.TreeMap<Double, Double> places = new java.util.TreeMap<>();
        // through boxes, every eighth of a page: always a way to cut
        for (double at = from + page / 8; at < to; at += page / 8) {
            places.put(at, throughBox(at, boxes, horizontal) ? THROUGH : BETWEEN);
        }
        for (Box box : boxes) {
            for (double at : horizontal ? new double[] {box.bounds().x() - 3, box.bounds().right() + 3}
                    : new double[] {box.bounds().y() - 3, box.bounds().bottom() + 3}) {
                if (at > from && at < to && !throughBox(at, boxes, horizontal)) {
                    places.merge(at, BETWEEN, Math::min);
                }
            }
        }
        for (double at : preferred) {
            if (at > from + 0.5 && at < to - 0.5 && !throughBox(at, boxes, horizontal)) {
                places.put(at, PREFERRED);
            }
        }
        List<Double> at = new ArrayList<>();
        List<Double> cost = new ArrayList<>();
        at.add(from);
        cost.add(0.0);
        places.forEach((place, price) -> {
            at.add(place);
            cost.add(price);
        });
        at.add(to);
        cost.add(0.0);
        List<Double> cuts = cheapest(at, cost, page, page / 2);
        return cuts != null ? cuts : cheapest(at, cost, page, 0);
    }

    /**
     * The cheapest way from the first place to the last in steps of {@code shortest} to
     * {@code page}: fewest steps first, then the least cost of the places cut at and of uneven
     * steps; {@code null} if there is none.
     */
    private static List<Double> cheapest(List<Double> at, List<Double> cost, double page, double shortest) {
        int n = at.size();
        int[] steps = new int[n];
        double[] price = new double[n];
        int[] previous = new int[n];
        java.util.Arrays.fill(steps, Integer.MAX_VALUE);
        steps[0] = 0;
        for (int j = 1; j < n; j++) {
            for (int i = j - 1; i >= 0 && at.get(j) - at.get(i) <= page + 0.5; i--) {
                double length = at.get(j) - at.get(i);
                if (steps[i] == Integer.MAX_VALUE || length < shortest && j < n - 1 || length < shortest && i > 0) {
                    continue;
                }
                double empty = (page - length) / page;
                double p = price[i] + cost.get(j) + 4 * empty * empty;
                if (steps[i] + 1 < steps[j] || steps[i] + 1 == steps[j] && p < price[j]) {
                    steps[j] = steps[i] + 1;
                    price[j] = p;
                    previous[j] = i;
                }
            }
        }
        if (steps[n - 1] == Integer.MAX_VALUE) {
            return null;
        }
        java.util.LinkedList<Double> cuts = new java.util.LinkedList<>();
        for (int j = n - 1; j > 0; j = previous[j]) {
            cuts.addFirst(at.get(j));
        }
        cuts.addFirst(at.get(0));
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

    /**
     * How wide a lane's name is on one line at the labels' 7.5 pt bold, in px, generously (the
     * average character of the document fonts is narrower); the touchpoints without a persona get
     * room for the longest of the languages' words for them.
     */
    static double laneNameWidth(Lane lane) {
        String name = lane.persona() == null || lane.persona().getName() == null ? "" : lane.persona().getName().strip();
        int characters = Math.max(name.codePointCount(0, name.length()), lane.persona() == null ? 18 : 1);
        return characters * LANE_CHAR + 4;
    }

    /** How tall a lane's name is, its line of 7.5 pt, in px. */
    private static final double LABEL_HEIGHT = 12;

    /**
     * Where from the piece's leading edge (its left, right to left its right) a lane's name
     * {@code width} wide at {@code y} covers no flow's number and no box: the first such place from
     * {@code from} to {@code to} in steps of 6 px, else {@code from}.
     */
    private static double free(double from, double to, double y, double width, double height, List<Edge> edges, List<Node> nodes,
            boolean rightToLeft, double figureWidth) {
        for (double at = from; at <= to + 0.01; at += 6) {
            double left = rightToLeft ? figureWidth - at - width : at;
            Rect label = new Rect(left, y, width, height);
            boolean covers = false;
            for (Edge edge : edges) {
                covers |= edge.numbered() && label.overlaps(new Rect(edge.labelX() - 10, edge.labelY() - 7, 18, 13));
            }
            for (Node node : nodes) {
                covers |= label.overlaps(new Rect(node.x(), node.y(), node.width(), node.height()));
            }
            if (!covers) {
                return at;
            }
        }
        return from;
    }

    /**
     * The part {@code window} of the drawing's extent {@code all} as a figure at {@code scale}, its
     * row of stage headers tall enough for names of {@code nameLines} lines.
     */
    private static JourneyDiagram piece(CustomerJourney journey, JourneyDrawing drawing, Rect all, Rect window, double scale,
            boolean rightToLeft, int nameLines) {
        double header = StageHeader.rowHeight(nameLines);
        // the lane a page cuts into: its name in a band of its own under the headers
        Lane continued = null;
        double widest = 0;
        for (Lane lane : drawing.lanes()) {
            if (lane.bounds().y() < window.y() - 0.5 && lane.bounds().bottom() > window.y() + 0.5) {
                continued = lane;
            }
            if (lane.bounds().bottom() > window.y() && lane.bounds().y() < window.bottom()) {
                widest = Math.max(widest, laneNameWidth(lane) + 8);
            }
        }
        double top = header + (continued == null ? 0 : LANE_BAND);
        // a piece narrower than a lane's name is widened (on its trailing side) to show it whole
        double figureWidth = Math.max(window.width() * scale, widest);
        double height = top + window.height() * scale;
        Mapper map = new Mapper(scale, rightToLeft, figureWidth, window.x(), window.y(), top);

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
            labels.add(new StageLabel(column.stage(), x + 2, 2, labelWidth(left, right, scale), header - 4));
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
        List<LaneLabel> lanes = new ArrayList<>();
        if (continued != null) {
            bands.add(new Band(0, header, figureWidth, LANE_BAND, "#e9edf2"));
            double x = rightToLeft ? figureWidth - 4 : 4;
            lanes.add(new LaneLabel(continued.persona(), x, header + 1, Math.min(laneNameWidth(continued), figureWidth - 8),
                    LANE_BAND - 2));
        }
        for (Lane lane : drawing.lanes()) {
            // its head on the page (a head cut off at the page's foot belongs to the next)
            if (lane.bounds().y() < window.y() - 0.5 || lane.bounds().y() + JourneyDrawing.Lane.HEADER > window.bottom() + 0.5) {
                continue;
            }
            // a rule where the lane starts and its persona's name in its head (where no box goes), whole:
            // at the page's start and again where each further stage's column starts if it fits there
            bands.add(new Band(0, map.y(lane.bounds().y()), figureWidth, 0.8, "#8797aa"));
            double name = laneNameWidth(lane);
            List<Double> starts = new ArrayList<>();
            starts.add(window.x());
            for (Column column : drawing.columns()) {
                double left = column.bounds().x();
                if (column.index() > 0 && left > window.x() + 1 && left < window.right()) {
                    starts.add(left);
                }
            }
            // where the name before ends, from the piece's leading edge
            double taken = -Double.MAX_VALUE;
            for (int i = 0; i < starts.size(); i++) {
                double start = starts.get(i);
                double end = i + 1 < starts.size() ? starts.get(i + 1) : window.right();
                // from the page's (or the column's) start, moved along past flow numbers and boxes where it can be
                double from = i == 0 ? 4 : Math.max((start - window.x()) * scale + 4, taken + 8);
                double to = i == 0 ? Math.min(figureWidth / 3, figureWidth - 4 - name) : (end - window.x()) * scale - 4 - name;
                if (i > 0 && to < from) {
                    continue;
                }
                double y = map.y(lane.bounds().y()) + 1;
                double at = free(from, Math.max(from, to), y, name, LABEL_HEIGHT, edges, nodes, rightToLeft, figureWidth);
                lanes.add(new LaneLabel(lane.persona(), rightToLeft ? figureWidth - at : at, y, name,
                        JourneyDrawing.Lane.HEADER * scale));
                taken = at + name;
            }
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
    private record Mapper(double scale, boolean rightToLeft, double width, double originX, double originY, double top) {
        double x(double x, double extent) {
            return rightToLeft ? width - (x - originX + extent) * scale : (x - originX) * scale;
        }

        double x(double x) {
            return x(x, 0);
        }

        double y(double y) {
            return top + (y - originY) * scale;
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
