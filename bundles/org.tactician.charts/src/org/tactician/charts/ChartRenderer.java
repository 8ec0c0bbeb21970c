package org.tactician.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.tactician.charts.PlanChart.Kind;
import org.tactician.charts.PlanChart.Series;
import org.tactician.forecast.Rounding;
import org.tactician.fonts.DocumentFonts;
import org.tactician.fonts.Java2DFonts;

/**
 * Draws {@link PlanChart}s with JFreeChart: as SVG for HTML, as PNG for Word documents and
 * images, or onto any {@link Graphics2D} (a PDF page's vector graphics, an image the workbench
 * turns into an SWT image). Sizes are in CSS pixels / points; every call builds its own
 * JFreeChart, so one renderer may be used from several threads. Off-screen Java2D only: no AWT
 * window or toolkit is opened.
 */
public final class ChartRenderer {

    private final ChartStyle style;
    /** The last SVGs drawn, by chart and size; null when this renderer keeps none. */
    private final Map<SvgKey, String> drawnSvgs;

    /** A renderer with Tactician's own look. */
    public ChartRenderer() {
        this(ChartStyle.STANDARD);
    }

    /** A renderer in {@code style}. */
    public ChartRenderer(ChartStyle style) {
        this(style, 0);
    }

    private ChartRenderer(ChartStyle style, int keptSvgs) {
        this.style = Objects.requireNonNull(style);
        this.drawnSvgs = keptSvgs <= 0 ? null : new LinkedHashMap<>(keptSvgs * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SvgKey, String> eldest) {
                return size() > keptSvgs;
            }
        };
    }

    /**
     * A renderer in {@code style} that keeps the last {@code keptSvgs} {@linkplain #svg SVGs} it
     * drew and returns the kept one for an equal chart of the same size ({@link PlanChart} is a
     * value): for a caller that renders many documents of mostly unchanged charts (a fuzzing
     * campaign, a preview redrawn on every edit), where drawing the same chart again is most of
     * the cost.
     */
    public static ChartRenderer keepingSvgs(ChartStyle style, int keptSvgs) {
        if (keptSvgs <= 0) {
            throw new IllegalArgumentException("keptSvgs must be positive: " + keptSvgs);
        }
        return new ChartRenderer(style, keptSvgs);
    }

    private record SvgKey(PlanChart chart, double width, double height) {
    }

    /** The style charts are drawn in. */
    public ChartStyle style() {
        return style;
    }

    /** {@code chart} as a JFreeChart, for callers that draw it themselves. */
    public JFreeChart chart(PlanChart chart) {
        String family = Java2DFonts.familyFor(texts(chart));
        Font label = Java2DFonts.font(family, false, style.fontSize());
        Font bold = Java2DFonts.font(family, true, style.fontSize() + 2f);

        CategoryPlot plot = new CategoryPlot();
        plot.setOrientation(PlotOrientation.VERTICAL);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(label);
        categories.setTickLabelPaint(style.text());
        categories.setAxisLinePaint(style.grid());
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.18);
        if (chart.categories().size() > 6) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.setDomainAxis(categories);
        NumberAxis values = new NumberAxis(chart.values().axisLabel());
        values.setLabelFont(label);
        values.setLabelPaint(style.text());
        values.setTickLabelFont(label);
        values.setTickLabelPaint(style.text());
        values.setAxisLinePaint(style.grid());
        values.setNumberFormatOverride(axisFormat(chart));
        if (chart.values().currency() == null) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        plot.setRangeAxis(values);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(style.grid());
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (chart.rightToLeft()) {
            // The first category on the right, the value axis with it.
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        }

        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        List<Series> barSeries = new ArrayList<>();
        List<Series> lineSeries = new ArrayList<>();
        List<Series> pointSeries = new ArrayList<>();
        for (Series series : chart.series()) {
            switch (series.mark()) {
                case BAR -> {
                    add(bars, chart, series);
                    barSeries.add(series);
                }
                case LINE -> {
                    add(lines, chart, series);
                    lineSeries.add(series);
                }
                case POINTS -> {
                    add(points, chart, series);
                    pointSeries.add(series);
                }
            }
        }
        int colour = 0;
        BarRenderer barRenderer = chart.kind() == Kind.STACKED_BARS ? new StackedBarRenderer() : new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setItemMargin(0.04);
        for (int i = 0; i < barSeries.size(); i++) {
            barRenderer.setSeriesPaint(i, style.colour(colour++));
        }
        plot.setDataset(0, bars);
        plot.setRenderer(0, barRenderer);
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, false);
        for (int i = 0; i < lineSeries.size(); i++) {
            lineRenderer.setSeriesPaint(i, style.colour(colour++));
            lineRenderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        LineAndShapeRenderer pointRenderer = new LineAndShapeRenderer(false, true);
        for (int i = 0; i < pointSeries.size(); i++) {
            pointRenderer.setSeriesPaint(i, style.colour(colour++));
            pointRenderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        plot.setDataset(2, points);
        plot.setRenderer(2, pointRenderer);
        // Lines and targets over the bars.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart result = new JFreeChart(null, bold, plot, false);
        result.setTitle(new TextTitle(chart.title(), bold, style.text(), RectangleEdge.TOP,
                chart.rightToLeft() ? org.jfree.chart.ui.HorizontalAlignment.RIGHT : org.jfree.chart.ui.HorizontalAlignment.LEFT,
                org.jfree.chart.ui.VerticalAlignment.CENTER, new RectangleInsets(2, 4, 6, 4)));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(label);
        legend.setItemPaint(style.text());
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        result.addSubtitle(legend);
        result.setBackgroundPaint(Color.WHITE);
        result.setAntiAlias(true);
        result.setTextAntiAlias(true);
        result.setPadding(new RectangleInsets(4, 4, 4, 4));
        return result;
    }

    /** {@code series}' values in {@code dataset}, mirrored for a right-to-left plan. */
    private static void add(DefaultCategoryDataset dataset, PlanChart chart, Series series) {
        SeriesKey row = new SeriesKey(chart.series().indexOf(series), series.name());
        int count = chart.categories().size();
        for (int i = 0; i < count; i++) {
            int index = chart.rightToLeft() ? count - 1 - i : i;
            BigDecimal value = series.values().get(index);
            dataset.addValue(value, row, new CategoryKey(index, chart.categories().get(index)));
        }
    }

    /** A series of a dataset: ordered by its place in the chart, shown by its name. */
    private record SeriesKey(int index, String name) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A category of a dataset: two categories may share a label. */
    private record CategoryKey(int index, String label) implements Comparable<CategoryKey> {
        @Override
        public int compareTo(CategoryKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Money in whole currency units, counts as whole numbers, in the plan's locale, rounded by {@link Rounding}. */
    private static NumberFormat axisFormat(PlanChart chart) {
        NumberFormat format;
        String currency = chart.values().currency();
        if (currency == null) {
            format = NumberFormat.getIntegerInstance(chart.values().locale());
        } else {
            format = NumberFormat.getCurrencyInstance(chart.values().locale());
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException notIso) {
                format = NumberFormat.getNumberInstance(chart.values().locale());
            }
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return Rounding.apply(format);
    }

    /** Every text the chart shows, to choose a font that has all their glyphs. */
    private static List<String> texts(PlanChart chart) {
        List<String> texts = new ArrayList<>(chart.categories());
        texts.add(chart.title());
        texts.add(chart.values().axisLabel());
        texts.add(axisFormat(chart).format(1234567));
        chart.series().forEach(series -> texts.add(series.name()));
        return texts;
    }

    /** Draws {@code chart} into {@code area} of {@code graphics}. */
    public void draw(PlanChart chart, Graphics2D graphics, Rectangle2D area) {
        chart(chart).draw(graphics, area);
    }

    /**
     * {@code chart} as an SVG element of {@code width} × {@code height} px (no XML declaration),
     * to put inline into XHTML; its text names the documents' font chain. The element carries
     * {@code data-chart="<id>"} so a PDF renderer can draw the same chart as vectors.
     */
    public String svg(PlanChart chart, double width, double height) {
        if (drawnSvgs == null) {
            return drawSvg(chart, width, height);
        }
        SvgKey key = new SvgKey(chart, width, height);
        synchronized (drawnSvgs) {
            String kept = drawnSvgs.get(key);
            if (kept != null) {
                return kept;
            }
        }
        String drawn = drawSvg(chart, width, height);
        synchronized (drawnSvgs) {
            drawnSvgs.put(key, drawn);
        }
        return drawn;
    }

    private String drawSvg(PlanChart chart, double width, double height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(chart.id() + "-");
        // JFreeSVG quotes its style attribute with apostrophes: the families go in double quotes.
        String chain = DocumentFonts.FONT_FAMILY_CHAIN.replace('\'', '"') + ", sans-serif";
        graphics.setFontFunction(family -> '"' + family + "\", " + chain);
        draw(chart, graphics, new Rectangle2D.Double(0, 0, width, height));
        String element = graphics.getSVGElement(chart.id());
        return element.replaceFirst("<svg ", "<svg data-chart=\"" + chart.id() + "\" ");
    }

    /** {@code chart} as an image of {@code width} × {@code height} px drawn at {@code scale} (2: twice as sharp). */
    public BufferedImage image(PlanChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.scale(scale, scale);
            draw(chart, graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** {@code chart} as PNG bytes; see {@link #image}. */
    public byte[] png(PlanChart chart, int width, int height, double scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image(chart, width, height, scale), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
