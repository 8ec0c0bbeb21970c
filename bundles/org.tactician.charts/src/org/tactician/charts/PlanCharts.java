package org.tactician.charts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.charts.PlanChart.Kind;
import org.tactician.charts.PlanChart.Mark;
import org.tactician.charts.PlanChart.Series;
import org.tactician.charts.PlanChart.Values;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastCell;
import org.tactician.forecast.conversion.ForecastScope;
import org.tactician.forecast.conversion.MonthForecast;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.ActionSection;
import org.tactician.model.Activity;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.BudgetCategory;
import org.tactician.model.CustomerJourney;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.JourneyStage;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;

/**
 * The plan's charts, made from the engines' results with the plan's words: the same figures the
 * documents' tables show, so a chart and its table always agree. The documents and the workbench
 * dashboard both take their charts from here.
 *
 * <ul>
 * <li>{@link #budgetByMonth}: the budget of every plan month, stacked by category (the budget
 * engine's month × category matrix; lines without a category stack as "Not set").</li>
 * <li>{@link #forecastVsTargets}: forecast revenue by month (in the scope of the plan's revenue
 * objective) and contribution after margin, against the monthly objectives' revenue and
 * contribution targets.</li>
 * <li>{@link #plannedVsAllocated}: per budget category, what the lines plan and what their
 * bookings allocate.</li>
 * <li>{@link #raceCoverage}: per RACE stage, how many SMART objectives, KPIs, activities and
 * journey touchpoints serve it.</li>
 * </ul>
 */
public final class PlanCharts {

    /** Id of {@link #budgetByMonth}. */
    public static final String BUDGET_BY_MONTH = "budget-by-month";
    /** Id of {@link #forecastVsTargets}. */
    public static final String FORECAST_VS_TARGETS = "forecast-vs-targets";
    /** Id of {@link #plannedVsAllocated}. */
    public static final String PLANNED_VS_ALLOCATED = "planned-vs-allocated";
    /** Id of {@link #raceCoverage}. */
    public static final String RACE_COVERAGE = "race-coverage";

    /** Series key of the budget lines without a category. */
    public static final String NOT_SET = "NOT_SET";
    /** Series keys of {@link #forecastVsTargets}. */
    public static final String REVENUE = "revenue";
    /** Contribution after margin, by month. */
    public static final String CONTRIBUTION = "contribution";
    /** The monthly revenue targets. */
    public static final String REVENUE_TARGET = "revenue-target";
    /** The monthly contribution targets. */
    public static final String CONTRIBUTION_TARGET = "contribution-target";
    /** Series keys of {@link #plannedVsAllocated}. */
    public static final String PLANNED = "planned";
    /** What the lines' bookings allocate. */
    public static final String ALLOCATED = "allocated";
    /** Series keys of {@link #raceCoverage}. */
    public static final String OBJECTIVES = "objectives";
    /** KPIs of the dashboard. */
    public static final String KPIS = "kpis";
    /** Always-on activities and 90-day actions. */
    public static final String ACTIVITIES = "activities";
    /** Touchpoints of the journeys' stages. */
    public static final String TOUCHPOINTS = "touchpoints";

    private final PlanTerms terms;
    private final PlanFormat format;

    /** Charts labelled in {@code format}'s language. */
    public PlanCharts(PlanFormat format) {
        this.format = format;
        this.terms = format.terms();
    }

    /** The four charts of a plan, in the order the documents show them. */
    public List<PlanChart> all(MarketingPlan plan, BudgetMatrix budget, Forecast forecast) {
        return List.of(budgetByMonth(budget), forecastVsTargets(plan, forecast), plannedVsAllocated(budget), raceCoverage(plan));
    }

