package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** plan.period.implausible: a plan period far longer than a marketing plan's, usually a mistyped year. */
class PlanPeriodRulesTest {

    @Test
    void fiveYearsToTheDayPassAndOneDayMoreIsImplausible() {
        CleanPlan plan = new CleanPlan();
        plan.plan.setEnd(LocalDate.of(2030, 12, 31)); // 2026-01-01 .. 2030-12-31: five years
        assertEquals(List.of(), plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE));

        plan.plan.setEnd(LocalDate.of(2031, 1, 1));
        List<PlanDiagnostic> findings = plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING.diagnosticSeverity(), findings.get(0).getSeverity());
    }

    @Test
    void theWarningNamesTheDatesTheLengthAndWhatToDo() {
        CleanPlan plan = new CleanPlan();
        plan.plan.setEnd(LocalDate.of(20261, 12, 31)); // a year typed with one digit too many
        String message = plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE).get(0).getMessage();
        assertTrue(message.contains("2026-01-01"), message);
        assertTrue(message.contains("+20261-12-31"), message);
        assertTrue(message.contains("18,236 years"), message);
        assertTrue(message.contains("rarely more than 5 years"), message);
        assertTrue(message.contains("mistyped"), message);
        assertTrue(message.contains("period.max-years"), message);
    }

    @Test
    void theLintProfileRaisesTheLimitForALongRangePlan() {
        CleanPlan plan = new CleanPlan();
        plan.plan.setEnd(LocalDate.of(2035, 12, 31)); // ten years
        assertEquals(1, plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE).size());

        plan.profile = LintProfile.defaults().withSetting(LintSetting.PERIOD_MAX_YEARS, new BigDecimal("10"));
        assertEquals(List.of(), plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE));

        plan.profile = LintProfile.defaults().withSetting(LintSetting.PERIOD_MAX_YEARS, new BigDecimal("1.5"));
        plan.plan.setEnd(LocalDate.of(2027, 6, 30)); // eighteen months: allowed
        assertEquals(List.of(), plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE));
        plan.plan.setEnd(LocalDate.of(2027, 7, 1));
        assertTrue(plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE).get(0).getMessage().contains("18 months"));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrUpToTheLastDateIsLeftToTheOtherRules() {
        CleanPlan plan = new CleanPlan();
        plan.plan.setEnd(LocalDate.of(2025, 12, 31));
        assertEquals(List.of(), plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE));
        assertEquals(1, plan.findings(RuleRegistry.SCHEDULE_END_BEFORE_START).size());

        plan.plan.setStart(LocalDate.MAX.minusDays(3)); // no overflow on the way
        plan.plan.setEnd(LocalDate.MAX);
        assertEquals(List.of(), plan.findings(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE));
    }

    /**
     * Validating a plan that ends on the last date there is made a calendar of 12 billion months
     * for the forecast check (out of memory): the month-by-month checks skip a period longer than
     * the generators' 25 years, and the period is reported instead.
     */
    @Test
    void aPeriodOfBillionsOfMonthsIsReportedNotExpanded() {
        CleanPlan plan = new CleanPlan();
        plan.plan.setEnd(LocalDate.MAX);
        List<PlanDiagnostic> findings = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> plan.findings());
        assertEquals(1, findings.stream().filter(f -> f.rule() == RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE).count());
        assertTrue(findings.stream().noneMatch(f -> f.rule() == RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT));
    }
}
