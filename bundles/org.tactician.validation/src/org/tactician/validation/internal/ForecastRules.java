package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.FORECAST_MARGIN_MISSING;
import static org.tactician.validation.RuleRegistry.FORECAST_MONTH_NEGATIVE;

import java.util.LinkedHashSet;
import java.util.Set;

import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastFigures;
import org.tactician.forecast.conversion.MonthForecast;
import org.tactician.model.ConversionForecast;
import org.tactician.model.ForecastInput;
import org.tactician.model.TacticianPackage.Literals;

/** Rules about the forecast's profitability: a gross margin to compute it after, and no month that loses money. */
final class ForecastRules {

    private ForecastRules() {
    }

    static void check(ConversionForecast model, ValidationRun run, Findings findings) {
        Forecast forecast = run.forecast();
        if (forecast == null || forecast.inputCount() == 0) {
            return;
        }
        if (findings.isOn(FORECAST_MARGIN_MISSING) && !forecast.hasMargin()) {
            Set<String> where = new LinkedHashSet<>();
            for (ForecastInput input : forecast.withoutMargin()) {
                where.add(input.getChannel() == null ? "inputs without a channel" : Labels.of(input.getChannel()));
            }
            findings.report(FORECAST_MARGIN_MISSING, model, Literals.CONVERSION_FORECAST__GROSS_MARGIN,
                    forecast.withoutMargin().size() + " forecast input(s) of " + Labels.of(model) + " have no gross margin ("
                            + String.join(", ", where) + "), so their contribution is revenue less marketing cost only: "
                            + "enter the plan's gross margin, or one per channel or segment.");
        }
        if (!findings.isOn(FORECAST_MONTH_NEGATIVE)) {
            return;
        }
        java.util.List<MonthForecast> negative = forecast.negativeMonths();
        if (negative.isEmpty()) {
            return;
        }
        // One finding for the forecast, naming every month and explaining the worst one.
        String currency = forecast.currency() == null ? "" : " " + forecast.currency();
        java.util.List<String> months = new java.util.ArrayList<>();
        MonthForecast worst = negative.get(0);
        for (MonthForecast month : negative) {
            months.add(month.month() + " " + Labels.number(month.figures().contribution()));
            if (month.figures().contribution().compareTo(worst.figures().contribution()) < 0) {
                worst = month;
            }
        }
        ForecastFigures figures = worst.figures();
        findings.report(FORECAST_MONTH_NEGATIVE, model, Literals.CONVERSION_FORECAST__INPUTS,
                "The forecast contribution of " + Labels.of(model) + " is negative in " + negative.size() + " month(s): "
                        + String.join(", ", months) + currency + " (worst " + worst.month() + ": gross profit "
                        + Labels.number(figures.grossProfit()) + ", fulfilment " + Labels.number(figures.fulfilmentCost())
                        + ", marketing " + Labels.number(figures.marketingCost()) + currency + "): move spend to months that "
                        + "earn it back, or raise sessions, conversion or order value there; accept it knowingly for a launch.");
    }
}
