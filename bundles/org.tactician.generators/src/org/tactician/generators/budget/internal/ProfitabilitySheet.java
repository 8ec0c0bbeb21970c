package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.absolute;
import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.range;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;
import static org.tactician.generators.budget.internal.Cells.sheet;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.forecast.conversion.ChannelForecast;
import org.tactician.model.Channel;

/**
 * The forecast and profitability by month and by channel: revenue, returns, gross profit,
 * fulfilment, marketing cost (the budget's), contribution = gross profit − fulfilment − marketing,
 * cumulative revenue and contribution, ROI = contribution / marketing cost, and the break-even
 * month (the first month from which the cumulative contribution stays at or above zero).
 */
public final class ProfitabilitySheet {

    /** Column layout. */
    public static final int KEY = 0, SESSIONS = 1, ORDERS = 2, REVENUE = 3, RETURNS = 4, GROSS_PROFIT = 5, FULFILMENT = 6,
            MARKETING = 7, CONTRIBUTION = 8, CUMULATIVE_REVENUE = 9, CUMULATIVE_CONTRIBUTION = 10, ROI = 11, STAYS_POSITIVE = 12;

    /** The inputs sheet columns this sheet adds up, by column of this sheet. */
    private static final int[][] SUMMED = {{SESSIONS, InputsSheet.SESSIONS}, {ORDERS, InputsSheet.ORDERS},
        {REVENUE, InputsSheet.REVENUE}, {RETURNS, InputsSheet.RETURNS}, {GROSS_PROFIT, InputsSheet.GROSS_PROFIT},
        {FULFILMENT, InputsSheet.FULFILMENT}};

    /**
     * Where things are.
     *
     * @param firstMonthRow the first month's row
     * @param lastMonthRow the last month's row (below the first without months)
     * @param breakEvenRow the break-even month's row
     */
    public record Layout(int firstMonthRow, int lastMonthRow, int breakEvenRow) {
    }

