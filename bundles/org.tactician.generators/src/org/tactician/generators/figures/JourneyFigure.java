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
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tactician.fonts.Java2DFonts;
import org.tactician.generators.figures.JourneyDiagram.Band;
import org.tactician.generators.figures.JourneyDiagram.Edge;
import org.tactician.generators.figures.JourneyDiagram.LaneLabel;
import org.tactician.generators.figures.JourneyDiagram.Node;
import org.tactician.generators.figures.JourneyDiagram.Route;
import org.tactician.generators.figures.JourneyDiagram.StageLabel;
import org.tactician.generators.internal.Text;
import org.tactician.i18n.PlanTerms;
import org.tactician.layout.journey.JourneyBoxes;
import org.tactician.model.CustomerJourney;
import org.tactician.model.MediaType;
import org.tactician.model.Touchpoint;

/**
 * A customer journey as a figure: the diagram its {@link JourneyLayout} computes, each stage
 * labelled with its RACE stage, touchpoints as boxes coloured by media type (paid, owned, earned),
 * each flow an arrow numbered like the flow table under the figure (dashed when it loops back).
 *
 * <p>In XHTML the boxes and numbers are absolutely positioned HTML over an SVG layer of arrows, so
 * all text is laid out by the document's fonts; the picture draws the same diagram with Java2D.
 */
public final class JourneyFigure implements PlanFigure {

    /**
     * Width of the figure in CSS px: the text width of a landscape A4 page between the PDF margins
     * (265 mm), the page the documents give each journey figure.
     */
    public static final double WIDTH = 1000;
    /**
     * Height of one page of the figure in CSS px: a landscape A4 page between the PDF margins
     * (168 mm, 635 px) less room for the part's line, the legend and the caption.
     */
    public static final double PAGE_HEIGHT = 555;
    /** Points per CSS px on paper: {@link #WIDTH} px are the 265 mm of a landscape page's text. */
    public static final double PT_PER_PX = 0.75;
    /** The boxes' text at full size, as the layout measures it (the diagram editor's). */
    private static final double FONT_PT = 10;
    private static final double LINE_PT = 12.75;
    private static final double PADDING_PX = 8;
    /**
     * The pictures' text in px, as big as the PDF's in pt (a picture is printed at
     * {@link #PT_PER_PX}): stage headers and lane names 7.5 pt (a stage's name 7 pt where a word
     * needs it, {@link StageHeader}), flow numbers 7 pt.
     */
    private static final float LABEL_PX = (float) (7.5 / PT_PER_PX);
    private static final float NUMBER_PX = (float) (7 / PT_PER_PX);
    private static final Color LANE_COLOUR = new Color(0x3d4f63);
    private static final Color LANE_BACKGROUND = new Color(0xf7f9fb);

    private final CustomerJourney journey;
    private final PlanTerms terms;
    private final JourneyDiagram diagram;
    private final List<JourneyDiagram> pages;
    private final JourneyLayout layout;
    private JourneyDiagram fullSize;
    private final int index;

    /**
     * @param journey the journey
     * @param index its place among the plan's journeys (for its id)
     * @param terms the plan's words
     * @param layout where things go
     */
    public JourneyFigure(CustomerJourney journey, int index, PlanTerms terms, JourneyLayout layout) {
        this.journey = journey;
        this.index = index;
        this.terms = terms;
        this.layout = layout;
        this.pages = layout.pages(journey, terms.isRightToLeft(), WIDTH, PAGE_HEIGHT);
        this.diagram = pages.size() == 1 ? pages.get(0) : layout.layout(journey, terms.isRightToLeft(), WIDTH);
    }

    /** The laid-out diagram, whole (fitted to the figure's width): the picture and the SVG file draw it. */
    public JourneyDiagram diagram() {
        return diagram;
    }

    /**
     * The diagram at its full size, never scaled down (the SVG file draws it: an SVG is zoomed,
     * not printed on one page, so a big journey stays readable in it).
     */
    public synchronized JourneyDiagram fullSize() {
        if (fullSize == null) {
            fullSize = layout.layout(journey, terms.isRightToLeft(), Double.POSITIVE_INFINITY);
        }
        return fullSize;
    }

