package org.tactician.ui.internal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.charts.PlanChart;
import org.tactician.charts.PlanChart.Kind;
import org.tactician.charts.PlanChart.Mark;
import org.tactician.charts.PlanChart.Series;
import org.tactician.charts.PlanChart.Values;
import org.tactician.charts.PlanCharts;
import org.tactician.editing.Finding;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
import org.tactician.ui.internal.Messages;
import org.tactician.validation.Rule;
import org.tactician.validation.RuleCategory;
import org.tactician.validation.RuleRegistry;
import org.tactician.validation.Severity;

/**
 * What the dashboard shows of a plan, computed in one pass: the budget engine's matrix and the
 * conversion forecast feed the documents' charts ({@link PlanCharts}), and the editing session's
 * findings are counted by rule category and severity. Nothing here draws.
 *
 * @param charts the charts in the dashboard's order: forecast vs targets, budget by month,
 *        planned vs allocated, RACE coverage, findings
 * @param budget the budget engine's matrix
 * @param forecast the conversion forecast
 * @param format the plan's number and money format
 * @param findings how many findings of each severity
 */
record DashboardFigures(List<PlanChart> charts, BudgetMatrix budget, Forecast forecast, PlanFormat format,
        Map<Severity, Integer> findings) {

    /** Id of the findings chart (the others have {@link PlanCharts}' ids). */
    static final String FINDINGS = "findings";

    /** The severities counted, the worst first. */
    static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    /** The figures of {@code plan} with the session's {@code findings}. */
    static DashboardFigures of(MarketingPlan plan, List<Finding> findings) {
        BudgetMatrix budget = BudgetEngine.expand(plan);
        Forecast forecast = ConversionModel.forecast(plan, budget);
        PlanFormat format = new PlanFormat(PlanTerms.of(plan));
        PlanCharts charts = new PlanCharts(format);
        List<PlanChart> all = List.of(charts.forecastVsTargets(plan, forecast), charts.budgetByMonth(budget),
                charts.plannedVsAllocated(budget), charts.raceCoverage(plan), findingsChart(findings, format));
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        SEVERITIES.forEach(severity -> counts.put(severity, 0));
        findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        return new DashboardFigures(all, budget, forecast, format, counts);
    }

    /** The chart {@code id}. */
    PlanChart chart(String id) {
        return charts.stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow();
    }

    /** The findings per rule category (the categories that have some), stacked by severity. */
    private static PlanChart findingsChart(List<Finding> findings, PlanFormat format) {
        Map<String, int[]> perCategory = new LinkedHashMap<>();
        for (RuleCategory category : RuleCategory.values()) {
            perCategory.put(category.label(), new int[SEVERITIES.size()]);
        }
        perCategory.put(Messages.dashboard_modelChecks, new int[SEVERITIES.size()]);
        for (Finding finding : findings) {
            int index = SEVERITIES.indexOf(finding.severity());
            if (index >= 0) {
                String category = RuleRegistry.find(finding.ruleId()).map(Rule::category).map(RuleCategory::label)
                        .orElse(Messages.dashboard_modelChecks);
                perCategory.get(category)[index]++;
            }
        }
        perCategory.values().removeIf(counts -> counts[0] + counts[1] + counts[2] == 0);
        List<String> categories = new ArrayList<>(perCategory.keySet());
        String[] names = {Messages.dashboard_errors, Messages.dashboard_warnings, Messages.dashboard_infos};
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < SEVERITIES.size(); i++) {
            int index = i;
            series.add(new Series(SEVERITIES.get(i).key(), names[i], Mark.BAR,
                    perCategory.values().stream().map(counts -> BigDecimal.valueOf(counts[index])).toList()));
        }
        return new PlanChart(FINDINGS, Kind.STACKED_BARS, Messages.dashboard_findingsTitle, categories, series,
                new Values(format.locale(), null, Messages.dashboard_findingsAxis), format.terms().isRightToLeft());
    }
}
