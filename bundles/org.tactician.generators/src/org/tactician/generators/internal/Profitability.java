package org.tactician.generators.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastFigures;
import org.tactician.forecast.conversion.MonthForecast;
import org.tactician.model.ConversionForecast;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.ProfitAssumption;

/**
 * The profitability a plan document shows, taken once from the forecast: contribution after
 * margin and marketing cost by month, cumulative, the break-even month, and the margin
 * assumptions it rests on. The HTML/PDF and Word documents render the same figures.
 *
 * @param months every plan month with its figures and cumulative contribution
 * @param total the plan's figures
 * @param breakEven the first month from which the cumulative contribution stays at or above zero
 * @param assumptions the plan's margin figures (the defaults first), in words and numbers
 * @param inputsWithoutMargin how many forecast inputs have no gross margin (their contribution is
 *        before the cost of goods)
 */
public record Profitability(List<MonthForecast> months, ForecastFigures total, Optional<YearMonth> breakEven,
        List<Assumption> assumptions, int inputsWithoutMargin) {

    /**
     * One row of margin figures: the plan defaults or an override.
     *
     * @param appliesTo what the figures apply to (a channel, a segment, both), or null for the plan defaults
     * @param grossMargin gross margin in percent, or null when not set (inherited)
     * @param returnRate return rate in percent, or null when not set
     * @param fulfilmentCostPerOrder fulfilment cost per order, or null when not set
     */
    public record Assumption(String appliesTo, BigDecimal grossMargin, BigDecimal returnRate,
            Money fulfilmentCostPerOrder) {
    }

    /** The profitability of {@code plan}, from its {@code forecast}. */
    public static Profitability of(MarketingPlan plan, Forecast forecast) {
        List<Assumption> assumptions = new ArrayList<>();
        ConversionForecast model = plan.getOpportunity() == null ? null : plan.getOpportunity().getForecast();
        if (model != null) {
            assumptions.add(new Assumption(null, model.getGrossMargin(), model.getReturnRate(),
                    model.getFulfilmentCostPerOrder()));
            for (ProfitAssumption assumption : model.getAssumptions()) {
                List<String> scope = new ArrayList<>();
                if (assumption.getChannel() != null) {
                    scope.add(Text.clean(assumption.getChannel().getName()));
                }
                if (assumption.getSegment() != null) {
                    scope.add(Text.clean(assumption.getSegment().getName()));
                }
                assumptions.add(new Assumption(scope.isEmpty() ? null : String.join(" · ", scope),
                        assumption.getGrossMargin(), assumption.getReturnRate(), assumption.getFulfilmentCostPerOrder()));
            }
        }
        return new Profitability(forecast.months(), forecast.total(), forecast.breakEvenMonth(), List.copyOf(assumptions),
                forecast.withoutMargin().size());
    }

    /** Whether there is anything to show: a forecast with figures. */
    public boolean isEmpty() {
        return total.revenue().signum() == 0 && total.marketingCost().signum() == 0;
    }
}
