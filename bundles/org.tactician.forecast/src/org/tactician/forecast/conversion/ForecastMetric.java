package org.tactician.forecast.conversion;

import java.math.BigDecimal;

import org.tactician.model.ForecastMeasure;

/**
 * The figures the forecast computes that an objective's target can be checked against: four that
 * add up over months, two rates. Which one an objective is comes from its
 * {@link ForecastMeasure} — never from the words of its metric, so the check works in any language.
 */
public enum ForecastMetric {
    /** Visits. */
    SESSIONS,
    /** Conversions (orders, sales counted in units). */
    ORDERS,
    /** Revenue (before returns) in the plan currency. */
    REVENUE,
    /** Gross profit minus fulfilment and marketing cost, in the plan currency. */
    CONTRIBUTION,
    /** Orders per 100 sessions, in percent (a rate). */
    CONVERSION_RATE,
    /** Revenue per order, in the plan currency (a ratio). */
    AVERAGE_ORDER_VALUE;

    /** The metric of an objective's forecast measure. */
    public static ForecastMetric of(ForecastMeasure measure) {
        return valueOf(measure.getName());
    }

    /** Whether values of this metric are money. */
    public boolean isMoney() {
        return this == REVENUE || this == CONTRIBUTION || this == AVERAGE_ORDER_VALUE;
    }

    /** Whether this metric is a rate or ratio, which never adds up over months. */
    public boolean isRate() {
        return this == CONVERSION_RATE || this == AVERAGE_ORDER_VALUE;
    }

    /** The value of this metric in {@code figures}; null for a rate that is undefined there. */
    public BigDecimal of(ForecastFigures figures, String currency) {
        return switch (this) {
            case SESSIONS -> BigDecimal.valueOf(figures.sessions());
            case ORDERS -> figures.orders();
            case REVENUE -> figures.revenue();
            case CONTRIBUTION -> figures.contribution();
            case CONVERSION_RATE -> figures.conversionRatePercent().orElse(null);
            case AVERAGE_ORDER_VALUE -> figures.averageOrderValue(currency).orElse(null);
        };
    }
}
