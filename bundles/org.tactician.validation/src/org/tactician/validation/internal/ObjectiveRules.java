package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.OBJECTIVES_MONTHLY_DEADLINE_OUTSIDE_MONTH;
import static org.tactician.validation.RuleRegistry.OBJECTIVES_MONTHLY_OUTSIDE_QUARTER;
import static org.tactician.validation.RuleRegistry.OBJECTIVES_MONTHLY_SUM_MISMATCH;
import static org.tactician.validation.RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH;
import static org.tactician.validation.RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT;
import static org.tactician.validation.RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_BASELINE_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_KPI_MISMATCH;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_MEASURE_INCONSISTENT;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_TARGET_EQUALS_BASELINE;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_TARGET_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_MEASURABLE_UNIT_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_RELEVANT_RACE_STAGE_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_RELEVANT_UNSERVED;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_DESCRIPTION_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_METRIC_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_NAME_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_OWNER_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_SPECIFIC_SCOPE_INCOMPLETE;
import static org.tactician.validation.RuleRegistry.SMART_TIME_BOUND_DEADLINE_MISSING;
import static org.tactician.validation.RuleRegistry.SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastMetric;
import org.tactician.forecast.conversion.ForecastScope;
import org.tactician.model.Direction;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.LintSetting;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;

/**
 * SMART rules of objectives, the quarterly and monthly breakdown of their targets, and the
 * forecast check. An objective's measure kind decides how it is compared: a sum adds up over its
 * months and quarters, a level and a rate are read in one month and never added up.
 */
