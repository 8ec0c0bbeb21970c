package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.tactician.forecast.Rounding;

/**
 * The forecast numbers of a cell, a month, a quarter, a channel or the whole plan, after margin.
 * Money is in the forecast currency; every component is an exact sum of rounded cell amounts.
 *
 * @param sessions visits
 * @param orders conversions (exact: a forecast may expect 12.5 orders)
 * @param revenue what the orders are worth: orders × average order value (before returns)
 * @param returns revenue returned or refunded: revenue × return rate
 * @param grossProfit net revenue (revenue − returns) × gross margin: what is left after the cost of goods
 * @param fulfilmentCost orders × fulfilment cost per order (delivery, packing, payment fees)
 * @param marketingCost what the budget spends (the marketing cost of the plan)
 */
public record ForecastFigures(long sessions, BigDecimal orders, BigDecimal revenue, BigDecimal returns,
        BigDecimal grossProfit, BigDecimal fulfilmentCost, BigDecimal marketingCost) {

    /** No sessions, no money. */
    public static final ForecastFigures ZERO = new ForecastFigures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Checks the components. */
    public ForecastFigures {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(grossProfit, "grossProfit");
        Objects.requireNonNull(fulfilmentCost, "fulfilmentCost");
        Objects.requireNonNull(marketingCost, "marketingCost");
    }

    /** Only marketing cost (a budget cell). */
    public static ForecastFigures marketing(BigDecimal cost) {
        return new ForecastFigures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                cost);
    }

    /** Revenue after returns. */
    public BigDecimal netRevenue() {
        return revenue.subtract(returns);
    }

    /** Net revenue minus gross profit: what the goods sold cost. */
    public BigDecimal costOfGoods() {
        return netRevenue().subtract(grossProfit);
    }

    /** Gross profit minus fulfilment cost: what the orders earn before marketing. */
    public BigDecimal contributionBeforeMarketing() {
        return grossProfit.subtract(fulfilmentCost);
    }

    /** Gross profit minus fulfilment and marketing cost: what the plan earns. */
    public BigDecimal contribution() {
        return contributionBeforeMarketing().subtract(marketingCost);
    }

    /** Every cost: cost of goods, fulfilment and marketing. */
    public BigDecimal totalCost() {
        return costOfGoods().add(fulfilmentCost).add(marketingCost);
    }

    /** Contribution as a percentage of marketing cost (the return on the marketing spend); empty without one. */
    public Optional<BigDecimal> roiPercent() {
        return Optional.ofNullable(Rounding.percent(contribution(), marketingCost));
    }

    /** Contribution as a percentage of revenue; empty without revenue. */
    public Optional<BigDecimal> contributionMarginPercent() {
        return Optional.ofNullable(Rounding.percent(contribution(), revenue));
    }

    /** Marketing cost per order, rounded to the minor unit of {@code currency}; empty without orders. */
    public Optional<BigDecimal> costPerAcquisition(String currency) {
        if (orders.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Rounding.money(marketingCost.divide(orders, Rounding.RATIO), currency));
    }

    /** Orders per 100 sessions (2 decimals); empty without sessions. */
    public Optional<BigDecimal> conversionRatePercent() {
        return Optional.ofNullable(Rounding.percent(orders, BigDecimal.valueOf(sessions)));
    }

    /** Revenue per order, rounded to the minor unit of {@code currency}; empty without orders. */
    public Optional<BigDecimal> averageOrderValue(String currency) {
        if (orders.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Rounding.money(revenue.divide(orders, Rounding.RATIO), currency));
    }

    /** The sum of this and {@code other}. */
    public ForecastFigures plus(ForecastFigures other) {
        return new ForecastFigures(sessions + other.sessions, orders.add(other.orders), revenue.add(other.revenue),
                returns.add(other.returns), grossProfit.add(other.grossProfit), fulfilmentCost.add(other.fulfilmentCost),
                marketingCost.add(other.marketingCost));
    }
}
