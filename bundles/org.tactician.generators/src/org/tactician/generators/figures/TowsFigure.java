package org.tactician.generators.figures;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.tactician.generators.figures.BoxGrid.Box;
import org.tactician.generators.internal.Text;
import org.tactician.i18n.PlanTerms;
import org.tactician.i18n.SwotCodes;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;

/**
 * The TOWS matrix as a figure: strengths and weaknesses across the top, opportunities and threats
 * down the side, and the four strategy cells (SO, WO, ST, WT) where they meet; unclassified items
 * and strategies are in no cell.
 */
public final class TowsFigure implements PlanFigure {

    private final SwotAnalysis swot;
    private final PlanTerms terms;
    private final String primary;

    /**
     * @param swot the analysis
     * @param terms the plan's words
     * @param primary the theme's primary colour ({@code #rrggbb}), of the corner cell
     */
    public TowsFigure(SwotAnalysis swot, PlanTerms terms, String primary) {
        this.swot = swot;
        this.terms = terms;
        this.primary = primary;
    }

    @Override
    public String id() {
        return "tows";
    }

    /** The list's items, each after its code ("S2 Wide catalogue"), as the TOWS diagram's cards show them. */
    private List<String> items(SwotCategory category) {
        SwotCodes codes = SwotCodes.of(swot, terms);
        return swot.getItems().stream().filter(i -> i.isSetCategory() && i.getCategory() == category)
                .map(i -> codes.of(i) + " " + nameOf(i.getName())).toList();
    }

    /** The cell's strategies, each with the codes of the factors it combines ("Own a niche (W1 + T2)"). */
    private List<String> strategies(TowsCategory category) {
        SwotCodes codes = SwotCodes.of(swot, terms);
        return swot.getStrategies().stream().filter(t -> t.isSetCategory() && t.getCategory() == category)
                .map(t -> codes.of(t).isEmpty() ? nameOf(t.getName()) : nameOf(t.getName()) + " (" + codes.of(t) + ")").toList();
    }

    private static String nameOf(String name) {
        return name == null ? "" : name;
    }

    @Override
    public String html() {
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"figure tows-figure\"><table class=\"tows\"><colgroup><col class=\"side\"/><col/><col/></colgroup>")
                .append("<tbody>\n<tr><th class=\"corner\" style=\"background: ").append(primary).append("\">")
                .append(Text.html(terms.text("figure.tows.corner"))).append("</th>");
        swotCell(out, "figure.tows.strengths", "internal", SwotCategory.STRENGTH);
        swotCell(out, "figure.tows.weaknesses", "internal", SwotCategory.WEAKNESS);
        out.append("</tr>\n<tr>");
        swotCell(out, "figure.tows.opportunities", "external", SwotCategory.OPPORTUNITY);
        towsCell(out, "figure.tows.so", "so", TowsCategory.SO);
        towsCell(out, "figure.tows.wo", "wo", TowsCategory.WO);
        out.append("</tr>\n<tr>");
        swotCell(out, "figure.tows.threats", "external", SwotCategory.THREAT);
        towsCell(out, "figure.tows.st", "st", TowsCategory.ST);
        towsCell(out, "figure.tows.wt", "wt", TowsCategory.WT);
        out.append("</tr>\n</tbody></table></div>\n");
        return out.toString();
    }

    private void swotCell(StringBuilder out, String title, String kind, SwotCategory category) {
        out.append("<th class=\"").append(kind).append("\"><div class=\"cell-title\">");
        Figures.text(out, terms.text(title));
        out.append("</div>");
        Figures.list(out, items(category));
        out.append("</th>");
    }

    private void towsCell(StringBuilder out, String title, String css, TowsCategory category) {
        out.append("<td class=\"").append(css).append("\"><div class=\"cell-title\">");
        Figures.text(out, terms.text(title));
        out.append("</div>");
        Figures.list(out, strategies(category));
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
        Color ink = new Color(0x222222);
        Color corner = Color.decode(primary);
        // The side column is a quarter of the width, as in the HTML.
        List<Box> boxes = List.of(
                new Box(0, 0, 1, 1, terms.text("figure.tows.corner"), List.of(), corner, Color.WHITE),
                new Box(1, 0, 3, 1, terms.text("figure.tows.strengths"), items(SwotCategory.STRENGTH), new Color(0xdfe9f4), ink),
                new Box(4, 0, 3, 1, terms.text("figure.tows.weaknesses"), items(SwotCategory.WEAKNESS), new Color(0xdfe9f4), ink),
                new Box(0, 1, 1, 1, terms.text("figure.tows.opportunities"), items(SwotCategory.OPPORTUNITY), new Color(0xefe6d4), ink),
                new Box(1, 1, 3, 1, terms.text("figure.tows.so"), strategies(TowsCategory.SO), new Color(0xe4f3e4), ink),
                new Box(4, 1, 3, 1, terms.text("figure.tows.wo"), strategies(TowsCategory.WO), new Color(0xf6f1df), ink),
                new Box(0, 2, 1, 1, terms.text("figure.tows.threats"), items(SwotCategory.THREAT), new Color(0xefe6d4), ink),
                new Box(1, 2, 3, 1, terms.text("figure.tows.st"), strategies(TowsCategory.ST), new Color(0xe3ecf7), ink),
                new Box(4, 2, 3, 1, terms.text("figure.tows.wt"), strategies(TowsCategory.WT), new Color(0xf7e4e4), ink));
        return new BoxGrid(8, 3, widenSide(boxes), terms.isRightToLeft());
    }

    /** Gives the side column two of eight columns (a quarter), the cells three each. */
    private static List<Box> widenSide(List<Box> boxes) {
        return boxes.stream().map(b -> b.column() == 0 ? new Box(0, b.row(), 2, 1, b.title(), b.items(), b.fill(), b.titleColour())
                : new Box(b.column() + 1, b.row(), b.columns(), 1, b.title(), b.items(), b.fill(), b.titleColour())).toList();
    }
}