    /**
     * Page {@code page} of {@link #pages} as a picture at its printed size, {@link #PT_PER_PX}
     * points per px (the PDF's scale: its text as big as there), at {@code scale} pixels per point.
     */
    public BufferedImage pageImage(int page, double scale) {
        JourneyDiagram piece = pages.get(page);
        return draw(piece, piece.width() * PT_PER_PX, scale);
    }

    /** The diagram as the document pages show it: one piece per page, its text readable on paper. */
    public List<JourneyDiagram> pages() {
        return pages;
    }

    @Override
    public String id() {
        return "journey-" + (index + 1);
    }

    private static String media(Touchpoint touchpoint) {
        return !touchpoint.isSetMediaType() ? "unset" : touchpoint.getMediaType().name().toLowerCase(Locale.ROOT);
    }

    private static String stroke(Route route) {
        return switch (route) {
            case FORWARD -> "#3f5f80";
            case WITHIN -> "#6b6b6b";
            case BACK -> "#b0601a";
        };
    }

    private String mediaLine(Touchpoint touchpoint) {
        String channel = touchpoint.getChannel() == null ? "" : Text.clean(touchpoint.getChannel().getName());
        String media = Text.value(touchpoint, "mediaType", terms);
        return media.isEmpty() ? channel : channel.isEmpty() ? media : media + " · " + channel;
    }

    @Override
    public String html() {
        StringBuilder out = new StringBuilder(16384);
        for (int i = 0; i < pages.size(); i++) {
            JourneyDiagram page = pages.get(i);
            out.append("<div class=\"journey-page").append(i > 0 ? " next" : "").append("\">");
            if (pages.size() > 1) {
                out.append("<p class=\"journey-part\">");
                Figures.text(out, terms.format("figure.journey.part", i + 1, pages.size()));
                out.append("</p>");
            }
            page(out, page);
            out.append("</div>\n");
        }
        legend(out);
        return out.toString();
    }

    /** One page of the figure: the arrows as SVG under the stage headers, lanes, boxes and flow numbers as HTML. */
    private void page(StringBuilder out, JourneyDiagram page) {
        StringBuilder svg = new StringBuilder(8192);
        StringBuilder labels = new StringBuilder(4096);
        // Sizes with a unit: the PDF renderer reads them as CSS lengths too.
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(px(page.width())).append("px\" height=\"")
                .append(px(page.height())).append("px\" viewBox=\"0 0 ").append(px(page.width())).append(' ')
                .append(px(page.height())).append("\" style=\"width: ").append(px(page.width())).append("px; height: ")
                .append(px(page.height())).append("px\">");
        for (Band band : page.bands()) {
            svg.append("<rect x=\"").append(px(band.x())).append("\" y=\"").append(px(band.y())).append("\" width=\"")
                    .append(px(band.width())).append("\" height=\"").append(px(band.height())).append("\" fill=\"")
                    .append(band.fill()).append("\"/>");
        }
        for (Edge edge : page.edges()) {
            edge(svg, edge);
            if (edge.numbered()) {
                // A block, not a span: openhtmltopdf does not give absolutely positioned inline boxes a width.
                labels.append("<div class=\"flow-no\" style=\"left: ").append(px(edge.labelX() - 10)).append("px; top: ")
                        .append(px(edge.labelY() - 7)).append("px\">").append(edge.number()).append("</div>");
            }
        }
        // the row of stage headers over the flows that a piece cuts off above its top
        for (Band band : headerBands(page)) {
            svg.append("<rect x=\"").append(px(band.x())).append("\" y=\"0\" width=\"").append(px(band.width()))
                    .append("\" height=\"").append(px(band.height())).append("\" fill=\"").append(band.fill()).append("\"/>");
        }
        svg.append("</svg>");
        out.append("<div class=\"figure journey-figure\" style=\"width: ").append(px(page.width())).append("px; height: ")
                .append(px(page.height())).append("px\">").append(svg);
        for (StageLabel stage : page.stages()) {
            // the name in the lines the layout made room for (7 pt where a word needs it), never clipped
            StageHeader header = StageHeader.of(stage.stage(), stage.width());
            out.append("<div class=\"stage\" style=\"left: ").append(px(stage.x())).append("px; top: ").append(px(stage.y()))
                    .append("px; width: ").append(px(stage.width())).append("px; height: ").append(px(stage.height()))
                    .append("px\">");
            Figures.text(out, Text.value(stage.stage(), "raceStage", terms));
            for (String line : header.lines()) {
                out.append(header.px() < StageHeader.LABEL_PX ? "<br/><span class=\"floor\">" : "<br/><span>");
                Figures.text(out, line);
                out.append("</span>");
            }
            out.append("</div>");
        }
        for (LaneLabel lane : page.lanes()) {
            double left = terms.isRightToLeft() ? lane.x() - lane.width() : lane.x();
            out.append("<div class=\"lane\" style=\"left: ").append(px(left)).append("px; top: ").append(px(lane.y()))
                    .append("px; width: ").append(px(lane.width())).append("px\">");
            // the name on a background of its own, so the flows passing the lane's head do not run through it
            out.append("<span>");
            Figures.text(out, laneName(lane));
            out.append("</span></div>");
        }
        double padding = JourneyBoxes.PRINT_PADDING * page.scale();
        for (Node node : page.nodes()) {
            // The box's width and height include its padding and border (0.6 pt on each side).
            out.append("<div class=\"tp ").append(media(node.touchpoint())).append("\" style=\"left: ").append(px(node.x()))
                    .append("px; top: ").append(px(node.y())).append("px; width: ").append(px(node.width() - 2 * padding - 1.6))
                    .append("px; height: ").append(px(node.height() - 2 * padding - 1.6)).append("px; font-size: ")
                    .append(px(FONT_PT * page.scale())).append("pt; line-height: ").append(px(LINE_PT * page.scale()))
                    .append("pt; padding: ").append(px(padding)).append("px\"><b>");
            Figures.text(out, node.touchpoint().getName());
            out.append("</b><span class=\"media\">");
            Figures.text(out, mediaLine(node.touchpoint()));
            out.append("</span></div>");
        }
        out.append(labels).append("</div>\n");
    }

