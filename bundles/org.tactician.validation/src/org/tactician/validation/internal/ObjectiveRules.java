package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH;
import static org.tactician.validation.RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT;
import static org.tactician.validation.RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_BASELINE_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_TARGET_EQUALS_BASELINE;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_TARGET_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_UNIT_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_RELEVANT_RACE_STAGE_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_DESCRIPTION_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_METRIC_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_NAME_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_TIME_BOUND_DEADLINE_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastMetric;
import org.tactician.model.Channel;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.LintSetting;
import org.tactician.validation.QuickFix;

/** SMART rules of objectives, the quarterly breakdown of annual targets, and the forecast check. */
final class ObjectiveRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private ObjectiveRules() {
    }

    static void check(SmartObjective objective, ValidationRun run, Findings findings) {
        checkSpecific(objective, findings);
        checkMeasurable(objective, findings);
        checkGrowth(objective, run, findings);
        checkRelevant(objective, findings);
        checkTimeBound(objective, run, findings);
        checkQuarters(objective, run, findings);
        if (findings.isOn(SMART_ACHIEVABLE_FORECAST_SHORT) && run.calendar() != null && !run.calendar().isEmpty()) {
            PlanCalendar calendar = run.calendar();
            YearMonth to = objective.getDeadline() == null ? calendar.last()
                    : min(YearMonth.from(objective.getDeadline()), calendar.last());
            if (!to.isBefore(calendar.first())) {
                checkForecast(objective, "target of " + Labels.of(objective) + " (up to " + to + ")",
                        measureOf(objective), unitOf(objective), objective.getChannel(), calendar.first(), to,
                        objective.getTarget(), Literals.SMART_OBJECTIVE__TARGET, run, findings);
            }
        }
    }

    static void checkQuarter(QuarterlyObjective quarter, ValidationRun run, Findings findings) {
        if (!findings.isOn(SMART_ACHIEVABLE_FORECAST_SHORT) || run.calendar() == null || quarter.getQuarter() == null) {
            return;
        }
        // A quarterly objective has no year: it breaks down the first plan year.
        List<YearMonth> months = run.calendar().monthsOf(new PlanQuarter(1, quarter.getQuarter()));
        SmartObjective annual = quarter.getAnnualObjective();
        String metric = annual != null ? metricOf(annual) : null;
        if (metric == null || ForecastMetric.recognise(metric, null).isEmpty()) {
            metric = quarter.getName();
        }
        String unit = !blank(quarter.getUnit()) ? quarter.getUnit() : annual != null ? unitOf(annual) : null;
        Optional<ForecastMetric> recognised = annual != null && annual.isSetForecastMeasure()
                ? Optional.of(explicitMeasure(annual)) : ForecastMetric.recognise(metric, unit);
        if (months.isEmpty() || recognised.isEmpty()) {
            return;
        }
        checkForecast(quarter, quarter.getQuarter().getLiteral() + " " + recognised.get().name().toLowerCase(Locale.ROOT)
                + " target of " + Labels.of(quarter), recognised, unit, annual != null ? annual.getChannel() : null,
                months.get(0), months.get(months.size() - 1), quarter.getTarget(), Literals.QUARTERLY_OBJECTIVE__TARGET,
                run, findings);
    }

    private static void checkSpecific(SmartObjective objective, Findings findings) {
        if (blank(objective.getName())) {
            findings.report(SMART_SPECIFIC_NAME_MISSING, objective, Literals.NAMED_ELEMENT__NAME,
                    Labels.capitalised(objective) + " has no name: name it after what changes, e.g. 'Grow online "
                            + "revenue'.");
        }
        if (blank(objective.getDescription())) {
            findings.report(SMART_SPECIFIC_DESCRIPTION_MISSING, objective, Literals.NAMED_ELEMENT__DESCRIPTION,
                    Labels.capitalised(objective) + " has no description: say what changes, for whom and through "
                            + "which channel.");
        }
        if (blank(objective.getMetric()) && objective.getKpi() == null) {
            findings.report(SMART_SPECIFIC_METRIC_MISSING, objective, Literals.SMART_OBJECTIVE__METRIC,
                    Labels.capitalised(objective) + " does not say what is measured: enter the metric or link the "
                            + "dashboard KPI that measures it.");
        }
    }

    private static void checkMeasurable(SmartObjective objective, Findings findings) {
        Kpi kpi = objective.getKpi();
        if (objective.getTarget() == null) {
            findings.report(SMART_MEASURABLE_TARGET_MISSING, objective, Literals.SMART_OBJECTIVE__TARGET,
                    Labels.capitalised(objective) + " has no target: enter the number it must reach.");
        }
        if (blank(objective.getUnit())) {
            QuickFix fix = kpi != null && !blank(kpi.getUnit())
                    ? new QuickFix("Use the unit of KPI '" + kpi.getName() + "': " + kpi.getUnit(), objective,
                            Literals.SMART_OBJECTIVE__UNIT, kpi.getUnit())
                    : null;
            findings.report(SMART_MEASURABLE_UNIT_MISSING, objective, Literals.SMART_OBJECTIVE__UNIT,
                    Labels.capitalised(objective) + " has no unit: say what its target counts (%, sessions, EUR...).",
                    fix);
        }
        if (objective.getBaseline() == null) {
            QuickFix fix = kpi != null && kpi.getBaseline() != null
                    ? new QuickFix("Use the baseline of KPI '" + kpi.getName() + "': "
                            + Labels.number(kpi.getBaseline()), objective, Literals.SMART_OBJECTIVE__BASELINE,
                            kpi.getBaseline())
                    : null;
            findings.report(SMART_MEASURABLE_BASELINE_MISSING, objective, Literals.SMART_OBJECTIVE__BASELINE,
                    Labels.capitalised(objective) + " has no baseline: enter today's value so progress can be "
                            + "measured.", fix);
        }
        if (objective.getTarget() != null && objective.getBaseline() != null
                && objective.getTarget().compareTo(objective.getBaseline()) == 0) {
            findings.report(SMART_MEASURABLE_TARGET_EQUALS_BASELINE, objective, Literals.SMART_OBJECTIVE__TARGET,
                    Labels.capitalised(objective) + " aims at its baseline (" + Labels.number(objective.getTarget())
                            + "): set a target that changes something, or drop the objective.");
        }
    }

    private static void checkGrowth(SmartObjective objective, ValidationRun run, Findings findings) {
        BigDecimal baseline = objective.getBaseline();
        BigDecimal target = objective.getTarget();
        if (!findings.isOn(SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE) || baseline == null || target == null
                || baseline.signum() == 0) {
            return;
        }
        BigDecimal growth = target.subtract(baseline).multiply(HUNDRED).divide(baseline.abs(), Rounding.RATIO);
        BigDecimal max = run.profile().setting(LintSetting.GROWTH_MAX_PERCENT);
        BigDecimal min = run.profile().setting(LintSetting.GROWTH_MIN_PERCENT);
        boolean above = growth.compareTo(max) > 0;
        if (above || growth.compareTo(min) < 0) {
            findings.report(SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE, objective, Literals.SMART_OBJECTIVE__TARGET,
                    Labels.capitalised(objective) + " plans a change of " + signed(growth) + " from "
                            + Labels.number(baseline) + " to " + Labels.number(target) + unitSuffix(objective) + ", "
                            + (above ? "above the plausible " + signed(max) : "below the plausible " + signed(min))
                            + ": lower the target or split it over more periods; if it is justified, widen the band "
                            + "in the lint profile (setting." + (above ? LintSetting.GROWTH_MAX_PERCENT.key()
                                    : LintSetting.GROWTH_MIN_PERCENT.key()) + ").");
        }
    }

    private static void checkRelevant(SmartObjective objective, Findings findings) {
        if (!objective.isSetRaceStage()) {
            Kpi kpi = objective.getKpi();
            QuickFix fix = kpi != null && kpi.isSetRaceStage()
                    ? new QuickFix("Use the stage of KPI '" + kpi.getName() + "': " + Labels.stage(kpi.getRaceStage()),
                            objective, Literals.SMART_OBJECTIVE__RACE_STAGE, kpi.getRaceStage())
                    : null;
            findings.report(SMART_RELEVANT_RACE_STAGE_MISSING, objective, Literals.SMART_OBJECTIVE__RACE_STAGE,
                    Labels.capitalised(objective) + " serves no RACE stage: set the stage (Reach, Act, Convert, "
                            + "Engage) it moves.", fix);
        }
        if (objective.getStrategy() == null && blank(objective.getBusinessGoal())) {
            findings.report(SMART_RELEVANT_STRATEGY_MISSING, objective, Literals.SMART_OBJECTIVE__STRATEGY,
                    Labels.capitalised(objective) + " implements no TOWS strategy and names no business goal: link "
                            + "the strategy it serves (add it to the TOWS matrix first if needed), or state the "
                            + "business goal it serves.");
        }
    }

    private static void checkTimeBound(SmartObjective objective, ValidationRun run, Findings findings) {
        MarketingPlan plan = run.plan();
        QuickFix planEnd = plan != null && plan.getEnd() != null
                ? new QuickFix("Set the deadline to the plan end (" + plan.getEnd() + ")", objective,
                        Literals.SMART_OBJECTIVE__DEADLINE, plan.getEnd())
                : null;
        if (objective.getDeadline() == null) {
            findings.report(SMART_TIME_BOUND_DEADLINE_MISSING, objective, Literals.SMART_OBJECTIVE__DEADLINE,
                    Labels.capitalised(objective) + " has no deadline: set the date it must be reached by.", planEnd);
        } else if (run.isBeforePeriod(objective.getDeadline()) || run.isAfterPeriod(objective.getDeadline())) {
            findings.report(SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD, objective, Literals.SMART_OBJECTIVE__DEADLINE,
                    Labels.capitalised(objective) + " has its deadline " + objective.getDeadline()
                            + " outside the plan period (" + run.period() + "): move it into the period.", planEnd);
        }
    }

    private static void checkQuarters(SmartObjective annual, ValidationRun run, Findings findings) {
        BigDecimal target = annual.getTarget();
        String unit = unitOf(annual);
        if (!findings.isOn(OBJECTIVES_QUARTERLY_SUM_MISMATCH) || target == null || unit != null && unit.contains("%")) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<Quarter> quarters = EnumSet.noneOf(Quarter.class);
        int shared = 0;
        for (QuarterlyObjective quarter : run.index().quarterliesOf(annual)) {
            // Only quarters that measure the same thing add up to the annual target.
            if (quarter.getTarget() != null && (blank(quarter.getUnit()) || quarter.getUnit().trim().equalsIgnoreCase(
                    unit == null ? "" : unit.trim()))) {
                sum = sum.add(quarter.getTarget());
                quarters.add(quarter.getQuarter());
                shared++;
            }
        }
        boolean complete = quarters.size() == Quarter.VALUES.size();
        if (shared == 0 || complete && sum.compareTo(target) == 0 || !complete && sum.compareTo(target) <= 0) {
            return;
        }
        QuickFix fix = complete ? new QuickFix("Set the annual target to the quarters' sum: " + Labels.number(sum),
                annual, Literals.SMART_OBJECTIVE__TARGET, sum) : null;
        findings.report(OBJECTIVES_QUARTERLY_SUM_MISMATCH, annual, Literals.SMART_OBJECTIVE__TARGET,
                "The quarterly objectives of " + Labels.of(annual) + " add up to " + Labels.number(sum)
                        + (complete ? " but its annual target is " : ", more than its annual target of ")
                        + Labels.number(target) + unitSuffix(annual)
                        + ": correct the quarterly targets or the annual target.", fix);
    }

    private static void checkForecast(EObject element, String targetLabel, Optional<ForecastMetric> metric,
            String unit, Channel channel, YearMonth from, YearMonth to, BigDecimal target, EStructuralFeature feature,
            ValidationRun run, Findings findings) {
        if (target == null || target.signum() <= 0) {
            return;
        }
        Forecast forecast = run.forecast();
        if (metric.isEmpty() || forecast == null || forecast.inputCount() == 0) {
            return;
        }
        String trimmedUnit = unit == null ? "" : unit.trim();
        if (metric.get().isMoney() && CURRENCY_CODE.matcher(trimmedUnit).matches()
                && !trimmedUnit.equals(forecast.currency())) {
            return; // a target in another currency cannot be compared without exchange rates
        }
        BigDecimal value = forecast.value(metric.get(), channel, from, to);
        BigDecimal minimum = run.profile().setting(LintSetting.FORECAST_MIN_REACH_PERCENT);
        if (value.multiply(HUNDRED).compareTo(target.multiply(minimum)) >= 0) {
            return;
        }
        // Rounded down so that a shortfall never reads as 100 %.
        BigDecimal reach = value.multiply(HUNDRED).divide(target, 0, RoundingMode.DOWN);
        findings.report(SMART_ACHIEVABLE_FORECAST_SHORT, element, feature,
                "The forecast reaches " + reach.toPlainString() + "% of the " + targetLabel + ": forecast "
                        + Labels.number(value) + (metric.get().isMoney() ? " " + forecast.currency() : "")
                        + (channel != null ? " on " + Labels.of(channel) : "") + " against a target of "
                        + Labels.number(target) + (trimmedUnit.isEmpty() ? "" : " " + trimmedUnit)
                        + ". Raise sessions, conversion rate, order value or budget in the forecast, or lower the "
                        + "target.");
    }

    /** The metric in words: the objective's metric, else its KPI's name. */
    /**
     * The forecast figure an objective is measured in: the one its author chose, else the one
     * recognised from the (English) words of its metric.
     */
    private static Optional<ForecastMetric> measureOf(SmartObjective objective) {
        return objective.isSetForecastMeasure() ? Optional.of(explicitMeasure(objective))
                : ForecastMetric.recognise(metricOf(objective), unitOf(objective));
    }

    private static ForecastMetric explicitMeasure(SmartObjective objective) {
        return ForecastMetric.valueOf(objective.getForecastMeasure().getName());
    }

    private static String metricOf(SmartObjective objective) {
        if (!blank(objective.getMetric())) {
            return objective.getMetric();
        }
        return objective.getKpi() != null ? objective.getKpi().getName() : null;
    }

    /** The unit: the objective's, else its KPI's. */
    private static String unitOf(SmartObjective objective) {
        if (!blank(objective.getUnit())) {
            return objective.getUnit();
        }
        return objective.getKpi() != null && !blank(objective.getKpi().getUnit()) ? objective.getKpi().getUnit() : null;
    }

    private static String unitSuffix(SmartObjective objective) {
        String unit = unitOf(objective);
        return unit == null ? "" : " " + unit.trim();
    }

    private static String signed(BigDecimal percent) {
        BigDecimal rounded = percent.setScale(0, RoundingMode.HALF_EVEN);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
