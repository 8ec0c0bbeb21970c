package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.validation.CleanPlan.MODEL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tactician.model.Direction;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.Kpi;
import org.tactician.model.MeasureKind;
import org.tactician.model.ObjectiveScope;
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
        assertEquals(CleanPlan.fix("Use the unit of KPI 'Subscribers': subscribers", plan.act,
                Literals.SMART_OBJECTIVE__UNIT, "subscribers"),
                CleanPlan.fix(plan.findings(RuleRegistry.SMART_MEASURABLE_UNIT_MISSING).get(0).quickFix().orElseThrow()));
        assertEquals(CleanPlan.fix("Use the baseline of KPI 'Subscribers': 2100", plan.act,
                Literals.SMART_OBJECTIVE__BASELINE, new BigDecimal("2100")),
                CleanPlan.fix(plan.findings(RuleRegistry.SMART_MEASURABLE_BASELINE_MISSING).get(0).quickFix().orElseThrow()));
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
        assertTrue(message.contains("a change of -60% from 2000 to 800 subscribers, below the plausible -50% for a sum "
                + "or a level"), message);
    }

    @Test
    void growthAtTheEdgeOfTheBandAndFromZeroPasses() {
        CleanPlan plan = new CleanPlan();
        plan.act.setTarget(new BigDecimal("12000")); // exactly +500 %
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));

        plan.act.setBaseline(BigDecimal.ZERO); // growth from nothing cannot be a percentage
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));

        plan.act.setBaseline(new BigDecimal("1999")); // +500.3 %
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE).get(0).getMessage();
        assertTrue(message.contains("a change of +500% from 1999 to 12000 subscribers, above the plausible +500% for a "
                + "sum or a level"), message);
    }

    @Test
    void theMethodsWorkedExamplePassesTheDefaultBand() {
        CleanPlan plan = new CleanPlan();
        // Traffic from the visual social network up 400 %: 45,000 to 225,000 sessions.
        plan.act.setBaseline(new BigDecimal("45000"));
        plan.act.setTarget(new BigDecimal("225000"));
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));
    }

    @Test
    void ratesHaveANarrowerBand() {
        CleanPlan plan = new CleanPlan();
        plan.engage.setTarget(new BigDecimal("40")); // 20 → 40 %: +100 %, the edge of the rate band
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));

        plan.engage.setTarget(new BigDecimal("45")); // +125 %
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE).get(0).getMessage();
        assertTrue(message.contains("above the plausible +100% for a rate"), message);
        assertTrue(message.contains("setting.growth.rate.max-percent"), message);

        plan.engage.setMeasureKind(org.tactician.model.MeasureKind.LEVEL); // as a level it would be plausible
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));
    }

    @Test
    void theForecastSaysHowFarItReaches() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setTarget(new BigDecimal("200000"));

        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();

        // 12 × 8334 sessions × 2 % × 80.00 = 160012.80 of 200000: 80 %
        assertEquals("The forecast reaches 80% of the target of SMART objective 'Grow online revenue' (up to "
                + "2026-12): forecast 160012.80 EUR on the online total against a target of 200000 EUR. Raise "
                + "sessions, conversion rate, order value or budget in the forecast, or lower the target. "
                + "[smart.achievable.forecast-short]", message);
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
    void theForecastMeasureIsNamedNeverGuessedSoItWorksInAnyLanguage() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setTarget(new BigDecimal("200000"));
        plan.revenue.setMetric("doanh thu trực tuyến"); // Vietnamese: the measure, not the words, decides
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 80% of the target"), message);

        plan.revenue.setMetric("Online revenue");
        plan.revenue.unsetForecastMeasure(); // English words alone are no longer read as a measure
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).stream()
                .filter(finding -> finding.object() == plan.revenue).toList());

        // 12 × 8334 = 100008 sessions reach 50 % of 200000.
        plan.revenue.setForecastMeasure(ForecastMeasure.SESSIONS);
        plan.revenue.setUnit("sessions");
        message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 50% of the target"), message);
    }

    @Test
    void theForecastIsReadUpToTheDeadlineAndOnTheObjectivesScope() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setDeadline(LocalDate.of(2026, 6, 30)); // 6 × 13334.40 = 80006.40 of 150000: 53 %
        List<PlanDiagnostic> byJune = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT);
        assertEquals(1, byJune.size());
        assertTrue(byJune.get(0).getMessage().startsWith("The forecast reaches 53% of the target"),
                byJune.get(0).getMessage());

        plan.revenue.setDeadline(LocalDate.of(2026, 12, 31));
        plan.revenue.setScope(ObjectiveScope.CHANNELS);
        plan.revenue.getChannels().add(plan.email); // nothing forecast on email: 0 %
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 0% of the target"), message);
        assertTrue(message.contains("on channel 'Email'"), message);

        plan.revenue.getChannels().set(0, plan.search); // the store's one acquisition channel
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).stream()
                .filter(finding -> finding.object() == plan.revenue).toList());
    }

    @Test
    void aLevelIsReadInTheDeadlineMonthNotSummed() {
        CleanPlan plan = new CleanPlan();
        plan.act.setForecastMeasure(ForecastMeasure.SESSIONS);
        plan.act.setMeasureKind(MeasureKind.LEVEL);
        plan.act.setUnit("sessions per month");
        plan.act.setTarget(new BigDecimal("8000")); // December alone makes 8334
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT));

        plan.act.setTarget(new BigDecimal("9000")); // 8334 of 9000: 92 %, though the year makes 100008
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 92% of the target of SMART objective 'Grow the newsletter' "
                + "(in 2026-12): forecast 8334 on the online total"), message);
    }

    @Test
    void aRateIsTheForecastsRatioInTheDeadlineMonth() {
        CleanPlan plan = new CleanPlan();
        plan.engage.setForecastMeasure(ForecastMeasure.CONVERSION_RATE);
        plan.engage.setBaseline(new BigDecimal("1.5"));
        plan.engage.setTarget(new BigDecimal("1.8")); // the forecast converts 2 %
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT));

        plan.engage.setTarget(new BigDecimal("2.5"));
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast reaches 80% of the target"), message);
        assertTrue(message.contains("forecast 2.00 % on the whole plan against a target of 2.5 %"), message);
    }

    @Test
    void aDecreaseMustEndAtOrBelowItsTarget() {
        CleanPlan plan = new CleanPlan();
        plan.act.setForecastMeasure(ForecastMeasure.SESSIONS);
        plan.act.setMeasureKind(MeasureKind.LEVEL);
        plan.act.setDirection(Direction.DECREASE);
        plan.act.setBaseline(new BigDecimal("12000"));
        plan.act.setTarget(new BigDecimal("9000")); // December: 8334
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT));

        plan.act.setTarget(new BigDecimal("5000"));
        String message = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT).get(0).getMessage();
        assertTrue(message.startsWith("The forecast stays above the target"), message);
        assertTrue(message.contains("against a target of at most 5000"), message);
    }

    @Test
    void quarterlyTargetsAreCheckedAgainstTheirQuarter() {
        CleanPlan plan = new CleanPlan();
        plan.q3.setTarget(new BigDecimal("50000")); // July to September make 40003.20: 80 %

        List<PlanDiagnostic> findings = plan.findings(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT);

        assertEquals(1, findings.size());
        assertEquals(plan.q3, findings.get(0).object());
        assertTrue(findings.get(0).getMessage().startsWith(
                "The forecast reaches 80% of the Q3 revenue target of quarterly objective 'Q3 revenue': "
                        + "forecast 40003.20 EUR on the online total"), findings.get(0).getMessage());
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
    void theQuartersOfALevelDoNotAddUp() {
        CleanPlan plan = new CleanPlan();
        plan.revenue.setMeasureKind(MeasureKind.LEVEL);
        plan.q4.setTarget(new BigDecimal("150000")); // a level: Q4 may reach the annual target by itself
        assertEquals(List.of(), plan.findings(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH));
        assertEquals(List.of(), plan.findings(RuleRegistry.OBJECTIVES_MONTHLY_SUM_MISMATCH));
    }

    @Test
    void monthsAddUpToTheirQuarterAndMayStayBelowWhileIncomplete() {
        CleanPlan plan = new CleanPlan();
        plan.q1Months.get(2).setTarget(new BigDecimal("14000"));
        PlanDiagnostic finding = plan.findings(RuleRegistry.OBJECTIVES_MONTHLY_SUM_MISMATCH).get(0);
        assertTrue(finding.getMessage().contains("add up to 36000 but its target is 35000 EUR"), finding.getMessage());
        assertEquals(new BigDecimal("36000"), finding.quickFix().orElseThrow().value());

        plan.plan.getOperations().getMonthlyObjectives().remove(plan.q1Months.get(2)); // 22000 of 35000 so far
        assertEquals(List.of(), plan.findings(RuleRegistry.OBJECTIVES_MONTHLY_SUM_MISMATCH));
    }

    @Test
    void theObjectiveAndItsKpiAgreeFieldByField() {
        CleanPlan plan = new CleanPlan();
        plan.revenueKpi.setUnit("USD");
        plan.revenueKpi.setRaceStage(RaceStage.REACH);

        List<PlanDiagnostic> findings = plan.findings(RuleRegistry.SMART_MEASURABLE_KPI_MISMATCH);

        assertEquals(List.of(Literals.SMART_OBJECTIVE__UNIT, Literals.SMART_OBJECTIVE__RACE_STAGE),
                findings.stream().map(PlanDiagnostic::feature).toList());
        assertTrue(findings.get(0).getMessage().contains("disagree on the unit (EUR and USD)"), findings.get(0).getMessage());
        assertEquals("USD", findings.get(0).quickFix().orElseThrow().value());
    }

    @Test
    void aHoldingObjectiveMayAimAtItsBaseline() {
        CleanPlan plan = new CleanPlan();
        plan.engage.setTarget(new BigDecimal("20"));
        assertEquals(1, plan.findings(RuleRegistry.SMART_MEASURABLE_TARGET_EQUALS_BASELINE).size());
        plan.engage.setDirection(Direction.HOLD);
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_MEASURABLE_TARGET_EQUALS_BASELINE));
        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_MEASURABLE_MEASURE_INCONSISTENT));
    }

    @Test
    void aPercentageIsNotASum() {
        CleanPlan plan = new CleanPlan();
        plan.engage.setMeasureKind(MeasureKind.SUM);
        PlanDiagnostic finding = plan.findings(RuleRegistry.SMART_MEASURABLE_MEASURE_INCONSISTENT).get(0);
        assertEquals(Literals.SMART_OBJECTIVE__MEASURE_KIND, finding.feature());
        assertEquals(MeasureKind.RATE, finding.quickFix().orElseThrow().value());
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