    /**
     * The stage columns' bands cut to the row of stage headers, to draw over the flows: a piece of a
     * journey cut into pages starts below flows that still run up into its header row.
     */
    private static List<Band> headerBands(JourneyDiagram diagram) {
        if (diagram.stages().isEmpty()) {
            return List.of();
        }
        StageLabel first = diagram.stages().get(0);
        double header = first.y() + first.height() + 2;
        List<Band> bands = new ArrayList<>();
        for (Band band : diagram.bands()) {
            if (band.y() == 0 && band.height() >= diagram.height() - 0.01) {
                bands.add(new Band(band.x(), 0, band.width(), header, band.fill()));
            }
        }
        return bands;
    }

    private String laneName(LaneLabel lane) {
        return lane.persona() == null ? terms.text("figure.journey.noPersona") : Text.clean(lane.persona().getName());
    }

    private void legend(StringBuilder out) {
        out.append("<p class=\"journey-legend\"><span class=\"key\" style=\"background: #fbe0c4\"></span>");
        Figures.text(out, terms.literal(MediaType.PAID));
        out.append("<span class=\"key\" style=\"background: #d9e8f7\"></span>");
        Figures.text(out, terms.literal(MediaType.OWNED));
        out.append("<span class=\"key\" style=\"background: #dcefd5\"></span>");
        Figures.text(out, terms.literal(MediaType.EARNED));
        out.append(" · ");
        Figures.text(out, terms.text("figure.journey.legend"));
        out.append("</p>\n");
    }