    /** The budget of every plan month, stacked by category. */
    public PlanChart budgetByMonth(BudgetMatrix budget) {
        List<YearMonth> months = budget.calendar().months();
        List<String> labels = months.stream().map(format::shortMonth).toList();
        List<Series> series = new ArrayList<>();
        Map<YearMonth, Map<BudgetCategory, BigDecimal>> cells = budget.byMonthAndCategory();
        budget.byCategory().forEach((category, total) -> {
            if (total.signum() != 0) {
                series.add(new Series(category.getName(), terms.literal(category), Mark.BAR,
                        months.stream().map(month -> cells.get(month).get(category)).toList()));
            }
        });
        if (budget.uncategorised().signum() != 0) {
            List<BigDecimal> values = new ArrayList<>();
            for (YearMonth month : months) {
                BigDecimal sum = BigDecimal.ZERO;
                for (BudgetRow row : budget.rows()) {
                    if (row.category() == null) {
                        sum = sum.add(row.amountIn(month));
                    }
                }
                values.add(sum);
            }
            series.add(new Series(NOT_SET, terms.notSet(), Mark.BAR, values));
        }
        return new PlanChart(BUDGET_BY_MONTH, Kind.STACKED_BARS, terms.text("chart.budgetByMonth.title"), labels, series,
                money(budget.currency()), terms.isRightToLeft());
    }

    /**
     * Forecast revenue by month — counted as the plan's first revenue objective counts it (its
     * scope: the online total, channels, segments), so it compares with that objective's
     * monthly targets — and the plan's contribution after margin, with the monthly objectives'
     * targets whose annual objective is measured in revenue or contribution.
     */
    public PlanChart forecastVsTargets(MarketingPlan plan, Forecast forecast) {
        List<YearMonth> months = forecast.calendar().months();
        List<String> labels = months.stream().map(format::shortMonth).toList();
        SmartObjective revenueObjective = objectives(plan).stream()
                .filter(o -> o.isSetForecastMeasure() && o.getForecastMeasure() == ForecastMeasure.REVENUE).findFirst().orElse(null);
        Predicate<ForecastCell> revenueScope = revenueObjective == null ? cell -> true : ForecastScope.of(revenueObjective);
        List<Series> series = new ArrayList<>();
        series.add(new Series(REVENUE, terms.text("chart.forecast.revenue"), Mark.BAR,
                byMonth(months, forecast.months(revenueScope), true)));
        series.add(new Series(CONTRIBUTION, terms.text("chart.forecast.contribution"), Mark.LINE,
                byMonth(months, forecast.months(), false)));
        List<BigDecimal> revenueTargets = targets(plan, months, ForecastMeasure.REVENUE);
        if (revenueTargets.stream().anyMatch(v -> v != null)) {
            series.add(new Series(REVENUE_TARGET, terms.text("chart.forecast.revenueTarget"), Mark.POINTS, revenueTargets));
        }
        List<BigDecimal> contributionTargets = targets(plan, months, ForecastMeasure.CONTRIBUTION);
        if (contributionTargets.stream().anyMatch(v -> v != null)) {
            series.add(new Series(CONTRIBUTION_TARGET, terms.text("chart.forecast.contributionTarget"), Mark.POINTS,
                    contributionTargets));
        }
        return new PlanChart(FORECAST_VS_TARGETS, Kind.BARS, terms.text("chart.forecast.title"), labels, series,
                money(forecast.currency()), terms.isRightToLeft());
    }

    private static List<BigDecimal> byMonth(List<YearMonth> months, List<MonthForecast> figures, boolean revenue) {
        Map<YearMonth, BigDecimal> values = new java.util.HashMap<>();
        for (MonthForecast month : figures) {
            values.put(month.month(), revenue ? month.figures().revenue() : month.figures().contribution());
        }
        return months.stream().map(month -> values.getOrDefault(month, BigDecimal.ZERO)).toList();
    }

    /** The monthly objectives' targets (summed per month) whose annual objective is measured in {@code measure}. */
    private static List<BigDecimal> targets(MarketingPlan plan, List<YearMonth> months, ForecastMeasure measure) {
        Map<YearMonth, BigDecimal> sums = new java.util.HashMap<>();
        if (plan.getOperations() != null) {
            for (MonthlyObjective month : plan.getOperations().getMonthlyObjectives()) {
                SmartObjective annual = month.getQuarterlyObjective() == null ? null : month.getQuarterlyObjective().getAnnualObjective();
                if (annual != null && annual.isSetForecastMeasure() && annual.getForecastMeasure() == measure
                        && month.getMonth() != null && month.getTarget() != null) {
                    sums.merge(month.getMonth(), month.getTarget(), BigDecimal::add);
                }
            }
        }
        return months.stream().map(sums::get).toList();
    }

