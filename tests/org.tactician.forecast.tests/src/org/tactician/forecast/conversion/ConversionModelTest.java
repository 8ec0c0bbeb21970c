package org.tactician.forecast.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.forecast.TestPlans.MODEL;
import static org.tactician.forecast.TestPlans.assertAmount;
import static org.tactician.forecast.TestPlans.channel;
import static org.tactician.forecast.TestPlans.input;
import static org.tactician.forecast.TestPlans.line;
import static org.tactician.forecast.TestPlans.phase;
import static org.tactician.forecast.TestPlans.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tactician.forecast.PlanQuarter;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Quarter;
import org.tactician.model.Segment;

/**
 * The 2026 forecast used throughout (EUR):
 * <pre>
 * Search  Jan  10000 sessions × 2.5 % = 250 orders × 80.00 = 20000.00 revenue, variable cost 500.00
 * Search  Feb  12000 sessions × 2.5 % = 300 orders × 80.00 = 24000.00 revenue, variable cost 600.00
 * Email   Jan   3000 sessions × 3.333 % = 99.99 orders × 45.50 = 4549.545 → 4549.54 (half-even)
 * Email   Jan   1000 sessions × 2 %   =  20 orders × 50.00 =  1000.00 (a second segment, same cell)
 * Budget: Search ads (channel Search) phased 2000.00 in Jan and Feb; email tool 1200.00 one-shot,
 *         no channel → January, unattributed.
 * </pre>
 */
class ConversionModelTest {

    private MarketingPlan plan;
    private Channel search;
    private Channel email;
    private ForecastInput outside;
    private ForecastInput dollars;

    @BeforeEach
    void buildPlan() {
        plan = plan("2026-01-01", "2026-12-31");
        search = channel(plan, "Search");
        email = channel(plan, "Email");
        input(plan, search, "2026-01", 10_000, "2.5", "80.00 EUR", "500.00 EUR");
        input(plan, search, "2026-02", 12_000, "2.5", "80.00 EUR", "600.00 EUR");
        input(plan, email, "2026-01", 3_000, "3.333", "45.50 EUR", null);
        ForecastInput secondSegment = input(plan, email, "2026-01", 1_000, "2", "50.00 EUR", null);
        Segment returning = MODEL.createSegment();
        secondSegment.setSegment(returning);
        outside = input(plan, search, "2027-01", 5_000, "2", "80.00 EUR", null);
        dollars = input(plan, email, "2026-03", 1_000, "2", "50.00 USD", null);
        BudgetLine ads = line(plan, "Search ads", BudgetCategory.MEDIA, CostType.RECURRING, "4000.00 EUR");
        ads.setChannel(search);
        phase(ads, "2026-01", "2000.00 EUR");
        phase(ads, "2026-02", "2000.00 EUR");
        line(plan, "Email tool", BudgetCategory.SITE_MARTECH, CostType.ONE_SHOT, "1200.00 EUR");
    }

    @Test
    void cellsAreSessionsTimesRateTimesOrderValueMinusCosts() {
        Forecast forecast = ConversionModel.forecast(plan);

        assertEquals(4, forecast.inputCount());
        assertEquals(List.of(outside, dollars), forecast.excluded());
        List<ChannelMonth> cells = forecast.cells();
        assertEquals(4, cells.size()); // Search Jan, Search Feb, Email Jan, (no channel) Jan
        ChannelMonth searchJanuary = cells.get(0);
        assertSame(search, searchJanuary.channel());
        assertEquals(YearMonth.of(2026, 1), searchJanuary.month());
        assertAmount("250", searchJanuary.figures().orders());
        assertAmount("20000.00", searchJanuary.figures().revenue());
        assertAmount("500.00", searchJanuary.figures().variableCost());
        assertAmount("2000.00", searchJanuary.figures().budgetedCost());
        assertAmount("17500.00", searchJanuary.figures().contribution()); // 20000 − 500 − 2000

        ChannelMonth emailJanuary = cells.get(2);
        assertSame(email, emailJanuary.channel());
        assertEquals(4_000, emailJanuary.figures().sessions());
        assertAmount("119.99", emailJanuary.figures().orders()); // 99.99 + 20
        assertEquals(new BigDecimal("5549.54"), emailJanuary.figures().revenue()); // 4549.54 + 1000.00

        ChannelMonth unattributed = cells.get(3);
        assertNull(unattributed.channel());
        assertAmount("1200.00", unattributed.figures().budgetedCost());
        assertAmount("-1200.00", unattributed.figures().contribution());
    }

    @Test
    void revenueIsRoundedHalfEvenToTheMinorUnit() {
        MarketingPlan small = plan("2026-01-01", "2026-12-31");
        // 3000 × 3.333 % = 99.99 orders; 99.99 × 45.50 = 4549.545 → 4549.54 (the 4 is even)
        ForecastInput down = input(small, null, "2026-01", 3_000, "3.333", "45.50 EUR", null);
        // 1000 × 1.5 % = 15 orders; 15 × 0.99 = 14.85 (exact, nothing to round)
        ForecastInput exact = input(small, null, "2026-01", 1_000, "1.5", "0.99 EUR", null);
        // 1 × 50 % = 0.5 orders; 0.5 × 0.05 = 0.025 → 0.02 (half-even); half-up would give 0.03
        ForecastInput half = input(small, null, "2026-01", 1, "50", "0.05 EUR", null);

        assertEquals(new BigDecimal("4549.54"), ConversionModel.figuresOf(down, "EUR").revenue());
        assertEquals(new BigDecimal("14.85"), ConversionModel.figuresOf(exact, "EUR").revenue());
        assertEquals(new BigDecimal("0.02"), ConversionModel.figuresOf(half, "EUR").revenue());
        assertEquals(new BigDecimal("4550"), ConversionModel.figuresOf(down, "JPY").revenue()); // no minor unit
    }

