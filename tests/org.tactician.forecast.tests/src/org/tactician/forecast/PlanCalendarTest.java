package org.tactician.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.forecast.TestPlans.line;
import static org.tactician.forecast.TestPlans.phase;
import static org.tactician.forecast.TestPlans.plan;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CostType;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Quarter;

class PlanCalendarTest {

    @Test
    void quartersCountFromThePlanStartNotFromJanuary() {
        PlanCalendar calendar = PlanCalendar.of(plan("2026-04-01", "2027-03-31"));

        assertEquals(12, calendar.months().size());
        assertEquals(new PlanQuarter(1, Quarter.Q1), calendar.quarterOf(YearMonth.of(2026, 4)));
        assertEquals(new PlanQuarter(1, Quarter.Q2), calendar.quarterOf(YearMonth.of(2026, 7)));
        assertEquals(new PlanQuarter(1, Quarter.Q4), calendar.quarterOf(YearMonth.of(2027, 1)));
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)),
                calendar.monthsOf(new PlanQuarter(1, Quarter.Q3)));
    }

    @Test
    void aLongPlanHasSeveralPlanYears() {
        // 2026-01..2027-06: 18 months; month 16 (2027-04) is in plan year 2, its second quarter.
        PlanCalendar calendar = PlanCalendar.of(plan("2026-01-15", "2027-06-30"));

        assertEquals(18, calendar.months().size());
        assertEquals(List.of(1, 2), calendar.years());
        assertEquals(6, calendar.quarters().size());
        assertEquals(new PlanQuarter(2, Quarter.Q2), calendar.quarterOf(YearMonth.of(2027, 4)));
        assertEquals(2, calendar.yearOf(YearMonth.of(2027, 1)));
    }

    @Test
    void aStartWithoutEndCoversTwelveMonths() {
        PlanCalendar calendar = PlanCalendar.of(plan("2026-03-01", null));

        assertEquals(YearMonth.of(2026, 3), calendar.first());
        assertEquals(YearMonth.of(2027, 2), calendar.last());
    }

    @Test
    void withoutPeriodTheCalendarSpansThePhasing() {
        MarketingPlan plan = plan(null, null);
        BudgetLine line = line(plan, "Ads", BudgetCategory.MEDIA, CostType.RECURRING, "300 EUR");
        phase(line, "2026-05", "100 EUR");
        phase(line, "2026-02", "200 EUR");

        PlanCalendar calendar = PlanCalendar.of(plan);

        assertEquals(YearMonth.of(2026, 2), calendar.first());
        assertEquals(YearMonth.of(2026, 5), calendar.last());
        assertTrue(PlanCalendar.of(plan(null, null)).isEmpty());
    }

    @Test
    void monthsOutsideTheCalendarHaveNoQuarter() {
        PlanCalendar calendar = PlanCalendar.of(plan("2026-01-01", "2026-12-31"));

        assertFalse(calendar.contains(YearMonth.of(2027, 1)));
        assertThrows(IllegalArgumentException.class, () -> calendar.quarterOf(YearMonth.of(2027, 1)));
    }
}
