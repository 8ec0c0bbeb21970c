package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.plus;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.sheet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.generators.budget.BudgetWorkbook;
import org.tactician.generators.internal.ElementFailure;
import org.tactician.model.Channel;

/**
 * Month × channel, adding the budget sheet's cells of each channel's lines (channel names are
 * user text, so they are not used as {@code SUMIF} criteria); lines without a channel last.
 * A channel with more lines than one formula can add up gets its amounts as numbers.
 */
public final class ChannelSheet {

    /**
     * Where things are.
     *
     * @param rows the channel rows and the total
     * @param channelRows the row of each channel (the key null: lines without a channel)
     */
    public record Layout(MonthView.Rows rows, Map<Channel, Integer> channelRows) {
        /** Copies the map (a null key allowed). */
        public Layout {
            channelRows = Collections.unmodifiableMap(new HashMap<>(channelRows));
        }
    }

    private ChannelSheet() {
    }

    /**
     * A channel's month: the sum of its lines' cells on the budget sheet, or, for a channel with
     * so many lines that the sum is longer than a formula may be, the amount itself (with a
     * warning), so the file still opens and the totals are the same.
     */
    private static String monthCell(SheetContext context, BudgetSheet.Layout budget, String budgetSheet, Channel channel,
            int budgetColumn) {
        List<BudgetRow> lines = context.budget().rows().stream().filter(line -> line.channel() == channel).toList();
        String formula = plus(lines.stream().map(line -> budgetSheet + ref(budget.rowOf(line), budgetColumn)).toList());
        if (formula.length() <= SheetText.FORMULA_LIMIT) {
            return formula;
        }
        String label = channel == null ? "the budget lines without a channel" : ElementFailure.describe(channel);
        context.limits().warn(label + ": " + lines.size() + " budget lines are too many to add up in one formula of "
                + BudgetWorkbook.FILE + " (" + String.format(Locale.ROOT, "%,d", SheetText.FORMULA_LIMIT)
                + " characters), so the by-channel sheet holds that row's months as amounts, not formulas");
        YearMonth month = context.calendar().months().get(budgetColumn - BudgetSheet.LINE_LABELS);
        return lines.stream().map(line -> line.amountIn(month)).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
    }

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context, BudgetSheet.Layout budget) {
        List<Channel> channels = new ArrayList<>(context.budget().byChannel().assigned().keySet());
        if (context.budget().rows().stream().anyMatch(row -> row.channel() == null)) {
            channels.add(null);
        }
        List<String> keys = channels.stream().map(c -> c == null ? context.t("doc.noChannel") : Objects.toString(c.getName(), ""))
                .toList();
        String budgetSheet = sheet(context.names().budget());
        MonthView.Rows rows = MonthView.write(sheet, context, context.t("column.channel"), keys, channels,
                (k, r, column) -> monthCell(context, budget, budgetSheet, channels.get(k), column));
        Map<Channel, Integer> channelRows = new HashMap<>();
        for (int k = 0; k < channels.size(); k++) {
            channelRows.put(channels.get(k), k + 1);
        }
        return new Layout(rows, channelRows);
    }
}
