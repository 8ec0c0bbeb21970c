package org.tactician.forecast.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.forecast.TestPlans.MODEL;
import static org.tactician.forecast.TestPlans.assertAmount;
import static org.tactician.forecast.TestPlans.channel;
import static org.tactician.forecast.TestPlans.forecastOf;
import static org.tactician.forecast.TestPlans.input;
import static org.tactician.forecast.TestPlans.line;
import static org.tactician.forecast.TestPlans.margins;
import static org.tactician.forecast.TestPlans.phase;
import static org.tactician.forecast.TestPlans.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.conversion.ProfitAssumptions.Economics;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.CostType;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.Quarter;
import org.tactician.model.Segment;

/**
 * The profitability of a small plan, computed by hand (EUR, 2026; plan defaults: gross margin 40 %,
 * returns 5 %, fulfilment 10.00 per order; Email: margin 50 %, fulfilment 6.00; segment Customers
 * and its sub-segments: returns 2 %):
 * <pre>
 *                        orders   revenue  returns   net      gross profit  fulfilment  before marketing
 * Search   Jan 10000×2.5%  250  20000.00  1000.00  19000.00  7600.00 (40%)  2500.00     5100.00
 * Search   Feb 12000×2.5%  300  24000.00  1200.00  22800.00  9120.00        3000.00     6120.00
 * Email    Jan  3000×3.333% 99.99 × 45.50 = 4549.545 → 4549.55 (half up); returns 2 % 90.991 → 90.99;
 *          net 4458.56; gross profit 50 % 2229.28; fulfilment 99.99 × 6.00 = 599.94; 1629.34 (Returning ⊂ Customers)
 * Email    Jan  1000×2%     20   1000.00    50.00    950.00   475.00 (50%)   120.00      355.00
 * Showroom Mar   500×10%    50  45000.00  2250.00  42750.00 17100.00        500.00     16600.00
 * Marketing cost (budget): Search ads 2000.00 in Jan and Feb (Search); store launch 10000.00 in Jan
 * (no channel); showroom event 12000.00 in April (Showroom).
 * Contribution by month: Jan 5100 + 1629.34 + 355 − 2000 − 10000 = −4915.66; Feb 6120 − 2000 = 4120;
 * Mar 16600; Apr −12000 → cumulative −4915.66, −795.66, 15804.34, 3804.34 … → break-even in March.
 * </pre>
 */
class ConversionModelTest {

    private MarketingPlan plan;
    private Channel search;
    private Channel email;
    private Channel showroom;
    private Segment customers;
    private Segment returning;
    private ForecastInput outside;
    private ForecastInput dollars;

    @BeforeEach
    void buildPlan() {
        plan = plan("2026-01-01", "2026-12-31");
        search = channel(plan, "Search");
        search.setCategory(ChannelCategory.PAID_SEARCH);
        email = channel(plan, "Email");
        email.setCategory(ChannelCategory.EMAIL);
        showroom = channel(plan, "Showroom");
        showroom.setCategory(ChannelCategory.PHYSICAL_STORE);
        plan.setStrategy(MODEL.createStrategySection());
        customers = MODEL.createSegment();
        returning = MODEL.createSegment();
        returning.setParent(customers);
        plan.getStrategy().getSegments().addAll(List.of(customers, returning));

        margins(plan, "40", "5", "10.00 EUR");
        ProfitAssumption emailEconomics = MODEL.createProfitAssumption();
        emailEconomics.setChannel(email);
        emailEconomics.setGrossMargin(new BigDecimal("50"));
        emailEconomics.setFulfilmentCostPerOrder(Money.parse("6.00 EUR"));
        ProfitAssumption customerReturns = MODEL.createProfitAssumption();
        customerReturns.setSegment(customers);
        customerReturns.setReturnRate(new BigDecimal("2"));
        forecastOf(plan).getAssumptions().addAll(List.of(emailEconomics, customerReturns));

        input(plan, search, "2026-01", 10_000, "2.5", "80.00 EUR");
        input(plan, search, "2026-02", 12_000, "2.5", "80.00 EUR");
        input(plan, email, "2026-01", 3_000, "3.333", "45.50 EUR").setSegment(returning);
        input(plan, email, "2026-01", 1_000, "2", "50.00 EUR");
        input(plan, showroom, "2026-03", 500, "10", "900.00 EUR");
        outside = input(plan, search, "2027-01", 5_000, "2", "80.00 EUR");
        dollars = input(plan, email, "2026-03", 1_000, "2", "50.00 USD");

        BudgetLine ads = line(plan, "Search ads", BudgetCategory.MEDIA, CostType.RECURRING, "4000.00 EUR");
        ads.setChannel(search);
        phase(ads, "2026-01", "2000.00 EUR");
        phase(ads, "2026-02", "2000.00 EUR");
        line(plan, "Store launch", BudgetCategory.SITE_MARTECH, CostType.ONE_SHOT, "10000.00 EUR");
        BudgetLine event = line(plan, "Showroom event", BudgetCategory.PR_EVENTS, CostType.ONE_SHOT, "12000.00 EUR");
        event.setChannel(showroom);
        event.setStart(LocalDate.of(2026, 4, 15));
    }