    /** Per budget category, the lines' planned amounts and what their bookings allocate. */
    public PlanChart plannedVsAllocated(BudgetMatrix budget) {
        Map<BudgetCategory, BigDecimal[]> sums = new EnumMap<>(BudgetCategory.class);
        BigDecimal[] unclassified = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (BudgetRow row : budget.rows()) {
            BigDecimal[] sum = row.category() == null ? unclassified
                    : sums.computeIfAbsent(row.category(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(row.planned());
            sum[1] = sum[1].add(row.allocated());
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> planned = new ArrayList<>();
        List<BigDecimal> allocated = new ArrayList<>();
        sums.forEach((category, sum) -> {
            labels.add(terms.literal(category));
            planned.add(sum[0]);
            allocated.add(sum[1]);
        });
        if (unclassified[0].signum() != 0 || unclassified[1].signum() != 0) {
            labels.add(terms.notSet());
            planned.add(unclassified[0]);
            allocated.add(unclassified[1]);
        }
        return new PlanChart(PLANNED_VS_ALLOCATED, Kind.BARS, terms.text("chart.plannedVsAllocated.title"), labels,
                List.of(new Series(PLANNED, terms.text("chart.plannedVsAllocated.planned"), Mark.BAR, planned),
                        new Series(ALLOCATED, terms.text("chart.plannedVsAllocated.allocated"), Mark.BAR, allocated)),
                money(budget.currency()), terms.isRightToLeft());
    }

    /** Per RACE stage, the SMART objectives, KPIs, activities and journey touchpoints that serve it. */
    public PlanChart raceCoverage(MarketingPlan plan) {
        Map<RaceStage, int[]> counts = new EnumMap<>(RaceStage.class);
        for (RaceStage stage : RaceStage.VALUES) {
            counts.put(stage, new int[4]);
        }
        for (SmartObjective objective : objectives(plan)) {
            count(counts, objective, 0);
        }
        ActionSection action = plan.getAction();
        if (action != null) {
            if (action.getDashboard() != null) {
                for (Kpi kpi : action.getDashboard().getKpis()) {
                    count(counts, kpi, 1);
                }
            }
            if (action.getAlwaysOnPlan() != null) {
                for (AlwaysOnActivity activity : action.getAlwaysOnPlan().getActivities()) {
                    count(counts, activity, 2);
                }
            }
            for (NinetyDayPlan ninetyDays : action.getNinetyDayPlans()) {
                for (Activity activity : ninetyDays.getActions()) {
                    count(counts, activity, 2);
                }
            }
        }
        for (CustomerJourney journey : plan.getJourneys()) {
            for (JourneyStage stage : journey.getStages()) {
                RaceStage race = stageOf(stage);
                if (race != null) {
                    counts.get(race)[3] += stage.getTouchpoints().size();
                }
            }
        }
        List<String> labels = RaceStage.VALUES.stream().map(terms::literal).toList();
        String[] keys = {OBJECTIVES, KPIS, ACTIVITIES, TOUCHPOINTS};
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            int index = i;
            series.add(new Series(keys[i], terms.text("chart.raceCoverage." + keys[i]), Mark.BAR,
                    RaceStage.VALUES.stream().map(stage -> BigDecimal.valueOf(counts.get(stage)[index])).toList()));
        }
        return new PlanChart(RACE_COVERAGE, Kind.BARS, terms.text("chart.raceCoverage.title"), labels, series,
                new Values(terms.locale(), null, terms.text("chart.axis.count")), terms.isRightToLeft());
    }

    private static List<SmartObjective> objectives(MarketingPlan plan) {
        return plan.getOpportunity() == null ? List.of() : plan.getOpportunity().getObjectives();
    }

    private static void count(Map<RaceStage, int[]> counts, EObject element, int index) {
        RaceStage stage = stageOf(element);
        if (stage != null) {
            counts.get(stage)[index]++;
        }
    }

    /** The element's RACE stage, or null while it is not set. */
    private static RaceStage stageOf(EObject element) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature("raceStage");
        if (feature == null || (feature.isUnsettable() && !element.eIsSet(feature))) {
            return null;
        }
        return element.eGet(feature) instanceof RaceStage stage ? stage : null;
    }

    private Values money(String currency) {
        String label = currency == null ? terms.text("chart.axis.value") : terms.format("chart.axis.amount", currency);
        return new Values(terms.locale(), currency, label);
    }
}
