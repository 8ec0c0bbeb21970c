package org.tactician.generators.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tactician.generators.internal.Text;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Touchpoint;

/**
 * The customer journey as a layered figure: one column per stage in journey order (labelled
 * with its RACE stage), the stage's touchpoints stacked in it as boxes coloured by media type
 * (paid, owned, earned), and each flow an arrow numbered like the flow table under the figure.
 * Forward flows run between columns; flows inside a stage curve along its side; flows back to an
 * earlier stage (loops) are dashed and run underneath. A right-to-left plan mirrors the columns.
 *
 * <p>The boxes and numbers are absolutely positioned HTML over an SVG layer of arrows, so all
 * text is laid out by the document's fonts.
 */
public final class JourneyFigure {

    /** Width of the figure in CSS px: the A4 text width between the PDF margins (178 mm). */
    static final double WIDTH = 670;
    private static final double HEADER = 30;
    private static final double BOX_HEIGHT = 58;
    private static final double ROW_PITCH = 74;
    private static final double LOOP_DEPTH = 34;

    private JourneyFigure() {
    }

    /** Where a touchpoint's box is, in CSS px from the figure's top left. */
    record Box(int column, int row, double x, double y, double width, double height) {
        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }

        double bottom() {
            return y + height;
        }
    }

    /**
     * The figure of {@code journey} as an XHTML fragment.
     *
     * @param rightToLeft whether the plan reads right to left (the first stage is on the right)
     */
    public static String html(CustomerJourney journey, boolean rightToLeft) {
        List<JourneyStage> stages = journey.getStages();
        int columns = Math.max(1, stages.size());
        double columnWidth = WIDTH / columns;
        double boxWidth = Math.max(50, columnWidth - 30);
        int rows = 1;
        for (JourneyStage stage : stages) {
            rows = Math.max(rows, stage.getTouchpoints().size());
        }
        double height = HEADER + 8 + rows * ROW_PITCH + LOOP_DEPTH;
        Map<Touchpoint, Box> boxes = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            int visual = rightToLeft ? columns - 1 - i : i;
            List<Touchpoint> touchpoints = stages.get(i).getTouchpoints();
            for (int j = 0; j < touchpoints.size(); j++) {
                boxes.put(touchpoints.get(j), new Box(i, j, visual * columnWidth + (columnWidth - boxWidth) / 2,
                        HEADER + 8 + j * ROW_PITCH, boxWidth, BOX_HEIGHT));
            }
        }
        StringBuilder svg = new StringBuilder(8192);
        StringBuilder labels = new StringBuilder(4096);
        // Sizes with a unit: the PDF renderer reads them as CSS lengths too.
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(px(WIDTH)).append("px\" height=\"")
                .append(px(height)).append("px\" viewBox=\"0 0 ").append(px(WIDTH)).append(' ').append(px(height))
                .append("\" style=\"width: ").append(px(WIDTH)).append("px; height: ").append(px(height)).append("px\">");
        // Alternate stage bands, so the columns read as stages.
        for (int i = 0; i < columns; i++) {
            svg.append("<rect x=\"").append(px(i * columnWidth + 2)).append("\" y=\"0\" width=\"").append(px(columnWidth - 4))
                    .append("\" height=\"").append(px(height)).append("\" fill=\"").append(i % 2 == 0 ? "#f3f6fa" : "#fafbfc")
                    .append("\"/>");
        }
        List<JourneyFlow> flows = journey.getFlows();
        for (int k = 0; k < flows.size(); k++) {
            JourneyFlow flow = flows.get(k);
            Box source = boxes.get(flow.getSource());
            Box target = boxes.get(flow.getTarget());
            if (source == null || target == null || source == target) {
                continue; // a flow to a touchpoint of another journey, or to itself, has no arrow here
            }
            arrow(svg, labels, k + 1, source, target, rightToLeft);
        }
        svg.append("</svg>");

        StringBuilder out = new StringBuilder(svg.length() + labels.length() + 4096);
        out.append("<div class=\"figure journey-figure\" style=\"width: ").append(px(WIDTH)).append("px; height: ")
                .append(px(height)).append("px\">").append(svg);
        for (int i = 0; i < stages.size(); i++) {
            JourneyStage stage = stages.get(i);
            int visual = rightToLeft ? columns - 1 - i : i;
            out.append("<div class=\"stage\" style=\"left: ").append(px(visual * columnWidth + 4)).append("px; top: 3px; width: ")
                    .append(px(columnWidth - 8)).append("px; height: ").append(px(HEADER - 4)).append("px\">");
            Figures.text(out, Text.value(stage, "raceStage"));
            out.append("<br/>");
            Figures.text(out, stage.getName());
            out.append("</div>");
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                Box box = boxes.get(touchpoint);
                String media = !touchpoint.isSetMediaType() ? "unset" : touchpoint.getMediaType().name().toLowerCase(Locale.ROOT);
                // The box's width and height include its padding and border (6 and 1.6 px).
                out.append("<div class=\"tp ").append(media).append("\" style=\"left: ").append(px(box.x())).append("px; top: ")
                        .append(px(box.y())).append("px; width: ").append(px(box.width() - 8)).append("px; height: ")
                        .append(px(box.height() - 6)).append("px\"><b>");
                Figures.text(out, touchpoint.getName());
                out.append("</b><span class=\"media\">");
                String channel = touchpoint.getChannel() == null ? "" : touchpoint.getChannel().getName();
                Figures.text(out, join(Text.value(touchpoint, "mediaType"), channel));
                out.append("</span></div>");
            }
        }
        out.append(labels).append("</div>\n");
        out.append("<p class=\"journey-legend\"><span class=\"key\" style=\"background: #fbe0c4\"></span>Paid"
                + "<span class=\"key\" style=\"background: #d9e8f7\"></span>Owned"
                + "<span class=\"key\" style=\"background: #dcefd5\"></span>Earned"
                + " · numbered arrows are the flows below; dashed arrows loop back to an earlier stage</p>\n");
        return out.toString();
    }

    private static void arrow(StringBuilder svg, StringBuilder labels, int number, Box s, Box t, boolean rightToLeft) {
        // Control points of one cubic Bézier from (x0,y0) to (x3,y3).
        double x0, y0, x1, y1, x2, y2, x3, y3;
        String style;
        if (t.column() > s.column()) {
            // Forward: from the side facing the next stage to the side facing back.
            double out = rightToLeft ? -1 : 1;
            x0 = rightToLeft ? s.x() : s.x() + s.width();
            y0 = s.centreY();
            x3 = rightToLeft ? t.x() + t.width() : t.x();
            y3 = t.centreY();
            double reach = Math.abs(x3 - x0) / 2;
            x1 = x0 + out * reach;
            y1 = y0;
            x2 = x3 - out * reach;
            y2 = y3;
            style = "stroke=\"#3f5f80\" stroke-width=\"1\"";
        } else if (t.column() == s.column()) {
            // Inside a stage: along the side of the column that faces forward.
            double side = rightToLeft ? -1 : 1;
            x0 = rightToLeft ? s.x() : s.x() + s.width();
            y0 = s.centreY() + (t.row() > s.row() ? 6 : -6);
            x3 = x0;
            y3 = t.centreY() + (t.row() > s.row() ? -6 : 6);
            double bulge = 10 + 4 * Math.abs(t.row() - s.row());
            x1 = x0 + side * bulge;
            y1 = y0;
            x2 = x3 + side * bulge;
            y2 = y3;
            style = "stroke=\"#6b6b6b\" stroke-width=\"0.9\"";
        } else {
            // Back to an earlier stage (a loop): underneath, from bottom to bottom.
            x0 = s.centreX() + (rightToLeft ? 8 : -8);
            y0 = s.bottom();
            x3 = t.centreX() + (rightToLeft ? -8 : 8);
            y3 = t.bottom();
            double depth = Math.max(y0, y3) + ROW_PITCH - BOX_HEIGHT + 8;
            x1 = x0;
            y1 = depth;
            x2 = x3;
            y2 = depth;
            style = "stroke=\"#b0601a\" stroke-width=\"1\" stroke-dasharray=\"3 2\"";
        }
        svg.append("<path d=\"M ").append(px(x0)).append(' ').append(px(y0)).append(" C ").append(px(x1)).append(' ')
                .append(px(y1)).append(' ').append(px(x2)).append(' ').append(px(y2)).append(' ').append(px(x3)).append(' ')
                .append(px(y3)).append("\" fill=\"none\" ").append(style).append("/>");
        // Arrowhead along the curve's last tangent.
        double dx = x3 - x2;
        double dy = y3 - y2;
        double length = Math.hypot(dx, dy);
        if (length < 0.01) {
            dx = x3 - x0;
            dy = y3 - y0;
            length = Math.max(0.01, Math.hypot(dx, dy));
        }
        dx /= length;
        dy /= length;
        double size = 6;
        svg.append("<polygon points=\"").append(px(x3)).append(',').append(px(y3)).append(' ')
                .append(px(x3 - size * dx + size / 2 * dy)).append(',').append(px(y3 - size * dy - size / 2 * dx)).append(' ')
                .append(px(x3 - size * dx - size / 2 * dy)).append(',').append(px(y3 - size * dy + size / 2 * dx))
                .append("\" fill=\"").append(style.contains("#b0601a") ? "#b0601a" : style.contains("#6b6b6b") ? "#6b6b6b" : "#3f5f80")
                .append("\"/>");
        // The number at the curve's middle: B(½) = (P0 + 3 P1 + 3 P2 + P3) / 8.
        double mx = (x0 + 3 * x1 + 3 * x2 + x3) / 8;
        double my = (y0 + 3 * y1 + 3 * y2 + y3) / 8;
        // A block, not a span: openhtmltopdf does not give absolutely positioned inline boxes a width.
        labels.append("<div class=\"flow-no\" style=\"left: ").append(px(mx - 8)).append("px; top: ").append(px(my - 6))
                .append("px\">").append(number).append("</div>");
    }

    private static String join(String first, String second) {
        String a = first == null ? "" : first;
        String b = second == null ? "" : second;
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }

    /** A coordinate with at most one decimal, in the root locale. */
    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
