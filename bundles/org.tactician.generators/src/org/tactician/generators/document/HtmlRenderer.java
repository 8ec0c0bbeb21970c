package org.tactician.generators.document;

import java.util.Base64;
import java.util.List;

import org.tactician.charts.ChartRenderer;
import org.tactician.generators.content.Block;
import org.tactician.generators.content.Block.Section;
import org.tactician.generators.content.DocumentContent;
import org.tactician.generators.figures.Figures;
import org.tactician.generators.internal.Text;
import org.tactician.generators.theme.DocumentTheme;
import org.tactician.i18n.PlanTerms;

/**
 * Renders a {@link DocumentContent} as one self-contained XHTML file (styles inline, charts as
 * inline SVG, the logo as a data URI): the HTML deliverable, and the input of {@link PlanPdf}.
 * Every user text is escaped, NFC-normalised and direction-isolated in a {@code <bdi>}; a very long
 * word gets break opportunities so it wraps. One renderer renders one document at a time.
 */
public final class HtmlRenderer {

    /** Width of charts in CSS px: the A4 text width between the PDF margins. */
    static final int CHART_WIDTH = 670;
    static final int CHART_HEIGHT = 300;
    private static final int WORD_RUN = 30;

    private final DocumentTheme theme;
    private final PlanTerms terms;
    private final ChartRenderer charts;
    private int chartWidth = CHART_WIDTH;
    private int chartHeight = CHART_HEIGHT;
    private boolean rightToLeft;

    /**
     * @param theme the firm's identity
     * @param terms the plan's words (page numbers)
     * @param charts the chart engine, styled with the theme
     */
    public HtmlRenderer(DocumentTheme theme, PlanTerms terms, ChartRenderer charts) {
        this.theme = theme;
        this.terms = terms;
        this.charts = charts;
    }

    /** The document as XHTML. */
    public String render(DocumentContent document) {
        // The summary's charts are smaller, so it keeps to two or three pages.
        chartWidth = document.summary() ? 600 : CHART_WIDTH;
        chartHeight = document.summary() ? 180 : CHART_HEIGHT;
        rightToLeft = document.rightToLeft();
        HtmlWriter body = new HtmlWriter();
        for (Section section : document.sections()) {
            section(body, section, 2);
        }
        HtmlWriter page = new HtmlWriter();
        page.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + Text.html(document.languageTag())
                + "\" dir=\"" + (document.rightToLeft() ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>");
        page.raw(Text.html(document.title()));
        page.raw("</title>\n<style>\n" + style(document.fontLanguageTag()) + "</style>\n</head>\n<body class=\"" + (document.summary() ? "summary" : "full")
                + "\">\n");
        page.raw("<div class=\"running-header\">");
        if (theme.hasLogo()) {
            page.raw("<img class=\"header-logo\" alt=\"\" src=\"" + logo() + "\"/>");
        }
        page.text(document.title()).raw("</div>\n");
        // Page numbers for the PDF, in the plan's words and direction ("الصفحة 3 من 9" reads right to left).
        page.raw("<div class=\"running-footer\" dir=\"" + (document.rightToLeft() ? "rtl" : "ltr") + "\">");
        if (!theme.footer().isEmpty()) {
            page.raw("<span class=\"footer-text\">").text(theme.footer()).raw("</span> · ");
        }
        page.raw(Text.html(terms.format("doc.pageOf", "\uE000", "\uE001")).replace("\uE000", "<span class=\"page-number\"></span>")
                .replace("\uE001", "<span class=\"page-count\"></span>"));
        page.raw("</div>\n");
        if (theme.hasLogo()) {
            page.raw("<p class=\"title-logo\"><img alt=\"\" src=\"" + logo() + "\"/></p>\n");
        }
        page.raw("<h1 class=\"title\">").text(document.title()).raw("</h1>\n");
        page.raw("<p class=\"subtitle\">").text(document.subtitle()).raw("</p>\n");
        if (document.contentsTitle() != null) {
            page.raw("<nav class=\"toc\"><h2 class=\"toc-title\">").text(document.contentsTitle()).raw("</h2><ol>");
            for (Section section : document.sections()) {
                page.raw("<li><a href=\"#" + section.id() + "\">").text(section.title()).raw("</a></li>");
            }
            page.raw("</ol></nav>\n");
        }
        page.raw(body.toString());
        page.raw("</body>\n</html>\n");
        return page.toString();
    }

    private String logo() {
        return "data:image/" + theme.logoType() + ";base64," + Base64.getEncoder().encodeToString(theme.logo());
    }

    private void section(HtmlWriter out, Section section, int level) {
        int heading = Math.min(level, 5);
        out.raw("<h" + heading + (level == 2 ? " id=\"" + section.id() + "\"" : "") + ">").text(section.title())
                .raw("</h" + heading + ">\n");
        for (Block block : section.blocks()) {
            block(out, block, level);
        }
    }

    private void block(HtmlWriter out, Block block, int level) {
        switch (block) {
            case Section child -> section(out, child, level + 1);
            case Block.Paragraph paragraph -> out.raw("<p class=\"" + paragraph.tone().name().toLowerCase(java.util.Locale.ROOT)
                    + "\">").text(breakable(paragraph.text())).raw("</p>\n");
            case Block.Field field -> out.raw("<p><span class=\"label\">").text(field.label()).raw(":</span> ")
                    .text(breakable(field.value())).raw("</p>\n");
            case Block.Bullets bullets -> {
                out.raw("<ul>");
                for (String item : bullets.items()) {
                    out.raw("<li>").text(breakable(item)).raw("</li>");
                }
                out.raw("</ul>\n");
            }
            case Block.Table table -> table(out, table);
            case Block.Figure figure -> out.raw("<div class=\"figure-block " + figure.figure().id().replaceAll("-\\d+$", "") + "\">").raw(figure.figure().html())
                    .raw("<p class=\"caption\">").text(figure.caption()).raw("</p></div>\n");
            case Block.Chart chart -> out.raw("<div class=\"figure chart\">")
                    .raw(charts.svg(chart.chart(), chartWidth, chartHeight)).raw("<p class=\"caption\">").text(chart.caption())
                    .raw("</p></div>\n");
        }
    }

    private void table(HtmlWriter out, Block.Table table) {
        StringBuilder css = new StringBuilder(table.kind());
        if (table.numbers()) {
            css.append(" numbers");
        }
        if (table.totalRow()) {
            css.append(" with-total");
        }
        out.raw("<table class=\"" + css + "\"><thead><tr>");
        for (String header : table.headers()) {
            out.raw(hasLongWord(header) ? "<th class=\"long\">" : "<th>").text(breakable(header)).raw("</th>");
        }
        out.raw("</tr></thead><tbody>\n");
        List<List<String>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            out.raw(table.totalRow() && r == rows.size() - 1 ? "<tr class=\"total\">" : "<tr>");
            for (String cell : rows.get(r)) {
                // An amount keeps its sign, digits and currency on one line however narrow the column.
                out.raw(Text.isAmount(cell) ? amountCell(cell) : hasLongWord(cell) ? "<td class=\"long\">" : "<td>")
                        .text(breakable(cell)).raw("</td>");
            }
            out.raw("</tr>\n");
        }
        out.raw("</tbody></table>\n");
    }

