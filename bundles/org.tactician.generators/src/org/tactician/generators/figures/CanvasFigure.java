package org.tactician.generators.figures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tactician.generators.figures.BoxGrid.Box;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasBlock;
import org.tactician.model.NamedElement;

/**
 * The Business Model Canvas in its classic layout: key partners, key activities over key
 * resources, value propositions, customer relationships over channels and customer segments
 * across the top; cost structure and revenue streams underneath.
 */
public final class CanvasFigure implements PlanFigure {

    /** Where each block sits on the ten-column grid: column, row, columns, rows. */
    private static final int[][] PLACES = {
        {0, 0, 2, 2}, {2, 0, 2, 1}, {2, 1, 2, 1}, {4, 0, 2, 2}, {6, 0, 2, 1}, {6, 1, 2, 1}, {8, 0, 2, 2}, {0, 2, 5, 1},
        {5, 2, 5, 1}};
    private static final CanvasBlock[] BLOCKS = {CanvasBlock.KEY_PARTNERS, CanvasBlock.KEY_ACTIVITIES, CanvasBlock.KEY_RESOURCES,
        CanvasBlock.VALUE_PROPOSITIONS, CanvasBlock.CUSTOMER_RELATIONSHIPS, CanvasBlock.CHANNELS, CanvasBlock.CUSTOMER_SEGMENTS,
        CanvasBlock.COST_STRUCTURE, CanvasBlock.REVENUE_STREAMS};

    private final BusinessModelCanvas canvas;
    private final PlanTerms terms;

    /** The canvas of {@code canvas} in {@code terms}' words. */
    public CanvasFigure(BusinessModelCanvas canvas, PlanTerms terms) {
        this.canvas = canvas;
        this.terms = terms;
    }

    @Override
    public String id() {
        return "canvas";
    }

    private List<String> items(CanvasBlock block) {
        return canvas.getItems().stream().filter(i -> i.isSetBlock() && i.getBlock() == block).map(NamedElement::getName).toList();
    }

    /** The canvas as an XHTML fragment (a ten-column table, so the bottom row splits in halves). */
    @Override
    public String html() {
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"figure canvas-figure\"><table class=\"canvas\"><colgroup>");
        for (int i = 0; i < 10; i++) {
            out.append("<col style=\"width: 10%\"/>");
        }
        out.append("</colgroup><tbody>\n<tr>");
        block(out, CanvasBlock.KEY_PARTNERS, "rowspan=\"2\" colspan=\"2\"");
        block(out, CanvasBlock.KEY_ACTIVITIES, "colspan=\"2\"");
        block(out, CanvasBlock.VALUE_PROPOSITIONS, "rowspan=\"2\" colspan=\"2\"");
        block(out, CanvasBlock.CUSTOMER_RELATIONSHIPS, "colspan=\"2\"");
        block(out, CanvasBlock.CUSTOMER_SEGMENTS, "rowspan=\"2\" colspan=\"2\"");
        out.append("</tr>\n<tr>");
        block(out, CanvasBlock.KEY_RESOURCES, "colspan=\"2\"");
        block(out, CanvasBlock.CHANNELS, "colspan=\"2\"");
        out.append("</tr>\n<tr>");
        block(out, CanvasBlock.COST_STRUCTURE, "colspan=\"5\"");
        block(out, CanvasBlock.REVENUE_STREAMS, "colspan=\"5\"");
        out.append("</tr>\n</tbody></table></div>\n");
        return out.toString();
    }

    private void block(StringBuilder out, CanvasBlock block, String span) {
        String css = block.name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean bottom = block == CanvasBlock.COST_STRUCTURE || block == CanvasBlock.REVENUE_STREAMS;
        // The two halves of the top row's middle blocks share the row height.
        String height = span.startsWith("colspan") && !bottom ? " style=\"height: 72pt\"" : "";
        out.append("<td ").append(span).append(" class=\"").append(css).append(bottom ? " bottom" : "").append("\"")
                .append(height).append("><div class=\"cell-title\">");
        Figures.text(out, terms.literal(block));
        out.append("</div>");
        Figures.list(out, items(block));
        out.append("</td>");
    }

    @Override
    public BufferedImage image(double width, double scale) {
        return grid().image(width, scale);
    }

    @Override
    public String svg() {
        return grid().svg(Figures.SVG_WIDTH);
    }

    private BoxGrid grid() {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < BLOCKS.length; i++) {
            int[] place = PLACES[i];
            Color fill = BLOCKS[i] == CanvasBlock.VALUE_PROPOSITIONS ? new Color(0xfdf3dc)
                    : BLOCKS[i] == CanvasBlock.CUSTOMER_SEGMENTS ? new Color(0xe4f0fa) : Color.WHITE;
            boxes.add(new Box(place[0], place[1], place[2], place[3], terms.literal(BLOCKS[i]), items(BLOCKS[i]), fill,
                    new Color(0x222222)));
        }
        return new BoxGrid(10, 3, boxes, terms.isRightToLeft());
    }
}
