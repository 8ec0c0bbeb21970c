package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.tactician.forecast.Rounding;

/**
 * The forecast numbers of a cell, a month, a quarter, a channel or the whole plan. Money is in the
 * forecast currency.
 *
 * @param sessions visits
 * @param orders conversions (exact: a forecast may expect 12.5 orders)
 * @param revenue sessions × conversion rate × average order value
 * @param variableCost the forecast inputs' own costs
 * @param budgetedCost what the budget spends
 */
public record ForecastFigures(long sessions, BigDecimal orders, BigDecimal revenue, BigDecimal variableCost,
        BigDecimal budgetedCost) {

    /** No sessions, no money. */
    public static final ForecastFigures ZERO =
            new ForecastFigures(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Checks the components. */
    public ForecastFigures {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(variableCost, "variableCost");
        Objects.requireNonNull(budgetedCost, "budgetedCost");
    }

    /** Variable plus budgeted cost. */
    public BigDecimal cost() {
        return variableCost.add(budgetedCost);
    }

    /** Revenue minus all costs. */
    public BigDecimal contribution() {
        return revenue.subtract(cost());
    }

    /** Contribution as a percentage of cost, 2 decimals; empty when there is no cost. */
    public Optional<BigDecimal> roiPercent() {
        return Optional.ofNullable(Rounding.percent(contribution(), cost()));
    }

    /** Cost per order, rounded to the minor unit of {@code currency}; empty when there are no orders. */
    public Optional<BigDecimal> costPerAcquisition(String currency) {
        if (orders.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Rounding.money(cost().divide(orders, Rounding.RATIO), currency));
    }

    /** The sum of this and {@code other}. */
    public ForecastFigures plus(ForecastFigures other) {
        return new ForecastFigures(sessions + other.sessions, orders.add(other.orders), revenue.add(other.revenue),
                variableCost.add(other.variableCost), budgetedCost.add(other.budgetedCost));
    }
}