    @Test
    void eachCellIsRevenueAfterReturnsMarginAndFulfilment() {
        Forecast forecast = ConversionModel.forecast(plan);

        assertEquals(5, forecast.inputCount());
        assertEquals(List.of(outside, dollars), forecast.excluded());
        assertTrue(forecast.hasMargin());
        ForecastCell searchJanuary = forecast.cells().get(0);
        assertSame(search, searchJanuary.channel());
        assertEquals(YearMonth.of(2026, 1), searchJanuary.month());
        ForecastFigures figures = searchJanuary.figures();
        assertAmount("250", figures.orders());
        assertAmount("20000.00", figures.revenue());
        assertAmount("1000.00", figures.returns());
        assertAmount("19000.00", figures.netRevenue());
        assertAmount("7600.00", figures.grossProfit());
        assertAmount("11400.00", figures.costOfGoods());
        assertAmount("2500.00", figures.fulfilmentCost());
        assertAmount("2000.00", figures.marketingCost()); // the budget's cell of Search in January
        assertAmount("3100.00", figures.contribution());

        ForecastCell returningJanuary = forecast.cells().stream()
                .filter(cell -> cell.channel() == email && cell.segment() == returning).findFirst().orElseThrow();
        assertEquals(new BigDecimal("4549.55"), returningJanuary.figures().revenue(), "half up");
        assertEquals(new BigDecimal("90.99"), returningJanuary.figures().returns(), "the segment's 2 %, inherited");
        assertEquals(new BigDecimal("2229.28"), returningJanuary.figures().grossProfit(), "the channel's 50 %");
        assertEquals(new BigDecimal("599.94"), returningJanuary.figures().fulfilmentCost(), "the channel's 6.00");
        assertAmount("1629.34", returningJanuary.figures().contribution());

        ForecastCell launch = forecast.cells().stream().filter(cell -> cell.channel() == null).findFirst().orElseThrow();
        assertAmount("10000.00", launch.figures().marketingCost());
        assertAmount("-10000.00", launch.figures().contribution());
    }

    @Test
    void theMarginFiguresResolveFromTheMostSpecificAssumption() {
        ProfitAssumptions assumptions = ProfitAssumptions.of(plan, "EUR");
        assertEquals(new Economics(new BigDecimal("50"), new BigDecimal("2"), new BigDecimal("6.00")),
                assumptions.resolve(email, returning));
        assertEquals(new Economics(new BigDecimal("40"), new BigDecimal("2"), new BigDecimal("10.00")),
                assumptions.resolve(search, customers));
        assertEquals(new Economics(new BigDecimal("40"), new BigDecimal("5"), new BigDecimal("10.00")),
                assumptions.resolve(showroom, null));
        ProfitAssumption both = MODEL.createProfitAssumption();
        both.setChannel(email);
        both.setSegment(customers);
        both.setGrossMargin(new BigDecimal("55"));
        forecastOf(plan).getAssumptions().add(both);
        assertEquals(new BigDecimal("55"), ProfitAssumptions.of(plan, "EUR").resolve(email, returning).grossMargin(),
                "channel and segment together beat either alone");
    }

