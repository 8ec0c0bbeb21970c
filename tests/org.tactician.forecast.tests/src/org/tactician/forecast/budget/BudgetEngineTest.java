package org.tactician.forecast.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.tactician.forecast.TestPlans.MODEL;
import static org.tactician.forecast.TestPlans.action;
import static org.tactician.forecast.TestPlans.assertAmount;
import static org.tactician.forecast.TestPlans.campaign;
import static org.tactician.forecast.TestPlans.channel;
import static org.tactician.forecast.TestPlans.line;
import static org.tactician.forecast.TestPlans.phase;
import static org.tactician.forecast.TestPlans.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tactician.forecast.Breakdown;
import org.tactician.forecast.PlanQuarter;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.BudgetCategory;
import org.tactician.model.CategoryTarget;
import org.tactician.model.MarTechTool;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.Quarter;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;

/**
 * The 2026 budget used throughout (EUR, plan period January–December 2026):
 * <pre>
 * A Store build   SITE_MARTECH one-shot   6000.00, no campaign        → January
 * B Hosting       SITE_MARTECH recurring  1000.00, no campaign        → 12 months: 1000/12 = 83.33 (down)
 *                                                                       × 11, December 1000 − 916.63 = 83.37
 * C Spring ads    MEDIA        recurring  3000.00, campaign 15 Mar–20 May, channel Search
 *                                                                     → March, April, May 1000.00 each
 * D Launch event  PR_EVENTS    one-shot   2500.00, campaign from 10 Jun → June
 * E Content       CONTENT_SEO  recurring  1200.00, phasing Feb 400, Mar 500, Jan 2027 300
 *                                                                     → Feb 400, Mar 500, 300 outside the plan
 * F Agency        CREATIVE     one-shot   500.00 USD                  → excluded (not the plan currency)
 * </pre>
 */
class BudgetEngineTest {

    private MarketingPlan plan;
    private Channel search;
    private Campaign spring;
    private Campaign summer;
    private BudgetLine storeBuild;
    private BudgetLine hosting;
    private BudgetLine springAds;
    private BudgetLine launchEvent;
    private BudgetLine content;
    private BudgetLine agency;

    @BeforeEach
    void buildPlan() {
        plan = plan("2026-01-01", "2026-12-31");
        search = channel(plan, "Search");
        spring = campaign(plan, "Spring", "2026-03-15", "2026-05-20");
        summer = campaign(plan, "Summer", "2026-06-10", null);
        storeBuild = line(plan, "Store build", BudgetCategory.SITE_MARTECH, CostType.ONE_SHOT, "6000.00 EUR");
        hosting = line(plan, "Hosting", BudgetCategory.SITE_MARTECH, CostType.RECURRING, "1000.00 EUR");
        springAds = line(plan, "Spring ads", BudgetCategory.MEDIA, CostType.RECURRING, "3000.00 EUR");
        springAds.setCampaign(spring);
        springAds.setChannel(search);
        launchEvent = line(plan, "Launch event", BudgetCategory.PR_EVENTS, CostType.ONE_SHOT, "2500.00 EUR");
        launchEvent.setCampaign(summer);
        content = line(plan, "Content", BudgetCategory.CONTENT_SEO, CostType.RECURRING, "1200.00 EUR");
        phase(content, "2026-02", "400.00 EUR");
        phase(content, "2026-03", "500.00 EUR");
        phase(content, "2027-01", "300.00 EUR");
        agency = line(plan, "Agency", BudgetCategory.CREATIVE, CostType.ONE_SHOT, "500.00 USD");
    }

