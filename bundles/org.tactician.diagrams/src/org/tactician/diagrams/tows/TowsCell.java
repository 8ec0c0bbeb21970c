package org.tactician.diagrams.tows;

import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;

/**
 * The eight cells of the TOWS matrix: the four SWOT lists (strengths and weaknesses across the
 * top, opportunities and threats down the side) and the four strategy cells where they meet.
 */
public enum TowsCell {
    S(SwotCategory.STRENGTH, null, 1, 0, "Strengths", "internal: what we do well"),
    W(SwotCategory.WEAKNESS, null, 2, 0, "Weaknesses", "internal: where we fall short"),
    O(SwotCategory.OPPORTUNITY, null, 0, 1, "Opportunities", "external: what we can use"),
    T(SwotCategory.THREAT, null, 0, 2, "Threats", "external: what can hurt us"),
    SO(null, TowsCategory.SO, 1, 1, "SO strategies", "use strengths to seize opportunities"),
    WO(null, TowsCategory.WO, 2, 1, "WO strategies", "overcome weaknesses by using opportunities"),
    ST(null, TowsCategory.ST, 1, 2, "ST strategies", "use strengths to counter threats"),
    WT(null, TowsCategory.WT, 2, 2, "WT strategies", "minimise weaknesses and avoid threats");

    private final SwotCategory factorKind;
    private final TowsCategory strategyKind;
    private final int column;
    private final int row;
    private final String title;
    private final String hint;

    TowsCell(SwotCategory factorKind, TowsCategory strategyKind, int column, int row, String title, String hint) {
        this.factorKind = factorKind;
        this.strategyKind = strategyKind;
        this.column = column;
        this.row = row;
        this.title = title;
        this.hint = hint;
    }

    /** The SWOT kind listed here, or {@code null} for a strategy cell. */
    public SwotCategory factorKind() {
        return factorKind;
    }

    /** The strategy kind collected here, or {@code null} for a SWOT list. */
    public TowsCategory strategyKind() {
        return strategyKind;
    }

    public boolean holdsFactors() {
        return factorKind != null;
    }

    /** Grid column: 0 is the side column of the external lists. */
    public int column() {
        return column;
    }

    /** Grid row: 0 is the top row of the internal lists. */
    public int row() {
        return row;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }

    /** The diagram id of the cell (never a plan element id: those cannot hold a colon). */
    public String elementId() {
        return "cell:" + name();
    }

    public static TowsCell of(SwotCategory kind) {
        for (TowsCell cell : values()) {
            if (cell.factorKind == kind) {
                return cell;
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    public static TowsCell of(TowsCategory kind) {
        for (TowsCell cell : values()) {
            if (cell.strategyKind == kind) {
                return cell;
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    /** The cell with diagram id {@code elementId}, or {@code null}. */
    public static TowsCell ofElementId(String elementId) {
        for (TowsCell cell : values()) {
            if (cell.elementId().equals(elementId)) {
                return cell;
            }
        }
        return null;
    }
}
