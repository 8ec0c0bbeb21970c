package org.tactician.generators.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

import org.tactician.fonts.Java2DFonts;
import org.tactician.generators.internal.Text;

/**
 * A grid of boxes drawn with Java2D, each with a bold title and a bulleted list, as the TOWS
 * matrix and the Business Model Canvas are: columns of equal width, boxes spanning columns and
 * rows, row heights grown to fit the text (wrapped, in the plan's direction). The figures' pictures
 * for Word documents.
 */
final class BoxGrid {

    /** One box: where it sits (0-based), what it shows, in which colours. */
    record Box(int column, int row, int columns, int rows, String title, List<String> items, Color fill, Color titleColour) {

        /** An element without a name (the editor allows it) is an empty line, as in the HTML. */
        Box {
            title = title == null ? "" : title;
            items = items.stream().map(item -> item == null ? "" : item).toList();
        }
    }

    private static final float TITLE_SIZE = 8.5f;
    private static final float ITEM_SIZE = 7.5f;
    private static final double PADDING = 5;
    private static final double MIN_ROW = 40;

    private final int columns;
    private final int rows;
    private final List<Box> boxes;
    private final boolean rightToLeft;
    private final String family;

    BoxGrid(int columns, int rows, List<Box> boxes, boolean rightToLeft) {
        this.columns = columns;
        this.rows = rows;
        this.boxes = List.copyOf(boxes);
        this.rightToLeft = rightToLeft;
        List<String> texts = new ArrayList<>();
        for (Box box : boxes) {
            texts.add(box.title());
            texts.addAll(box.items());
        }
        this.family = Java2DFonts.familyFor(texts);
    }

    /** Receives each laid-out line of text: drawn into a picture or written into an SVG document. */
    @FunctionalInterface
    interface LineSink {
        /**
         * @param start where the line starts on the left ({@code rightToLeft}: where it ends on the right)
         */
        void line(TextLayout layout, String text, Font font, Color colour, double start, double baseline, boolean rightToLeft);
    }

    /** The rows' heights, grown to fit the boxes' text in a grid {@code width} wide. */
    private double[] rowHeights(double width, FontRenderContext context) {
        double columnWidth = width / columns;
        double[] heights = new double[rows];
        java.util.Arrays.fill(heights, MIN_ROW);
        // Single-row boxes first, then boxes over several rows grow their last row.
        for (int pass = 0; pass < 2; pass++) {
            for (Box box : boxes) {
                if ((box.rows() == 1) != (pass == 0)) {
                    continue;
                }
                double need = measure(box, box.columns() * columnWidth, context);
                double have = 0;
                for (int r = box.row(); r < box.row() + box.rows(); r++) {
                    have += heights[r];
                }
                if (need > have) {
                    heights[box.row() + box.rows() - 1] += need - have;
                }
            }
        }
        return heights;
    }

    /** Where {@code box} sits in a grid {@code width} wide with rows {@code heights}, mirrored right to left. */
    private Rectangle2D area(Box box, double width, double[] heights) {
        double columnWidth = width / columns;
        int firstColumn = rightToLeft ? columns - box.column() - box.columns() : box.column();
        double y = 0;
        for (int r = 0; r < box.row(); r++) {
            y += heights[r];
        }
        double h = 0;
        for (int r = box.row(); r < box.row() + box.rows(); r++) {
            h += heights[r];
        }
        return new Rectangle2D.Double(firstColumn * columnWidth, y, box.columns() * columnWidth, h);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /** The grid drawn {@code width} points wide at {@code scale} pixels per point. */
    BufferedImage image(double width, double scale) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        double[] heights = rowHeights(width, context);
        double height = sum(heights);
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            LineSink draw = (line, text, font, colour, start, baseline, rtl) -> {
                g.setColor(colour);
                line.draw(g, (float) (rtl ? start - line.getAdvance() : start), (float) baseline);
            };
            for (Box box : boxes) {
                Rectangle2D area = area(box, width, heights);
                g.setColor(box.fill());
                g.fill(area);
                g.setColor(new Color(0x999999));
                g.setStroke(new BasicStroke(0.6f));
                g.draw(area);
                layout(box, area.getWidth(), context, draw, area.getX(), area.getY());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The grid as a standalone SVG document {@code width} points wide, text wrapped as in {@link #image}. */
    String svg(double width) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        double[] heights = rowHeights(width, context);
        SvgDocument svg = new SvgDocument(width, sum(heights), rightToLeft);
        LineSink write = (line, text, font, colour, start, baseline, rtl) -> svg.text(text.strip(), font, colour, start, baseline,
                "start", rtl);
        for (Box box : boxes) {
            Rectangle2D area = area(box, width, heights);
            svg.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight(), 0, box.fill(), new Color(0x999999), 0.6, false);
            layout(box, area.getWidth(), context, write, area.getX(), area.getY());
        }
        return svg.finish();
    }

    /** The height {@code box}'s text needs in a box {@code width} wide. */
    private double measure(Box box, double width, FontRenderContext context) {
        return layout(box, width, context, null, 0, 0) + 2 * PADDING;
    }

    /** Lays the box's text out (and draws it when {@code g} is given); returns its height. */
    private double layout(Box box, double width, FontRenderContext context, LineSink g, double x, double y) {
        double inner = Math.max(10, width - 2 * PADDING);
        double cursor = PADDING;
        cursor = paragraph(box.title(), Java2DFonts.font(family, true, TITLE_SIZE), box.titleColour(), inner, 0, context, g,
                x + PADDING, y, cursor);
        cursor += 2;
        for (String item : box.items()) {
            cursor = paragraph("• " + item, Java2DFonts.font(family, false, ITEM_SIZE), new Color(0x222222), inner, 6, context,
                    g, x + PADDING, y, cursor);
            cursor += 1.5;
        }
        return cursor - PADDING;
    }

    /** One wrapped paragraph from {@code top}; returns the new top. */
    private double paragraph(String text, Font font, Color colour, double width, double hanging, FontRenderContext context,
            LineSink g, double left, double y, double top) {
        String clean = Text.clean(text);
        if (clean.isBlank()) {
            return top;
        }
        AttributedString string = new AttributedString(clean);
        string.addAttribute(TextAttribute.FONT, font);
        string.addAttribute(TextAttribute.RUN_DIRECTION,
                rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        LineBreakMeasurer lines = new LineBreakMeasurer(string.getIterator(), context);
        double cursor = top;
        boolean first = true;
        while (lines.getPosition() < clean.length()) {
            double available = first ? width : width - hanging;
            int from = lines.getPosition();
            TextLayout line = lines.nextLayout((float) Math.max(4, available));
            cursor += line.getAscent();
            if (g != null) {
                double indent = first ? 0 : hanging;
                boolean rtl = rightToLeft || !Bidi.requiresBidi(clean.toCharArray(), 0, clean.length())
                        ? rightToLeft : !line.isLeftToRight();
                g.line(line, clean.substring(from, lines.getPosition()), font, colour,
                        rtl ? left + width - indent : left + indent, y + cursor, rtl);
            }
            cursor += line.getDescent() + line.getLeading();
            first = false;
        }
        return cursor;
    }
}
