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
import org.tactician.validation.RuleMessage;

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
            Set<Object> where = new LinkedHashSet<>();
            for (ForecastInput input : forecast.withoutMargin()) {
                where.add(input.getChannel() == null ? RuleMessage.of("forecast.margin.missing.noChannel") : input.getChannel());
            }
            findings.report(FORECAST_MARGIN_MISSING, model, Literals.CONVERSION_FORECAST__GROSS_MARGIN,
                    RuleMessage.of("forecast.margin.missing", forecast.withoutMargin().size(), model, where));
        }
        if (!findings.isOn(FORECAST_MONTH_NEGATIVE)) {
            return;
        }
        java.util.List<MonthForecast> negative = forecast.negativeMonths();
        if (negative.isEmpty()) {
            return;
        }
        // One finding for the forecast, naming every month and explaining the worst one.
        String currency = forecast.currency();
        java.util.List<RuleMessage> months = new java.util.ArrayList<>();
        MonthForecast worst = negative.get(0);
        for (MonthForecast month : negative) {
            months.add(RuleMessage.of("forecast.month.negative-contribution.month", month.month(), month.figures().contribution()));
            if (month.figures().contribution().compareTo(worst.figures().contribution()) < 0) {
                worst = month;
            }
        }
        ForecastFigures figures = worst.figures();
        findings.report(FORECAST_MONTH_NEGATIVE, model, Literals.CONVERSION_FORECAST__INPUTS,
                RuleMessage.of("forecast.month.negative-contribution", model, negative.size(), months, currency == null ? "" : " " + currency,
                        worst.month(), figures.grossProfit(), figures.fulfilmentCost(), figures.marketingCost()));
    }
}
