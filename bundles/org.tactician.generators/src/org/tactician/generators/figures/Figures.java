package org.tactician.generators.figures;

import java.util.List;

import org.tactician.generators.internal.Text;

/** Markup shared by the figures, and their styles. */
public final class Figures {

    /**
     * The figures' CSS, for the document's style sheet. Plain CSS 2.1 (tables, absolute
     * positioning) because openhtmltopdf has no grid or flex layout.
     */
    public static final String STYLE = """
            .figure { margin: 6pt 0 10pt 0; page-break-inside: avoid; }
            .figure p.caption { font-size: 8pt; color: #555; margin: 2pt 0 0 0; text-align: center; }
            .figure ul { margin: 2pt 0 0 0; padding-left: 12pt; padding-right: 0; }
            html[dir="rtl"] .figure ul { padding-left: 0; padding-right: 12pt; }
            .cell-title { font-weight: bold; font-size: 8.5pt; margin-bottom: 2pt; }
            table.tows { table-layout: fixed; font-size: 8.5pt; }
            table.tows col.side { width: 24%; }
            table.tows th, table.tows td { padding: 4pt; text-align: start; font-weight: normal; vertical-align: top; }
            table.tows th.corner { background: #2a5d8f; color: #fff; font-weight: bold; text-align: center; vertical-align: middle; }
            table.tows th.internal { background: #dfe9f4; }
            table.tows th.external { background: #efe6d4; }
            table.tows td.so { background: #e4f3e4; } table.tows td.wo { background: #f6f1df; }
            table.tows td.st { background: #e3ecf7; } table.tows td.wt { background: #f7e4e4; }
            table.canvas { table-layout: fixed; font-size: 8pt; }
            table.canvas td { vertical-align: top; padding: 4pt; height: 150pt; }
            table.canvas td.bottom { height: 70pt; }
            table.canvas td.value-propositions { background: #fdf3dc; }
            table.canvas td.customer-segments { background: #e4f0fa; }
            .journey-figure { position: relative; }
            .journey-figure svg { position: absolute; left: 0; top: 0; }
            .journey-figure .stage { position: absolute; font-size: 7.5pt; line-height: 12px; font-weight: bold;
              text-align: center; color: #1d3f63; white-space: nowrap; }
            .journey-figure .stage .floor { font-size: 7pt; }
            .journey-figure .tp { position: absolute; font-size: 6.8pt; line-height: 1.2; border: 0.6pt solid #777;
              border-radius: 3pt; padding: 2pt 3pt; overflow: hidden; background: #eee; }
            .journey-figure .tp b { display: block; }
            .journey-figure .tp .media { color: #444; }
            .journey-figure .paid { background: #fbe0c4; border-color: #c77a2c; }
            .journey-figure .owned { background: #d9e8f7; border-color: #3f72a6; }
            .journey-figure .unset { background: #eeeeee; border-color: #888888; border-style: dashed; }
            .journey-figure .earned { background: #dcefd5; border-color: #4d8a3c; }
            .journey-page { page-break-inside: avoid; }
            .journey-page.next { page-break-before: always; }
            .journey-part { font-size: 7.5pt; color: #333; margin: 0 0 2pt 0; }
            .journey-figure .lane { position: absolute; font-size: 7.5pt; line-height: 1.1; font-weight: bold; color: #3d4f63; }
            .journey-figure .lane span { background: #f7f9fb; }
            .journey-figure .flow-no { display: block; position: absolute; font-size: 7pt; width: 18px; height: 13px;
              line-height: 13px; text-align: center; background: #fff; border: 0.5pt solid #555; border-radius: 4px;
              color: #222; overflow: hidden; white-space: nowrap; }
            .journey-legend { font-size: 7.5pt; color: #333; margin: 2pt 0 6pt 0; }
            .journey-legend span.key { display: inline-block; width: 9pt; height: 7pt; border: 0.5pt solid #777;
              margin: 0 2pt 0 8pt; vertical-align: middle; }
            """;

    /** Width of the TOWS matrix and the canvas as SVG documents, in CSS px (a 16:9 slide's width at 96 dpi, 10 in). */
    public static final double SVG_WIDTH = 960;

    private Figures() {
    }

    /** Appends a bulleted list of user text (escaped, direction-isolated); nothing for no items. */
    static void list(StringBuilder out, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<ul>");
        for (String item : items) {
            out.append("<li>");
            text(out, item);
            out.append("</li>");
        }
        out.append("</ul>");
    }

    /** Appends user text, escaped and isolated in a {@code <bdi>}. */
    static void text(StringBuilder out, String userText) {
        String escaped = Text.html(userText);
        if (!escaped.isEmpty()) {
            out.append("<bdi>").append(escaped).append("</bdi>");
        }
    }
}
