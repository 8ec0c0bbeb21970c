package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.number;
import static org.tactician.generators.budget.internal.Cells.range;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.model.BudgetCategory;

/**
 * Month × category ({@code SUMIF} over the budget sheet's category column), each category's target
 * and what the spend is over it, and under the total the approved total and what the spend is over
 * that. Lines without a category are a row of their own ("not set"), so the total is the budget
 * sheet's.
 */
public final class CategorySheet {

    /**
     * Where things are.
     *
     * @param rows the category rows and the total
     * @param categories the categories, row by row (null: not set)
     */
    public record Layout(MonthView.Rows rows, List<BudgetCategory> categories) {
        /** Copies the list (nulls allowed). */
        public Layout {
            categories = java.util.Collections.unmodifiableList(new ArrayList<>(categories));
        }
    }

    private CategorySheet() {
    }

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context, BudgetSheet.Layout budget) {
        SheetStyles styles = context.styles();
        List<BudgetCategory> categories = new ArrayList<>(BudgetCategory.VALUES);
        if (context.budget().rows().stream().anyMatch(row -> row.category() == null)) {
            categories.add(null);
        }
        List<String> keys = categories.stream().map(context.terms()::literal).toList();
        MonthView.Rows rows = MonthView.write(sheet, context, context.t("column.category"), keys, null,
                (k, r, column) -> MonthView.sumIf(context, budget, BudgetSheet.CATEGORY_COLUMN, r, column));
        int total = context.totalColumn(1);
        int target = total + 1;
        int over = total + 2;
        context.text(sheet.getRow(0), target, context.t("column.target"), styles.header);
        context.text(sheet.getRow(0), over, context.t("column.overTarget"), styles.header);
        sheet.setColumnWidth(target, SheetContext.NARROW);
        sheet.setColumnWidth(over, SheetContext.NARROW);
        for (int k = 0; k < BudgetCategory.VALUES.size(); k++) {
            BigDecimal amount = context.budget().categoryTargets().get(BudgetCategory.VALUES.get(k));
            if (amount == null) {
                continue;
            }
            Row row = sheet.getRow(k + 1);
            number(row, target, amount, styles.moneyInput);
            formula(row, over, "MAX(0," + ref(k + 1, total) + "-" + ref(k + 1, target) + ")", styles.money);
        }
        int totalRow = rows.totalRow();
        if (!context.budget().categoryTargets().isEmpty()) {
            formula(sheet.getRow(totalRow), target, "SUM(" + range(1, target, totalRow - 1, target) + ")", styles.moneyTotal);
            formula(sheet.getRow(totalRow), over, "SUM(" + range(1, over, totalRow - 1, over) + ")", styles.moneyTotal);
        }
        if (context.budget().approvedTotal() != null) {
            Row approved = row(sheet, totalRow + 2);
            context.text(approved, 0, context.t("row.approvedTotal"), styles.totalText);
            number(approved, total, context.budget().approvedTotal(), styles.moneyInput);
            Row beyond = row(sheet, totalRow + 3);
            context.text(beyond, 0, context.t("row.overApproved"), styles.totalText);
            formula(beyond, total, "MAX(0," + ref(totalRow, total) + "-" + ref(totalRow + 2, total) + ")", styles.moneyTotal);
        }
        return new Layout(rows, categories);
    }
}