    @Test
    void linesArePlacedByPhasingThenCostType() {
        BudgetMatrix matrix = BudgetEngine.expand(plan);

        assertEquals("EUR", matrix.currency());
        assertEquals(List.of(agency), matrix.excluded());
        assertEquals(5, matrix.rows().size());

        BudgetRow a = matrix.row(storeBuild).orElseThrow();
        assertEquals(Spread.ONE_SHOT, a.spread());
        assertEquals(Map.of(YearMonth.of(2026, 1), new BigDecimal("6000.00")), a.months());

        BudgetRow b = matrix.row(hosting).orElseThrow();
        assertEquals(Spread.RECURRING, b.spread());
        assertEquals(12, b.months().size());
        assertEquals(new BigDecimal("83.33"), b.amountIn(YearMonth.of(2026, 1)));
        assertEquals(new BigDecimal("83.33"), b.amountIn(YearMonth.of(2026, 11)));
        assertEquals(new BigDecimal("83.37"), b.amountIn(YearMonth.of(2026, 12)));
        assertAmount("1000.00", b.inPeriod());

        BudgetRow c = matrix.row(springAds).orElseThrow();
        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)),
                List.copyOf(c.months().keySet()));
        assertEquals(new BigDecimal("1000.00"), c.amountIn(YearMonth.of(2026, 4)));

        BudgetRow d = matrix.row(launchEvent).orElseThrow();
        assertEquals(Map.of(YearMonth.of(2026, 6), new BigDecimal("2500.00")), d.months());

        BudgetRow e = matrix.row(content).orElseThrow();
        assertEquals(Spread.PHASING, e.spread());
        assertAmount("400", e.amountIn(YearMonth.of(2026, 2)));
        assertAmount("500", e.amountIn(YearMonth.of(2026, 3)));
        assertAmount("300", e.outsidePeriod());
        assertAmount("1200", e.planned());
    }

    @Test
    void aLinesOwnDatesComeBeforeItsCampaignsAndThePlans() {
        // Hosting, recurring 1000.00, runs from 10 Sep 2026 to 28 Feb 2027 on its own:
        // September–December are in the plan, 1000/6 = 166.66 (down) for September to January,
        // February 2027 takes 1000 − 5 × 166.66 = 166.70; January and February are outside.
        hosting.setStart(java.time.LocalDate.of(2026, 9, 10));
        hosting.setEnd(java.time.LocalDate.of(2027, 2, 28));
        // Spring ads keep their campaign's months unless the line is dated: only April now.
        springAds.setStart(java.time.LocalDate.of(2026, 4, 1));
        springAds.setEnd(java.time.LocalDate.of(2026, 4, 30));
        // The store build, one-shot, is paid in its own start month.
        storeBuild.setStart(java.time.LocalDate.of(2026, 2, 15));

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        BudgetRow hostingRow = matrix.row(hosting).orElseThrow();
        assertEquals(new BigDecimal("166.66"), hostingRow.amountIn(YearMonth.of(2026, 9)));
        assertEquals(new BigDecimal("166.66"), hostingRow.amountIn(YearMonth.of(2026, 12)));
        assertAmount("666.64", hostingRow.inPeriod());
        assertAmount("333.36", hostingRow.outsidePeriod()); // 166.66 + 166.70
        assertEquals(Map.of(YearMonth.of(2026, 4), new BigDecimal("3000.00")),
                matrix.row(springAds).orElseThrow().months());
        assertEquals(Map.of(YearMonth.of(2026, 2), new BigDecimal("6000.00")),
                matrix.row(storeBuild).orElseThrow().months());
    }

    @Test
    void aLinesOwnStageComesFirst() {
        Kpi reachKpi = MODEL.createKpi();
        reachKpi.setRaceStage(RaceStage.REACH);
        springAds.getKpis().add(reachKpi);
        springAds.setRaceStage(RaceStage.CONVERT);

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        assertSame(RaceStage.CONVERT, matrix.row(springAds).orElseThrow().raceStage());
        assertAmount("3000.00", matrix.byRaceStage().of(RaceStage.CONVERT));
    }

    @Test
    void quartersByCategoryFoldTheMonths() {
        BudgetMatrix matrix = BudgetEngine.expand(plan);
        Map<PlanQuarter, Map<BudgetCategory, BigDecimal>> cells = matrix.byQuarterAndCategory();
        PlanQuarter q1 = matrix.calendar().quarters().get(0);
        // Q1: store build 6000 (Jan), hosting 3 × 83.33, spring ads 1000 (Mar), content 400 + 500.
        assertAmount("6249.99", cells.get(q1).get(BudgetCategory.SITE_MARTECH));
        assertAmount("1000.00", cells.get(q1).get(BudgetCategory.MEDIA));
        assertAmount("900.00", cells.get(q1).get(BudgetCategory.CONTENT_SEO));
        assertAmount("0", cells.get(q1).get(BudgetCategory.PR_EVENTS));
        // Folding loses nothing: each quarter adds up to its total, each category to its year.
        cells.forEach((quarter, categories) -> assertAmount(matrix.byQuarter().get(quarter).toPlainString(),
                categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        for (BudgetCategory category : BudgetCategory.VALUES) {
            assertAmount(matrix.byCategory().get(category).toPlainString(), cells.values().stream()
                    .map(c -> c.get(category)).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void monthQuarterAndYearTotalsAddUp() {
        BudgetMatrix matrix = BudgetEngine.expand(plan);

        Map<YearMonth, BigDecimal> months = matrix.byMonth();
        assertEquals(12, months.size());
        assertAmount("6083.33", months.get(YearMonth.of(2026, 1))); // 6000 + 83.33
        assertAmount("483.33", months.get(YearMonth.of(2026, 2))); // 83.33 + 400
        assertAmount("1583.33", months.get(YearMonth.of(2026, 3))); // 83.33 + 1000 + 500
        assertAmount("1083.33", months.get(YearMonth.of(2026, 5))); // 83.33 + 1000
        assertAmount("2583.33", months.get(YearMonth.of(2026, 6))); // 83.33 + 2500
        assertAmount("83.33", months.get(YearMonth.of(2026, 9)));
        assertAmount("83.37", months.get(YearMonth.of(2026, 12)));

        Map<PlanQuarter, BigDecimal> quarters = matrix.byQuarter();
        assertAmount("8149.99", quarters.get(new PlanQuarter(1, Quarter.Q1))); // 6083.33 + 483.33 + 1583.33
        assertAmount("4749.99", quarters.get(new PlanQuarter(1, Quarter.Q2))); // 1083.33 × 2 + 2583.33
        assertAmount("249.99", quarters.get(new PlanQuarter(1, Quarter.Q3))); // 83.33 × 3
        assertAmount("250.03", quarters.get(new PlanQuarter(1, Quarter.Q4))); // 83.33 × 2 + 83.37

        // 6000 + 1000 + 3000 + 2500 + (400 + 500) = 13400; the 300 of January 2027 is outside.
        assertAmount("13400.00", matrix.total());
        assertAmount("13400.00", matrix.byYear().get(1));
        assertAmount("300", matrix.outsidePeriod());
    }

    @Test
    void theMatrixHasEveryCategoryInEveryMonth() {
        BudgetMatrix matrix = BudgetEngine.expand(plan);

        Map<BudgetCategory, BigDecimal> categories = matrix.byCategory();
        assertAmount("7000.00", categories.get(BudgetCategory.SITE_MARTECH)); // 6000 + 1000
        assertAmount("3000.00", categories.get(BudgetCategory.MEDIA));
        assertAmount("2500.00", categories.get(BudgetCategory.PR_EVENTS));
        assertAmount("900.00", categories.get(BudgetCategory.CONTENT_SEO));
        assertAmount("0", categories.get(BudgetCategory.CREATIVE)); // the USD line is excluded
        assertAmount("0", categories.get(BudgetCategory.STAFF));

        assertAmount("1000.00", matrix.amount(YearMonth.of(2026, 3), BudgetCategory.MEDIA));
        assertAmount("83.33", matrix.amount(YearMonth.of(2026, 3), BudgetCategory.SITE_MARTECH));
        assertAmount("500.00", matrix.byMonthAndCategory().get(YearMonth.of(2026, 3)).get(BudgetCategory.CONTENT_SEO));
        assertEquals(BudgetCategory.VALUES.size(), matrix.byMonthAndCategory().get(YearMonth.of(2026, 8)).size());
    }

    @Test
    void breakdownsByChannelAndCampaignKeepTheUnassignedApart() {
        BudgetMatrix matrix = BudgetEngine.expand(plan);

        Breakdown<Channel> channels = matrix.byChannel();
        assertAmount("3000.00", channels.of(search));
        assertAmount("10400.00", channels.unassigned()); // 13400 − 3000
        assertAmount("13400.00", channels.total());

        Breakdown<Campaign> campaigns = matrix.byCampaign();
        assertAmount("3000.00", campaigns.of(spring));
        assertAmount("2500.00", campaigns.of(summer));
        assertAmount("7900.00", campaigns.unassigned()); // 6000 + 1000 + 900
    }

    @Test
    void aLineTakesItsStageFromKpisThenBookingsThenCampaignObjectives() {
        Kpi reachKpi = MODEL.createKpi();
        reachKpi.setRaceStage(RaceStage.REACH);
        springAds.getKpis().add(reachKpi);
        AlwaysOnActivity convertActivity = MODEL.createAlwaysOnActivity();
        convertActivity.setRaceStage(RaceStage.CONVERT);
        convertActivity.setBudgetLine(springAds); // loses against the KPI
        AlwaysOnActivity actActivity = MODEL.createAlwaysOnActivity();
        actActivity.setRaceStage(RaceStage.ACT);
        actActivity.setBudgetLine(hosting);
        action(plan).setAlwaysOnPlan(MODEL.createAlwaysOnPlan());
        action(plan).getAlwaysOnPlan().getActivities().add(convertActivity);
        action(plan).getAlwaysOnPlan().getActivities().add(actActivity);
        SmartObjective convertObjective = MODEL.createSmartObjective();
        convertObjective.setRaceStage(RaceStage.CONVERT);
        summer.getObjectives().add(convertObjective);

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        assertSame(RaceStage.REACH, matrix.row(springAds).orElseThrow().raceStage());
        assertSame(RaceStage.ACT, matrix.row(hosting).orElseThrow().raceStage());
        assertSame(RaceStage.CONVERT, matrix.row(launchEvent).orElseThrow().raceStage());
        assertNull(matrix.row(storeBuild).orElseThrow().raceStage());
        Breakdown<RaceStage> stages = matrix.byRaceStage();
        assertAmount("3000.00", stages.of(RaceStage.REACH));
        assertAmount("1000.00", stages.of(RaceStage.ACT));
        assertAmount("2500.00", stages.of(RaceStage.CONVERT));
        assertAmount("0", stages.of(RaceStage.ENGAGE));
        assertAmount("6900.00", stages.unassigned()); // store build 6000 + content 900
        assertEquals(RaceStage.VALUES.size(), stages.assigned().size());
    }

    @Test
    void allocatedIsWhatActivitiesEntriesPlacementsAndToolsBookOnTheLineEachOnce() {
        AlwaysOnActivity activity = MODEL.createAlwaysOnActivity();
        activity.setBookedAmount(Money.parse("1200.00 EUR"));
        activity.setBudgetLine(springAds);
        action(plan).setAlwaysOnPlan(MODEL.createAlwaysOnPlan());
        action(plan).getAlwaysOnPlan().getActivities().add(activity);
        AdvertisingEntry flight = MODEL.createAdvertisingEntry();
        flight.setBookedAmount(Money.parse("300.00 EUR"));
        flight.setBudgetLine(springAds);
        plan.setOperations(MODEL.createOperationsSection());
        plan.getOperations().setAdvertisingCalendar(MODEL.createAdvertisingCalendar());
        plan.getOperations().getAdvertisingCalendar().getEntries().add(flight);
        MediaPlacement placement = MODEL.createMediaPlacement();
        placement.setBookedAmount(Money.parse("1800.00 EUR"));
        placement.setBudgetLine(springAds);
        spring.getMediaPlan().add(placement);
        // A flight that executes the placement and repeats its money: counted through the placement only.
        AdvertisingEntry execution = MODEL.createAdvertisingEntry();
        execution.setPlacement(placement);
        execution.setBookedAmount(Money.parse("1800.00 EUR"));
        execution.setBudgetLine(springAds);
        plan.getOperations().getAdvertisingCalendar().getEntries().add(execution);
        MarTechTool tool = MODEL.createMarTechTool();
        tool.setBudgetLine(hosting);
        tool.setBookedAmount(Money.parse("400.00 EUR"));
        action(plan).getMartechStack().add(tool);

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        BudgetRow row = matrix.row(springAds).orElseThrow();
        assertAmount("3000.00", row.planned());
        assertAmount("3300.00", row.allocated()); // 1200 + 300 + 1800, the execution not again
        assertAmount("-300.00", row.remaining());
        assertAmount("400.00", matrix.row(hosting).orElseThrow().allocated());
        assertAmount("3700.00", matrix.allocated());
        assertAmount("13700.00", matrix.planned()); // 6000 + 1000 + 3000 + 2500 + 1200
    }

    @Test
    void unclassifiedLinesCountEverywhereButInACategory() {
        BudgetLine unsorted = line(plan, "Unsorted", BudgetCategory.MEDIA, CostType.RECURRING, "1200.00 EUR");
        unsorted.unsetCategory();
        unsorted.unsetCostType(); // without phasing: spread like a recurring cost

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        BudgetRow row = matrix.row(unsorted).orElseThrow();
        assertEquals(null, row.category());
        assertEquals(null, row.costType());
        assertEquals(Spread.RECURRING, row.spread());
        assertAmount("100.00", row.amountIn(YearMonth.of(2026, 5)));
        assertAmount("1200.00", matrix.uncategorised());
        BigDecimal categories = matrix.byCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertAmount(matrix.total().toPlainString(), categories.add(matrix.uncategorised()));
    }

    @Test
    void theApprovedTotalAndCategoryTargetsAreWhatTheSpendIsCheckedAgainst() {
        action(plan).getBudget().setApprovedTotal(Money.parse("13000.00 EUR"));
        CategoryTarget media = MODEL.createCategoryTarget();
        media.setCategory(BudgetCategory.MEDIA);
        media.setAmount(Money.parse("2500.00 EUR"));
        CategoryTarget site = MODEL.createCategoryTarget();
        site.setCategory(BudgetCategory.SITE_MARTECH);
        site.setAmount(Money.parse("8000.00 EUR"));
        action(plan).getBudget().getCategoryTargets().addAll(List.of(media, site));

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        assertAmount("13000.00", matrix.approved().orElseThrow());
        // In the period: 6000 + 1000 + 3000 + 2500 + 900 = 13400, 400 over the approved total.
        assertAmount("13400.00", matrix.total());
        assertAmount("400.00", matrix.overApproved());
        assertEquals(Map.of(BudgetCategory.MEDIA, new BigDecimal("500.00")), matrix.overTarget()); // 3000 − 2500
    }

    @Test
    void aLineWithoutAmountPlansItsPhasedTotal() {
        BudgetLine phasedOnly = line(plan, "Freelancers", BudgetCategory.STAFF, CostType.RECURRING, null);
        phase(phasedOnly, "2026-07", "250.00 EUR");
        phase(phasedOnly, "2026-08", "250.00 EUR");
        BudgetLine empty = line(plan, "To be decided", BudgetCategory.STAFF, CostType.RECURRING, null);

        BudgetMatrix matrix = BudgetEngine.expand(plan);

        assertAmount("500.00", matrix.row(phasedOnly).orElseThrow().planned());
        assertEquals(Spread.NONE, matrix.row(empty).orElseThrow().spread());
        assertAmount("0", matrix.row(empty).orElseThrow().planned());
    }
}