    @Test
    void monthsRunCumulativeContributionToABreakEvenMonth() {
        Forecast forecast = ConversionModel.forecast(plan);
        List<MonthForecast> months = forecast.months();

        assertEquals(12, months.size());
        assertAmount("-4915.66", months.get(0).figures().contribution());
        assertAmount("4120.00", months.get(1).figures().contribution());
        assertAmount("16600.00", months.get(2).figures().contribution());
        assertAmount("-12000.00", months.get(3).figures().contribution());
        assertAmount("-4915.66", months.get(0).cumulativeContribution());
        assertAmount("-795.66", months.get(1).cumulativeContribution());
        assertAmount("15804.34", months.get(2).cumulativeContribution());
        assertAmount("3804.34", months.get(3).cumulativeContribution());
        assertAmount("3804.34", months.get(11).cumulativeContribution());
        assertAmount("94549.55", months.get(11).cumulativeRevenue());
        assertEquals(Optional.of(YearMonth.of(2026, 3)), forecast.breakEvenMonth());
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 4)),
                forecast.negativeMonths().stream().map(MonthForecast::month).toList());
    }

    @Test
    void aPlanThatEndsBelowZeroHasNoBreakEven() {
        line(plan, "Autumn campaign", BudgetCategory.MEDIA, CostType.ONE_SHOT, "5000.00 EUR")
                .setStart(LocalDate.of(2026, 10, 1));
        Forecast forecast = ConversionModel.forecast(plan);
        assertAmount("-1195.66", forecast.total().contribution()); // 3804.34 − 5000
        assertEquals(Optional.empty(), forecast.breakEvenMonth());
    }

    @Test
    void totalsChannelsAndQuartersAddUp() {
        Forecast forecast = ConversionModel.forecast(plan);

        ForecastFigures total = forecast.total();
        assertAmount("94549.55", total.revenue());
        assertAmount("4590.99", total.returns());
        assertAmount("36524.28", total.grossProfit());
        assertAmount("6719.94", total.fulfilmentCost());
        assertAmount("26000.00", total.marketingCost());
        assertAmount("3804.34", total.contribution());
        // ROI on marketing: 3804.34 / 26000 × 100 = 14.6320… → 14.63
        assertEquals(Optional.of(new BigDecimal("14.63")), total.roiPercent());
        assertAmount("-10000.00", forecast.unattributed().contribution());

        List<ChannelForecast> channels = forecast.channels();
        assertEquals(List.of(search, email, showroom), channels.stream().map(ChannelForecast::channel).toList());
        ChannelForecast searchTotals = channels.get(0);
        assertAmount("7220.00", searchTotals.figures().contribution()); // 16720 − 5500 − 4000
        assertEquals(Optional.of(new BigDecimal("180.50")), searchTotals.roiPercent());
        assertEquals(Optional.of(new BigDecimal("7.27")), searchTotals.costPerAcquisition()); // 4000 / 550
        assertTrue(channels.get(1).roiPercent().isEmpty(), "no marketing cost, no ROI");
        assertEquals(Optional.of(new BigDecimal("38.33")), channels.get(2).roiPercent()); // 4600 / 12000

        PlanQuarter q1 = new PlanQuarter(1, Quarter.Q1);
        assertAmount("15804.34", forecast.byQuarter().get(q1).contribution());
        assertAmount("-12000.00", forecast.byQuarter().get(new PlanQuarter(1, Quarter.Q2)).contribution());
        assertAmount("3804.34", forecast.byYear().get(1).contribution());
        assertAmount("-4915.66", forecast.byMonth(null).get(YearMonth.of(2026, 1)).contribution()
                .add(forecast.byMonth(search).get(YearMonth.of(2026, 1)).contribution())
                .add(forecast.byMonth(email).get(YearMonth.of(2026, 1)).contribution()));
    }

    @Test
    void scopesAndMetricsServeTheObjectiveChecks() {
        Forecast forecast = ConversionModel.forecast(plan);
        YearMonth january = YearMonth.of(2026, 1);
        YearMonth december = YearMonth.of(2026, 12);

        assertAmount("3804.34", forecast.value(ForecastMetric.CONTRIBUTION,
                ForecastScope.of(ObjectiveScope.PLAN, List.of(), List.of()), january, december));
        // Online: Search and Email with the launch cost that no channel carries; the showroom is offline.
        assertAmount("-795.66", forecast.value(ForecastMetric.CONTRIBUTION,
                ForecastScope.of(ObjectiveScope.ONLINE, List.of(), List.of()), january, december));
        assertAmount("45000.00", forecast.value(ForecastMetric.REVENUE,
                ForecastScope.of(ObjectiveScope.CHANNELS, List.of(showroom), List.of()), january, december));
        // A sub-segment counts with its parent.
        assertAmount("3000", forecast.value(ForecastMetric.SESSIONS,
                ForecastScope.of(ObjectiveScope.SEGMENTS, List.of(), List.of(customers)), january, december));
        // Rates are ratios of the sums: 550 orders / 22000 sessions; 5549.55 / 119.99 orders = 46.2501…
        assertEquals(new BigDecimal("2.50"), forecast.value(ForecastMetric.CONVERSION_RATE,
                ForecastScope.of(ObjectiveScope.CHANNELS, List.of(search), List.of()), january, december));
        assertEquals(new BigDecimal("46.25"), forecast.value(ForecastMetric.AVERAGE_ORDER_VALUE,
                ForecastScope.of(ObjectiveScope.CHANNELS, List.of(email), List.of()), january, january));
        assertNull(forecast.value(ForecastMetric.CONVERSION_RATE,
                ForecastScope.of(ObjectiveScope.CHANNELS, List.of(search), List.of()), december, december),
                "no sessions in December: no rate");
    }

    @Test
    void aHalfCentRoundsAwayFromZero() {
        MarketingPlan small = plan("2026-01-01", "2026-12-31");
        margins(small, "50", null, null);
        // 1 session × 50 % = 0.5 orders × 0.25 = 0.125 → 0.13 (half-even would give 0.12);
        // gross profit 50 % of 0.13 = 0.065 → 0.07.
        ForecastInput half = input(small, null, "2026-01", 1, "50", "0.25 EUR");
        Economics economics = ProfitAssumptions.of(small, "EUR").resolve(null, null);

        ForecastFigures figures = ConversionModel.figuresOf(half, economics, "EUR");

        assertEquals(new BigDecimal("0.13"), figures.revenue());
        assertEquals(new BigDecimal("0.07"), figures.grossProfit());
        // 3000 × 3.333 % = 99.99 orders × 45.50 = 4549.545 → 4550 in a currency without a minor unit
        ForecastInput yen = input(small, null, "2026-01", 3_000, "3.333", "45.50 EUR");
        assertEquals(new BigDecimal("4550"), ConversionModel.figuresOf(yen, economics, "JPY").revenue());
    }

    @Test
    void withoutAGrossMarginTheForecastSaysSo() {
        margins(plan, null, "5", "10.00 EUR");
        Forecast forecast = ConversionModel.forecast(plan);

        assertEquals(3, forecast.withoutMargin().size(), "the inputs that take no margin from the Email assumption");
        assertTrue(!forecast.hasMargin());
        ForecastFigures searchJanuary = forecast.cells().get(0).figures();
        assertAmount("19000.00", searchJanuary.grossProfit()); // the whole net revenue
    }
}