    /** The flow's arrow: its path and its arrowhead, as SVG. */
    private static void edge(StringBuilder svg, Edge edge) {
        double[] p = edge.points();
        svg.append("<path d=\"M ").append(px(p[0])).append(' ').append(px(p[1]));
        for (int i = 2; i < p.length; i += 6) {
            svg.append(" C ").append(px(p[i])).append(' ').append(px(p[i + 1])).append(' ').append(px(p[i + 2])).append(' ')
                    .append(px(p[i + 3])).append(' ').append(px(p[i + 4])).append(' ').append(px(p[i + 5]));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(stroke(edge.route())).append("\" stroke-width=\"")
                .append(edge.route() == Route.WITHIN ? "0.9" : "1").append('"')
                .append(edge.route() == Route.BACK ? " stroke-dasharray=\"3 2\"" : "").append("/>");
        double[] head = arrowhead(p);
        svg.append("<polygon points=\"").append(px(head[0])).append(',').append(px(head[1])).append(' ').append(px(head[2]))
                .append(',').append(px(head[3])).append(' ').append(px(head[4])).append(',').append(px(head[5]))
                .append("\" fill=\"").append(stroke(edge.route())).append("\"/>");
    }

    /** The arrowhead at the path's end, along its last tangent: three points. */
    private static double[] arrowhead(double[] p) {
        int n = p.length;
        double x3 = p[n - 2];
        double y3 = p[n - 1];
        double dx = x3 - p[n - 4];
        double dy = y3 - p[n - 3];
        double length = Math.hypot(dx, dy);
        if (length < 0.01) {
            dx = x3 - p[0];
            dy = y3 - p[1];
            length = Math.max(0.01, Math.hypot(dx, dy));
        }
        dx /= length;
        dy /= length;
        double size = 6;
        return new double[] {x3, y3, x3 - size * dx + size / 2 * dy, y3 - size * dy - size / 2 * dx, x3 - size * dx - size / 2 * dy,
            y3 - size * dy + size / 2 * dx};
    }

    /** The bundled font family that has the glyphs of the diagram's text. */
    private String family() {
        List<String> texts = new ArrayList<>();
        diagram.nodes().forEach(n -> {
            texts.add(n.touchpoint().getName() == null ? "" : n.touchpoint().getName());
            texts.add(mediaLine(n.touchpoint()));
        });
        diagram.stages().forEach(s -> {
            texts.add(s.stage().getName() == null ? "" : s.stage().getName());
            texts.add(Text.value(s.stage(), "raceStage", terms));
        });
        diagram.lanes().forEach(l -> texts.add(laneName(l)));
        return Java2DFonts.familyFor(texts);
    }

    /** The diagram as a standalone SVG document at its own size (CSS px), drawn as {@link #image} draws it. */
    @Override
    public String svg() {
        JourneyDiagram diagram = fullSize();
        boolean rtl = terms.isRightToLeft();
        SvgDocument svg = new SvgDocument(diagram.width(), diagram.height(), rtl);
        String family = family();
        for (Band band : diagram.bands()) {
            svg.rect(band.x(), band.y(), band.width(), band.height(), 0, Color.decode(band.fill()), null, 0, false);
        }
        StringBuilder arrows = new StringBuilder(4096);
        for (Edge edge : diagram.edges()) {
            edge(arrows, edge);
        }
        svg.shape(arrows.toString());
        Color stageColour = new Color(0x1d3f63);
        Font bold = Java2DFonts.font(family, true, LABEL_PX);
        for (StageLabel stage : diagram.stages()) {
            double centre = stage.x() + stage.width() / 2;
            svg.text(Text.value(stage.stage(), "raceStage", terms), bold, stageColour, centre, stage.y() + 10, "middle", rtl);
            StageHeader header = StageHeader.of(stage.stage(), stage.width());
            Font name = Java2DFonts.font(family, true, header.px());
            for (int i = 0; i < header.lines().size(); i++) {
                svg.text(header.lines().get(i), name, stageColour, centre, stage.y() + 21 + i * StageHeader.LINE_PX, "middle", rtl);
            }
        }
        FontRenderContext context = new FontRenderContext(null, true, true);
        BoxGrid.LineSink write = (line, text, font, colour, start, baseline, lineRtl) -> svg.text(text.strip(), font, colour,
                start, baseline, "start", lineRtl);
        for (Node node : diagram.nodes()) {
            Color[] colours = colours(node.touchpoint());
            svg.rect(node.x(), node.y(), node.width(), node.height(), 3, colours[0], colours[1], 0.8,
                    !node.touchpoint().isSetMediaType());
            nodeText(write, context, node, family, diagram.scale());
        }
        Font laneFont = Java2DFonts.font(family, true, LABEL_PX);
        for (LaneLabel lane : diagram.lanes()) {
            String name = laneName(lane);
            double advance = laneFont.getStringBounds(name, context).getWidth();
            svg.rect(rtl ? lane.x() - advance - 1 : lane.x() - 1, lane.y() + 1, advance + 2, 11, 0, LANE_BACKGROUND, null, 0, false);
            svg.text(name, laneFont, LANE_COLOUR, lane.x(), lane.y() + 10, "start", rtl);
        }
        Font small = Java2DFonts.font(family, false, NUMBER_PX);
        for (Edge edge : diagram.edges()) {
            if (!edge.numbered()) {
                continue;
            }
            svg.rect(edge.labelX() - 10, edge.labelY() - 7, 18, 13, 2, Color.WHITE, new Color(0x555555), 0.5, false);
            svg.text(String.valueOf(edge.number()), small, new Color(0x222222), edge.labelX() - 1, edge.labelY() + 3, "middle",
                    false);
        }
        return svg.finish();
    }

    @Override
    public BufferedImage image(double width, double scale) {
        return draw(diagram, width, scale);
    }

    /** {@code diagram} (the whole or a page) as a picture {@code width} points wide. */
    private BufferedImage draw(JourneyDiagram diagram, double width, double scale) {
        double zoom = width / diagram.width();
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(diagram.height() * zoom * scale),
                BufferedImage.TYPE_INT_RGB);
        String family = family();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale * zoom, scale * zoom);
            for (Band band : diagram.bands()) {
                g.setColor(Color.decode(band.fill()));
                g.fill(new java.awt.geom.Rectangle2D.Double(band.x(), band.y(), band.width(), band.height()));
            }
            for (Edge edge : diagram.edges()) {
                double[] p = edge.points();
                Path2D path = new Path2D.Double();
                path.moveTo(p[0], p[1]);
                for (int i = 2; i < p.length; i += 6) {
                    path.curveTo(p[i], p[i + 1], p[i + 2], p[i + 3], p[i + 4], p[i + 5]);
                }
                g.setColor(Color.decode(stroke(edge.route())));
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        edge.route() == Route.BACK ? new float[] {3, 2} : null, 0));
                g.draw(path);
                double[] h = arrowhead(p);
                Path2D head = new Path2D.Double();
                head.moveTo(h[0], h[1]);
                head.lineTo(h[2], h[3]);
                head.lineTo(h[4], h[5]);
                head.closePath();
                g.fill(head);
            }
            for (Band band : headerBands(diagram)) {
                g.setColor(Color.decode(band.fill()));
                g.fill(new java.awt.geom.Rectangle2D.Double(band.x(), 0, band.width(), band.height()));
            }
            FontRenderContext context = g.getFontRenderContext();
            BoxGrid.LineSink draw = (line, text, font, colour, start, baseline, rtl) -> {
                g.setColor(colour);
                line.draw(g, (float) (rtl ? start - line.getAdvance() : start), (float) baseline);
            };
            for (StageLabel stage : diagram.stages()) {
                g.setColor(new Color(0x1d3f63));
                Font bold = Java2DFonts.font(family, true, LABEL_PX);
                centred(g, Text.value(stage.stage(), "raceStage", terms), bold, stage.x() + stage.width() / 2, stage.y() + 10);
                StageHeader header = StageHeader.of(stage.stage(), stage.width());
                Font name = Java2DFonts.font(family, true, header.px());
                for (int i = 0; i < header.lines().size(); i++) {
                    centred(g, header.lines().get(i), name, stage.x() + stage.width() / 2, stage.y() + 21 + i * StageHeader.LINE_PX);
                }
            }
            for (Node node : diagram.nodes()) {
                Color[] colours = colours(node.touchpoint());
                RoundRectangle2D box = new RoundRectangle2D.Double(node.x(), node.y(), node.width(), node.height(), 6, 6);
                g.setColor(colours[0]);
                g.fill(box);
                g.setColor(colours[1]);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(box);
                nodeText(draw, context, node, family, diagram.scale());
            }
            for (LaneLabel lane : diagram.lanes()) {
                Font laneFont = Java2DFonts.font(family, true, LABEL_PX);
                String name = laneName(lane);
                if (!name.isEmpty()) {
                    // whole, on a background of its own (the flows passing the lane's head do not run through it)
                    TextLayout text = new TextLayout(name, laneFont, g.getFontRenderContext());
                    double left = terms.isRightToLeft() ? lane.x() - text.getAdvance() : lane.x();
                    g.setColor(LANE_BACKGROUND);
                    g.fill(new java.awt.geom.Rectangle2D.Double(left - 1, lane.y() + 1, text.getAdvance() + 2, 11));
                    g.setColor(LANE_COLOUR);
                    text.draw(g, (float) left, (float) (lane.y() + 10));
                }
            }
            for (Edge edge : diagram.edges()) {
                if (!edge.numbered()) {
                    continue;
                }
                RoundRectangle2D badge = new RoundRectangle2D.Double(edge.labelX() - 10, edge.labelY() - 7, 18, 13, 4, 4);
                g.setColor(Color.WHITE);
                g.fill(badge);
                g.setColor(new Color(0x555555));
                g.setStroke(new BasicStroke(0.5f));
                g.draw(badge);
                g.setColor(new Color(0x222222));
                centred(g, String.valueOf(edge.number()), Java2DFonts.font(family, false, NUMBER_PX), edge.labelX() - 1,
                        edge.labelY() + 3);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A touchpoint's name (bold) and media line, wrapped inside its box. */
    private void nodeText(BoxGrid.LineSink sink, FontRenderContext context, Node node, String family, double scale) {
        double y = wrapped(sink, context, Text.clean(node.touchpoint().getName()), new Color(0x222222),
                Java2DFonts.font(family, true, (float) (FONT_PT / PT_PER_PX * scale)), node.x() + 3, node.y() + 2, node.width() - 6,
                node.y() + node.height() - 12);
        wrapped(sink, context, mediaLine(node.touchpoint()), new Color(0x444444),
                Java2DFonts.font(family, false, (float) (FONT_PT / PT_PER_PX * scale)), node.x() + 3, y, node.width() - 6,
                node.y() + node.height() - 2);
    }

    /** A touchpoint's fill and border by media type. */
    private static Color[] colours(Touchpoint touchpoint) {
        return switch (media(touchpoint)) {
            case "paid" -> new Color[] {new Color(0xfbe0c4), new Color(0xc77a2c)};
            case "owned" -> new Color[] {new Color(0xd9e8f7), new Color(0x3f72a6)};
            case "earned" -> new Color[] {new Color(0xdcefd5), new Color(0x4d8a3c)};
            default -> new Color[] {new Color(0xeeeeee), new Color(0x888888)};
        };
    }

    private static void centred(Graphics2D g, String text, Font font, double centreX, double baseline) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        layout.draw(g, (float) (centreX - layout.getAdvance() / 2), (float) baseline);
    }

    /** Wrapped text from {@code top} within {@code width}, never below {@code bottom}; returns the new top. */
    private double wrapped(BoxGrid.LineSink sink, FontRenderContext context, String text, Color colour, Font font, double x,
            double top, double width, double bottom) {
        if (text.isEmpty()) {
            return top;
        }
        AttributedString string = new AttributedString(text);
        string.addAttribute(TextAttribute.FONT, font);
        string.addAttribute(TextAttribute.RUN_DIRECTION,
                terms.isRightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        LineBreakMeasurer lines = new LineBreakMeasurer(string.getIterator(), context);
        // lines as far apart as the PDF's (its line height), not as the font's own metrics say: an
        // Arabic font's ascent and descent make a line half as tall again, and the box has no room for that
        double size = font.getSize2D();
        double lineHeight = size * LINE_PT / FONT_PT;
        double cursor = top;
        while (lines.getPosition() < text.length()) {
            int from = lines.getPosition();
            TextLayout line = lines.nextLayout((float) Math.max(4, width));
            if (cursor + lineHeight > bottom + 0.5) {
                break;
            }
            boolean rtl = terms.isRightToLeft();
            sink.line(line, text.substring(from, lines.getPosition()), font, colour, rtl ? x + width : x, cursor + size, rtl);
            cursor += lineHeight;
        }
        return cursor;
    }

    /** A coordinate with at most one decimal, in the root locale. */
    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
