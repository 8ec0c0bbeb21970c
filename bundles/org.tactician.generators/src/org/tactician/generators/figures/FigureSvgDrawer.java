package org.tactician.generators.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the inline SVG of the figures into the PDF as vector graphics. openhtmltopdf's own SVG
 * support needs Batik (a dozen more jars, none usable in OSGi as they are); the figures need only
 * a subset: {@code rect}, {@code polygon} and {@code path} with absolute {@code M L C Z}
 * commands, with {@code fill}, {@code stroke} (hex colours or {@code none}), {@code stroke-width}
 * and {@code stroke-dasharray}, in CSS px with the origin at the top left. Anything else is
 * skipped. Text never goes into the SVG: the figures lay it out as HTML.
 */
public final class FigureSvgDrawer implements SVGDrawer {

    private final java.util.Map<String, org.tactician.charts.PlanChart> charts;
    private final org.tactician.charts.ChartRenderer renderer;

    /** A drawer for the figures only. */
    public FigureSvgDrawer() {
        this(java.util.Map.of(), new org.tactician.charts.ChartRenderer());
    }

    /**
     * A drawer that also draws {@code charts}: an {@code <svg data-chart="id">} (as
     * {@link org.tactician.charts.ChartRenderer#svg} writes it) is drawn by the chart engine
     * straight onto the PDF page, as vectors, instead of being parsed.
     */
    public FigureSvgDrawer(java.util.Map<String, org.tactician.charts.PlanChart> charts, org.tactician.charts.ChartRenderer renderer) {
        this.charts = java.util.Map.copyOf(charts);
        this.renderer = renderer;
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // No text in our SVG: fonts are not needed.
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // No text in our SVG: fonts are not needed.
    }

    @Override
    public void close() {
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext context, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        double width = number(svg.getAttribute("width"), 100);
        double height = number(svg.getAttribute("height"), 100);
        return new SVGImage() {
            @Override
            public int getIntrinsicWidth() {
                return (int) Math.round(width * dotsPerPixel);
            }

            @Override
            public int getIntrinsicHeight() {
                return (int) Math.round(height * dotsPerPixel);
            }

            @Override
            public void drawSVG(OutputDevice device, RenderingContext rendering, double x, double y) {
                // The graphics are in CSS px; the output device places and scales them.
                org.tactician.charts.PlanChart chart = charts.get(svg.getAttribute("data-chart"));
                if (chart != null) {
                    device.drawWithGraphics((float) x, (float) y, (float) width, (float) height,
                            graphics -> renderer.draw(chart, graphics, new Rectangle2D.Double(0, 0, width, height)));
                } else {
                    device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, graphics -> draw(svg, graphics));
                }
            }
        };
    }

    /** Draws the supported children of {@code svg} onto {@code graphics}. */
    static void draw(Element svg, Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Node node = svg.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            Shape shape = switch (element.getLocalName() == null ? element.getTagName() : element.getLocalName()) {
                case "rect" -> new Rectangle2D.Double(number(element.getAttribute("x"), 0), number(element.getAttribute("y"), 0),
                        number(element.getAttribute("width"), 0), number(element.getAttribute("height"), 0));
                case "polygon" -> polygon(element.getAttribute("points"));
                case "path" -> path(element.getAttribute("d"));
                default -> null;
            };
            if (shape != null) {
                paint(element, shape, graphics);
            }
        }
    }

    private static void paint(Element element, Shape shape, Graphics2D graphics) {
        Color fill = colour(element.getAttribute("fill"), Color.BLACK);
        if (fill != null) {
            graphics.setColor(fill);
            graphics.fill(shape);
        }
        Color stroke = colour(element.getAttribute("stroke"), null);
        if (stroke != null) {
            float width = (float) number(element.getAttribute("stroke-width"), 1);
            float[] dashes = dashes(element.getAttribute("stroke-dasharray"));
            graphics.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
            graphics.setColor(stroke);
            graphics.draw(shape);
        }
    }

    /** Absolute M, L, C and Z commands, numbers separated by spaces or commas. */
    static Path2D path(String data) {
        Path2D.Double path = new Path2D.Double();
        String[] tokens = data.trim().replace(',', ' ').split("\\s+|(?<=[A-Za-z])(?=[-\\d.])|(?<=[\\d.])(?=[A-Za-z])");
        char command = 'M';
        int i = 0;
        try {
            while (i < tokens.length) {
                String token = tokens[i];
                if (token.isEmpty()) {
                    i++;
                    continue;
                }
                if (Character.isLetter(token.charAt(0))) {
                    command = token.charAt(0);
                    i++;
                    if (command == 'Z' || command == 'z') {
                        path.closePath();
                    }
                    continue;
                }
                switch (command) {
                    case 'M' -> {
                        path.moveTo(Double.parseDouble(tokens[i]), Double.parseDouble(tokens[i + 1]));
                        i += 2;
                        command = 'L'; // further pairs after a moveto are linetos
                    }
                    case 'L' -> {
                        path.lineTo(Double.parseDouble(tokens[i]), Double.parseDouble(tokens[i + 1]));
                        i += 2;
                    }
                    case 'C' -> {
                        path.curveTo(Double.parseDouble(tokens[i]), Double.parseDouble(tokens[i + 1]),
                                Double.parseDouble(tokens[i + 2]), Double.parseDouble(tokens[i + 3]),
                                Double.parseDouble(tokens[i + 4]), Double.parseDouble(tokens[i + 5]));
                        i += 6;
                    }
                    default -> {
                        return path; // an unsupported command: draw what came before it
                    }
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | java.awt.geom.IllegalPathStateException e) {
            // A malformed path draws up to the error rather than failing the document.
        }
        return path;
    }

    private static Path2D polygon(String points) {
        Path2D.Double path = new Path2D.Double();
        String[] numbers = points.trim().replace(',', ' ').split("\\s+");
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            double x = number(numbers[i], 0);
            double y = number(numbers[i + 1], 0);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** A {@code #rgb}/{@code #rrggbb} colour; {@code none} is null; empty is {@code otherwise}. */
    static Color colour(String value, Color otherwise) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return otherwise;
        }
        if (text.equals("none")) {
            return null;
        }
        try {
            if (text.matches("#[0-9a-f]{6}")) {
                return new Color(Integer.parseInt(text.substring(1), 16));
            }
            if (text.matches("#[0-9a-f]{3}")) {
                int r = Integer.parseInt(text.substring(1, 2), 16);
                int g = Integer.parseInt(text.substring(2, 3), 16);
                int b = Integer.parseInt(text.substring(3, 4), 16);
                return new Color(r * 17, g * 17, b * 17);
            }
        } catch (NumberFormatException e) {
            // falls through to the default
        }
        return otherwise;
    }

    private static float[] dashes(String value) {
        if (value == null || value.isBlank() || value.trim().equals("none")) {
            return null;
        }
        String[] parts = value.trim().replace(',', ' ').split("\\s+");
        float[] dashes = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            dashes[i] = (float) Math.max(0.1, number(parts[i], 1));
        }
        return dashes;
    }

    private static double number(String value, double otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.trim().replace("px", ""));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
