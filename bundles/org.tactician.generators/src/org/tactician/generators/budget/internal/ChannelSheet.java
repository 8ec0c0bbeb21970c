package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.plus;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.model.Channel;

/**
 * Month × channel, adding the budget sheet's cells of each channel's lines (channel names are
 * user text, so they are not used as {@code SUMIF} criteria); lines without a channel last.
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

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context, BudgetSheet.Layout budget) {
        List<Channel> channels = new ArrayList<>(context.budget().byChannel().assigned().keySet());
        if (context.budget().rows().stream().anyMatch(row -> row.channel() == null)) {
            channels.add(null);
        }
        List<String> keys = channels.stream().map(c -> c == null ? context.t("doc.noChannel") : Objects.toString(c.getName(), ""))
                .toList();
        String budgetSheet = sheet(context.names().budget());
        MonthView.Rows rows = MonthView.write(sheet, context, context.t("column.channel"), keys, (k, r, column) -> plus(
                context.budget().rows().stream().filter(line -> line.channel() == channels.get(k))
                        .map(line -> budgetSheet + ref(budget.rowOf(line), column)).toList()));
        Map<Channel, Integer> channelRows = new HashMap<>();
        for (int k = 0; k < channels.size(); k++) {
            channelRows.put(channels.get(k), k + 1);
        }
        return new Layout(rows, channelRows);
    }
}
