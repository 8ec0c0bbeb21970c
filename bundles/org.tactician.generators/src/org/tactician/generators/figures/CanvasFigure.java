package org.tactician.generators.figures;

import java.util.List;
import java.util.Locale;

import org.tactician.generators.internal.Text;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasBlock;

/**
 * The Business Model Canvas in its classic layout: key partners, key activities over key
 * resources, value propositions, customer relationships over channels and customer segments
 * across the top; cost structure and revenue streams underneath.
 */
public final class CanvasFigure {

    private CanvasFigure() {
    }

    /** The canvas as an XHTML fragment (a ten-column table, so the bottom row splits in halves). */
    public static String html(BusinessModelCanvas canvas) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"figure canvas-figure\"><table class=\"canvas\"><colgroup>");
        for (int i = 0; i < 10; i++) {
            out.append("<col style=\"width: 10%\"/>");
        }
        out.append("</colgroup><tbody>\n<tr>");
        block(out, canvas, CanvasBlock.KEY_PARTNERS, "rowspan=\"2\" colspan=\"2\"");
        block(out, canvas, CanvasBlock.KEY_ACTIVITIES, "colspan=\"2\"");
        block(out, canvas, CanvasBlock.VALUE_PROPOSITIONS, "rowspan=\"2\" colspan=\"2\"");
        block(out, canvas, CanvasBlock.CUSTOMER_RELATIONSHIPS, "colspan=\"2\"");
        block(out, canvas, CanvasBlock.CUSTOMER_SEGMENTS, "rowspan=\"2\" colspan=\"2\"");
        out.append("</tr>\n<tr>");
        block(out, canvas, CanvasBlock.KEY_RESOURCES, "colspan=\"2\"");
        block(out, canvas, CanvasBlock.CHANNELS, "colspan=\"2\"");
        out.append("</tr>\n<tr>");
        block(out, canvas, CanvasBlock.COST_STRUCTURE, "colspan=\"5\"");
        block(out, canvas, CanvasBlock.REVENUE_STREAMS, "colspan=\"5\"");
        out.append("</tr>\n</tbody></table>\n<p class=\"caption\">Business Model Canvas</p></div>\n");
        return out.toString();
    }

    private static void block(StringBuilder out, BusinessModelCanvas canvas, CanvasBlock block, String span) {
        List<String> items = canvas.getItems().stream().filter(i -> i.isSetBlock() && i.getBlock() == block).map(i -> i.getName()).toList();
        String css = block.name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean bottom = block == CanvasBlock.COST_STRUCTURE || block == CanvasBlock.REVENUE_STREAMS;
        // The two halves of the top row's middle blocks share the row height.
        String height = span.startsWith("colspan") && !bottom ? " style=\"height: 72pt\"" : "";
        out.append("<td ").append(span).append(" class=\"").append(css).append(bottom ? " bottom" : "").append("\"")
                .append(height).append("><div class=\"cell-title\">").append(Text.html(Text.words(block))).append("</div>");
        Figures.list(out, items);
        out.append("</td>");
    }
}