    /**
     * A cell whose amount stays on one line ({@code nowrap}). In a right-to-left document
     * openhtmltopdf still breaks where the bidi direction changes ("55,000" | "د.إ."), so there the
     * cell also asks for the width of its text (measured in the bundled fonts, bold as in a total row).
     */
    private String amountCell(String amount) {
        if (!rightToLeft) {
            return "<td class=\"amount\">";
        }
        double em = org.tactician.fonts.Java2DFonts.widthInEm(Text.clean(amount), true) + 0.1;
        return String.format(java.util.Locale.ROOT, "<td class=\"amount\" style=\"min-width: %.2fem\">", em);
    }

    /** Whether {@code text} has a word longer than a table column should ever need to be. */
    private static boolean hasLongWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > WORD_RUN) {
                return true;
            }
        }
        return false;
    }

    private static String breakable(String text) {
        return Text.breakable(Text.clean(text), WORD_RUN);
    }

    private String style(String languageTag) {
        return STYLE.replace("$FONT", theme.fontChain(languageTag)).replace("$PRIMARY", theme.primary()).replace("$TINT", theme.tint(0.12))
                .replace("$ACCENT", theme.accent()) + Figures.STYLE;
    }

    private static final String STYLE = """
            body { font-family: $FONT, sans-serif; font-size: 10pt; line-height: 1.35; color: #222; word-wrap: break-word; }
            td, th { word-wrap: normal; }
            td.long, th.long { word-wrap: break-word; }
            h1.title { font-size: 22pt; margin-bottom: 0; color: $PRIMARY; }
            p.subtitle { color: #555; margin-top: 2pt; }
            p.title-logo img { max-height: 48pt; max-width: 200pt; }
            img.header-logo { max-height: 10pt; vertical-align: middle; margin: 0 4pt; }
            h2 { font-size: 15pt; border-bottom: 1.5pt solid $PRIMARY; color: $PRIMARY; margin-top: 18pt; }
            h3 { font-size: 12pt; margin-top: 12pt; }
            h4 { font-size: 10.5pt; margin: 8pt 0 4pt 0; }
            h5 { font-size: 10pt; margin: 6pt 0 3pt 0; }
            h2, h3, h4, h5 { page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top; }
            th { background: $TINT; }
            ul { margin: 2pt 0; padding-left: 14pt; padding-right: 0; }
            html[dir="rtl"] ul, html[dir="rtl"] nav.toc ol { padding-left: 0; padding-right: 14pt; }
            .label { font-weight: bold; }
            p.empty { color: #888; }
            .running-header, .running-footer { display: none; }
            nav.toc ol { padding-left: 16pt; }
            body.summary { font-size: 8.5pt; line-height: 1.3; }
            body.summary h2 { font-size: 12pt; margin-top: 10pt; }
            body.summary h1.title { font-size: 18pt; }
            body.summary table { font-size: 8pt; }
            table.forecast-channels, table.forecast-quarters, table.budget-quarters { font-size: 8.5pt; }
            td.amount { white-space: nowrap; }
            table.numbers td { text-align: end; } table.numbers td:first-child { text-align: start; }
            table.with-total tr.total td { font-weight: bold; }
            table.validation-counts { width: auto; }
            table.validation-counts td { text-align: center; min-width: 50pt; }
            table.findings { font-size: 8pt; }
            p.emphasis { font-weight: bold; }
            p.warning { color: #8a5a00; }
            p.good { color: #2a6b2a; font-weight: bold; }
            .figure-block { page-break-inside: avoid; }
            .figure.chart { page-break-inside: avoid; }
            p.caption { font-size: 8pt; color: #555; margin: 2pt 0 8pt 0; text-align: center; }
            """;
}
