package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The whole plan (or a part of it) in one month, with the running totals from the first month of
 * the plan.
 *
 * @param month the month
 * @param figures the month's numbers
 * @param cumulativeRevenue revenue from the first plan month to this one, included
 * @param cumulativeContribution contribution after margin and marketing cost from the first plan
 *        month to this one, included
 */
public record MonthForecast(YearMonth month, ForecastFigures figures, BigDecimal cumulativeRevenue,
        BigDecimal cumulativeContribution) {

    /** Checks the components. */
    public MonthForecast {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(cumulativeRevenue, "cumulativeRevenue");
        Objects.requireNonNull(cumulativeContribution, "cumulativeContribution");
    }
}
