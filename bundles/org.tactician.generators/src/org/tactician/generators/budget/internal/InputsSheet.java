package org.tactician.generators.budget.internal;

import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.number;
import static org.tactician.generators.budget.internal.Cells.range;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.conversion.ChannelForecast;
import org.tactician.forecast.conversion.ProfitAssumptions;
import org.tactician.forecast.conversion.ProfitAssumptions.Economics;
import org.tactician.generators.internal.ElementFailure;
import org.tactician.model.Channel;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;

/**
 * The forecast inputs by channel and month: sessions, conversion rate, average order value and the
 * input's margin figures (return rate, gross margin, fulfilment cost per order, resolved from the
 * plan defaults and the assumptions) are inputs; orders, revenue, returns, gross profit and
 * fulfilment are formulas, each {@code ROUND}ed to the currency's minor unit as the engine rounds
 * ({@link Rounding}: half away from zero). Inputs are grouped by channel (the forecast's channel
 * order, no channel last), so each channel is one block of rows.
 */
public final class InputsSheet {

    /** Column layout. */
    static final int MONTH = 0, CHANNEL = 1, SEGMENT = 2, SESSIONS = 3, RATE = 4, AOV = 5, ORDERS = 6, REVENUE = 7,
            RETURN_RATE = 8, RETURNS = 9, MARGIN = 10, GROSS_PROFIT = 11, FULFILMENT_PER_ORDER = 12, FULFILMENT = 13;

    /** A block of rows, both included. */
    public record Block(int first, int last) {
    }

    /**
     * Where things are.
     *
     * @param blocks each channel's rows (the key null: inputs without a channel)
     * @param lastRow the last input row (0 without inputs)
     */
    public record Layout(Map<Channel, Block> blocks, int lastRow) {
        /** Copies the map (a null key allowed). */
        public Layout {
            blocks = Collections.unmodifiableMap(new HashMap<>(blocks));
        }
    }

    private InputsSheet() {
    }

    /** Writes the sheet. */
    public static Layout write(Sheet sheet, SheetContext context) {
        SheetStyles styles = context.styles();
        Row header = sheet.createRow(0);
        List<String> labels = List.of("month", "channel", "segment", "sessions", "conversionRate", "averageOrderValue", "orders",
                "revenue", "returnRate", "returns", "grossMargin", "grossProfit", "fulfilmentPerOrder", "fulfilment");
        for (int i = 0; i < labels.size(); i++) {
            context.text(header, i, context.t("column." + labels.get(i)), styles.header);
            sheet.setColumnWidth(i, i == CHANNEL || i == SEGMENT ? 22 * 256 : SheetContext.NARROW);
        }
        sheet.createFreezePane(0, 1);
        MarketingPlan plan = context.plan();
        Set<ForecastInput> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        excluded.addAll(context.forecast().excluded());
        List<ForecastInput> inputs = plan.getOpportunity() == null || plan.getOpportunity().getForecast() == null ? List.of()
                : plan.getOpportunity().getForecast().getInputs().stream().filter(i -> !excluded.contains(i)).toList();
        List<Channel> order = new ArrayList<>(context.forecast().channels().stream().map(ChannelForecast::channel).toList());
        order.add(null);
        Map<Channel, Block> blocks = new LinkedHashMap<>();
        ProfitAssumptions assumptions = ProfitAssumptions.of(plan, context.forecast().currency());
        int minor = Rounding.minorUnits(context.forecast().currency());
        int r = 1;
        for (Channel channel : order) {
            List<ForecastInput> block = inputs.stream().filter(i -> i.getChannel() == channel)
                    .sorted(Comparator.comparing(ForecastInput::getMonth)).toList();
            if (block.isEmpty()) {
                continue;
            }
            blocks.put(channel, new Block(r, r + block.size() - 1));
            for (ForecastInput input : block) {
                int at = r;
                ElementFailure.run(input, () -> inputRow(context, sheet, at, channel, input, assumptions, minor));
                r++;
            }
        }
        Row total = row(sheet, r);
        context.text(total, MONTH, context.t("row.total"), styles.totalText);
        for (int column : new int[] {SESSIONS, ORDERS, REVENUE, RETURNS, GROSS_PROFIT, FULFILMENT}) {
            formula(total, column, r == 1 ? "0" : "SUM(" + range(1, column, r - 1, column) + ")",
                    column == SESSIONS ? styles.countTotal : column == ORDERS ? styles.decimalTotal : styles.moneyTotal);
        }
        return new Layout(blocks, r - 1);
    }

    /** The row of one forecast input, at row {@code r}. */
    private static void inputRow(SheetContext context, Sheet sheet, int r, Channel channel, ForecastInput input,
            ProfitAssumptions assumptions, int minor) {
        SheetStyles styles = context.styles();
        Economics economics = assumptions.resolve(input.getChannel(), input.getSegment());
        Row row = row(sheet, r);
        Cells.month(row, MONTH, input.getMonth(), styles.month);
        context.text(row, CHANNEL, channel == null ? "" : channel.getName(), styles.text, channel);
        context.text(row, SEGMENT, input.getSegment() == null ? "" : input.getSegment().getName(), styles.text, input.getSegment());
        number(row, SESSIONS, BigDecimal.valueOf(input.getSessions()), styles.countInput);
        // The model holds percent points; the sheet holds the ratio, shown as a percentage.
        number(row, RATE, input.getConversionRate() == null ? BigDecimal.ZERO : input.getConversionRate().movePointLeft(2),
                styles.percentInput);
        number(row, AOV, input.getAverageOrderValue() == null ? BigDecimal.ZERO : input.getAverageOrderValue().amount(),
                styles.moneyInput);
        formula(row, ORDERS, ref(r, SESSIONS) + "*" + ref(r, RATE), styles.decimal);
        formula(row, REVENUE, round(ref(r, ORDERS) + "*" + ref(r, AOV), minor), styles.money);
        number(row, RETURN_RATE, economics.returnRate().movePointLeft(2), styles.percentInput);
        formula(row, RETURNS, round(ref(r, REVENUE) + "*" + ref(r, RETURN_RATE), minor), styles.money);
        // Without a gross margin the engine keeps the whole net revenue: 100 %, which validation reports.
        number(row, MARGIN, economics.grossMargin() == null ? BigDecimal.ONE : economics.grossMargin().movePointLeft(2),
                styles.percentInput);
        formula(row, GROSS_PROFIT, round("(" + ref(r, REVENUE) + "-" + ref(r, RETURNS) + ")*" + ref(r, MARGIN), minor),
                styles.money);
        number(row, FULFILMENT_PER_ORDER, economics.fulfilmentCostPerOrder(), styles.moneyInput);
        formula(row, FULFILMENT, round(ref(r, ORDERS) + "*" + ref(r, FULFILMENT_PER_ORDER), minor), styles.money);
    }

    /** {@code ROUND(expression, digits)}: the spreadsheet's rounding is {@link Rounding}'s (half away from zero). */
    private static String round(String expression, int digits) {
        return "ROUND(" + expression + "," + digits + ")";
    }
}
