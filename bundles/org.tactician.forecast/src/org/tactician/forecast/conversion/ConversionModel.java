package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.conversion.ProfitAssumptions.Economics;
import org.tactician.forecast.internal.PlanContents;
import org.tactician.model.Channel;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.Segment;

/**
 * Computes a plan's conversion {@link Forecast}: sessions × conversion rate × average order value
 * = revenue; after returns, cost of goods and fulfilment, minus the budget's marketing cost =
 * contribution; by channel, segment and month. See the {@linkplain org.tactician.forecast.conversion
 * package} for the model and its rounding.
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
        ProfitAssumptions assumptions = ProfitAssumptions.of(plan, currency);
        Map<Key, ForecastFigures> cells = new LinkedHashMap<>();
        List<ForecastInput> excluded = new ArrayList<>();
        List<ForecastInput> withoutMargin = new ArrayList<>();
        int used = 0;
        for (ForecastInput input : PlanContents.forecastInputs(plan)) {
            if (input.getMonth() == null || !calendar.contains(input.getMonth())
                    || !isIn(currency, input.getAverageOrderValue())) {
                excluded.add(input);
                continue;
            }
            Economics economics = assumptions.resolve(input.getChannel(), input.getSegment());
            if (economics.grossMargin() == null) {
                withoutMargin.add(input);
            }
            cells.merge(new Key(input.getChannel(), input.getSegment(), input.getMonth()),
                    figuresOf(input, economics, currency), ForecastFigures::plus);
            used++;
        }
        for (BudgetRow row : budget.rows()) {
            row.months().forEach((month, amount) -> cells.merge(new Key(row.channel(), null, month),
                    ForecastFigures.marketing(amount), ForecastFigures::plus));
        }
        return new Forecast(currency, calendar, ordered(plan, cells), used, excluded, withoutMargin);
    }

    /**
     * One input's numbers with its margin figures; every money figure is rounded once to the minor
     * unit. Without a gross margin the gross profit is the net revenue (the forecast lists such
     * inputs in {@link Forecast#withoutMargin()}).
     */
    public static ForecastFigures figuresOf(ForecastInput input, Economics economics, String currency) {
        BigDecimal sessions = BigDecimal.valueOf(input.getSessions());
        BigDecimal orders = input.getConversionRate() == null ? BigDecimal.ZERO
                : sessions.multiply(input.getConversionRate()).divide(HUNDRED);
        BigDecimal revenue = input.getAverageOrderValue() == null ? Rounding.zero(currency)
                : Rounding.money(orders.multiply(input.getAverageOrderValue().amount()), currency);
        BigDecimal returns = Rounding.money(revenue.multiply(economics.returnRate()).divide(HUNDRED), currency);
        BigDecimal net = revenue.subtract(returns);
        BigDecimal grossProfit = economics.grossMargin() == null ? net
                : Rounding.money(net.multiply(economics.grossMargin()).divide(HUNDRED), currency);
        BigDecimal fulfilment = Rounding.money(orders.multiply(economics.fulfilmentCostPerOrder()), currency);
        return new ForecastFigures(input.getSessions(), orders, revenue, returns, grossProfit, fulfilment, BigDecimal.ZERO);
    }

    /** A cell's coordinates. */
    private record Key(Channel channel, Segment segment, YearMonth month) {
    }

    /**
     * Cells ordered by the plan's channel list (others after, by first use; no channel last), then
     * by segment (first use; none last), then month.
     */
    private static List<ForecastCell> ordered(MarketingPlan plan, Map<Key, ForecastFigures> cells) {
        Map<Channel, Integer> channelRank = new HashMap<>();
        for (Channel channel : plan.getChannels()) {
            channelRank.putIfAbsent(channel, channelRank.size());
        }
        Map<Segment, Integer> segmentRank = new HashMap<>();
        for (Key key : cells.keySet()) {
            if (key.channel() != null) {
                channelRank.putIfAbsent(key.channel(), channelRank.size());
            }
            if (key.segment() != null) {
                segmentRank.putIfAbsent(key.segment(), segmentRank.size());
            }
        }
        List<Key> keys = new ArrayList<>(cells.keySet());
        keys.sort(Comparator
                .comparingInt((Key key) -> key.channel() == null ? Integer.MAX_VALUE : channelRank.get(key.channel()))
                .thenComparingInt(key -> key.segment() == null ? Integer.MAX_VALUE : segmentRank.get(key.segment()))
                .thenComparing(Key::month));
        List<ForecastCell> result = new ArrayList<>();
        for (Key key : keys) {
            result.add(new ForecastCell(key.channel(), key.segment(), key.month(), cells.get(key)));
        }
        return result;
    }

    private static boolean isIn(String currency, Money money) {
        return money == null || currency == null || Objects.equals(currency, money.currency());
    }
}
