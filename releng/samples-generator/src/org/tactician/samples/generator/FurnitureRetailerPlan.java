package org.tactician.samples.generator;

import static org.tactician.model.MeasureKind.LEVEL;
import static org.tactician.model.MeasureKind.RATE;
import static org.tactician.model.MeasureKind.SUM;
import static org.tactician.model.RaceStage.ACT;
import static org.tactician.model.RaceStage.CONVERT;
import static org.tactician.model.RaceStage.ENGAGE;
import static org.tactician.model.RaceStage.PLAN;
import static org.tactician.model.RaceStage.REACH;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.tactician.model.ActionSection;
import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.AlwaysOnPlan;
import org.tactician.model.AutomationEntry;
import org.tactician.model.AutomationPlan;
import org.tactician.model.AutomationTrigger;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.ChannelCategory;
import org.tactician.model.ChannelPerformance;
import org.tactician.model.CommunicationType;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.ContentFormat;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.CroEntry;
import org.tactician.model.CroPlan;
import org.tactician.model.CustomerJourney;
import org.tactician.model.Dashboard;
import org.tactician.model.DemCalendar;
import org.tactician.model.DemEntry;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.JourneyFlow;
import org.tactician.model.KeyIssue;
import org.tactician.model.Kpi;
import org.tactician.model.LoyaltyEntry;
import org.tactician.model.LoyaltyPlan;
import org.tactician.model.MarTechCategory;
import org.tactician.model.MarTechTool;
import org.tactician.model.MarketReview;
import org.tactician.model.MarketReviewArea;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.ObjectiveStatus;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PerformanceReview;
import org.tactician.model.PestleAnalysis;
import org.tactician.model.PestleCategory;
import org.tactician.model.PlanPhase;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.SegmentLayer;
import org.tactician.model.SmartObjective;
import org.tactician.model.StrategySection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;
import org.tactician.model.ValueProposition;
import org.tactician.model.Workstream;

/**
 * The full sample: one year of a (fictional) furniture e-commerce retailer with every section of
 * the plan filled, including the worked example of the domain (the partnership with a visual
 * social network testing automatic keyword bidding with ready-made templates, traffic +400%) and
 * an education-led content hub as the ACT-stage content play.
 *
 * <p>The numbers are derived from each other here, so they agree: the forecast sessions add up to
 * the REACH objectives, the monthly revenue objectives to the quarterly ones and those to the
 * annual target, the phasing of every budget line to its amount, media placements to their lines.
 */
final class FurnitureRetailerPlan extends SampleBuilder {

