package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.validation.CleanPlan.MODEL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tactician.model.Kpi;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;

/** SMART rules beyond pass/fail: messages, quick fixes, thresholds and what they leave alone. */
class ObjectiveRulesTest {

    @Test
    void messagesNameTheObjectiveAndSayHowToFixIt() {
        CleanPlan plan = new CleanPlan();
        plan.act.setTarget(null);

        String message = plan.findings(RuleRegistry.SMART_MEASURABLE_TARGET_MISSING).get(0).getMessage();

        assertEquals("SMART objective 'Grow the newsletter' has no target: enter the number it must reach. "
                + "[smart.measurable.target-missing]", message);
    }

    @Test
    void aKpiServesAsMetricAndOffersItsUnitBaselineAndStage() {
        CleanPlan plan = new CleanPlan();
        Kpi subscribers = MODEL.createKpi();
        subscribers.setName("Subscribers");
        subscribers.setUnit("subscribers");
        subscribers.setBaseline(new BigDecimal("2100"));
        subscribers.setRaceStage(RaceStage.ACT);
        plan.action.setDashboard(MODEL.createDashboard());
        plan.action.getDashboard().getKpis().add(subscribers);
        plan.act.setKpi(subscribers);
        plan.act.setMetric(null);
        plan.act.setUnit(null);
        plan.act.setBaseline(null);
        plan.act.unsetRaceStage();

        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_SPECIFIC_METRIC_MISSING), "the KPI is the metric");
        assertEquals(Optional.of(new QuickFix("Use the unit of KPI 'Subscribers': subscribers", plan.act,
                Literals.SMART_OBJECTIVE__UNIT, "subscribers")),
                plan.findings(RuleRegistry.SMART_MEASURABLE_UNIT_MISSING).get(0).quickFix());
        assertEquals(Optional.of(new QuickFix("Use the baseline of KPI 'Subscribers': 2100", plan.act,
                Literals.SMART_OBJECTIVE__BASELINE, new BigDecimal("2100"))),
                plan.findings(RuleRegistry.SMART_MEASURABLE_BASELINE_MISSING).get(0).quickFix());
        PlanDiagnostic stage = plan.findings(RuleRegistry.SMART_RELEVANT_RACE_STAGE_MISSING).get(0);
        assertEquals(RaceStage.ACT, stage.quickFix().orElseThrow().value());
        assertEquals(3, stage.getData().size(), "data is [object, feature, quick fix]");
        assertEquals(stage.quickFix().orElseThrow(), stage.getData().get(2));
    }

    @Test
    void deadlineFixesUseThePlanEnd() {
        CleanPlan plan = new CleanPlan();
        plan.act.setDeadline(LocalDate.of(2027, 6, 30));

        PlanDiagnostic finding = plan.findings(RuleRegistry.SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD).get(0);

        assertTrue(finding.getMessage().contains("2027-06-30 outside the plan period (2026-01-01 to 2026-12-31)"),
                finding.getMessage());
        assertEquals(LocalDate.of(2026, 12, 31), finding.quickFix().orElseThrow().value());
        assertEquals(Literals.SMART_OBJECTIVE__DEADLINE, finding.quickFix().orElseThrow().feature());
    }

    @Test
    void growthBelowTheBandIsImplausibleToo() {
        CleanPlan plan = new CleanPlan();
        // 2000 → 800: (800 − 2000) / 2000 = −60 %, within the default band (down to −100 %)
        plan.act.setTarget(new BigDecimal("800"));
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));

        plan.profile = LintProfile.defaults().withSetting(LintSetting.GROWTH_MIN_PERCENT, new BigDecimal("-50"));

        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE).get(0).getMessage();
        assertTrue(message.contains("a change of -60% from 2000 to 800 subscribers, below the plausible -50%"), message);
    }

    @Test
    void growthAtTheEdgeOfTheBandAndFromZeroPasses() {
        CleanPlan plan = new CleanPlan();
        plan.act.setTarget(new BigDecimal("8000")); // exactly +300 %
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));

        plan.act.setBaseline(BigDecimal.ZERO); // growth from nothing cannot be a percentage
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));

        plan.act.setBaseline(new BigDecimal("1999")); // +300.2 %
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE).get(0).getMessage();
        assertTrue(message.contains("a change of +300% from 1999 to 8000 subscribers, above the plausible +300%"),
                message);
    }

    @Test
    void theForecastSaysHowFarItReaches() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setTarget(new BigDecimal("200000"));

        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();

        // 4 × 25000 sessions × 2 % × 80.00 = 160000.00 of 200000: 80 %
        assertEquals("The forecast reaches 80% of the target of SMART objective 'Grow online revenue' (up to "
                + "2026-12): forecast 160000.00 EUR against a target of 200000 EUR. Raise sessions, conversion rate, "
                + "order value or budget in the forecast, or lower the target. [smart.achievable.forecast-short]",
                message);
    }

    @Test
    void aBusinessGoalMakesAnObjectiveRelevantWithoutAStrategy() {
        CleanPlan plan = new CleanPlan();
        plan.act.setStrategy(null);
        assertEquals(1, plan.findings(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING).size());
        plan.act.setBusinessGoal("Build a subscriber base for the 2028 membership launch");
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING));
    }

    @Test
    void anExplicitForecastMeasureWorksInAnyLanguage() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setTarget(new BigDecimal("200000"));
        plan.revenue.setMetric("doanh thu trực tuyến"); // Vietnamese: no English word to recognise
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT));

        plan.revenue.setForecastMeasure(org.tactician.model.ForecastMeasure.REVENUE);
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 80% of the target"), message);

        // The author's choice wins over the words: 4 × 25000 = 100000 sessions reach 50 % of 200000.
        plan.revenue.setForecastMeasure(org.tactician.model.ForecastMeasure.SESSIONS);
        plan.revenue.setUnit("sessions");
        message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 50% of the target"), message);
    }

    @Test
    void theForecastIsReadUpToTheDeadlineAndOnTheObjectivesChannel() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setDeadline(LocalDate.of(2026, 6, 30)); // Feb and May: 80000 of 150000 = 53 %
        List<PlanDiagnostic> byJune = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT);
        assertEquals(1, byJune.size());
        assertTrue(byJune.get(0).getMessage().startsWith("The forecast reaches 53% of the target"),
                byJune.get(0).getMessage());

        plan.revenue.setDeadline(LocalDate.of(2026, 12, 31));
        plan.revenue.setChannel(plan.email); // nothing forecast on email: 0 %
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 0% of the target"), message);
        assertTrue(message.contains("on channel 'Email'"), message);
    }

    @Test
    void quarterlyTargetsAreCheckedAgainstTheirQuarter() {
        CleanPlan plan = new CleanPlan();
        plan.q3.setTarget(new BigDecimal("50000")); // August makes 40000: 80 %

        List<PlanDiagnostic> findings = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT);

        assertEquals(1, findings.size());
        assertEquals(plan.q3, findings.get(0).object());
        assertTrue(findings.get(0).getMessage().startsWith(
                "The forecast reaches 80% of the Q3 revenue target of quarterly objective 'Q3 revenue': "
                        + "forecast 40000.00 EUR"), findings.get(0).getMessage());
    }

    @Test
    void aLowerReachSettingAcceptsAShortfall() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setTarget(new BigDecimal("200000")); // 80 %
        plan.profile = LintProfile.defaults().withSetting(LintSetting.FORECAST_MIN_REACH_PERCENT, new BigDecimal("80"));

        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT));
    }

    @Test
    void ratesAndOtherCurrenciesAreNotComparedWithTheForecast() {
        CleanPlan plan = new CleanPlan();
        plan.engage.setTarget(new BigDecimal("95")); // a rate: no forecast metric
        plan.revenue.setUnit("USD");
        plan.revenue.setTarget(new BigDecimal("900000"));

        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).stream()
                .filter(finding -> finding.object() != plan.q1 && finding.object() != plan.q2
                        && finding.object() != plan.q3 && finding.object() != plan.q4)
                .toList());
    }

    @Test
    void quartersAddUpToTheAnnualTarget() {
        CleanPlan plan = new CleanPlan();
        plan.q4.setTarget(new BigDecimal("50000"));

        PlanDiagnostic finding = plan.findings(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH).get(0);

        // 35000 + 35000 + 40000 + 50000 = 160000
        assertTrue(finding.getMessage().contains("add up to 160000 but its annual target is 150000 EUR"),
                finding.getMessage());
        assertEquals(new BigDecimal("160000"), finding.quickFix().orElseThrow().value());
    }

    @Test
    void fewerQuartersMayStayBelowTheAnnualTargetButNotAbove() {
        CleanPlan plan = new CleanPlan();
        plan.plan.getOperations().getQuarterlyObjectives().removeAll(List.of(plan.q3, plan.q4));
        assertEquals(List.of(), plan.findings(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH), "70000 of 150000");

        plan.q2.setTarget(new BigDecimal("120000")); // 35000 + 120000 = 155000 > 150000

        PlanDiagnostic finding = plan.findings(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH).get(0);
        assertTrue(finding.getMessage().contains("add up to 155000, more than its annual target of 150000 EUR"),
                finding.getMessage());
        assertTrue(finding.quickFix().isEmpty(), "no obvious fix with quarters missing");
    }

    @Test
    void quartersInAnotherUnitOrInPercentDoNotAddUp() {
        CleanPlan plan = new CleanPlan();
        plan.q4.setUnit("orders");
        plan.q4.setTarget(new BigDecimal("999999"));
        // Q4 measures something else; the three others stay below the annual target.
        assertEquals(List.of(), plan.findings(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH));

        for (var quarter : List.of(plan.q1, plan.q2, plan.q3, plan.q4)) {
            quarter.setAnnualObjective(plan.engage);
            quarter.setUnit("%");
        }
        assertEquals(List.of(), plan.findings(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH));
    }
}
