package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.number;
import static org.tactician.generators.budget.internal.Cells.range;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;
import static org.tactician.generators.budget.internal.Cells.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.generators.internal.ElementFailure;

/** Each line's planned and allocated amounts, what remains, the share allocated, and its spend inside and outside the period. */
public final class AllocationSheet {

    /**
     * Where things are.
     *
     * @param firstRow the first line's row
     * @param lastRow the last line's row (below the first without lines)
     */
    public record Layout(int firstRow, int lastRow) {
    }

    private AllocationSheet() {
    }

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context, BudgetSheet.Layout budget) {
        SheetStyles styles = context.styles();
        Row header = sheet.createRow(0);
        List<String> labels = List.of("category", "budgetLine", "planned", "allocated", "remaining", "allocatedShare", "inPlanPeriod",
                "outsidePeriod");
        for (int i = 0; i < labels.size(); i++) {
            context.text(header, i, context.t("column." + labels.get(i)), styles.header);
            sheet.setColumnWidth(i, i == 1 ? SheetContext.WIDE : i == 0 ? 16 * 256 : SheetContext.NARROW);
        }
        sheet.createFreezePane(2, 1);
        String budgetSheet = sheet(context.names().budget());
        int r = 1;
        List<BudgetRow> rows = new ArrayList<>(context.budget().rows());
        rows.sort(Comparator.comparing(budget::rowOf));
        for (BudgetRow line : rows) {
            Row row = row(sheet, r);
            ElementFailure.run(line, () -> {
                context.text(row, 0, context.terms().literal(line.category()), styles.text);
                context.text(row, 1, line.name(), styles.text, line);
                number(row, 2, line.planned(), styles.moneyInput);
                number(row, 3, line.allocated(), styles.money);
                results(row, styles, false);
                int budgetRow = budget.rowOf(line);
                formula(row, 6, budgetSheet + ref(budgetRow, context.totalColumn(BudgetSheet.LINE_LABELS)), styles.money);
                formula(row, 7, budgetSheet + ref(budgetRow, budget.outsideColumn()), styles.money);
            });
            r++;
        }
        Row total = row(sheet, r);
        context.text(total, 0, context.t("row.total"), styles.totalText);
        context.text(total, 1, "", styles.totalText);
        for (int column : new int[] {2, 3, 6, 7}) {
            formula(total, column, r == 1 ? "0" : "SUM(" + range(1, column, r - 1, column) + ")", styles.moneyTotal);
        }
        results(total, styles, true);
        return new Layout(1, r - 1);
    }

    private static void results(Row row, SheetStyles styles, boolean total) {
        int r = row.getRowNum();
        formula(row, 4, ref(r, 2) + "-" + ref(r, 3), total ? styles.moneyTotal : styles.money);
        formula(row, 5, "IF(" + ref(r, 2) + "=0,\"\"," + ref(r, 3) + "/" + ref(r, 2) + ")", total ? styles.percentTotal : styles.percent);
    }
}