    private ProfitabilitySheet() {
    }

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context, BudgetSheet.Layout budget, InputsSheet.Layout inputRows,
            ChannelSheet.Layout channelSheet) {
        SheetStyles styles = context.styles();
        header(context, sheet.createRow(0), context.t("column.month"));
        context.text(sheet.getRow(0), STAYS_POSITIVE, context.t("column.staysPositive"), styles.header);
        for (int i = 0; i <= STAYS_POSITIVE; i++) {
            sheet.setColumnWidth(i, i == KEY ? SheetContext.WIDE : SheetContext.NARROW);
        }
        sheet.createFreezePane(1, 1);
        String inputs = sheet(context.names().inputs());
        List<YearMonth> months = context.calendar().months();
        int r = 1;
        for (int m = 0; m < months.size(); m++, r++) {
            Row row = row(sheet, r);
            Cells.month(row, KEY, months.get(m), styles.month);
            for (int[] sum : SUMMED) {
                String formula = inputRows.lastRow() < 1 ? "0" : "SUMIF(" + inputs + absolute(1, InputsSheet.MONTH) + ":"
                        + absolute(inputRows.lastRow(), InputsSheet.MONTH) + "," + absolute(r, KEY) + "," + inputs
                        + absolute(1, sum[1]) + ":" + absolute(inputRows.lastRow(), sum[1]) + ")";
                formula(row, sum[0], formula, styleOf(sum[0], styles, false));
            }
            formula(row, MARKETING, sheet(context.names().budget()) + ref(budget.grandTotalRow(),
                    context.monthColumn(BudgetSheet.LINE_LABELS, m)), styles.money);
            results(row, styles, false);
            formula(row, CUMULATIVE_REVENUE, m == 0 ? ref(r, REVENUE) : ref(r - 1, CUMULATIVE_REVENUE) + "+" + ref(r, REVENUE),
                    styles.money);
            formula(row, CUMULATIVE_CONTRIBUTION, m == 0 ? ref(r, CONTRIBUTION)
                    : ref(r - 1, CUMULATIVE_CONTRIBUTION) + "+" + ref(r, CONTRIBUTION), styles.money);
        }
        int lastMonthRow = r - 1;
        // Whether the cumulative contribution stays at or above zero from this month to the end.
        for (int row = lastMonthRow; row >= 1; row--) {
            String here = ref(row, CUMULATIVE_CONTRIBUTION) + ">=0";
            formula(sheet.getRow(row), STAYS_POSITIVE, row == lastMonthRow ? here : "AND(" + here + "," + ref(row + 1, STAYS_POSITIVE)
                    + ")", styles.text);
        }
        Row total = row(sheet, r);
        context.text(total, KEY, context.t("row.total"), styles.totalText);
        for (int column = SESSIONS; column <= MARKETING; column++) {
            formula(total, column, r == 1 ? "0" : "SUM(" + range(1, column, r - 1, column) + ")", styleOf(column, styles, true));
        }
        results(total, styles, true);
        int breakEvenRow = r + 1;
        Row breakEven = row(sheet, breakEvenRow);
        context.text(breakEven, KEY, context.t("row.breakEvenMonth"), styles.totalText);
        String none = "\"" + context.t("value.none").replace("\"", "\"\"") + "\"";
        formula(breakEven, REVENUE, lastMonthRow < 1 ? none : "IFERROR(INDEX(" + range(1, KEY, lastMonthRow, KEY) + ",MATCH(TRUE,"
                + range(1, STAYS_POSITIVE, lastMonthRow, STAYS_POSITIVE) + ",0))," + none + ")", styles.month);

        // By channel: the same figures over the whole plan.
        r += 3;
        header(context, row(sheet, r++), context.t("column.channel"));
        int firstChannelRow = r;
        List<Channel> channels = new ArrayList<>(context.forecast().channels().stream().map(ChannelForecast::channel).toList());
        if (inputRows.blocks().containsKey(null) || channelSheet.channelRows().containsKey(null)) {
            channels.add(null);
        }
        for (Channel channel : channels) {
            Row row = row(sheet, r);
            context.text(row, KEY, channel == null ? context.t("doc.noChannel") : channel.getName(), styles.text, channel);
            InputsSheet.Block block = inputRows.blocks().get(channel);
            for (int[] sum : SUMMED) {
                formula(row, sum[0], block == null ? "0" : "SUM(" + inputs + range(block.first(), sum[1], block.last(), sum[1]) + ")",
                        styleOf(sum[0], styles, false));
            }
            Integer budgetRow = channelSheet.channelRows().get(channel);
            formula(row, MARKETING, budgetRow == null ? "0" : sheet(context.names().byChannel()) + ref(budgetRow, context.totalColumn(1)),
                    styles.money);
            results(row, styles, false);
            r++;
        }
        Row channelTotal = row(sheet, r);
        context.text(channelTotal, KEY, context.t("row.total"), styles.totalText);
        for (int column = SESSIONS; column <= MARKETING; column++) {
            formula(channelTotal, column, r == firstChannelRow ? "0" : "SUM(" + range(firstChannelRow, column, r - 1, column) + ")",
                    styleOf(column, styles, true));
        }
        results(channelTotal, styles, true);
        return new Layout(1, lastMonthRow, breakEvenRow);
    }

    private static CellStyle styleOf(int column, SheetStyles styles, boolean total) {
        return switch (column) {
            case SESSIONS -> total ? styles.countTotal : styles.count;
            case ORDERS -> total ? styles.decimalTotal : styles.decimal;
            default -> total ? styles.moneyTotal : styles.money;
        };
    }

    private static void header(SheetContext context, Row header, String key) {
        List<String> labels = new ArrayList<>(List.of(key));
        for (String column : List.of("sessions", "orders", "revenue", "returns", "grossProfit", "fulfilment", "marketingCost",
                "contribution", "cumulativeRevenue", "cumulativeContribution", "roi")) {
            labels.add(context.t("column." + column));
        }
        context.headers(header, 0, labels);
    }

    /** Contribution (gross profit − fulfilment − marketing) and ROI (contribution / marketing) of a row. */
    private static void results(Row row, SheetStyles styles, boolean total) {
        int r = row.getRowNum();
        formula(row, CONTRIBUTION, ref(r, GROSS_PROFIT) + "-" + ref(r, FULFILMENT) + "-" + ref(r, MARKETING),
                total ? styles.moneyTotal : styles.money);
        formula(row, ROI, "IF(" + ref(r, MARKETING) + "=0,\"\"," + ref(r, CONTRIBUTION) + "/" + ref(r, MARKETING) + ")",
                total ? styles.percentTotal : styles.percent);
    }
}