final class ObjectiveRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private ObjectiveRules() {
    }

    static void check(SmartObjective objective, ValidationRun run, Findings findings) {
        checkSpecific(objective, run, findings);
        checkMeasurable(objective, findings);
        checkGrowth(objective, run, findings);
        checkRelevant(objective, run, findings);
        checkTimeBound(objective, run, findings);
        checkQuarters(objective, run, findings);
        if (findings.isOn(SMART_ACHIEVABLE_FORECAST_SHORT) && objective.isSetForecastMeasure() && run.calendar() != null
                && !run.calendar().isEmpty()) {
            PlanCalendar calendar = run.calendar();
            YearMonth to = objective.getDeadline() == null ? calendar.last()
                    : min(YearMonth.from(objective.getDeadline()), calendar.last());
            if (!to.isBefore(calendar.first())) {
                ForecastMetric metric = ForecastMetric.of(objective.getForecastMeasure());
                boolean sum = kindOf(objective, metric) == MeasureKind.SUM;
                checkForecast(objective, RuleMessage.of(sum ? "smart.achievable.forecast-short.targetUpTo"
                        : "smart.achievable.forecast-short.targetIn", objective, to),
                        objective, metric, unitOf(objective), sum ? calendar.first() : to, to, objective.getTarget(),
                        Literals.SMART_OBJECTIVE__TARGET, run, findings);
            }
        }
    }

    static void checkQuarter(QuarterlyObjective quarter, ValidationRun run, Findings findings) {
        checkMonths(quarter, run, findings);
        SmartObjective annual = quarter.getAnnualObjective();
        if (!findings.isOn(SMART_ACHIEVABLE_FORECAST_SHORT) || run.calendar() == null || !quarter.isSetQuarter()
                || annual == null || !annual.isSetForecastMeasure()) {
            return;
        }
        String unit = !blank(quarter.getUnit()) ? quarter.getUnit() : unitOf(annual);
        if (!blank(quarter.getUnit()) && unitOf(annual) != null && !sameUnit(quarter.getUnit(), unitOf(annual))) {
            return; // the quarter measures something else than its annual objective
        }
        // A quarterly objective has no year: it breaks down the first plan year.
        List<YearMonth> months = run.calendar().monthsOf(new PlanQuarter(1, quarter.getQuarter()));
        if (months.isEmpty()) {
            return;
        }
        ForecastMetric metric = ForecastMetric.of(annual.getForecastMeasure());
        boolean sum = kindOf(annual, metric) == MeasureKind.SUM;
        YearMonth last = months.get(months.size() - 1);
        checkForecast(quarter, RuleMessage.of("smart.achievable.forecast-short.quarterTarget", quarter.getQuarter(),
                annual.getForecastMeasure(), quarter), annual, metric, unit, sum ? months.get(0) : last, last,
                quarter.getTarget(), Literals.QUARTERLY_OBJECTIVE__TARGET, run, findings);
    }

    static void checkMonth(MonthlyObjective month, ValidationRun run, Findings findings) {
        YearMonth when = month.getMonth();
        if (when == null) {
            return;
        }
        if (month.getDeadline() != null && !YearMonth.from(month.getDeadline()).equals(when)) {
            findings.report(OBJECTIVES_MONTHLY_DEADLINE_OUTSIDE_MONTH, month, Literals.MONTHLY_OBJECTIVE__DEADLINE,
                    RuleMessage.of("objectives.monthly.deadline-outside-month", month, month.getDeadline(), when),
                    new QuickFix(RuleMessage.of("fix.objective.deadline-to-month-end", when.atEndOfMonth()), month,
                            Literals.MONTHLY_OBJECTIVE__DEADLINE, when.atEndOfMonth()));
        }
        QuarterlyObjective quarter = month.getQuarterlyObjective();
        PlanCalendar calendar = run.calendar();
        if (quarter != null && quarter.isSetQuarter() && calendar != null && calendar.contains(when)
                && calendar.quarterOf(when).quarter() != quarter.getQuarter()) {
            findings.report(OBJECTIVES_MONTHLY_OUTSIDE_QUARTER, month, Literals.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE,
                    RuleMessage.of("objectives.monthly.month-outside-quarter", month, when, calendar.quarterOf(when).quarter(),
                            quarter, quarter.getQuarter()));
        }
    }

    // ---------------------------------------------------------------- SMART

    private static void checkSpecific(SmartObjective objective, ValidationRun run, Findings findings) {
        if (blank(objective.getName())) {
            findings.report(SMART_SPECIFIC_NAME_MISSING, objective, Literals.NAMED_ELEMENT__NAME,
                    RuleMessage.of("smart.specific.name-missing", objective));
        }
        if (blank(objective.getDescription())) {
            findings.report(SMART_SPECIFIC_DESCRIPTION_MISSING, objective, Literals.NAMED_ELEMENT__DESCRIPTION,
                    RuleMessage.of("smart.specific.description-missing", objective));
        }
        if (blank(objective.getMetric()) && objective.getKpi() == null) {
            findings.report(SMART_SPECIFIC_METRIC_MISSING, objective, Literals.SMART_OBJECTIVE__METRIC,
                    RuleMessage.of("smart.specific.metric-missing", objective));
        }
        checkScope(objective, findings);
        if (objective.getOwner() == null) {
            MarketingPlan plan = run.plan();
            QuickFix fix = plan != null && plan.getOwner() != null
                    ? new QuickFix(RuleMessage.of("fix.objective.owner-to-plan-owner", plan.getOwner()), objective,
                            Literals.SMART_OBJECTIVE__OWNER, plan.getOwner())
                    : null;
            findings.report(SMART_SPECIFIC_OWNER_MISSING, objective, Literals.SMART_OBJECTIVE__OWNER,
                    RuleMessage.of("smart.specific.owner-missing", objective), fix);
        }
    }

    private static void checkScope(SmartObjective objective, Findings findings) {
        if (!objective.isSetScope()) {
            return; // the classification rule asks for it
        }
        ObjectiveScope scope = objective.getScope();
        boolean channels = !objective.getChannels().isEmpty();
        boolean segments = !objective.getSegments().isEmpty();
        if (scope == ObjectiveScope.CHANNELS && !channels) {
            findings.report(SMART_SPECIFIC_SCOPE_INCOMPLETE, objective, Literals.SMART_OBJECTIVE__CHANNELS,
                    RuleMessage.of("smart.specific.scope-incomplete.noChannels", objective), segments ? new QuickFix(RuleMessage.of("fix.objective.scope-segments"), objective,
                                    Literals.SMART_OBJECTIVE__SCOPE, ObjectiveScope.SEGMENTS) : null);
        } else if (scope == ObjectiveScope.SEGMENTS && !segments) {
            findings.report(SMART_SPECIFIC_SCOPE_INCOMPLETE, objective, Literals.SMART_OBJECTIVE__SEGMENTS,
                    RuleMessage.of("smart.specific.scope-incomplete.noSegments", objective), channels ? new QuickFix(RuleMessage.of("fix.objective.scope-channels"), objective,
                                    Literals.SMART_OBJECTIVE__SCOPE, ObjectiveScope.CHANNELS) : null);
        } else if (scope != ObjectiveScope.CHANNELS && channels || scope != ObjectiveScope.SEGMENTS && segments) {
            ObjectiveScope listed = channels && !segments ? ObjectiveScope.CHANNELS
                    : segments && !channels ? ObjectiveScope.SEGMENTS : null;
            findings.report(SMART_SPECIFIC_SCOPE_INCOMPLETE, objective, Literals.SMART_OBJECTIVE__SCOPE,
                    RuleMessage.of(channels ? "smart.specific.scope-incomplete.listsChannels"
                            : "smart.specific.scope-incomplete.listsSegments", objective, scope),
                    listed == null ? null : new QuickFix(RuleMessage.of(channels ? "fix.objective.scope-listed-channels" : "fix.objective.scope-listed-segments"),
                            objective, Literals.SMART_OBJECTIVE__SCOPE, listed));
        }
    }

    private static void checkMeasurable(SmartObjective objective, Findings findings) {
        Kpi kpi = objective.getKpi();
        if (objective.getTarget() == null) {
            findings.report(SMART_MEASURABLE_TARGET_MISSING, objective, Literals.SMART_OBJECTIVE__TARGET,
                    RuleMessage.of("smart.measurable.target-missing", objective));
        }
        if (blank(objective.getUnit())) {
            QuickFix fix = kpi != null && !blank(kpi.getUnit())
                    ? new QuickFix(RuleMessage.of("fix.objective.unit-of-kpi", kpi.getName(), kpi.getUnit()), objective,
                            Literals.SMART_OBJECTIVE__UNIT, kpi.getUnit())
                    : null;
            findings.report(SMART_MEASURABLE_UNIT_MISSING, objective, Literals.SMART_OBJECTIVE__UNIT,
                    RuleMessage.of("smart.measurable.unit-missing", objective),
                    fix);
        }
        if (objective.getBaseline() == null) {
            QuickFix fix = kpi != null && kpi.getBaseline() != null
                    ? new QuickFix(RuleMessage.of("fix.objective.baseline-of-kpi", kpi.getName(), kpi.getBaseline()), objective, Literals.SMART_OBJECTIVE__BASELINE,
                            kpi.getBaseline())
                    : null;
            findings.report(SMART_MEASURABLE_BASELINE_MISSING, objective, Literals.SMART_OBJECTIVE__BASELINE,
                    RuleMessage.of("smart.measurable.baseline-missing", objective), fix);
        }
        boolean holds = objective.isSetDirection() && objective.getDirection() == Direction.HOLD;
        if (objective.getTarget() != null && objective.getBaseline() != null && !holds
                && objective.getTarget().compareTo(objective.getBaseline()) == 0) {
            findings.report(SMART_MEASURABLE_TARGET_EQUALS_BASELINE, objective, Literals.SMART_OBJECTIVE__TARGET,
                    RuleMessage.of("smart.measurable.target-equals-baseline", objective, objective.getTarget()));
        }
        checkMeasure(objective, findings);
        if (kpi != null) {
            checkKpi(objective, kpi, findings);
        }
    }

    /** Direction against the numbers, and the measure kind against the unit and the forecast measure. */
    private static void checkMeasure(SmartObjective objective, Findings findings) {
        if (!findings.isOn(SMART_MEASURABLE_MEASURE_INCONSISTENT)) {
            return;
        }
        if (objective.isSetDirection() && objective.getBaseline() != null && objective.getTarget() != null) {
            Direction numbers = directionOf(objective.getBaseline(), objective.getTarget());
            if (numbers != objective.getDirection()) {
                findings.report(SMART_MEASURABLE_MEASURE_INCONSISTENT, objective, Literals.SMART_OBJECTIVE__DIRECTION,
                        RuleMessage.of("smart.measurable.measure-inconsistent.direction."
                                + objective.getDirection().getName().toLowerCase(Locale.ROOT), objective, objective.getBaseline(),
                                objective.getTarget()),
                        new QuickFix(RuleMessage.of("fix.objective.direction", numbers), objective,
                                Literals.SMART_OBJECTIVE__DIRECTION, numbers));
            }
        }
        if (!objective.isSetMeasureKind()) {
            return;
        }
        MeasureKind kind = objective.getMeasureKind();
        String unit = unitOf(objective);
        ForecastMetric metric = objective.isSetForecastMeasure() ? ForecastMetric.of(objective.getForecastMeasure()) : null;
        RuleMessage problem = null;
        MeasureKind better = null;
        if (metric != null && metric.isRate() && kind != MeasureKind.RATE) {
            problem = RuleMessage.of("smart.measurable.measure-inconsistent.forecastRate", objective.getForecastMeasure());
            better = MeasureKind.RATE;
        } else if (metric != null && !metric.isRate() && kind == MeasureKind.RATE) {
            problem = RuleMessage.of("smart.measurable.measure-inconsistent.forecastSum", objective.getForecastMeasure());
        } else if (kind == MeasureKind.SUM && unit != null && unit.contains("%")) {
            problem = RuleMessage.of("smart.measurable.measure-inconsistent.percentage");
            better = MeasureKind.RATE;
        }
        if (problem != null) {
            findings.report(SMART_MEASURABLE_MEASURE_INCONSISTENT, objective, Literals.SMART_OBJECTIVE__MEASURE_KIND,
                    RuleMessage.of("smart.measurable.measure-inconsistent.kind", objective, kind, problem,
                            better != null ? better : RuleMessage.of("smart.measurable.measure-inconsistent.sumOrLevel")),
                    better == null ? null : new QuickFix(RuleMessage.of("fix.objective.measure-kind", better), objective,
                            Literals.SMART_OBJECTIVE__MEASURE_KIND, better));
        }
    }

    private static void checkKpi(SmartObjective objective, Kpi kpi, Findings findings) {
        if (!findings.isOn(SMART_MEASURABLE_KPI_MISMATCH)) {
            return;
        }
        if (objective.getBaseline() != null && kpi.getBaseline() != null
                && objective.getBaseline().compareTo(kpi.getBaseline()) != 0) {
            kpiMismatch(objective, kpi, Literals.SMART_OBJECTIVE__BASELINE, objective.getBaseline(), kpi.getBaseline(),
                    kpi.getBaseline(), findings);
        }
        if (objective.getTarget() != null && kpi.getTarget() != null
                && objective.getTarget().compareTo(kpi.getTarget()) != 0) {
            kpiMismatch(objective, kpi, Literals.SMART_OBJECTIVE__TARGET, objective.getTarget(), kpi.getTarget(),
                    kpi.getTarget(), findings);
        }
        if (!blank(objective.getUnit()) && !blank(kpi.getUnit()) && !sameUnit(objective.getUnit(), kpi.getUnit())) {
            kpiMismatch(objective, kpi, Literals.SMART_OBJECTIVE__UNIT, objective.getUnit().trim(), kpi.getUnit().trim(),
                    kpi.getUnit(), findings);
        }
        if (objective.isSetRaceStage() && kpi.isSetRaceStage() && objective.getRaceStage() != kpi.getRaceStage()) {
            kpiMismatch(objective, kpi, Literals.SMART_OBJECTIVE__RACE_STAGE, objective.getRaceStage(), kpi.getRaceStage(),
                    kpi.getRaceStage(), findings);
        }
    }

    private static void kpiMismatch(SmartObjective objective, Kpi kpi, EStructuralFeature feature, Object objectiveSays,
            Object kpiSays, Object kpiValue, Findings findings) {
        findings.report(SMART_MEASURABLE_KPI_MISMATCH, objective, feature,
                RuleMessage.of("smart.measurable.kpi-mismatch", objective, kpi,
                        RuleMessage.of("smart.measurable.kpi-mismatch." + feature.getName()), objectiveSays, kpiSays),
                new QuickFix(RuleMessage.of("fix.objective.value-of-kpi", feature, kpi, kpiValue),
                        objective, feature, kpiValue));
    }

    private static void checkGrowth(SmartObjective objective, ValidationRun run, Findings findings) {
        BigDecimal baseline = objective.getBaseline();
        BigDecimal target = objective.getTarget();
        if (!findings.isOn(SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE) || baseline == null || target == null
                || baseline.signum() == 0) {
            return;
        }
        boolean rate = objective.isSetMeasureKind() && objective.getMeasureKind() == MeasureKind.RATE;
        LintSetting maxSetting = rate ? LintSetting.GROWTH_RATE_MAX_PERCENT : LintSetting.GROWTH_MAX_PERCENT;
        LintSetting minSetting = rate ? LintSetting.GROWTH_RATE_MIN_PERCENT : LintSetting.GROWTH_MIN_PERCENT;
        BigDecimal growth = target.subtract(baseline).multiply(HUNDRED).divide(baseline.abs(), Rounding.RATIO);
        BigDecimal max = run.profile().setting(maxSetting);
        BigDecimal min = run.profile().setting(minSetting);
        boolean above = growth.compareTo(max) > 0;
        if (above || growth.compareTo(min) < 0) {
            findings.report(SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE, objective, Literals.SMART_OBJECTIVE__TARGET,
                    RuleMessage.of("smart.achievable.growth-implausible." + (above ? "above" : "below"), objective, signed(growth),
                            baseline, target, unitSuffix(objective), signed(above ? max : min),
                            RuleMessage.of(rate ? "smart.achievable.growth-implausible.rate"
                                    : "smart.achievable.growth-implausible.sumOrLevel"),
                            "setting." + (above ? maxSetting : minSetting).key()));
        }
    }

    private static void checkRelevant(SmartObjective objective, ValidationRun run, Findings findings) {
        if (!objective.isSetRaceStage()) {
            Kpi kpi = objective.getKpi();
            QuickFix fix = kpi != null && kpi.isSetRaceStage()
                    ? new QuickFix(RuleMessage.of("fix.objective.stage-of-kpi", kpi.getName(), kpi.getRaceStage()),
                            objective, Literals.SMART_OBJECTIVE__RACE_STAGE, kpi.getRaceStage())
                    : null;
            findings.report(SMART_RELEVANT_RACE_STAGE_MISSING, objective, Literals.SMART_OBJECTIVE__RACE_STAGE,
                    RuleMessage.of("smart.relevant.race-stage-missing", objective), fix);
        }
        if (objective.getStrategy() == null && blank(objective.getBusinessGoal())) {
            findings.report(SMART_RELEVANT_STRATEGY_MISSING, objective, Literals.SMART_OBJECTIVE__STRATEGY,
                    RuleMessage.of("smart.relevant.strategy-missing", objective));
        }
        if (findings.isOn(SMART_RELEVANT_UNSERVED) && run.plan() != null && !run.index().isServed(objective)) {
            findings.report(SMART_RELEVANT_UNSERVED, objective, Literals.SMART_OBJECTIVE__ACTIVITIES,
                    RuleMessage.of("smart.relevant.unserved", objective));
        }
    }

    private static void checkTimeBound(SmartObjective objective, ValidationRun run, Findings findings) {
        MarketingPlan plan = run.plan();
        QuickFix planEnd = plan != null && plan.getEnd() != null
                ? new QuickFix(RuleMessage.of("fix.objective.deadline-to-plan-end", plan.getEnd()), objective,
                        Literals.SMART_OBJECTIVE__DEADLINE, plan.getEnd())
                : null;
        if (objective.getDeadline() == null) {
            findings.report(SMART_TIME_BOUND_DEADLINE_MISSING, objective, Literals.SMART_OBJECTIVE__DEADLINE,
                    RuleMessage.of("smart.time-bound.deadline-missing", objective), planEnd);
        } else if (run.isBeforePeriod(objective.getDeadline()) || run.isAfterPeriod(objective.getDeadline())) {
            findings.report(SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD, objective, Literals.SMART_OBJECTIVE__DEADLINE,
                    RuleMessage.of("smart.time-bound.deadline-outside-period", objective, objective.getDeadline(), run.period()),
                    planEnd);
        }
    }

    // ---------------------------------------------------------------- breakdowns

    /** Whether the targets of {@code objective}'s breakdown add up to it (a sum that is no percentage). */
    private static boolean addsUp(SmartObjective objective) {
        String unit = unitOf(objective);
        if (unit != null && unit.contains("%")) {
            return false;
        }
        return !objective.isSetMeasureKind() || objective.getMeasureKind() == MeasureKind.SUM;
    }

    private static void checkQuarters(SmartObjective annual, ValidationRun run, Findings findings) {
        BigDecimal target = annual.getTarget();
        if (!findings.isOn(OBJECTIVES_QUARTERLY_SUM_MISMATCH) || target == null || !addsUp(annual)) {
            return;
        }
        String unit = unitOf(annual);
        BigDecimal sum = BigDecimal.ZERO;
        Set<Quarter> quarters = EnumSet.noneOf(Quarter.class);
        int shared = 0;
        for (QuarterlyObjective quarter : run.index().quarterliesOf(annual)) {
            // Only quarters that measure the same thing add up to the annual target.
            if (quarter.getTarget() != null && (blank(quarter.getUnit()) || sameUnit(quarter.getUnit(), unit))) {
                sum = sum.add(quarter.getTarget());
                if (quarter.isSetQuarter()) {
                    quarters.add(quarter.getQuarter());
                }
                shared++;
            }
        }
        boolean complete = quarters.size() == Quarter.VALUES.size();
        if (shared == 0 || complete && sum.compareTo(target) == 0 || !complete && sum.compareTo(target) <= 0) {
            return;
        }
        QuickFix fix = complete ? new QuickFix(RuleMessage.of("fix.objectives.annual-to-quarters-sum", sum),
                annual, Literals.SMART_OBJECTIVE__TARGET, sum) : null;
        findings.report(OBJECTIVES_QUARTERLY_SUM_MISMATCH, annual, Literals.SMART_OBJECTIVE__TARGET,
                RuleMessage.of(complete ? "objectives.quarterly.sum-mismatch" : "objectives.quarterly.sum-mismatch.more", annual, sum,
                        target, unitSuffix(annual)), fix);
    }

    private static void checkMonths(QuarterlyObjective quarter, ValidationRun run, Findings findings) {
        BigDecimal target = quarter.getTarget();
        SmartObjective annual = quarter.getAnnualObjective();
        String unit = !blank(quarter.getUnit()) ? quarter.getUnit() : annual != null ? unitOf(annual) : null;
        if (!findings.isOn(OBJECTIVES_MONTHLY_SUM_MISMATCH) || target == null || annual != null && !addsUp(annual)
                || unit != null && unit.contains("%")) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<YearMonth> months = new java.util.HashSet<>();
        int shared = 0;
        for (MonthlyObjective month : run.index().monthliesOf(quarter)) {
            if (month.getTarget() != null && (blank(month.getUnit()) || sameUnit(month.getUnit(), unit))) {
                sum = sum.add(month.getTarget());
                if (month.getMonth() != null) {
                    months.add(month.getMonth());
                }
                shared++;
            }
        }
        boolean complete = months.size() == 3;
        if (shared == 0 || complete && sum.compareTo(target) == 0 || !complete && sum.compareTo(target) <= 0) {
            return;
        }
        QuickFix fix = complete ? new QuickFix(RuleMessage.of("fix.objectives.quarterly-to-months-sum", sum),
                quarter, Literals.QUARTERLY_OBJECTIVE__TARGET, sum) : null;
        findings.report(OBJECTIVES_MONTHLY_SUM_MISMATCH, quarter, Literals.QUARTERLY_OBJECTIVE__TARGET,
                RuleMessage.of(complete ? "objectives.monthly.sum-mismatch" : "objectives.monthly.sum-mismatch.more", quarter, sum,
                        target, unit == null ? "" : " " + unit.trim()), fix);
    }

    // ---------------------------------------------------------------- forecast

    private static void checkForecast(EObject element, RuleMessage targetLabel, SmartObjective measured, ForecastMetric metric,
            String unit, YearMonth from, YearMonth to, BigDecimal target, EStructuralFeature feature, ValidationRun run,
            Findings findings) {
        if (target == null || target.signum() <= 0) {
            return;
        }
        Forecast forecast = run.forecast();
        if (forecast == null || forecast.inputCount() == 0) {
            return;
        }
        String trimmedUnit = unit == null ? "" : unit.trim();
        if (metric.isMoney() && CURRENCY_CODE.matcher(trimmedUnit).matches() && !trimmedUnit.equals(forecast.currency())) {
            return; // a target in another currency cannot be compared without exchange rates
        }
        BigDecimal value = forecast.value(metric, ForecastScope.of(measured), from, to);
        if (value == null) {
            return; // a rate the forecast cannot compute there (no sessions, no orders)
        }
        boolean decreases = measured.isSetDirection() && measured.getDirection() == Direction.DECREASE;
        BigDecimal minimum = run.profile().setting(LintSetting.FORECAST_MIN_REACH_PERCENT);
        RuleMessage forecastText = RuleMessage.of("smart.achievable.forecast-short.forecast", value,
                (metric.isMoney() ? " " + forecast.currency() : "") + (metric == ForecastMetric.CONVERSION_RATE ? " %" : ""),
                scopeText(measured));
        RuleMessage targetText = RuleMessage.of("smart.achievable.forecast-short.value", target,
                trimmedUnit.isEmpty() ? "" : " " + trimmedUnit);
        if (decreases) {
            if (value.compareTo(target) <= 0) {
                return;
            }
            findings.report(SMART_ACHIEVABLE_FORECAST_SHORT, element, feature,
                    RuleMessage.of("smart.achievable.forecast-short.above", targetLabel, forecastText, targetText));
            return;
        }
        if (value.multiply(HUNDRED).compareTo(target.multiply(minimum)) >= 0) {
            return;
        }
        // Rounded down so that a shortfall never reads as 100 %.
        BigDecimal reach = value.multiply(HUNDRED).divide(target, 0, RoundingMode.DOWN);
        findings.report(SMART_ACHIEVABLE_FORECAST_SHORT, element, feature,
                RuleMessage.of("smart.achievable.forecast-short", reach, targetLabel, forecastText, targetText));
    }

    /** Where an objective is measured, in words. */
    private static Object scopeText(SmartObjective objective) {
        if (!objective.isSetScope()) {
            return RuleMessage.of("smart.achievable.forecast-short.wholePlan");
        }
        return switch (objective.getScope()) {
            case PLAN -> RuleMessage.of("smart.achievable.forecast-short.wholePlan");
            case ONLINE -> RuleMessage.of("smart.achievable.forecast-short.onlineTotal");
            case CHANNELS -> List.copyOf(objective.getChannels());
            case SEGMENTS -> List.copyOf(objective.getSegments());
        };
    }

    /** The kind of an objective: its own, else a rate for a rate metric and a sum otherwise. */
    private static MeasureKind kindOf(SmartObjective objective, ForecastMetric metric) {
        if (objective.isSetMeasureKind()) {
            return objective.getMeasureKind();
        }
        return metric.isRate() ? MeasureKind.RATE : MeasureKind.SUM;
    }

    static Direction directionOf(BigDecimal baseline, BigDecimal target) {
        int order = target.compareTo(baseline);
        return order > 0 ? Direction.INCREASE : order < 0 ? Direction.DECREASE : Direction.HOLD;
    }

    /** The unit: the objective's, else its KPI's. */
    static String unitOf(SmartObjective objective) {
        if (!blank(objective.getUnit())) {
            return objective.getUnit();
        }
        return objective.getKpi() != null && !blank(objective.getKpi().getUnit()) ? objective.getKpi().getUnit() : null;
    }

    private static boolean sameUnit(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    private static String unitSuffix(SmartObjective objective) {
        String unit = unitOf(objective);
        return unit == null ? "" : " " + unit.trim();
    }

    private static String signed(BigDecimal percent) {
        BigDecimal rounded = Rounding.toScale(percent, 0);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
