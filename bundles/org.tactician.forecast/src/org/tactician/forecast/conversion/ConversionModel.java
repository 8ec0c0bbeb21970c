package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.internal.PlanContents;
import org.tactician.model.Channel;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;

/**
 * Computes a plan's conversion {@link Forecast}: sessions × conversion rate × average order value
 * = revenue, minus variable and budgeted cost = contribution, by channel and month. See the
 * {@linkplain org.tactician.forecast.conversion package} for the model and its rounding.
 */
public final class ConversionModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConversionModel() {
    }

    /** The forecast of {@code plan}, with its budget expanded by {@link BudgetEngine#expand}. */
    public static Forecast forecast(MarketingPlan plan) {
        return forecast(plan, BudgetEngine.expand(plan));
    }

    /**
     * The forecast of {@code plan} charged with {@code budget} (pass the matrix you already have,
     * or one of another budget scenario); the plan is not changed.
     */
    public static Forecast forecast(MarketingPlan plan, BudgetMatrix budget) {
        String currency = budget.currency() != null ? budget.currency() : PlanContents.currency(plan);
        PlanCalendar calendar = budget.calendar();
        Map<Channel, Map<YearMonth, ForecastFigures>> cells = new LinkedHashMap<>();
        List<ForecastInput> excluded = new ArrayList<>();
        int used = 0;
        for (ForecastInput input : PlanContents.forecastInputs(plan)) {
            if (input.getMonth() == null || !calendar.contains(input.getMonth())
                    || !isIn(currency, input.getAverageOrderValue()) || !isIn(currency, input.getCost())) {
                excluded.add(input);
                continue;
            }
            add(cells, input.getChannel(), input.getMonth(), figuresOf(input, currency));
            used++;
        }
        for (BudgetRow row : budget.rows()) {
            row.months().forEach((month, amount) -> add(cells, row.channel(), month,
                    new ForecastFigures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, amount)));
        }
        return new Forecast(currency, calendar, ordered(plan, cells), used, excluded);
    }

    /** One input's numbers: the only rounding is revenue, to the minor unit. */
    static ForecastFigures figuresOf(ForecastInput input, String currency) {
        BigDecimal sessions = BigDecimal.valueOf(input.getSessions());
        BigDecimal orders = input.getConversionRate() == null ? BigDecimal.ZERO
                : sessions.multiply(input.getConversionRate()).divide(HUNDRED);
        BigDecimal revenue = input.getAverageOrderValue() == null ? BigDecimal.ZERO
                : Rounding.money(orders.multiply(input.getAverageOrderValue().amount()), currency);
        BigDecimal variableCost = input.getCost() == null ? BigDecimal.ZERO : input.getCost().amount();
        return new ForecastFigures(input.getSessions(), orders, revenue, variableCost, BigDecimal.ZERO);
    }

    private static void add(Map<Channel, Map<YearMonth, ForecastFigures>> cells, Channel channel, YearMonth month,
            ForecastFigures figures) {
        cells.computeIfAbsent(channel, c -> new HashMap<>()).merge(month, figures, ForecastFigures::plus);
    }

    /** Cells ordered by the plan's channel list (others after, by first use; no channel last), then month. */
    private static List<ChannelMonth> ordered(MarketingPlan plan, Map<Channel, Map<YearMonth, ForecastFigures>> cells) {
        Map<Channel, Integer> rank = new HashMap<>();
        for (Channel channel : plan.getChannels()) {
            rank.putIfAbsent(channel, rank.size());
        }
        for (Channel channel : cells.keySet()) {
            if (channel != null) {
                rank.putIfAbsent(channel, rank.size());
            }
        }
        List<Channel> channels = new ArrayList<>(cells.keySet());
        channels.sort(Comparator.comparingInt(channel -> channel == null ? Integer.MAX_VALUE : rank.get(channel)));
        List<ChannelMonth> result = new ArrayList<>();
        for (Channel channel : channels) {
            cells.get(channel).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(cell -> result.add(new ChannelMonth(channel, cell.getKey(), cell.getValue())));
        }
        return result;
    }

    private static boolean isIn(String currency, Money money) {
        return money == null || currency == null || currency.equals(money.currency());
    }
}
