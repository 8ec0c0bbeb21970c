package org.tactician.generators.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.OutputStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

import org.tactician.charts.ChartRenderer;
import org.tactician.charts.PlanChart;
import org.tactician.fonts.DocumentFonts;
import org.tactician.generators.figures.FigureSvgDrawer;

/**
 * Renders the plan document's XHTML ({@link HtmlRenderer}) to an A4 PDF with openhtmltopdf: the
 * bundled fonts embedded (subset; their files read once per JVM), ICU bidi and Arabic shaping, the
 * plan's name in the page header, page numbers in the footer and in the table of contents, charts
 * drawn as vectors by the chart engine. Headings stay with what follows them and tables repeat
 * their header row on every page.
 */
public final class PlanPdf {

    /** Page layout added to the document's own styles; browsers ignore it in the HTML file. */
    private static final String PAGE_STYLE = """
            <style>
            @page { size: A4; margin: 22mm 16mm 20mm 16mm;
              @top-center { content: element(header); font-size: 8pt; color: #666; }
              @bottom-center { content: element(footer); font-size: 8pt; color: #666; } }
            .running-header { display: block; position: running(header); }
            .running-footer { display: block; position: running(footer); text-align: center; }
            .page-number::after { content: counter(page); }
            .page-count::after { content: counter(pages); }
            body { font-family: $FONT; }
            nav.toc a { color: #222; text-decoration: none; }
            nav.toc a::after { content: " · " target-counter(attr(href), page); }
            h2 { page-break-before: always; }
            h2.toc-title, body.summary h2 { page-break-before: auto; }
            body.summary h2 { page-break-after: avoid; }
            html[dir="rtl"] body { direction: rtl; }
            tr { page-break-inside: avoid; }
            thead { display: table-header-group; }
            @page wide { size: A4 landscape; }
            .figure-block.journey { page: wide; }
            </style>
            """;

    static {
        // openhtmltopdf writes its own log lines to stderr by default; hand its warnings to
        // java.util.logging instead, whose configuration decides where they go (the command
        // line's log file, the workbench's log), so a console shows Tactician's lines only.
        Handler throughParentsOnly = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // the parent loggers' handlers publish it
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, throughParentsOnly, new SimpleFormatter()));
    }

    private PlanPdf() {
    }

    /**
     * Writes the plan document's XHTML as PDF to {@code out}, its {@code data-chart} SVGs drawn from
     * {@code charts} by {@code renderer}.
     *
     * @param fontChain the CSS font-family chain (the theme's font first)
     */
    public static void render(String documentXhtml, String fontChain, List<PlanChart> charts, ChartRenderer renderer,
            OutputStream out) throws IOException {
        Map<String, PlanChart> byId = new HashMap<>();
        charts.forEach(chart -> byId.put(chart.id(), chart));
        render(documentXhtml.replace("</head>", PAGE_STYLE.replace("$FONT", fontChain) + "</head>"),
                new FigureSvgDrawer(byId, renderer), out);
    }

    /**
     * Writes a Tactician XHTML page (one that brings its own {@code @page} rules, such as the
     * printable calendar) as PDF to {@code out}, with the bundled fonts, bidi and shaping.
     */
    public static void renderXhtml(String xhtml, OutputStream out) throws IOException {
        render(xhtml, new FigureSvgDrawer(), out);
    }

    private static void render(String xhtml, FigureSvgDrawer drawer, OutputStream out) throws IOException {
        // openhtmltopdf does not implement CSS bidi isolation: first-strong isolate characters
        // inside each <bdi> let ICU's bidi algorithm keep mixed-direction text in order.
        String html = xhtml.replace("<bdi>", "<bdi>\u2068").replace("</bdi>", "\u2069</bdi>");
        html = radicalsAsIdeographs(html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Only the faces this document's text needs (a plan without Thai or Chinese reads no Thai or
        // Chinese font); each read once per JVM, parsed from memory and embedded as a subset of the
        // glyphs used, so three Chinese names cost kilobytes, not the 10 MB face. Without Indic text,
        // copies without glyph substitutions (PdfFontFiles: PDFBox's Indic shaper ran on all text).
        boolean indicText = PdfFontFiles.hasIndicText(html);
        for (DocumentFonts.Face face : DocumentFonts.facesFor(html, languageOf(html))) {
            byte[] file = PdfFontFiles.bytes(face, indicText);
            builder.useFont(() -> new ByteArrayInputStream(file), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        // The page margins (header, page numbers) stay left to right; the body of an RTL plan
        // is right to left through its dir attribute and the style above.
        builder.defaultTextDirection(TextDirection.LTR);
        // The figures' arrows are inline SVG; our drawer covers the subset they use (no Batik).
        builder.useSVGDrawer(drawer);
        builder.withProducer("Tactician");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static final Pattern KANGXI_RADICAL = Pattern.compile("[\u2F00-\u2FDF]");

    /**
     * {@code html} with each Kangxi radical as its ideograph (⾏ as 行): the fonts draw both with
     * one glyph, which the PDF's text layer names by the ideograph (PdfFontFiles).
     */
    static String radicalsAsIdeographs(String html) {
        return KANGXI_RADICAL.matcher(html).replaceAll(
                radical -> java.text.Normalizer.normalize(radical.group(), java.text.Normalizer.Form.NFKC));
    }

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

    /** The language tag of the page's {@code <html lang>}, or {@code null}. */
    private static String languageOf(String xhtml) {
        Matcher lang = HTML_LANG.matcher(xhtml);
        return lang.find() ? lang.group(1) : null;
    }
}