    @Test
    void monthsRunCumulativeTotals() {
        List<MonthForecast> months = ConversionModel.forecast(plan).months();

        assertEquals(12, months.size());
        MonthForecast january = months.get(0);
        assertAmount("25549.54", january.figures().revenue()); // 20000 + 5549.54
        assertAmount("3700.00", january.figures().cost()); // 500 + 2000 + 1200
        assertAmount("21849.54", january.figures().contribution());
        MonthForecast february = months.get(1);
        assertAmount("21400.00", february.figures().contribution()); // 24000 − 600 − 2000
        assertAmount("49549.54", february.cumulativeRevenue());
        assertAmount("43249.54", february.cumulativeContribution()); // 21849.54 + 21400
        MonthForecast december = months.get(11);
        assertAmount("0", december.figures().revenue());
        assertAmount("49549.54", december.cumulativeRevenue());
    }

    @Test
    void channelsHaveRoiAndCostPerAcquisition() {
        Forecast forecast = ConversionModel.forecast(plan);

        List<ChannelForecast> channels = forecast.channels();
        assertEquals(2, channels.size());
        ChannelForecast searchTotals = channels.get(0);
        assertSame(search, searchTotals.channel());
        assertEquals(22_000, searchTotals.figures().sessions());
        assertAmount("44000.00", searchTotals.figures().revenue());
        assertAmount("5100.00", searchTotals.figures().cost()); // 500 + 600 + 2000 + 2000
        // ROI = 38900 / 5100 × 100 = 762.7450… → 762.75
        assertEquals(Optional.of(new BigDecimal("762.75")), searchTotals.roiPercent());
        // CPA = 5100 / 550 = 9.2727… → 9.27
        assertEquals(Optional.of(new BigDecimal("9.27")), searchTotals.costPerAcquisition());

        ChannelForecast emailTotals = channels.get(1);
        assertTrue(emailTotals.roiPercent().isEmpty(), "no cost, no ROI");
        assertEquals(Optional.of(new BigDecimal("0.00")), emailTotals.costPerAcquisition());
    }

    @Test
    void totalsByQuarterYearAndPlanAddUp() {
        Forecast forecast = ConversionModel.forecast(plan);

        ForecastFigures total = forecast.total();
        assertAmount("49549.54", total.revenue());
        assertAmount("6300.00", total.cost()); // 500 + 600 + 4000 + 1200
        assertAmount("43249.54", total.contribution());
        assertAmount("1200.00", forecast.unattributed().budgetedCost());
        assertAmount("49549.54", forecast.byQuarter().get(new PlanQuarter(1, Quarter.Q1)).revenue());
        assertAmount("0", forecast.byQuarter().get(new PlanQuarter(1, Quarter.Q2)).revenue());
        assertAmount("43249.54", forecast.byYear().get(1).contribution());
        // ROI of the plan: 43249.54 / 6300 × 100 = 686.500634… → 686.50
        assertEquals(Optional.of(new BigDecimal("686.50")), total.roiPercent());
    }

    @Test
    void valuesOverAWindowServeObjectiveChecks() {
        Forecast forecast = ConversionModel.forecast(plan);
        YearMonth january = YearMonth.of(2026, 1);
        YearMonth february = YearMonth.of(2026, 2);

        assertAmount("20000.00", forecast.value(ForecastMetric.REVENUE, search, january, january));
        assertAmount("669.99", forecast.value(ForecastMetric.ORDERS, null, january, february)); // 250 + 300 + 119.99
        assertAmount("26000", forecast.value(ForecastMetric.SESSIONS, null, january, february));
        assertAmount("38900.00", forecast.value(ForecastMetric.CONTRIBUTION, search, january, february));
    }

    @Test
    void metricsAreRecognisedFromTheirWords() {
        assertEquals(Optional.of(ForecastMetric.REVENUE), ForecastMetric.recognise("Online revenue", "EUR"));
        assertEquals(Optional.of(ForecastMetric.REVENUE), ForecastMetric.recognise("Sales", "EUR"));
        assertEquals(Optional.of(ForecastMetric.ORDERS), ForecastMetric.recognise("Sales", "orders"));
        assertEquals(Optional.of(ForecastMetric.ORDERS), ForecastMetric.recognise("Online orders", null));
        assertEquals(Optional.of(ForecastMetric.SESSIONS), ForecastMetric.recognise("Website sessions", ""));
        assertEquals(Optional.of(ForecastMetric.SESSIONS), ForecastMetric.recognise("Unique visitors", null));
        assertEquals(Optional.of(ForecastMetric.REVENUE), ForecastMetric.recognise("Revenue generated", "EUR"));
        assertEquals(Optional.empty(), ForecastMetric.recognise("Revenue per visitor", "EUR"));
        assertEquals(Optional.empty(), ForecastMetric.recognise("Email CTR", null));
        assertEquals(Optional.of(ForecastMetric.CONTRIBUTION), ForecastMetric.recognise("Gross profit", "EUR"));
        assertEquals(Optional.empty(), ForecastMetric.recognise("Conversion rate", "%"));
        assertEquals(Optional.empty(), ForecastMetric.recognise("Average order value", "EUR"));
        assertEquals(Optional.empty(), ForecastMetric.recognise("Brand awareness", "points"));
        assertEquals(Optional.empty(), ForecastMetric.recognise(null, "EUR"));
    }
}
