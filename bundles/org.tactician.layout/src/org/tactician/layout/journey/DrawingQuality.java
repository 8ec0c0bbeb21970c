package org.tactician.layout.journey;

import java.util.ArrayList;
import java.util.List;

import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.JourneyDrawing.Rect;
import org.tactician.layout.journey.JourneyDrawing.Route;

/**
 * What makes a journey drawing readable, checked: no box on another box or on a flow label, no
 * flow through a box it does not connect, every box in its stage's column (and in its persona's
 * lane when there are lanes), everything inside the drawing. Used by the layout's tests and by every renderer's.
 */
public final class DrawingQuality {

    /** Segments may touch a box's border by this much (rounding of the router). */
    static final double TOLERANCE = 1.0;
    /** A curve is checked at this many points per Bézier piece. */
    static final int CURVE_SAMPLES = 24;

    private DrawingQuality() {
    }

    /** The problems of {@code drawing}, one line each; empty when it is clean. */
    public static List<String> problems(JourneyDrawing drawing) {
        List<String> problems = new ArrayList<>();
        Rect all = new Rect(0, 0, drawing.width(), drawing.height()).grown(TOLERANCE);
        List<Box> boxes = drawing.boxes();
        for (int i = 0; i < drawing.lanes().size(); i++) {
            Rect lane = drawing.lanes().get(i).bounds();
            if (!all.encloses(lane)) {
                problems.add("lane " + i + " lies outside the drawing");
            }
            if (i > 0 && lane.overlaps(drawing.lanes().get(i - 1).bounds())) {
                problems.add("lane " + i + " overlaps lane " + (i - 1));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (!all.encloses(box.bounds())) {
                problems.add(name(box) + " lies outside the drawing");
            }
            if (box.column() >= 0 && box.column() < drawing.columns().size()
                    && !drawing.columns().get(box.column()).bounds().grown(TOLERANCE).encloses(box.bounds())) {
                problems.add(name(box) + " is not inside the column of its stage");
            }
            if (!drawing.lanes().isEmpty() && (box.lane() < 0 || box.lane() >= drawing.lanes().size()
                    || !drawing.lanes().get(box.lane()).bounds().grown(TOLERANCE).encloses(box.bounds()))) {
                problems.add(name(box) + " is not inside the lane of its persona");
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                if (box.bounds().overlaps(boxes.get(j).bounds())) {
                    problems.add(name(box) + " overlaps " + name(boxes.get(j)));
                }
            }
        }
        for (Route route : drawing.routes()) {
            String flow = "flow '" + route.flow().getName() + "'";
            if (route.points().size() < 2) {
                problems.add(flow + " has no route");
                continue;
            }
            for (Point point : route.points()) {
                if (point.x() < all.x() || point.y() < all.y() || point.x() > all.right() || point.y() > all.bottom()) {
                    problems.add(flow + " leaves the drawing at " + point);
                    break;
                }
            }
            if (route.label() != null) {
                if (!all.encloses(route.label())) {
                    problems.add("the label of " + flow + " lies outside the drawing");
                }
                for (Box box : boxes) {
                    if (route.label().grown(-TOLERANCE).overlaps(box.bounds())) {
                        problems.add("the label of " + flow + " covers " + name(box));
                    }
                }
            }
            List<Point> path = route.curved() ? sampled(route.points()) : route.points();
            for (Box box : boxes) {
                if (box == route.source() || box == route.target()) {
                    continue;
                }
                Rect inside = box.bounds().grown(-TOLERANCE);
                for (int k = 1; k < path.size(); k++) {
                    if (crosses(path.get(k - 1), path.get(k), inside)) {
                        problems.add(flow + " passes through " + name(box));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static String name(Box box) {
        return "touchpoint '" + box.touchpoint().getName() + "'";
    }

    /** The points of a curve's Bézier pieces (start, then control, control, end per piece). */
    static List<Point> sampled(List<Point> points) {
        if ((points.size() - 1) % 3 != 0) {
            return points;
        }
        List<Point> out = new ArrayList<>();
        out.add(points.get(0));
        for (int i = 1; i + 2 < points.size(); i += 3) {
            Point p0 = points.get(i - 1);
            Point p1 = points.get(i);
            Point p2 = points.get(i + 1);
            Point p3 = points.get(i + 2);
            for (int s = 1; s <= CURVE_SAMPLES; s++) {
                double t = (double) s / CURVE_SAMPLES;
                double u = 1 - t;
                double x = u * u * u * p0.x() + 3 * u * u * t * p1.x() + 3 * u * t * t * p2.x() + t * t * t * p3.x();
                double y = u * u * u * p0.y() + 3 * u * u * t * p1.y() + 3 * u * t * t * p2.y() + t * t * t * p3.y();
                out.add(new Point(x, y));
            }
        }
        return out;
    }

    /** Whether the segment from {@code a} to {@code b} enters the interior of {@code r} (Liang–Barsky). */
    static boolean crosses(Point a, Point b, Rect r) {
        if (r.width() <= 0 || r.height() <= 0) {
            return false;
        }
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - r.x(), r.right() - a.x(), a.y() - r.y(), r.bottom() - a.y()};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter < leave;
    }
}