    /** Monthly weights of furniture demand (January sale, spring, autumn peak, quiet December). */
    private static final int[] SEASON = {10, 8, 9, 9, 8, 7, 6, 7, 9, 10, 11, 6};
    /** Pinterest ramps up from the test in February to the scaled campaign in the autumn. */
    private static final int[] PINTEREST_RAMP = {2, 4, 6, 8, 9, 9, 9, 10, 11, 11, 12, 9};
    private static final int[] SHOWROOM_SEASON = {9, 7, 9, 9, 8, 6, 5, 7, 9, 10, 12, 9};
    private static final int[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private static final String WEB = "https://www.holmvik-living.example";

    /** Forecast inputs of one channel for the plan year. */
    private record ChannelForecast(String channel, String segment, long sessions, int[] weights, String conversionRate,
            long averageOrderValue, boolean online) {
    }

    private final List<ChannelForecast> forecasts = List.of(
            new ChannelForecast("ch-seo", "seg-researchers", 570_000, SEASON, "0.70", 620, true),
            new ChannelForecast("ch-sea", "seg-sofa-intent", 320_000, SEASON, "0.85", 600, true),
            new ChannelForecast("ch-meta-ads", "seg-urban-renters", 250_000, SEASON, "0.40", 550, true),
            new ChannelForecast("ch-pinterest", "seg-savers", 225_000, PINTEREST_RAMP, "0.35", 560, true),
            new ChannelForecast("ch-email", "seg-high-value", 175_000, SEASON, "1.30", 490, true),
            new ChannelForecast("ch-affiliate", "seg-families", 65_000, SEASON, "0.95", 570, true),
            new ChannelForecast("ch-showroom", "seg-families", 9_500, SHOWROOM_SEASON, "7.50", 920, false));

    /** Online revenue targets by month (the forecast rounded down to thousands), filled by the forecast. */
    private final long[] revenueTargets = new long[12];
    private final long[] onlineSessions = new long[12];
    private long[] pinterestSessions;

    FurnitureRetailerPlan() {
        super(2027, "EUR");
    }

    @Override
    String fileName() {
        return "furniture-retailer.mplan";
    }

    @Override
    void build() {
        id(plan, "plan");
        plan.setName("Holmvik Living — digital marketing plan 2027");
        plan.setDescription("One-year RACE plan of Holmvik Living (a fictional retailer used as Tactician's "
                + "full sample): grow online revenue by a quarter while scaling Pinterest, opening Italy and "
                + "Portugal and turning one-time buyers into Holmvik Club members.");
        plan.setBrand("Holmvik Living");
        plan.setStart(date(1, 1));
        plan.setEnd(date(12, 31));
        plan.setCurrency(currency);
        plan.setLanguage("en");
        plan.setAuthor("Anna Becker");

        team();
        channels();
        computeForecastTotals();

        OpportunitySection opportunity = id(F.createOpportunitySection(), "opportunity");
        plan.setOpportunity(opportunity);
        StrategySection strategy = id(F.createStrategySection(), "strategy");
        plan.setStrategy(strategy);
        ActionSection action = id(F.createActionSection(), "action");
        plan.setAction(action);
        OperationsSection operations = id(F.createOperationsSection(), "operations");
        plan.setOperations(operations);

        // Built in dependency order: what is referenced exists before what references it.
        performanceReview(opportunity);
        marketReview(opportunity);
        pestle(opportunity);
        swot(opportunity);
        segmentsAndPersonas(strategy);
        dashboard(action);
        objectives(opportunity);
        forecast(opportunity);
        valueProposition(strategy);
        contentMap(strategy);
        marketingMix(strategy);
        communications(strategy);
        budget(action);
        campaigns(action);
        alwaysOn(action);
        martech(action);
        ninetyDayPlans(action);
        canvas(strategy);
        objectivesProgramme(operations);
        editorialCalendar(operations);
        advertisingCalendar(operations);
        demCalendar(operations);
        automations(operations);
        croPlan(operations);
        loyalty(operations);
        journey();
    }

    // --- §0 plan, team, channels ---------------------------------------------------------------

    private void team() {
        member("tm-anna", "Anna Becker", "Head of Marketing", "anna.becker@holmvik-living.example",
                "Owns the plan and the budget; reports to the managing directors every month.");
        member("tm-jonas", "Jonas Weber", "E-commerce Manager", "jonas.weber@holmvik-living.example",
                "Online store, conversion-rate optimisation, room planner.");
        member("tm-sofia", "Sofia Marques", "Performance Marketing Lead", "sofia.marques@holmvik-living.example",
                "Search, Shopping, Pinterest and Meta advertising; affiliates.");
        member("tm-luca", "Luca Romano", "Content and SEO Lead", "luca.romano@holmvik-living.example",
                "Home Academy hub, buying guides, podcast, organic search, press.");
        member("tm-katharina", "Katharina Wolff", "CRM and Loyalty Manager", "katharina.wolff@holmvik-living.example",
                "Email automations, Holmvik Club, reviews, customer service quality.");
        member("tm-elena", "Elena Sokolova", "Social Media Manager", "elena.sokolova@holmvik-living.example",
                "Instagram, Pinterest boards, YouTube, community management.");
        member("tm-marco", "Marco Hansen", "Showroom Manager", "marco.hansen@holmvik-living.example",
                "Hamburg showroom, appointments, fairs and events.");
        member("tm-priya", "Priya Nair", "Marketing Analyst", "priya.nair@holmvik-living.example",
                "Tracking, attribution, dashboard, forecast.");
        member("tm-agency", "Studio Nordlicht", "Creative agency (retainer)", "hello@studio-nordlicht.example",
                "Photography, Pin templates, campaign creative.");
        plan.setOwner(get("tm-anna"));
    }

    private void channels() {
        channel("ch-web", "Online store", ChannelCategory.WEBSITE, MediaType.OWNED, WEB,
                "The store on a hosted commerce platform, in German, English, Italian and Portuguese.");
        channel("ch-seo", "Organic search", ChannelCategory.ORGANIC_SEARCH, MediaType.EARNED, null,
                "Unpaid search traffic to product pages, buying guides and the Home Academy.");
        channel("ch-sea", "Google search and Shopping ads", ChannelCategory.PAID_SEARCH, MediaType.PAID, null,
                "Search and Shopping campaigns in DE, AT, NL, IT and PT.");
        channel("ch-pinterest", "Pinterest", ChannelCategory.PAID_SOCIAL, MediaType.PAID,
                "https://pinterest.example/holmvikliving",
                "Promoted Pins with automated keyword bidding, plus our organic boards.");
        channel("ch-meta-ads", "Instagram and Facebook ads", ChannelCategory.PAID_SOCIAL, MediaType.PAID, null,
                "Prospecting and campaign bursts on Meta's platforms.");
        channel("ch-instagram", "Instagram", ChannelCategory.ORGANIC_SOCIAL, MediaType.OWNED,
                "https://instagram.example/holmvik.living", "Organic posts, Reels and customer photos.");
        channel("ch-youtube", "YouTube", ChannelCategory.VIDEO, MediaType.OWNED,
                "https://youtube.example/@holmvikliving", "Home Academy videos and live webinars.");
        channel("ch-email", "Email and CRM", ChannelCategory.EMAIL, MediaType.OWNED, null,
                "Newsletter to 82,000 subscribers and lifecycle automations.");
        channel("ch-dem", "Partner newsletters (DEM)", ChannelCategory.EMAIL, MediaType.PAID, null,
                "Paid sends to the databases of interior and lifestyle publishers.");
        channel("ch-display", "Programmatic retargeting", ChannelCategory.DISPLAY, MediaType.PAID, null,
                "Retargeting of multi-session researchers across display networks.");
        channel("ch-affiliate", "Interior blogger affiliates", ChannelCategory.AFFILIATE, MediaType.PAID, null,
                "About 60 interior bloggers on commission.");
        channel("ch-pr", "Interior press and portals", ChannelCategory.PR, MediaType.EARNED, null,
                "Magazine features, portal interviews and guest articles.");
        channel("ch-events", "Fairs and showroom events", ChannelCategory.EVENTS, MediaType.OWNED, null,
                "The Hamburg home and design fair and evenings in the showroom.");
        channel("ch-showroom", "Hamburg showroom", ChannelCategory.PHYSICAL_STORE, MediaType.OWNED, WEB + "/showroom",
                "600 m² showroom with appointment booking; orders are placed in store or online.");
        channel("ch-service", "Customer service and delivery", ChannelCategory.OTHER, MediaType.OWNED, null,
                "Chat, phone, delivery partners and the assembly team.");
    }

    /** Sessions and revenue of the forecast by month, to derive the objectives and KPIs from. */
    private void computeForecastTotals() {
        BigDecimal[] revenue = new BigDecimal[12];
        java.util.Arrays.fill(revenue, BigDecimal.ZERO);
        for (ChannelForecast forecast : forecasts) {
            long[] sessions = split(forecast.sessions(), forecast.weights());
            if (forecast.channel().equals("ch-pinterest")) {
                pinterestSessions = sessions;
            }
            if (!forecast.online()) {
                continue;
            }
            for (int m = 0; m < 12; m++) {
                onlineSessions[m] += sessions[m];
                revenue[m] = revenue[m].add(dec(sessions[m]).multiply(dec(forecast.conversionRate()))
                        .divide(dec(100)).multiply(dec(forecast.averageOrderValue())));
            }
        }
        for (int m = 0; m < 12; m++) {
            // Rounded down to thousands: the forecast always backs the target.
            revenueTargets[m] = revenue[m].divide(dec(1000), 0, RoundingMode.DOWN).longValueExact() * 1000;
        }
    }

    private long annualRevenueTarget() {
        return sum(revenueTargets, 0, 12);
    }

    // --- §1 opportunity ------------------------------------------------------------------------

    private void performanceReview(OpportunitySection opportunity) {
        PerformanceReview review = named(F.createPerformanceReview(), "review-2026", "Performance review 2026",
                "Online and showroom results of 2026 against the 2026 plan (December estimated from the "
                        + "first three weeks).");
        review.setStart(LocalDate.of(2026, 1, 1));
        review.setEnd(LocalDate.of(2026, 12, 31));
        review.setSalesTarget(money(6_000_000));
        review.setProfit(money(410_000));
        review.setRetentionRate(dec("22.5"));
        review.setGrowthRate(dec("11.8"));
        review.setMissedOpportunities("Pinterest ran as an afterthought (45,000 sessions) although 61% of buyers "
                + "saved ideas there before ordering; the mobile checkout lost buyers at the delivery-date step; "
                + "Italy and Portugal brought 9% of sessions but had no local pages; best-selling sofas sold out in "
                + "November.");
        opportunity.setPerformanceReview(review);
        long[] sales = {0};
        int[] customers = {0};
        metric(review, "perf-seo", "ch-seo", 520_000, "0.65", 610, 96_000, 2_950, "18.0",
                "Buying guides drive most organic sessions; product pages lose rankings to marketplaces.", sales,
                customers);
        metric(review, "perf-sea", "ch-sea", 310_000, "0.80", 590, 248_000, 2_150, "20.5",
                "Shopping ads carry the sofa category; brand terms are a third of the spend.", sales, customers);
        metric(review, "perf-meta", "ch-meta-ads", 240_000, "0.35", 540, 132_000, 760, "15.0",
                "Reels outperform single images three to one in click-through rate.", sales, customers);
        metric(review, "perf-pinterest", "ch-pinterest", 45_000, "0.30", 520, 18_000, 120, "16.0",
                "Manual bidding on a handful of Pins; no templates, no conversion tracking until October.", sales,
                customers);
        metric(review, "perf-email", "ch-email", 150_000, "1.20", 480, 36_000, 260, "41.0",
                "Newsletter only; no browse-abandonment or win-back automation yet.", sales, customers);
        metric(review, "perf-affiliate", "ch-affiliate", 60_000, "0.90", 560, 30_240, 480, "19.0",
                "Ten bloggers bring 70% of affiliate revenue.", sales, customers);
        metric(review, "perf-showroom", "ch-showroom", 8_000, "7.00", 905, 42_000, 380, "35.0",
                "Sessions here are showroom visits counted at the door; a third of visitors booked online.", sales,
                customers);
        review.setSales(money(sales[0]));
        review.setNewCustomers(customers[0]);
    }

    private void metric(PerformanceReview review, String id, String channel, long sessions, String conversionRate,
            long averageOrderValue, long cost, int newCustomers, String retentionRate, String notes, long[] sales,
            int[] customers) {
        ChannelPerformance performance = id(F.createChannelPerformance(), id);
        performance.setChannel(get(channel));
        performance.setSessions(sessions);
        performance.setConversionRate(dec(conversionRate));
        performance.setAverageOrderValue(money(averageOrderValue));
        // Revenue = sessions x conversion rate x average order value, as in the forecast.
        long revenue = dec(sessions).multiply(dec(conversionRate)).divide(dec(100)).multiply(dec(averageOrderValue))
                .longValueExact();
        performance.setRevenue(money(revenue));
        performance.setCost(money(cost));
        performance.setNewCustomers(newCustomers);
        performance.setRetentionRate(dec(retentionRate));
        performance.setNotes(notes);
        review.getChannelMetrics().add(performance);
        sales[0] += revenue;
        customers[0] += newCustomers;
    }

    private void marketReview(OpportunitySection opportunity) {
        MarketReview review = id(F.createMarketReview(), "market-review");
        opportunity.setMarketReview(review);
        review.getFindings().add(finding("mf-visual-discovery", MarketReviewArea.CUSTOMER_BEHAVIOUR,
                OpportunityOrThreat.OPPORTUNITY, "Inspiration starts on visual platforms",
                "61% of 2026 buyers saved pictures of rooms or products on Pinterest or Instagram before they "
                        + "ordered; sofa buyers saved 14 ideas on average over five weeks.",
                "Holmvik post-purchase survey, Oct 2026 (n = 1,850)"));
        review.getFindings().add(finding("mf-pinterest-partnership", MarketReviewArea.INTERMEDIARIES,
                OpportunityOrThreat.OPPORTUNITY,
                "Visual social network offers a partnership: automated keyword bidding with ready-made templates",
                "Pinterest proposed a joint test: automatic bidding on the keywords of our category, using "
                        + "ready-made ad templates filled from our product feed, with their team tuning the targeting. "
                        + "Retailers in the pilot reached users far more precisely; the goal we set for ourselves "
                        + "is traffic from Pinterest up 400% (45,000 to 225,000 sessions).",
                "Pinterest partner manager meeting, Oct 2026"));
        review.getFindings().add(finding("mf-content-hub-benchmark", MarketReviewArea.OTHER,
                OpportunityOrThreat.OPPORTUNITY,
                "Benchmark: a consulting firm's educational content hub",
                "A management-consulting firm built an educational hub for each industry it serves — videos, "
                        + "reports, podcasts and articles — and became the reference its clients read before they "
                        + "buy. The same ACT-stage play fits furniture: a 'Home Academy' of room guides, material "
                        + "explainers, a trends report and a podcast keeps researchers with us between visits.",
                "Content-hub benchmark review, Nov 2026"));
        review.getFindings().add(finding("mf-marketplaces", MarketReviewArea.INTERMEDIARIES,
                OpportunityOrThreat.THREAT, "Marketplaces push own-label furniture",
                "Two large marketplaces now rank own-label sofas above brand listings and outbid us on generic "
                        + "Shopping terms.",
                "Search-share tracking, Q3 2026"));
        review.getFindings().add(finding("mf-competitor-ar", MarketReviewArea.COMPETITORS,
                OpportunityOrThreat.THREAT, "A direct competitor launched 'view in your room'",
                "A Scandinavian online competitor added augmented-reality previews and a five-day delivery promise "
                        + "for 300 products.",
                "Competitor monitoring, Sep 2026"));
        review.getFindings().add(finding("mf-italy", MarketReviewArea.CUSTOMER_BEHAVIOUR,
                OpportunityOrThreat.OPPORTUNITY, "Italy: long research, buying for decades",
                "Italian customers read more reviews and stay longer on product pages than any other market. "
                        + "In their words: «Prima di comprare un divano guardo decine di foto e recensioni: voglio "
                        + "un mobile che duri vent'anni.»",
                "Customer interviews in Milan and Turin, Oct 2026"));
        review.getFindings().add(finding("mf-portugal", MarketReviewArea.CUSTOMER_BEHAVIOUR,
                OpportunityOrThreat.OPPORTUNITY, "Portugal: holiday homes are furnished online",
                "Owners of holiday homes in the Algarve and on the coast buy outdoor and dining furniture online. "
                        + "One of them: «Compramos quase tudo pela internet, porque a loja de móveis mais próxima "
                        + "fica a 80 km da nossa casa de férias.»",
                "Customer interviews in Portugal, Sep 2026"));
        review.getFindings().add(finding("mf-baltics", MarketReviewArea.CUSTOMER_BEHAVIOUR,
                OpportunityOrThreat.OPPORTUNITY, "Baltics: enquiries in Russian are growing",
                "A fifth of service enquiries from Latvia and Estonia are written in Russian, mostly about delivery "
                        + "and assembly, for example: «Можно ли заказать доставку со сборкой в Риге? Хочу диван, "
                        + "как на фото в Pinterest.»",
                "Customer-service log, Jan–Oct 2026"));
    }

    private void pestle(OpportunitySection opportunity) {
        PestleAnalysis pestle = id(F.createPestleAnalysis(), "pestle");
        opportunity.setPestle(pestle);
        pestle.getFactors().add(factor("pf-political-tariffs", PestleCategory.POLITICAL, OpportunityOrThreat.THREAT, 3,
                2, "Tariffs on imported fittings",
                "Trade disputes could raise the price of hinges, runners and upholstery foam from outside the EU."));
        pestle.getFactors().add(factor("pf-economic-confidence", PestleCategory.ECONOMIC, OpportunityOrThreat.THREAT,
                4, 3, "Consumer confidence and big-ticket spending",
                "Households postpone sofas and dining sets first when confidence drops; financing softens this."));
        pestle.getFactors().add(factor("pf-economic-timber", PestleCategory.ECONOMIC, OpportunityOrThreat.THREAT, 3, 4,
                "Timber and freight costs", "Oak and freight prices rose again in 2026; margins of the solid-wood range "
                        + "fall unless prices follow."));
        pestle.getFactors().add(factor("pf-social-small-homes", PestleCategory.SOCIAL, OpportunityOrThreat.OPPORTUNITY,
                4, 4, "Smaller homes, rooms with several uses",
                "More people furnish small flats where one room is office, dining room and guest room."));
        pestle.getFactors().add(factor("pf-social-durability", PestleCategory.SOCIAL, OpportunityOrThreat.OPPORTUNITY,
                4, 4, "Durable and repairable beats disposable",
                "Buyers under 40 ask about wood origin, repairability and resale value."));
        pestle.getFactors().add(factor("pf-tech-automated-bidding", PestleCategory.TECHNOLOGICAL,
                OpportunityOrThreat.OPPORTUNITY, 4, 4, "Automated bidding and visual search mature",
                "Ad platforms bid on keywords and audiences automatically and match products to saved pictures."));
        pestle.getFactors().add(factor("pf-tech-signal-loss", PestleCategory.TECHNOLOGICAL, OpportunityOrThreat.THREAT,
                3, 5, "Browser limits on tracking",
                "Third-party cookies and cross-site identifiers keep disappearing; conversions go missing."));
        pestle.getFactors().add(factor("pf-legal-consent", PestleCategory.LEGAL, OpportunityOrThreat.THREAT, 3, 4,
                "Stricter consent enforcement",
                "Data-protection authorities check cookie banners and consent for email marketing more often."));
        pestle.getFactors().add(factor("pf-environmental-wood", PestleCategory.ENVIRONMENTAL,
                OpportunityOrThreat.THREAT, 3, 4, "Due diligence for wood products",
                "EU rules against deforestation require proof of origin for every wood product we sell."));
        pestle.getFactors().add(factor("pf-environmental-packaging", PestleCategory.ENVIRONMENTAL,
                OpportunityOrThreat.OPPORTUNITY, 2, 3, "Packaging take-back",
                "Customers welcome deliveries that take the packaging away; a visible proof of our values."));
    }

    private void swot(OpportunitySection opportunity) {
        SwotAnalysis swot = id(F.createSwotAnalysis(), "swot");
        opportunity.setSwot(swot);
        swot.getItems().add(swot("sw-s-range", SwotCategory.STRENGTH, 5, "Own-design solid-wood range",
                "420 own designs in FSC-certified oak and ash, made in partner workshops in Poland and Portugal."));
        swot.getItems().add(swot("sw-s-imagery", SwotCategory.STRENGTH, 4, "Styled room imagery",
                "A library of 3,000 styled room photos that already perform well when customers save them."));
        swot.getItems().add(swot("sw-s-showroom", SwotCategory.STRENGTH, 3, "Hamburg showroom with advice",
                "Design advisers turn a third of appointments into orders."));
        swot.getItems().add(swot("sw-s-list", SwotCategory.STRENGTH, 4, "Engaged email list",
                "82,000 subscribers with a 38% open rate."));
        swot.getItems().add(swot("sw-w-delivery", SwotCategory.WEAKNESS, 5, "Long delivery times",
                "Made-to-order sofas take six to eight weeks; the date is confirmed only after the order."));
        swot.getItems().add(swot("sw-w-data", SwotCategory.WEAKNESS, 4, "Fragmented tracking",
                "38% of online revenue has no known source; budgets follow last-click reports."));
        swot.getItems().add(swot("sw-w-content", SwotCategory.WEAKNESS, 4, "Thin content for researchers",
                "A few buying guides; nothing that keeps a five-week researcher coming back."));
        swot.getItems().add(swot("sw-w-mobile", SwotCategory.WEAKNESS, 4, "Weak mobile conversion",
                "0.48% on mobile against 1.1% on desktop."));
        swot.getItems().add(swot("sw-o-visual-discovery", SwotCategory.OPPORTUNITY, 5,
                "Shoppers plan rooms on visual platforms", "Buyers save ideas for weeks before they order.",
                "mf-visual-discovery", "pf-social-small-homes"));
        swot.getItems().add(swot("sw-o-pinterest-partnership", SwotCategory.OPPORTUNITY, 5,
                "Pinterest partnership: automated keyword bidding with ready-made templates",
                "A supported test with precise targeting and templates filled from our feed.",
                "mf-pinterest-partnership", "pf-tech-automated-bidding"));
        swot.getItems().add(swot("sw-o-education", SwotCategory.OPPORTUNITY, 4, "Buyers want expert guidance",
                "Education-led content hubs earn trust before the purchase.", "mf-content-hub-benchmark",
                "pf-social-durability"));
        swot.getItems().add(swot("sw-o-south", SwotCategory.OPPORTUNITY, 3, "Demand in Italy and Portugal",
                "Long-term buyers in Italy, holiday-home owners in Portugal.", "mf-italy", "mf-portugal"));
        swot.getItems().add(swot("sw-o-baltics", SwotCategory.OPPORTUNITY, 2, "Russian-speaking buyers in the Baltics",
                "Enquiries in Russian grow; nobody answers them in their language.", "mf-baltics"));
        swot.getItems().add(swot("sw-t-marketplaces", SwotCategory.THREAT, 4, "Marketplaces undercut prices",
                "Own-label sofas and higher bids on generic terms.", "mf-marketplaces", "mf-competitor-ar"));
        swot.getItems().add(swot("sw-t-costs", SwotCategory.THREAT, 4, "Rising wood and freight costs",
                "Margin pressure on the solid-wood range.", "pf-economic-timber", "pf-political-tariffs",
                "pf-environmental-wood"));
        swot.getItems().add(swot("sw-t-confidence", SwotCategory.THREAT, 4, "Big purchases postponed",
                "Weak confidence delays sofas and dining sets.", "pf-economic-confidence"));
        swot.getItems().add(swot("sw-t-signal-loss", SwotCategory.THREAT, 3, "Signal loss in measurement",
                "Consent rules and browser limits hide conversions.", "pf-tech-signal-loss", "pf-legal-consent"));

        swot.getStrategies().add(tows("tows-so-pinterest", TowsCategory.SO, 5,
                "Scale the Pinterest partnership with our room imagery",
                "Feed our styled room photos (S) into ready-made templates and automated keyword bidding (O) to "
                        + "meet shoppers where they plan rooms.",
                "sw-s-imagery", "sw-o-pinterest-partnership", "sw-o-visual-discovery"));
        swot.getStrategies().add(tows("tows-so-south", TowsCategory.SO, 3, "Open Italy and Portugal with the solid-wood range",
                "Local pages and campaigns for durable pieces (S) where buyers research long (O).", "sw-s-range",
                "sw-o-south"));
        swot.getStrategies().add(tows("tows-wo-academy", TowsCategory.WO, 4,
                "Home Academy: an educational hub for researchers",
                "Fix thin research content (W) with an education-led hub of guides, videos, a report and a podcast "
                        + "(O), as the consulting-firm benchmark shows.",
                "sw-w-content", "sw-o-education"));
        swot.getStrategies().add(tows("tows-wo-measurement", TowsCategory.WO, 4,
                "Measure with the partner's conversion data",
                "Use the partnership's conversions API and server-side tagging (O) to close the tracking gap (W).",
                "sw-w-data", "sw-o-pinterest-partnership"));
        swot.getStrategies().add(tows("tows-wo-mobile", TowsCategory.WO, 4, "Mobile pages for visual shoppers",
                "Rebuild mobile product pages (W) around the saved-idea journey (O): room sets, delivery week, "
                        + "fabric samples.",
                "sw-w-mobile", "sw-o-visual-discovery"));
        swot.getStrategies().add(tows("tows-st-club", TowsCategory.ST, 4, "Holmvik Club against marketplace prices",
                "Use the engaged list and the durable range (S) to keep customers the marketplaces chase with price "
                        + "(T).",
                "sw-s-list", "sw-s-range", "sw-t-marketplaces"));
        swot.getStrategies().add(tows("tows-st-advice", TowsCategory.ST, 3, "Advice and financing for hesitant buyers",
                "Showroom and video advice plus 0% financing (S) for buyers who postpone big purchases (T).",
                "sw-s-showroom", "sw-t-confidence"));
        swot.getStrategies().add(tows("tows-wt-delivery", TowsCategory.WT, 4, "An in-stock range with a delivery promise",
                "Cut the long-delivery weakness (W) before costs and hesitation hit harder (T): 120 best-sellers in "
                        + "stock, delivery week shown before checkout.",
                "sw-w-delivery", "sw-t-costs", "sw-t-confidence"));
        swot.getStrategies().add(tows("tows-wt-consent", TowsCategory.WT, 3, "Consent-first measurement",
                "Limit signal loss (T) where our data is weakest (W): consent mode, first-party data, modelled "
                        + "conversions.",
                "sw-w-data", "sw-t-signal-loss"));

        swot.getKeyIssues().add(keyIssue("ki-inspiration-traffic", 5, "Too little qualified traffic where rooms are planned",
                "We are absent where 61% of buyers collect ideas.", new String[] {"sw-o-visual-discovery", "sw-w-content"},
                "tows-so-pinterest", "tows-wo-academy"));
        swot.getKeyIssues().add(keyIssue("ki-mobile-delivery", 5, "Mobile conversion and delivery times hold back sales",
                "Mobile shoppers leave at the delivery-date step.", new String[] {"sw-w-mobile", "sw-w-delivery"},
                "tows-wo-mobile", "tows-wt-delivery"));
        swot.getKeyIssues().add(keyIssue("ki-retention", 4, "Low retention for a brand with an engaged list",
                "22.5% of customers buy again; the marketplaces compete on price.",
                new String[] {"sw-s-list", "sw-t-marketplaces"}, "tows-st-club"));
        swot.getKeyIssues().add(keyIssue("ki-measurement", 4, "We cannot see which channels pay",
                "Budgets follow last-click reports with 38% of revenue unattributed.",
                new String[] {"sw-w-data", "sw-t-signal-loss"}, "tows-wo-measurement", "tows-wt-consent"));
    }

    private KeyIssue keyIssue(String id, int priority, String name, String description, String[] items,
            String... strategies) {
        KeyIssue issue = named(F.createKeyIssue(), id, name, description);
        issue.setPriority(priority);
        issue.getSwotItems().addAll(all(items));
        issue.getStrategies().addAll(all(strategies));
        return issue;
    }

    private void objectives(OpportunitySection opportunity) {
        List<SmartObjective> objectives = opportunity.getObjectives();
        objectives.add(withKpi(objective("obj-plan-attribution", PLAN, "See which channels pay",
                "Share of online revenue attributed to a channel (data-driven attribution)", RATE, "62", "95", "%",
                date(6, 30), "tm-priya", "online", "tows-wo-measurement",
                "Server-side tagging, consent mode and the partner conversions APIs before the peak season."),
                "kpi-plan-attributed"));
        objectives.add(withKpi(forecast(objective("obj-reach-sessions", REACH, "Grow qualified traffic",
                "Sessions on the online store", SUM, "1325000", Long.toString(sum(onlineSessions, 0, 12)), "sessions",
                date(12, 31), "tm-sofia", "online", "tows-so-pinterest",
                "From organic search, paid search, social, email and affiliates; showroom visits not included."),
                ForecastMeasure.SESSIONS), "kpi-reach-sessions"));
        objectives.add(withKpi(forecast(objective("obj-reach-pinterest", REACH, "Pinterest traffic +400%",
                "Sessions from Pinterest", SUM, "45000", "225000", "sessions", date(12, 31), "tm-sofia", "ch-pinterest",
                "tows-so-pinterest",
                "Test automated keyword bidding with ready-made templates in Q1, scale the winners from May."),
                ForecastMeasure.SESSIONS), "kpi-reach-pinterest"));
        objectives.add(objective("obj-reach-south", REACH, "Open Italy and Portugal",
                "Sessions from Italy and Portugal", SUM, "119000", "180000", "sessions", date(12, 31), "tm-sofia", "seg-south",
                "tows-so-south", "Local landing pages, Italian and Portuguese copy, the outdoor campaign."));
        objectives.add(withKpi(objective("obj-act-subscribers", ACT, "Grow the email audience",
                "New newsletter subscribers in the year", SUM, "14000", "24000", "subscribers", date(12, 31),
                "tm-katharina", "ch-email", "tows-wo-academy",
                "Style quiz, trends report and Home Academy sign-ups."), "kpi-act-subscribers"));
        objectives.add(withKpi(objective("obj-act-academy", ACT, "Make the Home Academy the place to research",
                "Monthly visitors of the Home Academy hub", LEVEL, "6500", "30000", "visitors per month", date(12, 31),
                "tm-luca", "ch-web", "tows-wo-academy",
                "The educational content play of the ACT stage: guides, videos, a report and a podcast."),
                "kpi-act-academy-visitors"));
        objectives.add(withKpi(objective("obj-act-room-plans", ACT, "Turn browsing into planning",
                "Room plans and style-quiz results saved", SUM, "9500", "40000", "saved plans", date(12, 31), "tm-jonas",
                "ch-web", "tows-st-advice", "The 3D room planner goes live in May."), "kpi-act-room-plans"));
        objectives.add(withKpi(forecast(objective("obj-convert-revenue", CONVERT, "Grow online revenue by a quarter",
                "Online revenue (store, excluding showroom)", SUM, "5215200", Long.toString(annualRevenueTarget()), "EUR",
                date(12, 31), "tm-jonas", "online", "tows-wo-mobile",
                "Sum of the monthly revenue objectives; the conversion forecast backs every month."),
                ForecastMeasure.REVENUE), "kpi-convert-revenue"));
        objectives.add(withKpi(objective("obj-convert-mobile", CONVERT, "Fix mobile conversion",
                "Mobile conversion rate", RATE, "0.48", "0.60", "%", date(10, 31), "tm-jonas", "ch-web", "tows-wo-mobile",
                "Delivery week on product pages, sticky basket, financing in the checkout."), "kpi-convert-mobile-cr"));
        objectives.add(withKpi(objective("obj-convert-showroom", CONVERT, "Sell more through advice",
                "Showroom orders from appointments booked online", SUM, "180", "320", "orders", date(12, 31), "tm-marco",
                "ch-showroom", "tows-st-advice", "Appointments booked from the room planner and the cart emails."),
                "kpi-convert-showroom-orders"));
        objectives.add(withKpi(objective("obj-engage-repeat", ENGAGE, "Bring customers back",
                "Repeat purchase rate within 12 months", RATE, "22.5", "27", "%", date(12, 31), "tm-katharina", "plan",
                "tows-st-club", "Holmvik Club from June, lifecycle automations, win-back."), "kpi-engage-repeat"));
        objectives.add(withKpi(objective("obj-engage-reviews", ENGAGE, "Let customers speak for us",
                "Verified reviews collected in the year", SUM, "2100", "4000", "reviews", date(12, 31), "tm-katharina",
                "ch-email", "tows-st-club", "Review requests after assembly, with photos."), "kpi-engage-reviews"));
        objectives.add(withKpi(objective("obj-engage-nps", ENGAGE, "Delight after delivery",
                "Net Promoter Score after delivery", LEVEL, "41", "50", "points", date(12, 31), "tm-marco", "plan",
                "tows-wt-delivery", "Delivery week promised before checkout and kept."), "kpi-engage-nps"));
    }

    private SmartObjective withKpi(SmartObjective objective, String kpi) {
        objective.setKpi(get(kpi));
        return objective;
    }

    private void forecast(OpportunitySection opportunity) {
        ConversionForecast forecast = named(F.createConversionForecast(), "forecast", "Conversion forecast 2027",
                "Sessions x conversion rate x average order value by channel and month. Profit after margin: 6% of "
                        + "revenue comes back as returns, 44% of the rest is gross margin (the 2026 accounts), and "
                        + "two-person delivery with assembly costs EUR 85 an order; the marketing cost is the "
                        + "budget's.");
        opportunity.setForecast(forecast);
        economics(forecast, "44", "6", 85);
        assumption(forecast, "pa-showroom", "ch-showroom", null, "47", "2", 70L,
                "Showroom buyers sat on the sofa first: fewer returns, fewer discounts, many collect or take the "
                        + "van slot of the day.");
        assumption(forecast, "pa-high-value", null, "seg-high-value", null, "3", null,
                "Repeat customers know our sizes and fabrics: half the usual returns.");
        for (ChannelForecast channelForecast : forecasts) {
            long[] sessions = split(channelForecast.sessions(), channelForecast.weights());
            String key = channelForecast.channel().substring(3);
            for (int m = 1; m <= 12; m++) {
                ForecastInput input = id(F.createForecastInput(), "fc-" + key + "-" + String.format("%02d", m));
                input.setMonth(month(m));
                input.setChannel(get(channelForecast.channel()));
                input.setSegment(get(channelForecast.segment()));
                input.setSessions(sessions[m - 1]);
                input.setConversionRate(dec(channelForecast.conversionRate()));
                input.setAverageOrderValue(money(channelForecast.averageOrderValue()));
                forecast.getInputs().add(input);
            }
        }
    }

    // --- §2 strategy ---------------------------------------------------------------------------

    private void valueProposition(StrategySection strategy) {
        ValueProposition proposition = id(F.createValueProposition(), "value-proposition");
        proposition.setElevatorPitch("Holmvik Living designs solid-wood furniture in Hamburg that lasts for decades, "
                + "and helps you plan the room around it — online, on video or in our showroom.");
        proposition.setDigitalValueProposition("See your saved ideas become a room: shop complete room sets from "
                + "Pinterest and Instagram, plan them in 3D, know the delivery week before you pay, and learn "
                + "everything about materials in the Home Academy.");
        proposition.setBrandIdentity("Nordic calm with warm wood; honest materials; design advisers who know "
                + "every piece.");
        proposition.setToneOfVoice("Calm, knowledgeable and concrete: measurements, woods and dates instead of "
                + "superlatives.");
        strategy.setValueProposition(proposition);
    }

    private void segmentsAndPersonas(StrategySection strategy) {
        strategy.getSegments().add(segment("seg-urban-renters", SegmentLayer.DEMOGRAPHIC, "Urban renters 25–34",
                "Age 25–34, renting in cities over 250,000 inhabitants in DE, AT and NL", "Compact sofas, storage",
                4_800_000, 4, null, "First own flat or first flat together.", "ch-instagram", "ch-pinterest",
                "ch-meta-ads"));
        strategy.getSegments().add(segment("seg-families", SegmentLayer.DEMOGRAPHIC, "Home-owning families 35–49",
                "Age 35–49, owner-occupied house or flat, children under 14", "Sofas, dining sets", 3_100_000, 5, null,
                "The largest share of revenue.", "ch-seo", "ch-sea", "ch-affiliate"));
        strategy.getSegments().add(segment("seg-south", SegmentLayer.DEMOGRAPHIC, "Households in Italy and Portugal",
                "Delivery address in Italy or Portugal", "Outdoor and dining furniture", 2_200_000, 3, null,
                "New markets of 2027.", "ch-sea", "ch-meta-ads", "ch-dem"));
        strategy.getSegments().add(segment("seg-savers", SegmentLayer.BEHAVIOURAL, "Visual savers",
                "Save or share our pictures on Pinterest or Instagram", "Room sets", 650_000, 5, "seg-urban-renters",
                "Plan rooms on visual platforms for weeks.", "ch-pinterest", "ch-instagram"));
        strategy.getSegments().add(segment("seg-researchers", SegmentLayer.BEHAVIOURAL, "Multi-session researchers",
                "Three or more sessions in 30 days without an order", "Sofas, tables", 420_000, 4, null,
                "Read guides and compare for weeks.", "ch-seo", "ch-display", "ch-email"));
        strategy.getSegments().add(segment("seg-movers", SegmentLayer.INTENT, "Moving house within three months",
                "Searches for moving, new-flat checklists; planner use", "Whole-room sets", 180_000, 4, "seg-savers",
                "Furnish several rooms at once.", "ch-pinterest", "ch-seo"));
        strategy.getSegments().add(segment("seg-sofa-intent", SegmentLayer.INTENT, "Active sofa shoppers",
                "Two sofa product pages viewed or a fabric sample ordered", "Sofas", 95_000, 5, "seg-researchers",
                "The category with the highest order value.", "ch-sea", "ch-display"));
        strategy.getSegments().add(segment("seg-outdoor-intent", SegmentLayer.INTENT, "Outdoor-season shoppers",
                "Outdoor category visits from April to July", "Outdoor furniture", 140_000, 3, "seg-south",
                "Terraces and holiday homes.", "ch-sea", "ch-meta-ads"));
        strategy.getSegments().add(segment("seg-high-value", SegmentLayer.VALUE, "High-value repeat customers",
                "Two or more orders and lifetime value above EUR 2,000", "All ranges", 6_400, 5, null,
                "The core of the Holmvik Club.", "ch-email", "ch-showroom"));
        strategy.getSegments().add(segment("seg-one-time", SegmentLayer.VALUE, "One-time buyers",
                "Exactly one order in the last 24 months", "Accessories, second room", 21_000, 4, null,
                "The biggest retention lever.", "ch-email", "ch-display"));
        strategy.getSegments().add(segment("seg-lapsed", SegmentLayer.VALUE, "Lapsed customers",
                "No order for 18 months", "New collections", 9_800, 2, null, "Win-back only.", "ch-email"));

        strategy.getPersonas().add(persona("per-lena", "Lena, furnishing her first flat",
                "27, UX designer in Berlin, moved into a 48 m² flat with her partner.",
                "Saves rooms on Pinterest every evening; buys one good piece at a time.",
                "A flat that feels finished and personal without buying twice.",
                "Can't picture the sofa in her room; delivery in eight weeks is too long.",
                new String[] {"seg-urban-renters", "seg-savers", "seg-movers"}, "ch-pinterest", "ch-instagram"));
        strategy.getPersonas().add(persona("per-family", "Katrin and Tom, family upgraders",
                "41 and 43, two children, terraced house near Hanover.",
                "Research for weeks, compare reviews, visit a showroom before spending over EUR 2,000.",
                "A sofa that survives children and dog; a table for eight at Christmas.",
                "Fabrics they cannot touch online; unclear delivery dates.",
                new String[] {"seg-families", "seg-researchers", "seg-sofa-intent"}, "ch-seo", "ch-sea",
                "ch-showroom"));
        strategy.getPersonas().add(persona("per-mai", "Nguyễn Thị Mai, design-minded professional",
                "34, pharmacist in Hamburg, grew up in Hà Nội, furnishes a two-room flat. In her words: «Căn hộ "
                        + "của tôi nhỏ, nhưng tôi muốn mỗi món đồ đều đẹp và bền.»",
                "Follows interior accounts in German and Vietnamese; saves boards by colour.",
                "Few pieces, beautiful and durable, that fit a small flat.",
                "Product photos without a room around them; no dimensions for small spaces.",
                new String[] {"seg-urban-renters", "seg-savers"}, "ch-pinterest", "ch-email"));
        strategy.getPersonas().add(persona("per-giulia", "Giulia, home-office upgrader in Milan",
                "38, architect working from home three days a week.",
                "Reads every review and material detail; buys for the long term.",
                "A desk and shelving that look like furniture, not office equipment.",
                "Molti siti non spiegano perché un mobile costa quello che costa.",
                new String[] {"seg-south", "seg-researchers"}, "ch-seo", "ch-email"));
        strategy.getPersonas().add(persona("per-joao", "João, holiday-home owner in the Algarve",
                "52, engineer in Lisbon, rents out a holiday house in summer.",
                "Buys online from Lisbon, has it delivered to the Algarve.",
                "Outdoor and dining furniture that survives sun and salt air.",
                "Retailers that do not deliver to the south, or only with a surcharge.",
                new String[] {"seg-south", "seg-outdoor-intent"}, "ch-sea", "ch-meta-ads"));
        strategy.getPersonas().add(persona("per-renate", "Renate, returning collector",
                "61, retired teacher in Hamburg, third order with us.",
                "Visits the showroom twice a year, reads the newsletter, recommends us to friends.",
                "Matching pieces for the whole house; previews before collections sell out.",
                "Feels like a stranger when she calls customer service.",
                new String[] {"seg-high-value"}, "ch-email", "ch-showroom"));
    }

    private void contentMap(StrategySection strategy) {
        List<org.tactician.model.ContentItem> map = strategy.getContentMap();
        map.add(content("ct-insight-survey", ContentFormat.TOOL, PLAN, "Onsite survey: which room are you furnishing?",
                null, "Three questions on the hub and after checkout; answers feed segments and the content map.",
                new String[] {"per-lena", "per-family"}, "ch-web"));
        map.add(content("ct-pin-templates", ContentFormat.SOCIAL_POST, REACH, "Ready-made Pin templates (6 room styles)",
                null, "Templates filled from the product feed: room set, single piece, before/after, small space, "
                        + "material close-up, seasonal.",
                new String[] {"per-lena", "per-mai"}, "ch-pinterest"));
        map.add(content("ct-reels-makeovers", ContentFormat.VIDEO, REACH, "Small-space makeover Reels", null,
                "One flat, three looks, 30 seconds each.", new String[] {"per-lena", "per-mai"}, "ch-instagram",
                "ch-meta-ads"));
        map.add(content("ct-designer-interview", ContentFormat.INTERVIEW, REACH,
                "Interview with our head designer on durable design", null,
                "Guest interviews on interior portals and in magazines.", new String[] {"per-giulia", "per-renate"},
                "ch-pr"));
        map.add(content("ct-academy", ContentFormat.LANDING_PAGE, ACT, "Home Academy hub", WEB + "/academy",
                "The educational hub: guides, videos, the trends report and the podcast, by room and by material.",
                new String[] {"per-lena", "per-family", "per-mai", "per-giulia", "per-joao", "per-renate"}, "ch-web",
                "ch-seo"));
        map.add(content("ct-buying-guides", ContentFormat.GUIDE, ACT, "Buying guides: sofas, tables, beds",
                WEB + "/academy/guides", "Measure, choose fabric and wood, plan delivery.",
                new String[] {"per-family", "per-giulia"}, "ch-web", "ch-seo"));
        map.add(content("ct-academy-videos", ContentFormat.VIDEO, ACT, "Home Academy videos: materials and care", null,
                "Oiling oak, cleaning wool, tightening joints: two minutes each.",
                new String[] {"per-family", "per-renate"}, "ch-youtube", "ch-web"));
        map.add(content("ct-trends-report", ContentFormat.REPORT, ACT, "Living Trends Report 2028", null,
                "Our yearly report on materials, colours and small-space living; download for subscribers.",
                new String[] {"per-giulia", "per-mai"}, "ch-web", "ch-pr"));
        map.add(content("ct-podcast", ContentFormat.PODCAST, ACT, "Podcast 'Room to Breathe'", null,
                "Six episodes a year with designers, makers and customers.", new String[] {"per-giulia", "per-lena"},
                "ch-web"));
        map.add(content("ct-wood-infographic", ContentFormat.INFOGRAPHIC, ACT, "Which wood for which room", null,
                "Oak, ash, walnut and pine compared: hardness, colour over time, care.",
                new String[] {"per-family", "per-mai"}, "ch-pinterest", "ch-web"));
        map.add(content("ct-webinar", ContentFormat.WEBINAR, ACT, "Live webinar: plan your living room", null,
                "A designer plans three viewers' rooms live.", new String[] {"per-family"}, "ch-youtube"));
        map.add(content("ct-room-planner", ContentFormat.TOOL, ACT, "3D room planner", WEB + "/planner",
                "Place our pieces in your floor plan; save and share the plan, book an appointment.",
                new String[] {"per-family", "per-lena"}, "ch-web"));
        map.add(content("ct-style-quiz", ContentFormat.TOOL, ACT, "Style quiz with newsletter sign-up", null,
                "Eight pictures, one style profile, picks by email.", new String[] {"per-lena", "per-mai"}, "ch-web",
                "ch-email"));
        map.add(content("ct-ru-faq", ContentFormat.ARTICLE, ACT, "Доставка и сборка в Латвии и Эстонии", null,
                "Ответы на частые вопросы на русском языке: сроки доставки, сборка, возврат.",
                new String[] {}, "ch-web"));
        map.add(content("ct-spring-lookbook", ContentFormat.GUIDE, CONVERT, "Spring living-room lookbook", null,
                "Twelve complete living rooms with prices and delivery weeks.", new String[] {"per-family", "per-giulia"},
                "ch-web", "ch-email"));
        map.add(content("ct-outdoor-pages", ContentFormat.LANDING_PAGE, CONVERT, "Outdoor season pages (IT/PT)", null,
                "«Arredi da esterno che durano nel tempo» and «Móveis de exterior feitos para durar»: local "
                        + "delivery terms, prices including delivery.",
                new String[] {"per-joao", "per-giulia"}, "ch-web"));
        map.add(content("ct-product-pages", ContentFormat.LANDING_PAGE, CONVERT,
                "Product pages with reviews, delivery week and AR preview", null,
                "The page where most decisions are made.",
                new String[] {"per-lena", "per-family", "per-mai", "per-giulia", "per-joao"}, "ch-web"));
        map.add(content("ct-cart-emails", ContentFormat.EMAIL, CONVERT, "Abandoned-basket emails", null,
                "After one hour, one day (with free fabric samples) and three days (with an appointment offer).",
                new String[] {"per-lena", "per-family"}, "ch-email"));
        map.add(content("ct-room-stories", ContentFormat.CASE_STUDY, ENGAGE, "Customer room stories", null,
                "Customers show their rooms: photos, pieces, what they would do again.",
                new String[] {"per-renate", "per-family"}, "ch-web", "ch-instagram"));
        map.add(content("ct-care-emails", ContentFormat.EMAIL, ENGAGE, "Delivery, assembly and care emails", null,
                "From the delivery week to the first oiling after six months.", new String[] {"per-renate", "per-family"},
                "ch-email"));
        map.add(content("ct-club-offers", ContentFormat.EMAIL, ENGAGE, "Holmvik Club previews", null,
                "Early access, free assembly, care kits and showroom evenings.", new String[] {"per-renate"},
                "ch-email"));
    }

    private void marketingMix(StrategySection strategy) {
        strategy.getMarketingMix().add(mix("mix-product", MarketingMixElement.PRODUCT, 5,
                "In-stock range of 120 best-sellers, shipped in five days",
                "Every sofa is made to order (six to eight weeks).", "Stock the best-selling covers and sizes."));
        strategy.getMarketingMix().add(mix("mix-price", MarketingMixElement.PRICE, 4,
                "0% financing over 12 months and room-set bundles",
                "Card and PayPal only; no bundle prices.", "Show the monthly price next to the total."));
        strategy.getMarketingMix().add(mix("mix-place", MarketingMixElement.PLACE, 3,
                "Italian and Portuguese storefronts with local delivery partners",
                "Flat EUR 149 delivery to Italy and Portugal; English pages only.",
                "Local language, local delivery terms, prices including delivery."));
        strategy.getMarketingMix().add(mix("mix-promotion", MarketingMixElement.PROMOTION, 5,
                "Pinterest partnership and the Home Academy",
                "Most spend on Google and Meta; little content for researchers.",
                "Automated keyword bidding with ready-made templates; an educational hub."));
        strategy.getMarketingMix().add(mix("mix-people", MarketingMixElement.PEOPLE, 4,
                "Design advisers on chat and video",
                "Two advisers, showroom only.", "Train four advisers on the room planner; video appointments."));
        strategy.getMarketingMix().add(mix("mix-process", MarketingMixElement.PROCESS, 5,
                "Delivery week promised before checkout; online assembly booking",
                "The delivery date is confirmed by phone after the order.", "Connect stock and workshop capacity "
                        + "to the product page."));
        strategy.getMarketingMix().add(mix("mix-physical-evidence", MarketingMixElement.PHYSICAL_EVIDENCE, 3,
                "Free fabric samples, photo reviews, packaging taken back",
                "Samples cost EUR 5; reviews without photos.", "Evidence that the furniture is as good as it looks."));
    }

    private void communications(StrategySection strategy) {
        CommunicationsStrategy communications = id(F.createCommunicationsStrategy(), "communications");
        strategy.setCommunications(communications);
        communications.getPriorities().add(priority("cp-measurement", CommunicationType.ALWAYS_ON, PLAN, 4,
                "Measurement first", "Attribution and the monthly dashboard guide every budget shift."));
        communications.getPriorities().add(priority("cp-seo", CommunicationType.INBOUND, REACH, 4, "Room-led search",
                "Rank for rooms and problems ('small living room ideas'), not only for products."));
        communications.getPriorities().add(priority("cp-pinterest", CommunicationType.ALWAYS_ON, REACH, 5,
                "Pinterest all year", "Automated keyword bidding with ready-made templates, fed by our imagery."));
        communications.getPriorities().add(priority("cp-academy", CommunicationType.INBOUND, ACT, 5,
                "Home Academy", "The educational hub is the centre of the research stage."));
        communications.getPriorities().add(priority("cp-seasonal", CommunicationType.CAMPAIGN, CONVERT, 4,
                "Four seasonal campaigns", "Spring living room, outdoor season, Holmvik Club launch, Black Week."));
        communications.getPriorities().add(priority("cp-lifecycle", CommunicationType.ALWAYS_ON, ENGAGE, 4,
                "Lifecycle email and the Holmvik Club", "Care, reviews, previews and win-back."));

        String[][] audit = {
            {"PLAN", "3", "5", "Customer insight and onsite surveys"},
            {"PLAN", "2", "5", "KPI dashboard and monthly plan review"},
            {"PLAN", "2", "5", "Attribution and budget modelling"},
            {"PLAN", "3", "3", "Competitor and marketplace monitoring"},
            {"PLAN", "3", "4", "Segmentation and persona upkeep"},
            {"REACH", "4", "4", "Room-led search optimisation"},
            {"REACH", "4", "4", "Search and Shopping advertising"},
            {"REACH", "2", "5", "Visual social advertising"},
            {"REACH", "3", "3", "Press, portals and influencer relations"},
            {"REACH", "3", "3", "Affiliate and partner content"},
            {"ACT", "2", "5", "Educational content hub"},
            {"ACT", "3", "4", "Onsite search and filters"},
            {"ACT", "1", "4", "Interactive planning tools"},
            {"ACT", "3", "4", "Lead capture and newsletter sign-up"},
            {"ACT", "3", "3", "Social community management"},
            {"CONVERT", "2", "5", "Product-page persuasion: reviews, delivery week, AR"},
            {"CONVERT", "3", "4", "Checkout and payment options"},
            {"CONVERT", "3", "4", "Abandoned-basket recovery"},
            {"CONVERT", "3", "4", "Showroom appointment booking"},
            {"CONVERT", "3", "3", "Retargeting of researchers"},
            {"ENGAGE", "3", "4", "Delivery, assembly and care onboarding"},
            {"ENGAGE", "2", "4", "Review and referral requests"},
            {"ENGAGE", "1", "5", "Loyalty club"},
            {"ENGAGE", "3", "4", "Customer service quality"},
            {"ENGAGE", "2", "3", "Win-back of lapsed customers"},
        };
        int index = 0;
        for (String[] row : audit) {
            index++;
            communications.getAudit().add(audit(String.format("audit-%02d", index), RaceStage.valueOf(row[0]),
                    Integer.parseInt(row[1]), Integer.parseInt(row[2]), row[3], null));
        }
    }

    private void canvas(StrategySection strategy) {
        BusinessModelCanvas canvas = id(F.createBusinessModelCanvas(), "canvas");
        strategy.setBusinessModelCanvas(canvas);
        List<org.tactician.model.CanvasItem> items = canvas.getItems();
        items.add(canvas("bmc-vp-durable", CanvasBlock.VALUE_PROPOSITIONS, "Durable solid-wood furniture designed in Hamburg",
                "Made to last decades, repairable, with known wood origin.", "seg-families", "seg-high-value"));
        items.add(canvas("bmc-vp-planning", CanvasBlock.VALUE_PROPOSITIONS, "From saved idea to planned room",
                "Room sets from Pinterest, the 3D planner and advice online or in the showroom.", "seg-savers",
                "seg-movers"));
        items.add(canvas("bmc-cs-urban", CanvasBlock.CUSTOMER_SEGMENTS, "Urban first-home furnishers",
                "Young renters who plan rooms visually.", "seg-urban-renters", "seg-savers"));
        items.add(canvas("bmc-cs-families", CanvasBlock.CUSTOMER_SEGMENTS, "Families upgrading", "The core of revenue.",
                "seg-families"));
        items.add(canvas("bmc-cs-south", CanvasBlock.CUSTOMER_SEGMENTS, "Homes and holiday homes in Italy and Portugal",
                "New in 2027.", "seg-south"));
        items.add(canvas("bmc-cr-club", CanvasBlock.CUSTOMER_RELATIONSHIPS, "Holmvik Club membership",
                "Free, with previews, free assembly and care kits.", "seg-high-value", "seg-one-time"));
        items.add(canvas("bmc-cr-advice", CanvasBlock.CUSTOMER_RELATIONSHIPS, "Personal design advice",
                "Chat, video and showroom appointments.", "ch-service", "ch-showroom"));
        items.add(canvas("bmc-ch-online", CanvasBlock.CHANNELS, "Online store and email", "Where 91% of revenue is made.",
                "ch-web", "ch-email"));
        items.add(canvas("bmc-ch-visual", CanvasBlock.CHANNELS, "Pinterest and Instagram", "Where rooms are planned.",
                "ch-pinterest", "ch-instagram"));
        items.add(canvas("bmc-ch-showroom", CanvasBlock.CHANNELS, "Hamburg showroom", "Touch, sit, decide.",
                "ch-showroom"));
        items.add(canvas("bmc-ka-design", CanvasBlock.KEY_ACTIVITIES, "Design and sourcing",
                "Four new collections a year with partner workshops."));
        items.add(canvas("bmc-ka-content", CanvasBlock.KEY_ACTIVITIES, "Content and visual production",
                "Room photography, Pin templates, the Home Academy."));
        items.add(canvas("bmc-kr-imagery", CanvasBlock.KEY_RESOURCES, "Room-photo library",
                "3,000 styled room photos and the rights to use them in ads."));
        items.add(canvas("bmc-kr-data", CanvasBlock.KEY_RESOURCES, "Customer data",
                "82,000 subscribers and 36,000 customers with consent.", "ch-email"));
        items.add(canvas("bmc-kp-pinterest", CanvasBlock.KEY_PARTNERS, "Pinterest",
                "Partnership for automated keyword bidding with ready-made templates.", "ch-pinterest"));
        items.add(canvas("bmc-kp-workshops", CanvasBlock.KEY_PARTNERS, "Workshops in Poland and Portugal",
                "Make the solid-wood range to order."));
        items.add(canvas("bmc-kp-delivery", CanvasBlock.KEY_PARTNERS, "Delivery and assembly partners",
                "Two-person delivery in DE, AT, NL; local partners in IT and PT.", "ch-service"));
        items.add(canvas("bmc-cost-media", CanvasBlock.COST_STRUCTURE, "Media acquisition", "The largest marketing cost.",
                "bl-media-search", "bl-media-meta", "bl-media-pinterest", "bl-media-display", "bl-media-affiliates",
                "bl-media-dem"));
        items.add(canvas("bmc-cost-content", CanvasBlock.COST_STRUCTURE, "Content and creative",
                "Imagery, templates and the Home Academy.", "bl-creative-pin-templates", "bl-creative-spring-shoot",
                "bl-creative-retainer", "bl-content-academy-build", "bl-content-production", "bl-content-seo"));
        items.add(canvas("bmc-cost-site", CanvasBlock.COST_STRUCTURE, "Store and MarTech",
                "Platform, planner and tools.", "bl-site-room-planner", "bl-site-platform", "bl-site-email-platform",
                "bl-site-testing", "bl-site-analytics", "bl-site-domains"));
        items.add(canvas("bmc-rs-online", CanvasBlock.REVENUE_STREAMS, "Online furniture sales",
                "Including orders financed over 12 months.", "ch-web"));
        items.add(canvas("bmc-rs-showroom", CanvasBlock.REVENUE_STREAMS, "Showroom sales", "Orders placed in the showroom.",
                "ch-showroom"));
        items.add(canvas("bmc-rs-services", CanvasBlock.REVENUE_STREAMS, "Assembly and delivery services",
                "Paid assembly outside the club; express delivery."));
    }

    // --- §3 action ----------------------------------------------------------------------------

    private final java.util.Map<String, long[]> phasing = new java.util.HashMap<>();

    /** The monthly amounts of each budget line, fixed before the lines are built. */
    private long[] phasingOf(String line) {
        if (phasing.isEmpty()) {
            phasing.put("bl-media-search", add(split(220_000, SEASON),
                    inMonths(new long[] {10_000, 13_000, 6_000, 6_000, 3_000, 30_000}, 3, 4, 5, 6, 7, 11)));
            phasing.put("bl-media-meta", add(split(104_000, SEASON),
                    inMonths(new long[] {7_500, 9_500, 4_000, 4_000, 2_000, 25_000}, 3, 4, 5, 6, 7, 11)));
            phasing.put("bl-media-pinterest",
                    inMonths(new long[] {4_000, 4_000, 4_000, 7_500, 7_500, 7_500, 7_500, 7_500, 7_500, 7_500, 7_500},
                            2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
            phasing.put("bl-media-display", add(monthly(2_000), inMonths(new long[] {4_000, 8_000}, 6, 11)));
            phasing.put("bl-media-affiliates", split(42_000, SEASON));
            phasing.put("bl-media-dem", inMonths(new long[] {6_000, 4_000, 3_000, 5_000}, 3, 5, 6, 11));
            phasing.put("bl-creative-pin-templates", inMonths(new long[] {8_000, 6_000}, 1, 2));
            phasing.put("bl-creative-spring-shoot", inMonths(new long[] {22_000}, 2));
            phasing.put("bl-creative-retainer", monthly(4_000));
            phasing.put("bl-content-academy-build", inMonths(new long[] {10_000, 10_000, 8_000}, 1, 2, 3));
            phasing.put("bl-content-production", monthly(4_500));
            phasing.put("bl-content-seo", monthly(2_000));
            phasing.put("bl-pr-agency", monthly(2_500));
            phasing.put("bl-pr-design-fair", inMonths(new long[] {6_000, 12_000}, 8, 9));
            phasing.put("bl-pr-showroom-evenings", inMonths(new long[] {2_400, 2_400, 2_400, 2_400}, 3, 6, 10, 12));
            phasing.put("bl-staff-freelance", monthly(5_000));
            phasing.put("bl-staff-training", inMonths(new long[] {3_000, 3_000}, 1, 9));
            phasing.put("bl-site-room-planner", inMonths(new long[] {15_000, 10_000, 10_000}, 3, 4, 5));
            phasing.put("bl-site-platform", monthly(3_600));
            phasing.put("bl-site-email-platform", monthly(1_200));
            phasing.put("bl-site-testing", monthly(800));
            phasing.put("bl-site-analytics", monthly(600));
            phasing.put("bl-site-domains", inMonths(new long[] {480}, 1));
        }
        long[] amounts = phasing.get(line);
        if (amounts == null) {
            throw new IllegalArgumentException(line);
        }
        return amounts;
    }

    private static long[] add(long[] a, long[] b) {
        long[] result = new long[12];
        for (int i = 0; i < 12; i++) {
            result[i] = a[i] + b[i];
        }
        return result;
    }

    private void budget(ActionSection action) {
        Budget budget = id(F.createBudget(), "budget");
        action.setBudget(budget);
        line(budget, "bl-media-search", BudgetCategory.MEDIA, CostType.RECURRING, "Search and Shopping ads", "Google",
                "ch-sea", "Always-on EUR 220,000 by season plus the spring, outdoor and Black Week bursts.",
                "kpi-reach-sessions", "kpi-convert-roas");
        line(budget, "bl-media-meta", BudgetCategory.MEDIA, CostType.RECURRING, "Instagram and Facebook ads", "Meta",
                "ch-meta-ads", "Always-on prospecting plus campaign bursts.", "kpi-convert-roas");
        line(budget, "bl-media-pinterest", BudgetCategory.MEDIA, CostType.RECURRING,
                "Pinterest: automated keyword bidding", "Pinterest", "ch-pinterest",
                "Test February to April (EUR 4,000 a month), scale May to December (EUR 7,500 a month).",
                "kpi-reach-pinterest");
        line(budget, "bl-media-display", BudgetCategory.MEDIA, CostType.RECURRING, "Programmatic retargeting",
                "Retargeting network", "ch-display", "EUR 2,000 a month plus the Club launch and Black Week.",
                "kpi-convert-roas");
        line(budget, "bl-media-affiliates", BudgetCategory.MEDIA, CostType.RECURRING, "Affiliate commissions",
                "Affiliate network", "ch-affiliate", "Commission on orders from interior bloggers.", "kpi-convert-roas");
        line(budget, "bl-media-dem", BudgetCategory.MEDIA, CostType.RECURRING, "Partner newsletter sends (DEM)",
                "Interior and lifestyle publishers", "ch-dem", "Four paid sends; see the DEM calendar.",
                "kpi-convert-revenue");
        line(budget, "bl-creative-pin-templates", BudgetCategory.CREATIVE, CostType.ONE_SHOT,
                "Ready-made Pin templates", "Studio Nordlicht", "ch-pinterest",
                "Six template families filled from the product feed.", "kpi-reach-pinterest");
        line(budget, "bl-creative-spring-shoot", BudgetCategory.CREATIVE, CostType.ONE_SHOT, "Spring collection shoot",
                "Studio Nordlicht", null, "Twelve living rooms for the lookbook and ads.");
        line(budget, "bl-creative-retainer", BudgetCategory.CREATIVE, CostType.RECURRING, "Creative agency retainer",
                "Studio Nordlicht", null, "Campaign creative and monthly photo days.");
        line(budget, "bl-content-academy-build", BudgetCategory.CONTENT_SEO, CostType.ONE_SHOT, "Home Academy build",
                "Freelance developers and editors", "ch-web", "Hub structure, 40 guides and 12 videos before launch.",
                "kpi-act-academy-visitors");
        line(budget, "bl-content-production", BudgetCategory.CONTENT_SEO, CostType.RECURRING,
                "Guides, videos and podcast production", "Freelance editors and video crew", "ch-web",
                "Two guides and one video a month, six podcast episodes, the trends report.",
                "kpi-act-academy-visitors");
        line(budget, "bl-content-seo", BudgetCategory.CONTENT_SEO, CostType.RECURRING, "Technical SEO retainer",
                "SEO agency", "ch-seo", "Audits, structured data, internal linking.", "kpi-reach-sessions");
        line(budget, "bl-pr-agency", BudgetCategory.PR_EVENTS, CostType.RECURRING, "Interior press relations",
                "PR agency", "ch-pr", "Features, portal interviews, press samples.");
        line(budget, "bl-pr-design-fair", BudgetCategory.PR_EVENTS, CostType.ONE_SHOT,
                "Stand at the Hamburg home and design fair", "Trade fair organiser", "ch-events",
                "Deposit in August, balance in September.");
        line(budget, "bl-pr-showroom-evenings", BudgetCategory.PR_EVENTS, CostType.RECURRING, "Showroom evenings",
                "Catering and musicians", "ch-showroom", "Four evenings for club members and neighbours.");
        line(budget, "bl-staff-freelance", BudgetCategory.STAFF, CostType.RECURRING, "Freelance performance marketer",
                null, null, "Three days a week for Pinterest, Meta and feeds.");
        line(budget, "bl-staff-training", BudgetCategory.STAFF, CostType.ONE_SHOT, "Team training",
                "Training providers", null, "Analytics and attribution in January, CRO in September.");
        line(budget, "bl-site-room-planner", BudgetCategory.SITE_MARTECH, CostType.ONE_SHOT, "3D room planner module",
                "Planner vendor", "ch-web", "Licence, 3D models of 200 pieces, integration.", "kpi-act-room-plans");
        line(budget, "bl-site-platform", BudgetCategory.SITE_MARTECH, CostType.RECURRING,
                "Store platform, hosting and apps", "Commerce platform", "ch-web", "Plan fee, apps and maintenance.");
        line(budget, "bl-site-email-platform", BudgetCategory.SITE_MARTECH, CostType.RECURRING,
                "Email automation platform", "Email platform", "ch-email", "Up to 120,000 contacts.",
                "kpi-engage-repeat");
        line(budget, "bl-site-testing", BudgetCategory.SITE_MARTECH, CostType.RECURRING, "A/B testing tool",
                "Testing vendor", "ch-web", "Runs the CRO plan.", "kpi-convert-mobile-cr");
        line(budget, "bl-site-analytics", BudgetCategory.SITE_MARTECH, CostType.RECURRING,
                "Server-side tagging and consent management", "Cloud and consent vendors", "ch-web",
                "Tagging server and consent platform.", "kpi-plan-attributed");
        line(budget, "bl-site-domains", BudgetCategory.SITE_MARTECH, CostType.RECURRING, "Domains and certificates",
                "Registrar", "ch-web", "Yearly renewal of the five country domains.");
        // What the managing directors approved in December 2026, with a 4% reserve, and the split they expect.
        approved(budget, 1_080_000, BudgetCategory.MEDIA, 620_000, BudgetCategory.CREATIVE, 90_000,
                BudgetCategory.CONTENT_SEO, 110_000, BudgetCategory.PR_EVENTS, 60_000, BudgetCategory.STAFF, 70_000,
                BudgetCategory.SITE_MARTECH, 115_000);
    }

    private BudgetLine line(Budget budget, String id, BudgetCategory category, CostType costType, String name,
            String supplier, String channel, String description, String... kpis) {
        BudgetLine line = budgetLine(id, category, costType, name, supplier, channel, description, phasingOf(id));
        line.getKpis().addAll(all(kpis));
        budget.getLines().add(line);
        return line;
    }

    private void dashboard(ActionSection action) {
        Dashboard dashboard = id(F.createDashboard(), "dashboard");
        action.setDashboard(dashboard);
        List<Kpi> kpis = dashboard.getKpis();

        Kpi attributed = kpi("kpi-plan-attributed", PLAN, "Attributed online revenue", "%", "62", "95", "53.2", "5.0",
                "ch-web", "tm-priya", "Attribution report, data-driven model", "Share of online revenue with a known channel.");
        kpiRamp(attributed, 1, dec("62"), 6);
        kpis.add(attributed);

        long sessions = sum(onlineSessions, 0, 12);
        Kpi reach = kpi("kpi-reach-sessions", REACH, "Store sessions", "sessions", "1325000", Long.toString(sessions),
                growth(1_325_000, sessions), "1.5", "ch-web", "tm-sofia", "Web analytics, sessions excluding bots",
                "All online sessions.");
        kpiValues(reach, onlineSessions, split(1_325_000, SEASON));
        kpis.add(reach);

        Kpi pinterest = kpi("kpi-reach-pinterest", REACH, "Sessions from Pinterest", "sessions", "45000", "225000",
                "400.0", "15.0", "ch-pinterest", "tm-sofia", "Web analytics, utm_source=pinterest",
                "The partnership's headline number.");
        kpiValues(pinterest, pinterestSessions, split(45_000, FLAT));
        kpis.add(pinterest);

        Kpi subscribers = kpi("kpi-act-subscribers", ACT, "New newsletter subscribers", "subscribers", "14000", "24000",
                growth(14_000, 24_000), "2.0", "ch-email", "tm-katharina", "Email platform, confirmed opt-ins",
                "Double opt-in sign-ups of the month.");
        kpiValues(subscribers, SUBSCRIBERS, split(14_000, SEASON));
        kpis.add(subscribers);

        Kpi academy = kpi("kpi-act-academy-visitors", ACT, "Home Academy visitors", "visitors per month", "6500",
                "30000", growth(6_500, 30_000), "12.0", "ch-web", "tm-luca", "Web analytics, content group 'academy'",
                "Unique visitors of the hub in the month.");
        // The hub opens in April: the ramp starts there.
        kpiRamp(academy, 0, dec("6500"), 4, 12);
        kpis.add(academy);

        Kpi plans = kpi("kpi-act-room-plans", ACT, "Saved room plans and quiz results", "saved plans", "9500", "40000",
                growth(9_500, 40_000), "8.0", "ch-web", "tm-jonas", "Planner and quiz events in web analytics",
                "Saved plans show buying intent.");
        kpiValues(plans, ROOM_PLANS, split(9_500, SEASON));
        kpis.add(plans);

        long revenue = annualRevenueTarget();
        Kpi revenueKpi = kpi("kpi-convert-revenue", CONVERT, "Online revenue", "EUR", "5215200", Long.toString(revenue),
                growth(5_215_200, revenue), "1.5", "ch-web", "tm-jonas", "Store orders net of cancellations",
                "Revenue of online orders.");
        kpiValues(revenueKpi, revenueTargets, split(5_215_200, SEASON));
        kpis.add(revenueKpi);

        Kpi mobile = kpi("kpi-convert-mobile-cr", CONVERT, "Mobile conversion rate", "%", "0.48", "0.60", "25.0", "2.0",
                "ch-web", "tm-jonas", "Web analytics, device category mobile", "Orders per mobile session.");
        kpiRamp(mobile, 2, dec("0.47"), 10);
        kpis.add(mobile);

        Kpi showroom = kpi("kpi-convert-showroom-orders", CONVERT, "Showroom orders booked online", "orders", "180",
                "320", growth(180, 320), "3.0", "ch-showroom", "tm-marco", "Appointment tool matched with orders",
                "Orders from appointments booked online.");
        kpiValues(showroom, split(320, SHOWROOM_SEASON), split(180, SHOWROOM_SEASON));
        kpis.add(showroom);

        Kpi roas = kpi("kpi-convert-roas", CONVERT, "Return on paid media", "EUR revenue per EUR", "5.35", "5.30",
                "-0.9", "0.0", null, "tm-priya", "Conversion-based ROI model: forecast revenue / media cost",
                "Held at 5.3 while Pinterest scales (its return grows with the learning phase).");
        kpiRamp(roas, 2, dec("5.35"), 12);
        kpis.add(roas);

        Kpi repeat = kpi("kpi-engage-repeat", ENGAGE, "Repeat purchase rate", "%", "22.5", "27", "20.0", "1.5", "ch-email",
                "tm-katharina", "CRM: customers with a second order within 12 months", "Rolling twelve months.");
        kpiRamp(repeat, 1, dec("22.5"), 12);
        kpis.add(repeat);

        Kpi reviews = kpi("kpi-engage-reviews", ENGAGE, "Verified reviews", "reviews", "2100", "4000",
                growth(2_100, 4_000), "3.0", "ch-email", "tm-katharina", "Review platform, verified buyers",
                "Reviews collected in the month.");
        kpiValues(reviews, REVIEWS, split(2_100, SEASON));
        kpis.add(reviews);

        Kpi nps = kpi("kpi-engage-nps", ENGAGE, "Net Promoter Score after delivery", "points", "41", "50", "22.0", "1.0",
                "ch-service", "tm-marco", "Survey two weeks after delivery", "Customers asked after assembly.");
        kpiRamp(nps, 0, dec("41"), 12);
        kpis.add(nps);

        Kpi clicks = kpi("kpi-engage-email-clicks", ENGAGE, "Email click rate", "%", "2.1", "2.6", "23.8", "1.0",
                "ch-email", "tm-katharina", "Email platform, unique clicks per delivered email",
                "Subscriber engagement across newsletters and automations.");
        kpiRamp(clicks, 2, dec("2.1"), 12);
        kpis.add(clicks);
    }

    /** Monthly targets that the quarterly objectives break down (Q1 5,000, Q2 6,000, Q3 6,000, Q4 7,000). */
    private static final long[] SUBSCRIBERS = {1_600, 1_600, 1_800, 2_200, 1_900, 1_900, 1_700, 1_700, 2_600, 2_000,
            3_000, 2_000};
    /** Quarterly review targets 800, 1,000, 1,000, 1,200. */
    private static final long[] REVIEWS = {260, 260, 280, 330, 330, 340, 330, 330, 340, 380, 420, 400};
    private static final long[] ROOM_PLANS = {900, 900, 1_000, 1_200, 3_500, 4_000, 3_800, 3_800, 4_500, 5_200, 6_200,
            5_000};

    private static String eur(long amount) {
        return String.format(java.util.Locale.ROOT, "EUR %,d", amount);
    }

    private void campaigns(ActionSection action) {
        Campaign pinterest = campaign(action, "camp-pinterest", "Pinterest partnership: automated keyword bidding",
                "The worked example of our plan: with Pinterest we test automatic bidding on keywords using ready-made "
                        + "templates, then scale what works.",
                date(2, 1), date(12, 31), "tm-sofia",
                "Test three template families in February–April; scale the winners to six room categories; traffic "
                        + "from Pinterest +400% (45,000 to 225,000 sessions) at a cost per session under EUR 0.35.",
                "utm_source=pinterest&utm_campaign=auto-bidding-2027; Pinterest tag and conversions API; analytics "
                        + "key events 'purchase', 'save_room_plan', 'newsletter_signup'.",
                new String[] {"obj-reach-pinterest", "obj-reach-sessions"}, new String[] {"seg-savers", "seg-movers"},
                new String[] {"per-lena", "per-mai"});
        keyMessage(pinterest, "km-pinterest-saved-room", "Your saved room, ready to order",
                "Every Pin shows the complete room with prices and delivery weeks.", "per-lena", "per-mai");
        keyMessage(pinterest, "km-pinterest-solid-wood", "Solid wood that outlasts the trend",
                "Oak and ash that get better with age.", "per-mai");
        placement(pinterest, "mp-pinterest-test", "Test: automated keyword bidding, three template families",
                date(2, 1), date(4, 30), "ch-pinterest", MediaType.PAID, 12_000, "bl-media-pinterest",
                "Automatic bidding on the keywords of our 100 most-saved boards; DE and AT.", "kpi-reach-pinterest");
        placement(pinterest, "mp-pinterest-scale", "Scale: winning templates in six room categories", date(5, 1),
                date(12, 31), "ch-pinterest", MediaType.PAID, 60_000, "bl-media-pinterest",
                "Automatic bidding, all five markets, audiences of savers and movers.", "kpi-reach-pinterest");
        pinterest.setBudget(money(86_000));

        Campaign spring = campaign(action, "camp-spring", "Spring living-room refresh",
                "Complete living rooms from the in-stock range, delivered before Easter (28 March).", date(3, 1),
                date(4, 30), "tm-sofia",
                "Reach the March and April revenue objectives (" + eur(revenueTargets[2] + revenueTargets[3])
                        + " together) and 4,000 new subscribers in the two months.",
                "utm_campaign=spring-2027; analytics audience 'spring lookbook viewers'.",
                new String[] {"obj-convert-revenue", "obj-act-subscribers"}, new String[] {"seg-families",
                        "seg-sofa-intent"}, new String[] {"per-family", "per-giulia"});
        keyMessage(spring, "km-spring-easter", "A new living room by Easter",
                "Pieces from the in-stock range ordered by 21 March arrive before Easter.",
                "per-family");
        keyMessage(spring, "km-spring-delivery-week", "You see the delivery week before you pay",
                "No waiting for a phone call.", "per-family", "per-giulia");
        placement(spring, "mp-spring-search", "Shopping and search burst", date(3, 1), date(4, 30), "ch-sea",
                MediaType.PAID, 20_000, "bl-media-search", "Sofa and living-room terms, DE/AT/NL.", "kpi-convert-revenue");
        placement(spring, "mp-spring-meta", "Reels and carousels", date(3, 1), date(4, 30), "ch-meta-ads",
                MediaType.PAID, 15_000, "bl-media-meta", "Families 35–49 and lookalikes of buyers.", "kpi-convert-roas");
        placement(spring, "mp-spring-dem", "Partner newsletter send", date(3, 9), null, "ch-dem", MediaType.PAID,
                6_000, "bl-media-dem", "Home-and-garden publisher database, DE and AT.", "kpi-act-subscribers");
        spring.setBudget(money(63_000));

        Campaign outdoor = campaign(action, "camp-outdoor", "Outdoor season in Italy and Portugal",
                "Outdoor and dining furniture for terraces and holiday homes, with local pages and copy.", date(4, 15),
                date(7, 15), "tm-sofia",
                "60,000 sessions from Italy and Portugal and EUR 180,000 revenue there during the campaign.",
                "utm_campaign=outdoor-2027-it / -pt; separate analytics views per country.",
                new String[] {"obj-reach-south", "obj-convert-revenue"}, new String[] {"seg-south",
                        "seg-outdoor-intent"}, new String[] {"per-joao", "per-giulia"});
        keyMessage(outdoor, "km-outdoor-it", "Arredi da esterno che durano nel tempo",
                "Rovere e frassino trattati per il sole e la pioggia, consegna inclusa.", "per-giulia");
        keyMessage(outdoor, "km-outdoor-pt", "Móveis de exterior feitos para durar, entregues em casa",
                "Entrega incluída em Portugal continental, também na casa de férias.", "per-joao");
        placement(outdoor, "mp-outdoor-search", "Search and Shopping in Italy and Portugal", date(4, 15), date(7, 15),
                "ch-sea", MediaType.PAID, 18_000, "bl-media-search", "Outdoor terms in Italian and Portuguese.",
                "kpi-convert-revenue");
        placement(outdoor, "mp-outdoor-meta", "Instagram in Italy and Portugal", date(4, 15), date(7, 15),
                "ch-meta-ads", MediaType.PAID, 12_000, "bl-media-meta", "Coastal regions, homeowners 40+.",
                "kpi-convert-roas");
        placement(outdoor, "mp-outdoor-dem", "Partner newsletters in Italy and Portugal", date(5, 11), date(6, 8),
                "ch-dem", MediaType.PAID, 7_000, "bl-media-dem", "Interior-magazine and lifestyle databases.",
                "kpi-convert-revenue");
        outdoor.setBudget(money(37_000));

        Campaign club = campaign(action, "camp-club", "Holmvik Club launch",
                "The free loyalty club: previews, free assembly on the second order, care kits, showroom evenings.",
                date(6, 1), date(6, 30), "tm-katharina", "3,000 members in June; repeat purchase rate on track for 27%.",
                "Club sign-up event; member flag in the CRM; utm_campaign=club-launch.",
                new String[] {"obj-engage-repeat"}, new String[] {"seg-high-value", "seg-one-time"},
                new String[] {"per-renate", "per-family"});
        keyMessage(club, "km-club-members-first", "Members first", "Previews ten days early, free assembly, care kits.",
                "per-renate");
        placement(club, "mp-club-email", "Launch emails to customers", date(6, 1), date(6, 14), "ch-email",
                MediaType.OWNED, 0, null, "All customers with consent, by RFM segment.", "kpi-engage-repeat");
        placement(club, "mp-club-retargeting", "Retargeting of past buyers", date(6, 1), date(6, 30), "ch-display",
                MediaType.PAID, 4_000, "bl-media-display", "Customers of the last 24 months.", "kpi-engage-repeat");
        club.setBudget(money(4_000));

        Campaign blackWeek = campaign(action, "camp-black-week", "Black Week",
                "Our only sale of the autumn: 15% on solid-wood tables and chairs, delivery before Christmas.",
                date(11, 19), date(11, 30), "tm-sofia", "Reach the November revenue objective (" + eur(revenueTargets[10])
                        + ") with a mobile conversion rate of 0.60%.",
                "utm_campaign=black-week-2027; analytics segment 'Black Week buyers'.",
                new String[] {"obj-convert-revenue", "obj-convert-mobile"}, new String[] {"seg-researchers",
                        "seg-one-time"}, new String[] {"per-family", "per-lena"});
        keyMessage(blackWeek, "km-black-week-only-sale", "Our only sale of the autumn",
                "15% on tables and chairs, no fake discounts.", "per-family", "per-lena");
        keyMessage(blackWeek, "km-black-week-christmas", "Ordered in Black Week, delivered before Christmas",
                "In-stock range, delivery week shown.", "per-family");
        placement(blackWeek, "mp-black-week-search", "Search and Shopping burst", date(11, 19), date(11, 30), "ch-sea",
                MediaType.PAID, 30_000, "bl-media-search", "Tables and chairs, all markets.", "kpi-convert-revenue");
        placement(blackWeek, "mp-black-week-meta", "Reels and dynamic ads", date(11, 19), date(11, 30), "ch-meta-ads",
                MediaType.PAID, 25_000, "bl-media-meta", "Researchers and one-time buyers.", "kpi-convert-roas");
        placement(blackWeek, "mp-black-week-retargeting", "Retargeting", date(11, 19), date(11, 30), "ch-display",
                MediaType.PAID, 8_000, "bl-media-display", "Visitors of table pages in 60 days.", "kpi-convert-roas");
        placement(blackWeek, "mp-black-week-dem", "Partner newsletter send", date(11, 22), null, "ch-dem",
                MediaType.PAID, 5_000, "bl-media-dem", "Design-lovers' newsletter.", "kpi-convert-revenue");
        blackWeek.setBudget(money(68_000));

        BudgetLine pinterestLine = get("bl-media-pinterest");
        pinterestLine.setCampaign(pinterest);
        BudgetLine templates = get("bl-creative-pin-templates");
        templates.setCampaign(pinterest);
        BudgetLine shoot = get("bl-creative-spring-shoot");
        shoot.setCampaign(spring);
    }

    private void alwaysOn(ActionSection action) {
        AlwaysOnPlan plan = id(F.createAlwaysOnPlan(), "always-on");
        action.setAlwaysOnPlan(plan);
        List<AlwaysOnActivity> activities = plan.getActivities();
        activities.add(alwaysOn("ao-dashboard", PLAN, "Monthly dashboard and budget review", "tm-priya", "ch-web",
                "bl-site-analytics", null, 4, ALL_QUARTERS, "First Tuesday of the month: KPIs, forecast against actuals, "
                        + "budget shifts.", "obj-plan-attribution"));
        activities.add(alwaysOn("ao-seo", REACH, "Room-led SEO", "tm-luca", "ch-seo", "bl-content-seo", null, 4,
                ALL_QUARTERS, "Room and problem keywords, structured data, internal links from the Academy.",
                "obj-reach-sessions"));
        activities.add(alwaysOn("ao-shopping", REACH, "Always-on search and Shopping", "tm-sofia", "ch-sea",
                "bl-media-search", null, 5, ALL_QUARTERS, "Feed-based Shopping, brand and category search.",
                "obj-reach-sessions", "obj-convert-revenue"));
        activities.add(alwaysOn("ao-meta-prospecting", REACH, "Prospecting on Instagram and Facebook", "tm-sofia",
                "ch-meta-ads", "bl-media-meta", null, 3, ALL_QUARTERS, "Reels of small-space makeovers.",
                "obj-reach-sessions"));
        AlwaysOnActivity pinterest = alwaysOn("ao-pinterest", REACH, "Pinterest automated keyword bidding",
                "tm-sofia", "ch-pinterest", "bl-media-pinterest", "camp-pinterest", 5, ALL_QUARTERS,
                "Always on from February; templates refreshed each season.", "obj-reach-pinterest");
        pinterest.setStart(date(2, 1));
        activities.add(pinterest);
        activities.add(alwaysOn("ao-press", REACH, "Press and portal interviews", "tm-luca", "ch-pr", "bl-pr-agency",
                null, 3, ALL_QUARTERS, "One feature or interview a month.", "obj-reach-sessions"));
        activities.add(alwaysOn("ao-affiliates", REACH, "Interior blogger affiliates", "tm-sofia", "ch-affiliate",
                "bl-media-affiliates", null, 3, ALL_QUARTERS, "Room stories by bloggers with tracked links.",
                "obj-reach-sessions"));
        activities.add(alwaysOn("ao-academy", ACT, "Home Academy: two guides and one video a month", "tm-luca",
                "ch-web", "bl-content-production", null, 5, new Quarter[] {Quarter.Q2, Quarter.Q3, Quarter.Q4},
                "After the April launch.", "obj-act-academy", "obj-act-subscribers"));
        activities.add(alwaysOn("ao-community", ACT, "Community management on Instagram and Pinterest", "tm-elena",
                "ch-instagram", null, null, 3, ALL_QUARTERS, "Answer every comment within a working day.",
                "obj-act-room-plans"));
        activities.add(alwaysOn("ao-retargeting", CONVERT, "Retargeting of researchers", "tm-sofia", "ch-display",
                "bl-media-display", null, 3, ALL_QUARTERS, "Three or more sessions without an order.",
                "obj-convert-revenue"));
        activities.add(alwaysOn("ao-lifecycle", ENGAGE, "Lifecycle email automations", "tm-katharina", "ch-email",
                "bl-site-email-platform", null, 5, ALL_QUARTERS, "Welcome, basket, care, win-back.",
                "obj-engage-repeat", "obj-convert-revenue"));
        activities.add(alwaysOn("ao-reviews", ENGAGE, "Review collection and replies", "tm-katharina", "ch-email",
                null, null, 4, ALL_QUARTERS, "Ask after assembly; reply to every review within two days.",
                "obj-engage-reviews"));
    }

    private void martech(ActionSection action) {
        List<MarTechTool> stack = action.getMartechStack();
        stack.add(tool("mt-commerce", "Commerce platform (Shopify Plus)", MarTechCategory.ECOMMERCE, "Shopify",
                "bl-site-platform", "tm-jonas", CONVERT, ENGAGE));
        stack.add(tool("mt-analytics", "Google Analytics 4 with server-side tagging", MarTechCategory.ANALYTICS,
                "Google", "bl-site-analytics", "tm-priya", PLAN, REACH, ACT, CONVERT, ENGAGE));
        stack.add(tool("mt-dashboard", "Looker Studio dashboard", MarTechCategory.ANALYTICS, "Google", null, "tm-priya",
                PLAN));
        stack.add(tool("mt-email", "Klaviyo", MarTechCategory.EMAIL_AUTOMATION, "Klaviyo", "bl-site-email-platform",
                "tm-katharina", ACT, CONVERT, ENGAGE));
        stack.add(tool("mt-cms", "Headless CMS for the Home Academy", MarTechCategory.CMS, "Storyblok",
                "bl-content-academy-build", "tm-luca", ACT));
        stack.add(tool("mt-google-ads", "Google Ads", MarTechCategory.ADVERTISING, "Google", "bl-media-search",
                "tm-sofia", REACH, CONVERT));
        stack.add(tool("mt-pinterest-ads", "Pinterest Ads Manager with conversions API", MarTechCategory.ADVERTISING,
                "Pinterest", "bl-media-pinterest", "tm-sofia", REACH));
        stack.add(tool("mt-meta", "Meta Business Suite", MarTechCategory.SOCIAL_MEDIA, "Meta", "bl-media-meta",
                "tm-elena", REACH, ACT));
        stack.add(tool("mt-seo", "Semrush", MarTechCategory.SEO, "Semrush", "bl-content-seo", "tm-luca", REACH));
        stack.add(tool("mt-testing", "VWO", MarTechCategory.TESTING_CRO, "VWO", "bl-site-testing", "tm-jonas", CONVERT));
        stack.add(tool("mt-service", "Zendesk", MarTechCategory.CUSTOMER_SERVICE, "Zendesk", null, "tm-katharina",
                ENGAGE));
        stack.add(tool("mt-planner", "3D room planner", MarTechCategory.OTHER, "Planner vendor", "bl-site-room-planner",
                "tm-jonas", ACT, CONVERT));
        stack.add(tool("mt-cdp", "Customer data in the email platform and the store", MarTechCategory.DATA_PLATFORM,
                "Klaviyo", null, "tm-priya", PLAN, ENGAGE));
        stack.add(tool("mt-crm", "Showroom appointments and customer notes", MarTechCategory.CRM, "Appointment tool",
                null, "tm-marco", CONVERT, ENGAGE));
        stack.add(tool("mt-collaboration", "Asana", MarTechCategory.COLLABORATION, "Asana", null, "tm-anna", PLAN));
    }

    private void ninetyDayPlans(ActionSection action) {
        NinetyDayPlan q1 = ninetyDays(action, "ninety-days-q1", Quarter.Q1, "Q1: measure, test, build",
                "Tracking fixed, Pinterest test live, Home Academy built, spring campaign launched.");
        actionItem(q1, "ai-q1-tracking", PLAN, Workstream.SITE,
                "Server-side tagging, consent mode, data-driven attribution", date(1, 4), date(2, 26), "tm-priya",
                "ch-web", "bl-site-analytics", null, 5, "obj-plan-attribution");
        actionItem(q1, "ai-q1-templates", REACH, Workstream.CONTENT,
                "Produce ready-made Pin templates (six room styles)", date(1, 11), date(2, 26), "tm-agency",
                "ch-pinterest", "bl-creative-pin-templates", "camp-pinterest", 5, "obj-reach-pinterest");
        actionItem(q1, "ai-q1-pinterest-test", REACH, Workstream.MEDIA, "Pinterest test: automated keyword bidding",
                date(2, 1), date(3, 31), "tm-sofia", "ch-pinterest", "bl-media-pinterest", "camp-pinterest", 5,
                "obj-reach-pinterest");
        actionItem(q1, "ai-q1-academy-build", ACT, Workstream.SITE, "Build the Home Academy", date(1, 4), date(3, 31),
                "tm-luca", "ch-web", "bl-content-academy-build", null, 5, "obj-act-academy");
        actionItem(q1, "ai-q1-spring", CONVERT, Workstream.CAMPAIGNS, "Launch the spring living-room campaign",
                date(2, 15), date(3, 31), "tm-sofia", "ch-sea", null, "camp-spring", 4, "obj-convert-revenue");
        actionItem(q1, "ai-q1-mobile-pages", CONVERT, Workstream.SITE,
                "Mobile product pages: delivery week, sticky basket", date(2, 1), date(3, 31), "tm-jonas", "ch-web",
                "bl-site-testing", null, 5, "obj-convert-mobile");
        actionItem(q1, "ai-q1-care-series", ENGAGE, Workstream.CONTENT, "Delivery, assembly and care email series",
                date(1, 11), date(3, 15), "tm-katharina", "ch-email", "bl-site-email-platform", null, 4,
                "obj-engage-reviews", "obj-engage-nps");

        NinetyDayPlan q2 = ninetyDays(action, "ninety-days-q2", Quarter.Q2, "Q2: scale and open the south",
                "Scale Pinterest, launch the Academy and the planner, outdoor campaign, Holmvik Club.");
        actionItem(q2, "ai-q2-pinterest-scale", REACH, Workstream.MEDIA, "Scale the winning Pinterest templates",
                date(4, 15), date(6, 30), "tm-sofia", "ch-pinterest", "bl-media-pinterest", "camp-pinterest", 5,
                "obj-reach-pinterest");
        actionItem(q2, "ai-q2-academy-launch", ACT, Workstream.CONTENT, "Launch the Home Academy: 40 guides, 12 videos",
                date(4, 1), date(4, 30), "tm-luca", "ch-web", "bl-content-production", null, 5, "obj-act-academy");
        actionItem(q2, "ai-q2-podcast", ACT, Workstream.CONTENT, "Podcast 'Room to Breathe': first three episodes",
                date(4, 15), date(6, 30), "tm-luca", "ch-web", "bl-content-production", null, 3, "obj-act-academy");
        actionItem(q2, "ai-q2-planner", ACT, Workstream.SITE, "Launch the 3D room planner", date(4, 1), date(5, 31),
                "tm-jonas", "ch-web", "bl-site-room-planner", null, 5, "obj-act-room-plans");
        actionItem(q2, "ai-q2-outdoor", CONVERT, Workstream.CAMPAIGNS, "Outdoor season in Italy and Portugal",
                date(4, 15), date(6, 30), "tm-sofia", "ch-meta-ads", null, "camp-outdoor", 4, "obj-reach-south",
                "obj-convert-revenue");
        actionItem(q2, "ai-q2-club", ENGAGE, Workstream.CAMPAIGNS, "Launch the Holmvik Club", date(5, 15), date(6, 30),
                "tm-katharina", "ch-email", null, "camp-club", 5, "obj-engage-repeat");

        NinetyDayPlan q3 = ninetyDays(action, "ninety-days-q3", Quarter.Q3, "Q3: optimise and prove",
                "Checkout tests, trends report, Baltic pages, the design fair, win-back.");
        actionItem(q3, "ai-q3-pinterest-autumn", REACH, Workstream.MEDIA, "Autumn Pin templates", date(8, 15),
                date(9, 30), "tm-elena", "ch-pinterest", "bl-media-pinterest", "camp-pinterest", 4,
                "obj-reach-pinterest");
        actionItem(q3, "ai-q3-fair", REACH, Workstream.CAMPAIGNS, "Stand at the Hamburg home and design fair",
                date(9, 24), date(9, 26), "tm-marco", "ch-events", "bl-pr-design-fair", null, 3, "obj-reach-sessions",
                "obj-act-subscribers");
        actionItem(q3, "ai-q3-trends-report", ACT, Workstream.CONTENT, "Living Trends Report 2028 for subscribers",
                date(7, 1), date(9, 7), "tm-luca", "ch-web", "bl-content-production", null, 4, "obj-act-subscribers");
        actionItem(q3, "ai-q3-baltics", ACT, Workstream.CONTENT,
                "Russian-language delivery pages for Latvia and Estonia", date(7, 1), date(7, 31), "tm-elena", "ch-web",
                null, null, 2, "obj-act-academy");
        actionItem(q3, "ai-q3-checkout", CONVERT, Workstream.SITE, "Checkout: financing and fabric-sample tests",
                date(7, 1), date(9, 15), "tm-jonas", "ch-web", "bl-site-testing", null, 5, "obj-convert-mobile");
        actionItem(q3, "ai-q3-win-back", ENGAGE, Workstream.CAMPAIGNS, "Win-back of lapsed customers", date(7, 1),
                date(9, 30), "tm-katharina", "ch-email", "bl-site-email-platform", null, 3, "obj-engage-repeat");

        NinetyDayPlan q4 = ninetyDays(action, "ninety-days-q4", Quarter.Q4, "Q4: peak season",
                "Black Week, gift guide, webinar, club previews, the 2028 plan.");
        actionItem(q4, "ai-q4-webinar", ACT, Workstream.CONTENT, "Live webinar: plan your living room", date(10, 15),
                date(11, 4), "tm-luca", "ch-youtube", "bl-content-production", null, 3, "obj-act-room-plans");
        actionItem(q4, "ai-q4-black-week", CONVERT, Workstream.CAMPAIGNS, "Black Week", date(10, 15), date(11, 30),
                "tm-sofia", "ch-sea", null, "camp-black-week", 5, "obj-convert-revenue");
        actionItem(q4, "ai-q4-gift-guide", CONVERT, Workstream.CONTENT, "Gift guide and gift cards", date(11, 15),
                date(12, 20), "tm-luca", "ch-web", null, null, 3, "obj-convert-revenue");
        actionItem(q4, "ai-q4-club-evening", ENGAGE, Workstream.CAMPAIGNS, "Club previews and a showroom evening",
                date(10, 1), date(10, 31), "tm-marco", "ch-showroom", "bl-pr-showroom-evenings", null, 4,
                "obj-engage-repeat");
        actionItem(q4, "ai-q4-plan-2028", PLAN, Workstream.SITE, "Attribution review and the 2028 budget model",
                date(11, 1), date(12, 15), "tm-priya", "ch-web", null, null, 4, "obj-plan-attribution");
    }

    // --- §4 operations ------------------------------------------------------------------------

    private void objectivesProgramme(OperationsSection operations) {
        String[] names = {"Q1", "Q2", "Q3", "Q4"};
        long[] pinterestQuarters = new long[4];
        long[] sessionQuarters = new long[4];
        long[] revenueQuarters = new long[4];
        long[] subscriberQuarters = new long[4];
        long[] reviewQuarters = new long[4];
        for (int q = 0; q < 4; q++) {
            pinterestQuarters[q] = sum(pinterestSessions, q * 3, q * 3 + 3);
            sessionQuarters[q] = sum(onlineSessions, q * 3, q * 3 + 3);
            revenueQuarters[q] = sum(revenueTargets, q * 3, q * 3 + 3);
            subscriberQuarters[q] = sum(SUBSCRIBERS, q * 3, q * 3 + 3);
            reviewQuarters[q] = sum(REVIEWS, q * 3, q * 3 + 3);
        }
        String[][] pinterestActivities = {{"ai-q1-pinterest-test", "ai-q1-templates", "ao-pinterest"},
            {"ai-q2-pinterest-scale", "ao-pinterest"}, {"ai-q3-pinterest-autumn", "ao-pinterest"}, {"ao-pinterest"}};
        String[][] sessionActivities = {{"ao-seo", "ao-shopping", "ao-meta-prospecting"},
            {"ao-seo", "ao-shopping", "ai-q2-outdoor"}, {"ao-seo", "ao-shopping", "ai-q3-fair"},
            {"ao-seo", "ao-shopping", "ao-affiliates"}};
        String[][] revenueActivities = {{"ai-q1-spring", "ai-q1-mobile-pages"}, {"ai-q2-outdoor", "ai-q2-planner"},
            {"ai-q3-checkout", "ao-retargeting"}, {"ai-q4-black-week", "ai-q4-gift-guide"}};
        String[][] subscriberActivities = {{"ai-q1-academy-build"}, {"ai-q2-academy-launch", "ao-academy"},
            {"ai-q3-trends-report", "ai-q3-fair"}, {"ao-academy", "ai-q4-webinar"}};
        String[][] reviewActivities = {{"ai-q1-care-series", "ao-reviews"}, {"ao-reviews"}, {"ao-reviews"},
            {"ao-reviews"}};
        for (int q = 0; q < 4; q++) {
            Quarter quarter = Quarter.values()[q];
            String key = names[q].toLowerCase();
            operations.getQuarterlyObjectives().add(quarterly("qo-pinterest-" + key, quarter,
                    names[q] + ": Pinterest sessions", "obj-reach-pinterest", pinterestQuarters[q], "sessions", "tm-sofia",
                    pinterestActivities[q]));
            operations.getQuarterlyObjectives().add(quarterly("qo-sessions-" + key, quarter,
                    names[q] + ": store sessions", "obj-reach-sessions", sessionQuarters[q], "sessions", "tm-sofia",
                    sessionActivities[q]));
            operations.getQuarterlyObjectives().add(quarterly("qo-revenue-" + key, quarter,
                    names[q] + ": online revenue", "obj-convert-revenue", revenueQuarters[q], "EUR", "tm-jonas",
                    revenueActivities[q]));
            operations.getQuarterlyObjectives().add(quarterly("qo-subscribers-" + key, quarter,
                    names[q] + ": new subscribers", "obj-act-subscribers", subscriberQuarters[q], "subscribers",
                    "tm-katharina", subscriberActivities[q]));
            operations.getQuarterlyObjectives().add(quarterly("qo-reviews-" + key, quarter,
                    names[q] + ": verified reviews", "obj-engage-reviews", reviewQuarters[q], "reviews", "tm-katharina",
                    reviewActivities[q]));
        }

        String[] monthNames = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        for (int m = 1; m <= 12; m++) {
            String quarterKey = "q" + ((m - 1) / 3 + 1);
            String mm = String.format("%02d", m);
            operations.getMonthlyObjectives().add(monthly("mo-revenue-" + mm, m, monthNames[m - 1] + ": online revenue",
                    revenueTargets[m - 1], "EUR", "qo-revenue-" + quarterKey, "tm-jonas"));
            operations.getMonthlyObjectives().add(monthly("mo-pinterest-" + mm, m,
                    monthNames[m - 1] + ": Pinterest sessions", pinterestSessions[m - 1], "sessions",
                    "qo-pinterest-" + quarterKey, "tm-sofia"));
        }
        operations.getMonthlyObjectives().add(monthly("mo-attribution-live", 4,
                "Attribution live: 84% of online revenue attributed", 84, "%", null, "tm-priya"));
        operations.getMonthlyObjectives().add(monthly("mo-academy-live", 4, "Home Academy live with 40 guides", 40,
                "guides", null, "tm-luca"));
        operations.getMonthlyObjectives().add(monthly("mo-planner-live", 5, "Room planner: 3,500 saved plans", 3_500,
                "saved plans", null, "tm-jonas"));
        operations.getMonthlyObjectives().add(monthly("mo-club-members", 6, "Holmvik Club: 3,000 members", 3_000,
                "members", null, "tm-katharina"));
        operations.getMonthlyObjectives().add(monthly("mo-trends-downloads", 9, "Trends report: 2,500 downloads", 2_500,
                "downloads", null, "tm-luca"));
    }

    private QuarterlyObjective quarterly(String id, Quarter quarter, String name, String annualObjective, long target,
            String unit, String owner, String... activities) {
        QuarterlyObjective objective = named(F.createQuarterlyObjective(), id, name, null);
        objective.setQuarter(quarter);
        objective.setAnnualObjective(get(annualObjective));
        objective.setTarget(dec(target));
        objective.setUnit(unit);
        objective.setOwner(get(owner));
        objective.getActivities().addAll(all(activities));
        return objective;
    }

    private MonthlyObjective monthly(String id, int month, String name, long target, String unit,
            String quarterlyObjective, String owner) {
        MonthlyObjective objective = named(F.createMonthlyObjective(), id, name, null);
        objective.setMonth(month(month));
        objective.setDeadline(endOfMonth(month));
        // The first half launches the new programmes, the second half grows loyalty.
        objective.setPhase(month <= 6 ? PlanPhase.LAUNCH : PlanPhase.LOYALTY);
        objective.setTarget(dec(target));
        objective.setUnit(unit);
        if (quarterlyObjective != null) {
            objective.setQuarterlyObjective(get(quarterlyObjective));
        }
        objective.setStatus(ObjectiveStatus.NOT_STARTED);
        objective.setOwner(get(owner));
        return objective;
    }

    private void editorialCalendar(OperationsSection operations) {
        EditorialCalendar calendar = named(F.createEditorialCalendar(), "editorial-calendar", "Editorial calendar 2027",
                "Organic content: Academy guides and videos, social posts, podcast, interviews on external portals.");
        operations.setEditorialCalendar(calendar);
        List<EditorialEntry> entries = calendar.getEntries();
        entries.add(editorial("ed-dining-guide", "How to choose a dining table", date(1, 5), null, ACT, "ch-web",
                "tm-luca", "obj-act-academy", null, "ai-q1-academy-build", ContentFormat.GUIDE, "Holmvik journal",
                "ct-buying-guides", "per-family", "per-giulia"));
        entries.add(editorial("ed-pin-boards", "Pinterest boards: six room styles for 2027", date(2, 1), null, REACH,
                "ch-pinterest", "tm-elena", "obj-reach-pinterest", "camp-pinterest", "ao-pinterest",
                ContentFormat.SOCIAL_POST, "Holmvik on Pinterest", "ct-pin-templates", "per-lena", "per-mai"));
        entries.add(cost(editorial("ed-academy-teaser", "Home Academy teaser video", date(2, 10), null, ACT,
                "ch-youtube", "tm-luca", "obj-act-academy", null, "ai-q1-academy-build", ContentFormat.VIDEO,
                "YouTube", "ct-academy-videos", "per-family", "per-renate"), 1_500, "bl-content-production"));
        entries.add(editorial("ed-small-flat-reel", "Reel: a 38 m² flat, three looks", date(2, 22), null, REACH,
                "ch-instagram", "tm-elena", "obj-reach-sessions", null, "ao-community", ContentFormat.VIDEO, "Instagram",
                "ct-reels-makeovers", "per-lena", "per-mai"));
        entries.add(editorial("ed-spring-lookbook", "Spring living-room lookbook", date(3, 2), date(3, 31), CONVERT,
                "ch-web", "tm-luca", "obj-convert-revenue", "camp-spring", "ai-q1-spring", ContentFormat.GUIDE,
                "Holmvik journal", "ct-spring-lookbook", "per-family", "per-giulia"));
        entries.add(editorial("ed-designer-interview", "Interview: our head designer on durable design", date(3, 16),
                null, REACH, "ch-pr", "tm-luca", "obj-reach-sessions", null, "ao-press", ContentFormat.INTERVIEW,
                "Guest interview on an interior-design portal", "ct-designer-interview", "per-giulia", "per-renate"));
        entries.add(editorial("ed-academy-launch", "The Home Academy is open: 40 guides, 12 videos", date(4, 13), null,
                ACT, "ch-web", "tm-luca", "obj-act-academy", null, "ai-q2-academy-launch", ContentFormat.LANDING_PAGE,
                "Home Academy", "ct-academy", "per-lena", "per-family", "per-mai", "per-giulia"));
        entries.add(cost(editorial("ed-podcast-small-spaces", "Podcast: living well in 40 square metres", date(4, 27),
                null, ACT, "ch-web", "tm-luca", "obj-act-academy", null, "ai-q2-podcast", ContentFormat.PODCAST,
                "Room to Breathe", "ct-podcast", "per-giulia", "per-lena"), 1_200, "bl-content-production"));
        entries.add(editorial("ed-terrace-guide-it", "Guida: arredare il terrazzo perché duri nel tempo", date(5, 4),
                null, ACT, "ch-web", "tm-luca", "obj-reach-south", "camp-outdoor", "ai-q2-outdoor", ContentFormat.ARTICLE,
                "Holmvik journal (italiano)", "ct-outdoor-pages", "per-giulia"));
        entries.add(editorial("ed-holiday-home-guide-pt", "Guia: mobilar a casa de férias sem complicações",
                date(5, 6), null, ACT, "ch-web", "tm-luca", "obj-reach-south", "camp-outdoor", "ai-q2-outdoor",
                ContentFormat.ARTICLE, "Holmvik journal (português)", "ct-outdoor-pages", "per-joao"));
        entries.add(editorial("ed-planner-launch", "Plan your room in 3D: the planner is live", date(5, 18), null, ACT,
                "ch-instagram", "tm-elena", "obj-act-room-plans", null, "ai-q2-planner", ContentFormat.SOCIAL_POST,
                "Instagram", "ct-room-planner", "per-family", "per-lena"));
        entries.add(editorial("ed-club-open", "The Holmvik Club is open", date(6, 1), null, ENGAGE, "ch-instagram",
                "tm-elena", "obj-engage-repeat", "camp-club", "ai-q2-club", ContentFormat.SOCIAL_POST, "Instagram",
                "ct-club-offers", "per-renate"));
        entries.add(editorial("ed-room-story-family", "Room story: a family living room in Lüneburg", date(6, 21), null,
                ENGAGE, "ch-web", "tm-luca", "obj-engage-reviews", null, "ao-reviews", ContentFormat.CASE_STUDY,
                "Holmvik journal", "ct-room-stories", "per-family"));
        entries.add(editorial("ed-oak-care-video", "Video: oiling a solid-oak table", date(7, 12), null, ENGAGE,
                "ch-youtube", "tm-luca", "obj-engage-repeat", null, "ao-lifecycle", ContentFormat.VIDEO, "YouTube",
                "ct-academy-videos", "per-renate"));
        entries.add(editorial("ed-baltics-faq-ru", "FAQ на русском: доставка и сборка в Латвии и Эстонии", date(7, 20),
                null, ACT, "ch-web", "tm-elena", "obj-act-academy", null, "ai-q3-baltics", ContentFormat.ARTICLE,
                "Help centre (русский)", "ct-ru-faq"));
        entries.add(editorial("ed-trends-preview", "Guest article: a first look at the 2028 trends", date(8, 24), null,
                REACH, "ch-pr", "tm-luca", "obj-reach-sessions", null, "ao-press", ContentFormat.INTERVIEW,
                "Guest article on an architecture portal", "ct-trends-report", "per-giulia"));
        entries.add(cost(editorial("ed-trends-report", "Living Trends Report 2028 published", date(9, 7), null, ACT,
                "ch-web", "tm-luca", "obj-act-subscribers", null, "ai-q3-trends-report", ContentFormat.REPORT,
                "Home Academy", "ct-trends-report", "per-giulia", "per-mai"), 3_000, "bl-content-production"));
        entries.add(editorial("ed-fair-live", "Live from the Hamburg home and design fair", date(9, 24), date(9, 26),
                REACH, "ch-instagram", "tm-elena", "obj-reach-sessions", null, "ai-q3-fair", ContentFormat.SOCIAL_POST,
                "Instagram stories", "ct-reels-makeovers", "per-lena", "per-renate"));
        entries.add(cost(editorial("ed-podcast-wood", "Podcast: wood, wool and what lasts", date(10, 5), null, ACT,
                "ch-web", "tm-luca", "obj-act-academy", null, "ao-academy", ContentFormat.PODCAST, "Room to Breathe",
                "ct-podcast", "per-giulia"), 1_200, "bl-content-production"));
        entries.add(editorial("ed-autumn-pins", "Autumn Pins: cosy reading corners", date(10, 11), null, REACH,
                "ch-pinterest", "tm-elena", "obj-reach-pinterest", "camp-pinterest", "ao-pinterest",
                ContentFormat.SOCIAL_POST, "Holmvik on Pinterest", "ct-pin-templates", "per-lena", "per-mai"));
        entries.add(editorial("ed-webinar", "Live webinar: plan your living room before Christmas", date(11, 4), null,
                ACT, "ch-youtube", "tm-luca", "obj-act-room-plans", null, "ai-q4-webinar", ContentFormat.WEBINAR,
                "YouTube live", "ct-webinar", "per-family"));
        entries.add(editorial("ed-black-week-explained", "Black Week: what is in our only autumn sale", date(11, 15),
                null, CONVERT, "ch-web", "tm-luca", "obj-convert-revenue", null, "ai-q4-black-week",
                ContentFormat.ARTICLE, "Holmvik journal", "ct-product-pages", "per-family", "per-lena"));
        entries.add(editorial("ed-gift-guide", "Gift guide: small pieces made to last", date(12, 1), null, CONVERT,
                "ch-web", "tm-luca", "obj-convert-revenue", null, "ai-q4-gift-guide", ContentFormat.GUIDE,
                "Holmvik journal", "ct-buying-guides", "per-renate", "per-mai"));
        entries.add(editorial("ed-rooms-of-the-year", "Your rooms of 2027", date(12, 20), null, ENGAGE, "ch-instagram",
                "tm-elena", "obj-engage-reviews", null, "ao-reviews", ContentFormat.SOCIAL_POST, "Instagram",
                "ct-room-stories", "per-renate", "per-lena"));
    }

    private EditorialEntry editorial(String id, String name, LocalDate start, LocalDate end, RaceStage stage,
            String channel, String owner, String objective, String campaign, String activity, ContentFormat format,
            String outlet, String content, String... personas) {
        EditorialEntry entry = entry(F.createEditorialEntry(), id, name, null, start, end, stage, channel, owner,
                objective, campaign, activity);
        entry.setFormat(format);
        entry.setOutlet(outlet);
        entry.setContent(get(content));
        entry.getPersonas().addAll(all(personas));
        return entry;
    }

    private void advertisingCalendar(OperationsSection operations) {
        AdvertisingCalendar calendar = named(F.createAdvertisingCalendar(), "advertising-calendar",
                "Advertising calendar 2027", "Campaign flights by channel, with budgets and planned A/B tests.");
        operations.setAdvertisingCalendar(calendar);
        List<AdvertisingEntry> entries = calendar.getEntries();
        entries.add(flight("ad-pinterest-test", "Pinterest test flight", "mp-pinterest-test", REACH, "obj-reach-pinterest",
                "ai-q1-pinterest-test", "ct-pin-templates",
                abTest("ab-pinterest-template", "Room set or single piece", "A whole room converts better than a "
                        + "single product on a plain background.", "Room-set template", "Single-piece template",
                        "Outbound click rate"),
                abTest("ab-pinterest-bidding", "Automatic or manual bidding",
                        "Automatic keyword bidding reaches the same savers at a lower cost per session.",
                        "Automatic keyword bidding", "Manual cost-per-click bids", "Cost per session")));
        entries.add(flight("ad-pinterest-scale", "Pinterest scale flight", "mp-pinterest-scale", REACH,
                "obj-reach-pinterest", "ai-q2-pinterest-scale", "ct-pin-templates",
                abTest("ab-pinterest-seasonal", "Seasonal or evergreen templates",
                        "Seasonal templates lift saves in autumn.", "Seasonal template", "Evergreen template",
                        "Save rate")));
        entries.add(flight("ad-spring-search", "Spring search and Shopping", "mp-spring-search", CONVERT,
                "obj-convert-revenue", "ai-q1-spring", "ct-spring-lookbook",
                abTest("ab-spring-headline", "Price or delivery week in the headline",
                        "The delivery week matters more than the price before Easter.", "From EUR 1,290",
                        "Delivered before Easter", "Conversion rate")));
        entries.add(flight("ad-spring-meta", "Spring Reels and carousels", "mp-spring-meta", REACH, "obj-convert-revenue",
                "ai-q1-spring", "ct-reels-makeovers",
                abTest("ab-spring-format", "Reel or carousel", "Reels reach families at a lower cost per visit.",
                        "15-second Reel", "Five-image carousel", "Cost per landing-page view")));
        entries.add(flight("ad-outdoor-search", "Outdoor search in Italy and Portugal", "mp-outdoor-search", CONVERT,
                "obj-reach-south", "ai-q2-outdoor", "ct-outdoor-pages",
                abTest("ab-outdoor-it", "Italian copy: durability or free delivery",
                        "Durability persuades Italian buyers more than delivery terms.",
                        "Arredi da esterno che durano nel tempo", "Consegna gratuita in tutta Italia",
                        "Conversion rate")));
        entries.add(flight("ad-outdoor-meta", "Outdoor Instagram in Italy and Portugal", "mp-outdoor-meta", REACH,
                "obj-reach-south", "ai-q2-outdoor", "ct-outdoor-pages",
                abTest("ab-outdoor-pt", "Portuguese copy: durability or delivery to the holiday home",
                        "Delivery to the holiday home is the stronger promise in Portugal.",
                        "Móveis de exterior feitos para durar", "Entregamos na sua casa de férias",
                        "Click-through rate")));
        entries.add(flight("ad-club-retargeting", "Holmvik Club retargeting", "mp-club-retargeting", ENGAGE,
                "obj-engage-repeat", "ai-q2-club", "ct-club-offers",
                abTest("ab-club-benefit", "Which club benefit to lead with",
                        "Free assembly is worth more to past buyers than early access.", "Free assembly",
                        "Early access to collections", "Club sign-up rate")));
        entries.add(flight("ad-black-week-search", "Black Week search and Shopping", "mp-black-week-search", CONVERT,
                "obj-convert-revenue", "ai-q4-black-week", "ct-product-pages",
                abTest("ab-black-week-discount", "Percentage or amount", "A euro amount reads larger on tables.",
                        "15% off tables", "Up to EUR 300 off tables", "Conversion rate")));
        entries.add(flight("ad-black-week-meta", "Black Week Reels and dynamic ads", "mp-black-week-meta", CONVERT,
                "obj-convert-mobile", "ai-q4-black-week", "ct-product-pages",
                abTest("ab-black-week-landing", "Product page or room page",
                        "Mobile shoppers convert better on the product page than on a room page.", "Product page",
                        "Room page", "Mobile conversion rate")));
        entries.add(flight("ad-black-week-retargeting", "Black Week retargeting", "mp-black-week-retargeting", CONVERT,
                "obj-convert-revenue", "ai-q4-black-week", "ct-product-pages",
                abTest("ab-black-week-urgency", "Countdown or delivery promise",
                        "The Christmas delivery promise beats a countdown.", "Ends Sunday",
                        "Delivered before Christmas", "Return visits with order")));
    }

    private AdvertisingEntry flight(String id, String name, String placementId, RaceStage stage, String objective,
            String activity, String content, org.tactician.model.AbTest... tests) {
        MediaPlacement placement = get(placementId);
        Campaign campaign = (Campaign) placement.eContainer();
        AdvertisingEntry entry = entry(F.createAdvertisingEntry(), id, name, null, placement.getStart(),
                placement.getEnd(), stage, placement.getChannel().getId(), "tm-sofia", objective, campaign.getId(),
                activity);
        entry.setMediaType(placement.getMediaType());
        entry.setContent(get(content));
        entry.setTargeting(placement.getTargeting());
        // The flight executes the placement: the placement books the money, the flight adds no copy.
        executes(entry, placementId);
        entry.getAbTests().addAll(List.of(tests));
        return entry;
    }

    private void demCalendar(OperationsSection operations) {
        DemCalendar calendar = named(F.createDemCalendar(), "dem-calendar", "DEM calendar 2027",
                "Paid sends on the databases of partner publishers; each executes a media placement of its "
                        + "campaign, and the placements book the DEM budget line.");
        operations.setDemCalendar(calendar);
        calendar.getEntries().add(dem("dem-spring", "Spring refresh in a home-and-garden newsletter", date(3, 9),
                "Home-and-garden publisher (DE, AT)", 240_000, "seg-families", "ct-spring-lookbook", "mp-spring-dem",
                "obj-convert-revenue", "camp-spring", "ai-q1-spring"));
        calendar.getEntries().add(dem("dem-outdoor-it", "Outdoor season in an Italian interior newsletter", date(5, 11),
                "Italian interior-magazine publisher", 120_000, "seg-south", "ct-outdoor-pages", "mp-outdoor-dem",
                "obj-reach-south", "camp-outdoor", "ai-q2-outdoor"));
        calendar.getEntries().add(dem("dem-outdoor-pt", "Outdoor season in a Portuguese lifestyle newsletter",
                date(6, 8), "Portuguese lifestyle publisher", 80_000, "seg-outdoor-intent", "ct-outdoor-pages", "mp-outdoor-dem",
                "obj-reach-south", "camp-outdoor", "ai-q2-outdoor"));
        calendar.getEntries().add(dem("dem-black-week", "Black Week in a design-lovers' newsletter", date(11, 22),
                "Design magazine publisher (DE, AT, NL)", 200_000, "seg-researchers", "ct-product-pages", "mp-black-week-dem",
                "obj-convert-revenue", "camp-black-week", "ai-q4-black-week"));
    }

    private DemEntry dem(String id, String name, LocalDate date, String provider, long audience, String segment,
            String content, String placement, String objective, String campaign, String activity) {
        DemEntry entry = entry(F.createDemEntry(), id, name, null, date, null, CONVERT, "ch-dem", "tm-sofia", objective,
                campaign, activity);
        entry.setListProvider(provider);
        entry.setAudienceSize(audience);
        entry.setSegment(get(segment));
        entry.setContent(get(content));
        // The send executes its campaign's placement, which books the DEM line.
        return executes(entry, placement);
    }

    private void automations(OperationsSection operations) {
        AutomationPlan plan = named(F.createAutomationPlan(), "automation-plan", "Email automations 2027",
                "Newsletter and lifecycle automations; the platform cost is on the email platform line.");
        operations.setAutomationPlan(plan);
        plan.getEntries().add(automation("au-welcome", "Welcome series with style-quiz picks", AutomationTrigger.WELCOME,
                date(1, 1), ACT, "seg-savers", "ct-style-quiz", "obj-act-subscribers"));
        plan.getEntries().add(automation("au-newsletter", "Thursday newsletter from the Home Academy",
                AutomationTrigger.NEWSLETTER, date(1, 1), ACT, "seg-researchers", "ct-academy", "obj-act-academy"));
        plan.getEntries().add(automation("au-browse", "Browse abandonment: two sofa pages, no basket",
                AutomationTrigger.BROWSE_ABANDONMENT, date(2, 1), CONVERT, "seg-sofa-intent", "ct-product-pages",
                "obj-convert-revenue"));
        plan.getEntries().add(automation("au-basket", "Abandoned basket: 1 hour, 1 day with samples, 3 days",
                AutomationTrigger.ABANDONED_CART, date(1, 1), CONVERT, "seg-researchers", "ct-cart-emails",
                "obj-convert-mobile"));
        plan.getEntries().add(automation("au-care", "Delivery, assembly and care series", AutomationTrigger.POST_PURCHASE,
                date(3, 15), ENGAGE, "seg-one-time", "ct-care-emails", "obj-engage-reviews"));
        plan.getEntries().add(automation("au-win-back", "Win-back after 18 months", AutomationTrigger.WIN_BACK,
                date(7, 1), ENGAGE, "seg-lapsed", "ct-club-offers", "obj-engage-repeat"));
        // Starts with the club launch and runs on after the launch campaign: linked to the lifecycle activity only.
        plan.getEntries().add(automation("au-member-birthday", "Club member birthday treat",
                AutomationTrigger.BIRTHDAY, date(6, 1), ENGAGE, "seg-high-value", "ct-club-offers", "obj-engage-repeat"));
        plan.getEntries().add(automation("au-home-anniversary", "One year in your new room: care reminder",
                AutomationTrigger.OTHER, date(1, 1), ENGAGE, "seg-one-time", "ct-care-emails", "obj-engage-repeat"));
    }

    private AutomationEntry automation(String id, String name, AutomationTrigger trigger, LocalDate start,
            RaceStage stage, String segment, String content, String objective) {
        AutomationEntry entry = entry(F.createAutomationEntry(), id, name, null, start, date(12, 31), stage, "ch-email",
                "tm-katharina", objective, null, "ao-lifecycle");
        entry.setTrigger(trigger);
        entry.setSegment(get(segment));
        entry.setContent(get(content));
        entry.setBudgetLine(get("bl-site-email-platform"));
        return entry;
    }

    private void croPlan(OperationsSection operations) {
        CroPlan plan = named(F.createCroPlan(), "cro-plan", "Conversion-rate optimisation plan 2027",
                "One test at a time on mobile, each for at least two full weeks.");
        operations.setCroPlan(plan);
        plan.getEntries().add(cro("cro-delivery-week", "Delivery week on the product page", date(2, 1), date(3, 14),
                "Product page (mobile)", "Showing the delivery week next to the price removes the main doubt about "
                        + "made-to-order sofas.", "Add-to-basket rate", "8.0", "ai-q1-mobile-pages",
                "obj-convert-mobile", "Delivery week", "No delivery information", "Delivery week 'KW 14'"));
        plan.getEntries().add(cro("cro-sticky-basket", "Sticky add-to-basket bar", date(3, 15), date(4, 30),
                "Product page (mobile)", "A sticky bar keeps the basket button in reach on long pages.",
                "Add-to-basket rate", "5.0", "ai-q1-mobile-pages", "obj-convert-mobile", "Sticky bar",
                "Button below the gallery", "Sticky bar with price and button"));
        plan.getEntries().add(cro("cro-financing", "Monthly price in the checkout", date(5, 3), date(6, 13),
                "Checkout — payment step", "Showing 0% financing as a monthly price lowers the barrier for sofas.",
                "Checkout completion", "4.0", "ai-q3-checkout", "obj-convert-mobile", "Financing display",
                "Total price only", "Total and 'from EUR 108 a month'"));
        plan.getEntries().add(cro("cro-fabric-samples", "Free fabric samples", date(7, 5), date(8, 15),
                "Sofa product page", "Free samples make hesitant shoppers commit and reduce returns.",
                "Sofa conversion rate", "6.0", "ai-q3-checkout", "obj-convert-revenue", "Sample offer",
                "Samples at EUR 5", "Three free samples"));
        plan.getEntries().add(cro("cro-room-filters", "Filters by room size and delivery time", date(8, 16),
                date(9, 26), "Category pages", "Filtering by what fits and when it arrives shortens the search.",
                "Product-page views per session", "7.0", "ai-q3-checkout", "obj-act-room-plans", "Filters",
                "Filters by style and price", "Plus room size and delivery time"));
        plan.getEntries().add(cro("cro-planner-appointment", "Book an appointment from a saved plan", date(9, 27),
                date(10, 31), "Room planner", "Offering an appointment right after saving a plan sends ready "
                        + "buyers to the showroom.", "Appointment bookings", "10.0", "ai-q2-planner",
                "obj-convert-showroom", "Appointment prompt", "Save button only",
                "Save and 'Book a showroom appointment'"));
    }

    private CroEntry cro(String id, String name, LocalDate start, LocalDate end, String page, String hypothesis,
            String metric, String uplift, String activity, String objective, String testName, String variantA,
            String variantB) {
        CroEntry entry = entry(F.createCroEntry(), id, name, null, start, end, CONVERT, "ch-web", "tm-jonas", objective,
                null, activity);
        entry.setPage(page);
        entry.setHypothesis(hypothesis);
        entry.setMetric(metric);
        entry.setExpectedUplift(dec(uplift));
        entry.setBudgetLine(get("bl-site-testing"));
        entry.setTest(abTest(id + "-test", testName, hypothesis, variantA, variantB, metric));
        return entry;
    }

    private void loyalty(OperationsSection operations) {
        LoyaltyPlan plan = named(F.createLoyaltyPlan(), "loyalty-plan", "RFM loyalty plan 2027",
                "Customers scored 1–5 on recency, frequency and monetary value; one action per cell.");
        operations.setLoyaltyPlan(plan);
        plan.getRfmSegments().add(rfm("rfm-champions", "Champions", 5, 5, 5, "seg-high-value",
                "Ordered recently, often and a lot."));
        plan.getRfmSegments().add(rfm("rfm-loyal", "Loyal customers", 4, 4, 4, "seg-high-value",
                "Regular buyers with a high order value."));
        plan.getRfmSegments().add(rfm("rfm-promising", "Promising newcomers", 5, 1, 3, "seg-one-time",
                "First order in the last 90 days."));
        plan.getRfmSegments().add(rfm("rfm-attention", "Need attention", 3, 2, 3, "seg-one-time",
                "One or two orders, fading."));
        plan.getRfmSegments().add(rfm("rfm-at-risk", "At risk", 2, 3, 4, "seg-lapsed",
                "Used to buy well, nothing for a year."));
        plan.getRfmSegments().add(rfm("rfm-hibernating", "Hibernating", 1, 1, 2, "seg-lapsed",
                "One small order long ago."));
        List<LoyaltyEntry> entries = plan.getEntries();
        entries.add(loyaltyEntry("lo-hibernating-clearance", "January clearance preview", date(1, 15), date(1, 31),
                "rfm-hibernating", "Clearance preview two days early", "ch-email", null, "ao-lifecycle"));
        entries.add(loyaltyEntry("lo-champions-spring", "Spring collection preview for champions", date(3, 1),
                date(3, 14), "rfm-champions", "Early access ten days before launch and free assembly", "ch-email", null,
                "ao-lifecycle"));
        entries.add(loyaltyEntry("lo-attention-consultation", "Room refresh ideas", date(4, 1), date(4, 30),
                "rfm-attention", "Free 30-minute video consultation", "ch-email", null, "ao-lifecycle"));
        entries.add(loyaltyEntry("lo-loyal-club", "Club welcome for loyal customers", date(6, 1), date(6, 30),
                "rfm-loyal", "Care kit and free delivery on the next order", "ch-email", "camp-club", "ai-q2-club"));
        entries.add(loyaltyEntry("lo-promising-second-order", "Second-order nudge", date(1, 1), date(12, 31),
                "rfm-promising", "Matching cushion or throw at 20% off within 60 days", "ch-email", null,
                "ao-lifecycle"));
        entries.add(loyaltyEntry("lo-at-risk", "We miss you", date(9, 1), date(9, 30), "rfm-at-risk",
                "Free delivery on the next order", "ch-email", null, "ai-q3-win-back"));
        entries.add(cost(loyaltyEntry("lo-champions-evening", "Showroom evening for champions and loyal customers",
                date(10, 14), null, "rfm-champions", "Evening preview of the winter collection with the designers",
                "ch-showroom", null, "ai-q4-club-evening"), 2_400, "bl-pr-showroom-evenings"));
    }

    private LoyaltyEntry loyaltyEntry(String id, String name, LocalDate start, LocalDate end, String rfmSegment,
            String offer, String channel, String campaign, String activity) {
        LoyaltyEntry entry = entry(F.createLoyaltyEntry(), id, name, null, start, end, ENGAGE, channel,
                channel.equals("ch-showroom") ? "tm-marco" : "tm-katharina", "obj-engage-repeat", campaign, activity);
        entry.setRfmSegment(get(rfmSegment));
        entry.setOffer(offer);
        return entry;
    }

    // --- §5 customer journey ------------------------------------------------------------------

    private void journey() {
        CustomerJourney journey = named(F.createCustomerJourney(), "journey-room", "From a saved idea to a furnished room",
                "How our personas move from inspiration to purchase, online or in the showroom, and back again.");
        journey.getPersonas().addAll(all("per-lena", "per-family", "per-mai", "per-giulia", "per-joao", "per-renate"));
        plan.getJourneys().add(journey);

        journey.getStages().add(stage("js-plan", PLAN, "Plan: listen first",
                touchpoint("tp-survey", "Onsite survey: which room are you furnishing?", MediaType.OWNED, "ch-web",
                        PurchaseMode.NONE, "ao-dashboard", new String[] {"per-lena", "per-family"},
                        new String[] {"seg-movers"}, "ct-insight-survey")));
        journey.getStages().add(stage("js-reach", REACH, "Discover",
                touchpoint("tp-pin", "Promoted Pin from a ready-made template", MediaType.PAID, "ch-pinterest",
                        PurchaseMode.NONE, "ao-pinterest", new String[] {"per-lena", "per-mai"},
                        new String[] {"seg-savers"}, "ct-pin-templates"),
                touchpoint("tp-shopping-ad", "Shopping ad for a sofa", MediaType.PAID, "ch-sea", PurchaseMode.NONE,
                        "ao-shopping", new String[] {"per-family"}, new String[] {"seg-sofa-intent"}),
                touchpoint("tp-reel", "Makeover Reel", MediaType.OWNED, "ch-instagram", PurchaseMode.NONE,
                        "ao-community", new String[] {"per-lena", "per-mai"}, new String[] {}, "ct-reels-makeovers"),
                touchpoint("tp-press", "Magazine feature or portal interview", MediaType.EARNED, "ch-pr",
                        PurchaseMode.NONE, "ao-press", new String[] {"per-giulia", "per-renate"}, new String[] {},
                        "ct-designer-interview"),
                touchpoint("tp-search-guide", "Search result: a buying guide", MediaType.EARNED, "ch-seo",
                        PurchaseMode.NONE, "ao-seo", new String[] {"per-family", "per-giulia"},
                        new String[] {"seg-researchers"}, "ct-buying-guides"),
                touchpoint("tp-outdoor-ad", "Outdoor ad in Italian or Portuguese", MediaType.PAID, "ch-meta-ads",
                        PurchaseMode.NONE, "ai-q2-outdoor", new String[] {"per-joao", "per-giulia"},
                        new String[] {"seg-south", "seg-outdoor-intent"}, "ct-outdoor-pages")));
        journey.getStages().add(stage("js-act", ACT, "Research and plan",
                touchpoint("tp-academy", "Home Academy guide, video or podcast", MediaType.OWNED, "ch-web",
                        PurchaseMode.NONE, "ao-academy",
                        new String[] {"per-lena", "per-family", "per-mai", "per-giulia", "per-renate"},
                        new String[] {"seg-researchers"}, "ct-academy", "ct-academy-videos", "ct-podcast"),
                touchpoint("tp-planner", "3D room planner", MediaType.OWNED, "ch-web", PurchaseMode.NONE, "ai-q2-planner",
                        new String[] {"per-family", "per-lena"}, new String[] {"seg-movers"}, "ct-room-planner"),
                touchpoint("tp-signup", "Style quiz and newsletter sign-up", MediaType.OWNED, "ch-web", PurchaseMode.NONE,
                        null, new String[] {"per-lena", "per-mai"}, new String[] {"seg-savers"}, "ct-style-quiz"),
                touchpoint("tp-product-page", "Product page with reviews, delivery week and AR", MediaType.OWNED,
                        "ch-web", PurchaseMode.NONE, "ai-q1-mobile-pages",
                        new String[] {"per-lena", "per-family", "per-mai", "per-giulia", "per-joao"}, new String[] {},
                        "ct-product-pages")));
        journey.getStages().add(stage("js-convert", CONVERT, "Buy",
                touchpoint("tp-basket-email", "Abandoned-basket email", MediaType.OWNED, "ch-email", PurchaseMode.NONE,
                        "ao-lifecycle", new String[] {"per-lena", "per-family"}, new String[] {"seg-researchers"},
                        "ct-cart-emails"),
                touchpoint("tp-checkout", "Online checkout with financing", MediaType.OWNED, "ch-web",
                        PurchaseMode.ONLINE, "ai-q3-checkout",
                        new String[] {"per-lena", "per-family", "per-mai", "per-giulia", "per-joao"}, new String[] {}),
                touchpoint("tp-showroom", "Showroom appointment and order", MediaType.OWNED, "ch-showroom",
                        PurchaseMode.OFFLINE, null, new String[] {"per-family", "per-renate", "per-giulia"},
                        new String[] {"seg-families"})));
        journey.getStages().add(stage("js-engage", ENGAGE, "Live with it and come back",
                touchpoint("tp-delivery", "Delivery, assembly and care emails", MediaType.OWNED, "ch-service",
                        PurchaseMode.NONE, "ai-q1-care-series", new String[] {"per-family", "per-lena", "per-renate"},
                        new String[] {}, "ct-care-emails"),
                touchpoint("tp-review-request", "Review request after assembly", MediaType.OWNED, "ch-email",
                        PurchaseMode.NONE, "ao-reviews", new String[] {"per-family", "per-renate"}, new String[] {}),
                touchpoint("tp-club", "Holmvik Club previews", MediaType.OWNED, "ch-email", PurchaseMode.NONE,
                        "ai-q2-club", new String[] {"per-renate"}, new String[] {"seg-high-value"}, "ct-club-offers"),
                touchpoint("tp-customer-photo", "Customer shares their room", MediaType.EARNED, "ch-instagram",
                        PurchaseMode.NONE, null, new String[] {"per-mai", "per-lena", "per-renate"}, new String[] {},
                        "ct-room-stories")));

        List<JourneyFlow> flows = journey.getFlows();
        flows.add(flow("fl-survey-signup", "Gets picks for the room", "tp-survey", "tp-signup", null, null));
        flows.add(flow("fl-pin-product", "Taps the room set", "tp-pin", "tp-product-page", null, "per-mai"));
        flows.add(flow("fl-pin-academy", "Saves the idea, reads the guide", "tp-pin", "tp-academy", null, "per-lena"));
        flows.add(flow("fl-shopping-product", "Clicks the ad", "tp-shopping-ad", "tp-product-page", null, "per-family"));
        flows.add(flow("fl-reel-academy", "Wants the how-to", "tp-reel", "tp-academy", null, null));
        flows.add(flow("fl-press-showroom", "Visits the showroom after the article", "tp-press", "tp-showroom", null,
                "per-renate"));
        flows.add(flow("fl-press-academy", "Reads more online", "tp-press", "tp-academy", null, "per-giulia"));
        flows.add(flow("fl-search-academy", "Opens the guide", "tp-search-guide", "tp-academy", null, "per-giulia"));
        flows.add(flow("fl-outdoor-product", "Opens the local outdoor page", "tp-outdoor-ad", "tp-product-page", null,
                "per-joao"));
        flows.add(flow("fl-academy-planner", "Tries the planner", "tp-academy", "tp-planner", null, null));
        flows.add(flow("fl-academy-signup", "Wants more guides by email", "tp-academy", "tp-signup", null, null));
        flows.add(flow("fl-academy-product", "Follows a product link", "tp-academy", "tp-product-page", null, null));
        flows.add(flow("fl-signup-product", "Welcome email with quiz picks", "tp-signup", "tp-product-page", null,
                "per-lena"));
        flows.add(flow("fl-planner-showroom", "Books an appointment to see the fabrics", "tp-planner", "tp-showroom",
                "Saved plan with a sofa over EUR 2,000", "per-family"));
        flows.add(flow("fl-planner-product", "Orders the planned pieces", "tp-planner", "tp-product-page", null, null));
        flows.add(flow("fl-product-checkout", "Adds to basket and pays", "tp-product-page", "tp-checkout", null, null));
        flows.add(flow("fl-product-basket", "Leaves with a full basket", "tp-product-page", "tp-basket-email",
                "Basket left for more than an hour", null));
        flows.add(flow("fl-product-academy", "Needs more inspiration", "tp-product-page", "tp-academy",
                "Compares for weeks", "per-giulia"));
        flows.add(flow("fl-basket-checkout", "Comes back and pays", "tp-basket-email", "tp-checkout", null, null));
        flows.add(flow("fl-basket-showroom", "Wants to sit on it first", "tp-basket-email", "tp-showroom",
                "Sofa in the basket", "per-family"));
        flows.add(flow("fl-checkout-delivery", "Delivery week arrives", "tp-checkout", "tp-delivery", null, null));
        flows.add(flow("fl-showroom-delivery", "Delivery week arrives", "tp-showroom", "tp-delivery", null, null));
        flows.add(flow("fl-delivery-review", "Assembled and happy", "tp-delivery", "tp-review-request", null, null));
        flows.add(flow("fl-review-photo", "Shares a photo", "tp-review-request", "tp-customer-photo", null, "per-mai"));
        flows.add(flow("fl-review-club", "Joins the club", "tp-review-request", "tp-club", null, "per-renate"));
        flows.add(flow("fl-club-product", "A preview leads to the next room", "tp-club", "tp-product-page", null,
                "per-renate"));
        flows.add(flow("fl-club-showroom", "Comes to a showroom evening", "tp-club", "tp-showroom", null, "per-renate"));
        flows.add(flow("fl-photo-pin", "Customer photos become new Pins", "tp-customer-photo", "tp-pin", null, null));
    }
}
