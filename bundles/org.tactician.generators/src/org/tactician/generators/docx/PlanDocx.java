package org.tactician.generators.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.tactician.charts.ChartRenderer;
import org.tactician.generators.content.Block;
import org.tactician.generators.content.Block.Section;
import org.tactician.generators.content.DocumentContent;
import org.tactician.generators.docx.internal.WordWriter;
import org.tactician.generators.figures.JourneyFigure;
import org.tactician.generators.theme.DocumentTheme;
import org.tactician.i18n.PlanTerms;

/**
 * Renders a {@link DocumentContent} as a Word (DOCX) file: the same sections, tables, figures and
 * charts as the HTML and PDF, from the same content. Headings use Word's heading styles (kept with
 * what follows), a table of contents field lists the sections, the header shows the firm's logo
 * and the plan name, the footer the firm's line and the page numbers; tables repeat their header
 * row; figures and charts are pictures (drawn by Java2D and the chart engine at twice their size).
 * Plans in a right-to-left language get right-to-left paragraphs, runs and tables.
 */
public final class PlanDocx {

    /** The text width of an A4 page between 2 cm margins, in points. */
    static final double TEXT_WIDTH = 481;
    private static final double SCALE = 2;

    private final DocumentContent document;
    private final DocumentTheme theme;
    private final PlanTerms terms;
    private final ChartRenderer charts;

    /**
     * @param document what the document says
     * @param theme the firm's identity
     * @param terms the plan's words (page numbers)
     * @param charts the chart engine, styled with the theme
     */
    public PlanDocx(DocumentContent document, DocumentTheme theme, PlanTerms terms, ChartRenderer charts) {
        this.document = Objects.requireNonNull(document);
        this.theme = Objects.requireNonNull(theme);
        this.terms = Objects.requireNonNull(terms);
        this.charts = Objects.requireNonNull(charts);
    }

    /** Whether the document is laid out right to left. */
    public boolean isRightToLeft() {
        return document.rightToLeft();
    }

    /** Writes the document as DOCX to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // XMLBeans looks its schema types up through the context class loader; under OSGi that
        // must be POI's own.
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        WordWriter writer = null;
        try {
            writer = new WordWriter(document.rightToLeft(), document.fontLanguageTag(), theme.font(), theme.primary().substring(1),
                    theme.tint(0.12).substring(1));
            writer.headerAndFooter(document.title(), logoPng(), theme.footer(), terms.text("doc.pageOf"));
            writer.title(document.title());
            writer.text(document.subtitle());
            if (document.contentsTitle() != null) {
                writer.tableOfContents(document.contentsTitle());
            }
            for (Section section : document.sections()) {
                section(writer, section, 1);
            }
            writer.write(out);
        } finally {
            if (writer != null) {
                writer.close();
            }
            thread.setContextClassLoader(previous);
        }
    }

    private void section(WordWriter out, Section section, int level) {
        out.heading(level, section.title());
        for (Block block : section.blocks()) {
            switch (block) {
                case Section child -> section(out, child, level + 1);
                case Block.Paragraph paragraph -> {
                    switch (paragraph.tone()) {
                        case EMPTY -> out.empty();
                        case WARNING -> out.text(paragraph.text(), "8A5A00", false);
                        case EMPHASIS -> out.text(paragraph.text(), null, true);
                        case GOOD -> out.text(paragraph.text(), "2A6B2A", true);
                        case PLAIN -> out.text(paragraph.text());
                    }
                }
                case Block.Field field -> out.field(field.label(), field.value());
                case Block.Bullets bullets -> out.list(bullets.items());
                case Block.Table table -> out.table(table.headers(), table.rows(), table.numbers(), table.totalRow());
                case Block.Figure figure when figure.figure() instanceof JourneyFigure journey && journey.pages().size() > 1 ->
                    journeyPages(out, journey, figure.caption());
                case Block.Figure figure -> picture(out, figure.figure().image(TEXT_WIDTH, SCALE), figure.caption());
                case Block.Chart chart -> picture(out, charts.image(chart.chart(), (int) TEXT_WIDTH, 250, SCALE), chart.caption());
            }
        }
    }

    /**
     * A journey too big for one page, as the PDF prints it: on landscape pages, a picture per
     * page-sized piece at the PDF's scale (its text never below 7 pt), each with its stage headers
     * and lane names, its part line above it and the caption under the last.
     */
    private void journeyPages(WordWriter out, JourneyFigure journey, String caption) {
        int count = journey.pages().size();
        out.landscape(() -> {
            for (int i = 0; i < count; i++) {
                out.note(terms.format("figure.journey.part", i + 1, count), i > 0);
                picture(out, journey.pageImage(i, SCALE), i == count - 1 ? caption : null);
            }
        });
    }

    private static void picture(WordWriter out, BufferedImage image, String caption) {
        double width = image.getWidth() / SCALE;
        double height = image.getHeight() / SCALE;
        out.picture(png(image), width, height, caption);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The theme's logo as PNG (a JPEG is converted), or null. */
    private byte[] logoPng() {
        if (!theme.hasLogo()) {
            return null;
        }
        if ("png".equals(theme.logoType())) {
            return theme.logo();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(theme.logo()));
            return image == null ? null : png(image);
        } catch (IOException e) {
            return null;
        }
    }
}
