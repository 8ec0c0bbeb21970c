package org.tactician.diagrams.tows;

import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;

/**
 * The eight cells of the TOWS matrix: the four SWOT lists (strengths and weaknesses across the
 * top, opportunities and threats down the side) and the four strategy cells where they meet.
 */
public enum TowsCell {
    S(SwotCategory.STRENGTH, null, 1, 0),
    W(SwotCategory.WEAKNESS, null, 2, 0),
    O(SwotCategory.OPPORTUNITY, null, 0, 1),
    T(SwotCategory.THREAT, null, 0, 2),
    SO(null, TowsCategory.SO, 1, 1),
    WO(null, TowsCategory.WO, 2, 1),
    ST(null, TowsCategory.ST, 1, 2),
    WT(null, TowsCategory.WT, 2, 2);

    private final SwotCategory factorKind;
    private final TowsCategory strategyKind;
    private final int column;
    private final int row;

    TowsCell(SwotCategory factorKind, TowsCategory strategyKind, int column, int row) {
        this.factorKind = factorKind;
        this.strategyKind = strategyKind;
        this.column = column;
        this.row = row;
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

    /**
     * The cell's title in the workbench's language, as the plan documents' TOWS figure names it:
     * "Strengths (S)" for a SWOT list, "SO strategies" (with the language's TOWS code) for a strategy cell.
     */
    public String title() {
        PlanTerms terms = DiagramTexts.terms();
        return holdsFactors() ? terms.text(switch (factorKind) {
            case STRENGTH -> "figure.tows.strengths";
            case WEAKNESS -> "figure.tows.weaknesses";
            case OPPORTUNITY -> "figure.tows.opportunities";
            case THREAT -> "figure.tows.threats";
        }) : DiagramTexts.get("tows.strategyCell", terms.literal(strategyKind));
    }

    /** What the cell collects, in a few words of the workbench's language. */
    public String hint() {
        return DiagramTexts.get("tows.hint." + name());
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
