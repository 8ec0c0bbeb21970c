package org.tactician.generators.figures;

import java.util.List;

import org.tactician.generators.internal.Text;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;

/**
 * The TOWS matrix as a figure: strengths and weaknesses across the top, opportunities and threats
 * down the side, and the four strategy cells (SO, WO, ST, WT) where they meet.
 */
public final class TowsFigure {

    private TowsFigure() {
    }

    /** The matrix of {@code swot} as an XHTML fragment (a bordered table); all user text escaped. */
    public static String html(SwotAnalysis swot) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"figure tows-figure\"><table class=\"tows\"><colgroup><col class=\"side\"/><col/><col/></colgroup>")
                .append("<tbody>\n<tr><th class=\"corner\">TOWS</th>");
        swotCell(out, "Strengths (S)", "internal", swot, SwotCategory.STRENGTH);
        swotCell(out, "Weaknesses (W)", "internal", swot, SwotCategory.WEAKNESS);
        out.append("</tr>\n<tr>");
        swotCell(out, "Opportunities (O)", "external", swot, SwotCategory.OPPORTUNITY);
        towsCell(out, "SO: use strengths to take opportunities", "so", swot, TowsCategory.SO);
        towsCell(out, "WO: overcome weaknesses by taking opportunities", "wo", swot, TowsCategory.WO);
        out.append("</tr>\n<tr>");
        swotCell(out, "Threats (T)", "external", swot, SwotCategory.THREAT);
        towsCell(out, "ST: use strengths to counter threats", "st", swot, TowsCategory.ST);
        towsCell(out, "WT: minimise weaknesses and avoid threats", "wt", swot, TowsCategory.WT);
        out.append("</tr>\n</tbody></table>\n<p class=\"caption\">TOWS matrix</p></div>\n");
        return out.toString();
    }

    private static void swotCell(StringBuilder out, String title, String kind, SwotAnalysis swot, SwotCategory category) {
        out.append("<th class=\"").append(kind).append("\"><div class=\"cell-title\">").append(Text.html(title)).append("</div>");
        Figures.list(out, swot.getItems().stream().filter(i -> i.isSetCategory() && i.getCategory() == category).map(i -> i.getName()).toList());
        out.append("</th>");
    }

    private static void towsCell(StringBuilder out, String title, String css, SwotAnalysis swot, TowsCategory category) {
        List<String> names = swot.getStrategies().stream().filter(t -> t.isSetCategory() && t.getCategory() == category).map(t -> t.getName()).toList();
        out.append("<td class=\"").append(css).append("\"><div class=\"cell-title\">").append(Text.html(title)).append("</div>");
        Figures.list(out, names);
        out.append("</td>");
    }
}
