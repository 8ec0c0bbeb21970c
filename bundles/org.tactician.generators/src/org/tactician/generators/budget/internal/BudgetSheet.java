package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.number;
import static org.tactician.generators.budget.internal.Cells.plus;
import static org.tactician.generators.budget.internal.Cells.range;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.generators.internal.ElementFailure;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CostType;
import org.tactician.model.RaceStage;

/**
 * The budget sheet: one row per budget line, grouped by category (a subtotal row each; lines
 * without a category in a group of their own) and a grand total row; the cost type (one-shot lines
 * highlighted), channel, campaign and RACE stage; a column per plan month (the amounts), then per
 * quarter and plan year and the total ({@code SUM} over the months), and what the line spends
 * outside the plan period (in no total).
 */
public final class BudgetSheet {

    /** Columns before the months: category, line, cost type, channel, campaign, stage. */
    public static final int LINE_LABELS = 6;
    /** The category column (the views' {@code SUMIF} criteria). */
    public static final int CATEGORY_COLUMN = 0;
    /** The RACE stage column (the views' {@code SUMIF} criteria). */
    public static final int STAGE_COLUMN = 5;

    /**
     * Where things landed, for the other sheets' formulas.
     *
     * @param lineRows the row of each budget line
     * @param firstLineRow the first line's row
     * @param lastLineRow the last line's row (before the grand total; below {@code firstLineRow} without lines)
     * @param grandTotalRow the grand total's row
     * @param outsideColumn the column of what lines spend outside the plan period
     */
    public record Layout(Map<BudgetRow, Integer> lineRows, int firstLineRow, int lastLineRow, int grandTotalRow, int outsideColumn) {
        /** Copies the rows (identity: two lines may be equal records). */
        public Layout {
            Map<BudgetRow, Integer> copy = new IdentityHashMap<>(lineRows);
            lineRows = Collections.unmodifiableMap(copy);
        }

        /** The row of {@code line}. */
        public int rowOf(BudgetRow line) {
            return Objects.requireNonNull(lineRows.get(line), "a line of the budget");
        }
    }

    private BudgetSheet() {
    }

    /** The label of a RACE stage on the budget sheet; lines without one are unassigned. */
    public static String stageLabel(SheetContext context, RaceStage stage) {
        return stage == null ? context.t("value.unassigned") : context.terms().literal(stage);
    }

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context) {
        SheetStyles styles = context.styles();
        Row header = sheet.createRow(0);
        context.headers(header, 0, List.of(context.t("column.category"), context.t("column.budgetLine"), context.t("column.costType"),
                context.t("column.channel"), context.t("column.campaign"), context.t("column.raceStage")));
        context.periodHeaders(sheet, header, LINE_LABELS);
        int outside = context.totalColumn(LINE_LABELS) + 1;
        context.text(header, outside, context.t("column.outsidePeriod"), styles.header);
        sheet.setColumnWidth(outside, SheetContext.NARROW);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, SheetContext.WIDE);
        sheet.setColumnWidth(2, 11 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        sheet.setColumnWidth(4, 20 * 256);
        sheet.setColumnWidth(5, 11 * 256);
        sheet.createFreezePane(2, 1);

        Map<BudgetRow, Integer> lineRows = new IdentityHashMap<>();
        List<Integer> subtotals = new ArrayList<>();
        int r = 1;
        List<BudgetCategory> groups = new ArrayList<>(BudgetCategory.VALUES);
        groups.add(null); // the lines without a category, if any
        for (BudgetCategory category : groups) {
            List<BudgetRow> rows = context.budget().rows().stream().filter(row -> row.category() == category).toList();
            if (rows.isEmpty()) {
                continue;
            }
            int first = r;
            for (BudgetRow line : rows) {
                Row row = row(sheet, r);
                ElementFailure.run(line, () -> lineRow(context, row, line, outside));
                lineRows.put(line, r);
                r++;
            }
            Row subtotal = row(sheet, r);
            context.text(subtotal, 0, category == null ? context.t("row.totalWithoutCategory")
                    : context.terms().format("row.totalOf", context.terms().literal(category)), styles.totalText);
            context.text(subtotal, 1, "", styles.totalText);
            context.columnSums(subtotal, LINE_LABELS, first, r - 1, styles.moneyTotal);
            formula(subtotal, outside, "SUM(" + range(first, outside, r - 1, outside) + ")", styles.moneyTotal);
            subtotals.add(r);
            r++;
        }
        int lastLineRow = r - 1;
        Row total = row(sheet, r);
        int grandTotalRow = r;
        context.text(total, 0, context.t("row.total"), styles.totalText);
        context.text(total, 1, "", styles.totalText);
        for (int column = LINE_LABELS; column <= outside; column++) {
            int c = column;
            formula(total, column, plus(subtotals.stream().map(s -> ref(s, c)).toList()), styles.moneyTotal);
        }
        r += 2;
        if (!context.budget().excluded().isEmpty()) {
            context.text(row(sheet, r++), 0, context.terms().format("row.excluded", Objects.toString(context.budget().currency(), "")),
                    styles.totalText);
            for (BudgetLine line : context.budget().excluded()) {
                Row row = row(sheet, r++);
                ElementFailure.run(line, () -> context.text(row, 1, line.getName(), styles.text, line));
            }
        }
        return new Layout(lineRows, 1, lastLineRow, grandTotalRow, outside);
    }

    private static void lineRow(SheetContext context, Row row, BudgetRow line, int outside) {
        SheetStyles styles = context.styles();
        context.text(row, CATEGORY_COLUMN, context.terms().literal(line.category()), styles.text);
        context.text(row, 1, line.name(), styles.text, line);
        context.text(row, 2, context.terms().literal(line.costType()), line.costType() == CostType.ONE_SHOT ? styles.oneShot : styles.text);
        context.text(row, 3, line.channel() == null ? "" : line.channel().getName(), styles.text, line.channel());
        context.text(row, 4, line.campaign() == null ? "" : line.campaign().getName(), styles.text, line.campaign());
        context.text(row, STAGE_COLUMN, stageLabel(context, line.raceStage()), styles.text);
        List<YearMonth> months = context.calendar().months();
        for (int i = 0; i < months.size(); i++) {
            number(row, context.monthColumn(LINE_LABELS, i), line.amountIn(months.get(i)), styles.moneyInput);
        }
        context.periodTotals(row, LINE_LABELS, styles.money);
        number(row, outside, line.outsidePeriod(), styles.money);
    }
}
