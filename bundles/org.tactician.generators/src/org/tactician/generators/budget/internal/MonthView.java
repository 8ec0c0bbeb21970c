package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.absolute;
import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;
import static org.tactician.generators.budget.internal.Cells.sheet;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A view of the budget sheet by month: one row per key (a category, a RACE stage, a channel), a
 * month cell per plan month from a formula over the budget sheet, the period totals, and a total
 * row. The category, stage and channel sheets are such views.
 */
final class MonthView {

    /**
     * Where a view's rows are.
     *
     * @param firstRow the first key's row
     * @param lastRow the last key's row
     * @param totalRow the total row
     */
    record Rows(int firstRow, int lastRow, int totalRow) {
    }

    /** The formula of a view's month cell: key index, sheet row, budget sheet column of the month. */
    @FunctionalInterface
    interface MonthFormula {
        String of(int key, int row, int budgetColumn);
    }

    private MonthView() {
    }

    /** Writes the view; {@code elements} are the plan elements the keys name (null: the keys are our words). */
    static Rows write(Sheet sheet, SheetContext context, String keyHeader, List<String> keys, List<?> elements,
            MonthFormula monthFormula) {
        SheetStyles styles = context.styles();
        Row header = sheet.createRow(0);
        context.text(header, 0, keyHeader, styles.header);
        context.periodHeaders(sheet, header, 1);
        sheet.setColumnWidth(0, SheetContext.WIDE);
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (int k = 0; k < keys.size(); k++, r++) {
            Row row = row(sheet, r);
            context.text(row, 0, keys.get(k), styles.text, elements == null ? null : elements.get(k));
            for (int m = 0; m < context.calendar().months().size(); m++) {
                formula(row, context.monthColumn(1, m), monthFormula.of(k, r, BudgetSheet.LINE_LABELS + m), styles.money);
            }
            context.periodTotals(row, 1, styles.money);
        }
        Row total = row(sheet, r);
        context.text(total, 0, context.t("row.total"), styles.totalText);
        context.columnSums(total, 1, 1, r - 1, styles.moneyTotal);
        return new Rows(1, r - 1, r);
    }

    /** SUMIF of a budget sheet month column where {@code labelColumn} equals the view row's key cell. */
    static String sumIf(SheetContext context, BudgetSheet.Layout budget, int labelColumn, int viewRow, int budgetColumn) {
        if (budget.lastLineRow() < budget.firstLineRow()) {
            return "0";
        }
        String sheet = sheet(context.names().budget());
        return "SUMIF(" + sheet + absolute(budget.firstLineRow(), labelColumn) + ":" + absolute(budget.lastLineRow(), labelColumn)
                + "," + absolute(viewRow, 0) + "," + sheet + ref(budget.firstLineRow(), budgetColumn) + ":"
                + ref(budget.lastLineRow(), budgetColumn) + ")";
    }
}
