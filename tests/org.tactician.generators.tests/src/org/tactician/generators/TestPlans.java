package org.tactician.generators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.tactician.model.*;

/**
 * Plans built in code for the generator tests: every calendar and every document section has
 * content, with text in Arabic, Vietnamese (decomposed, to test NFC) and Russian, and hostile
 * strings where user text goes.
 */
public final class TestPlans {

    /** Arabic sample text (a campaign name). */
    public static final String ARABIC = "حملة الأثاث الصيفية";
    /** Vietnamese sample text, NFC form (the plan holds it decomposed). */
    public static final String VIETNAMESE = "Khuyến mãi mùa hè cho nội thất";
    /** Russian sample text. */
    public static final String RUSSIAN = "Летняя распродажа мебели";
    /** Markup that must come out as text. */
    public static final String HOSTILE_MARKUP = "<script>alert('x')</script> & \"quoted\"";
    /** A cell a spreadsheet would evaluate. */
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private static final TacticianFactory F = TacticianFactory.eINSTANCE;

    private TestPlans() {
    }

    private static <T extends NamedElement> T named(T element, String id, String name) {
        element.setId(id);
        element.setName(name);
        return element;
    }

    private static <T extends CalendarEntry> T entry(T entry, String id, String name, LocalDate start, LocalDate end) {
        named(entry, id, name);
        entry.setStart(start);
        entry.setEnd(end);
        return entry;
    }

    /** A full plan in {@code language}. */
    public static MarketingPlan full(String language) {
        MarketingPlan plan = named(F.createMarketingPlan(), "casa-nova-2027", "Casa Nova 2027 — " + RUSSIAN);
        plan.setBrand("Casa Nova");
        plan.setCurrency("EUR");
        plan.setLanguage(language);
        plan.setStart(LocalDate.of(2027, 1, 1));
        plan.setEnd(LocalDate.of(2027, 12, 31));
        plan.setDescription(java.text.Normalizer.normalize(VIETNAMESE, java.text.Normalizer.Form.NFD));
        TeamMember anna = named(F.createTeamMember(), "tm-anna", "Анна Петрова");
        anna.setRole("CMO");
        plan.getTeam().add(anna);
        TeamMember layla = named(F.createTeamMember(), "tm-layla", "ليلى حسن");
        plan.getTeam().add(layla);
        plan.setOwner(anna);
        Channel social = named(F.createChannel(), "ch-social", "Visual social network");
        social.setCategory(ChannelCategory.PAID_SOCIAL);
        social.setMediaType(MediaType.PAID);
        plan.getChannels().add(social);
        Channel email = named(F.createChannel(), "ch-email", "E-mail");
        email.setCategory(ChannelCategory.EMAIL);
        email.setMediaType(MediaType.OWNED);
        plan.getChannels().add(email);

        // Opportunity
        OpportunitySection opportunity = F.createOpportunitySection();
        opportunity.setId("opportunity");
        plan.setOpportunity(opportunity);
        PerformanceReview review = named(F.createPerformanceReview(), "review-2026", "2026 review");
        review.setSales(Money.of("1200000.00", "EUR"));
        review.setSalesTarget(Money.of("1000000.00", "EUR"));
        opportunity.setPerformanceReview(review);
        MarketReview market = F.createMarketReview();
        market.setId("market");
        MarketFinding finding = named(F.createMarketFinding(), "mf-marketplaces", "Marketplaces grow");
        finding.setArea(MarketReviewArea.INTERMEDIARIES);
        finding.setEffect(OpportunityOrThreat.OPPORTUNITY);
        market.getFindings().add(finding);
        opportunity.setMarketReview(market);
        PestleAnalysis pestle = F.createPestleAnalysis();
        pestle.setId("pestle");
        PestleFactor factor = named(F.createPestleFactor(), "pf-privacy", "Privacy rules tighten");
        factor.setCategory(PestleCategory.LEGAL);
        factor.setEffect(OpportunityOrThreat.THREAT);
        pestle.getFactors().add(factor);
        opportunity.setPestle(pestle);
        SwotAnalysis swot = F.createSwotAnalysis();
        swot.setId("swot");
        opportunity.setSwot(swot);
        SwotItem strength = swotItem("s-catalogue", "Wide catalogue", SwotCategory.STRENGTH);
        SwotItem weakness = swotItem("w-brand", "Low brand awareness", SwotCategory.WEAKNESS);
        SwotItem opp = swotItem("o-social", "Template ads on a visual social network", SwotCategory.OPPORTUNITY);
        SwotItem threat = swotItem("t-marketplaces", "Marketplace price pressure", SwotCategory.THREAT);
        swot.getItems().addAll(java.util.List.of(strength, weakness, opp, threat));
        TowsStrategy so = named(F.createTowsStrategy(), "so-templates", "Automatic bidding with templates");
        so.setCategory(TowsCategory.SO);
        so.getSwotItems().add(strength);
        so.getSwotItems().add(opp);
        swot.getStrategies().add(so);
        TowsStrategy wt = named(F.createTowsStrategy(), "wt-niche", "Own a niche");
        wt.setCategory(TowsCategory.WT);
        swot.getStrategies().add(wt);
        KeyIssue issue = named(F.createKeyIssue(), "ki-awareness", "Awareness is the bottleneck");
        swot.getKeyIssues().add(issue);
        SmartObjective objective = named(F.createSmartObjective(), "obj-traffic", "Grow social traffic 400%");
        objective.setMetric("sessions from the social network");
        objective.setBaseline(new BigDecimal("10000"));
        objective.setTarget(new BigDecimal("50000"));
        objective.setUnit("sessions");
        objective.setDeadline(LocalDate.of(2027, 9, 30));
        objective.setRaceStage(RaceStage.REACH);
        objective.setScope(ObjectiveScope.CHANNELS);
        objective.getChannels().add(social);
        objective.setMeasureKind(MeasureKind.SUM);
        objective.setDirection(Direction.INCREASE);
        objective.setForecastMeasure(ForecastMeasure.SESSIONS);
        objective.setOwner(anna);
        opportunity.getObjectives().add(objective);
        ConversionForecast forecast = named(F.createConversionForecast(), "forecast", "Forecast");
        ForecastInput input = F.createForecastInput();
        input.setId("fi-jan");
        input.setMonth(YearMonth.of(2027, 1));
        input.setChannel(social);
        input.setSessions(20000);
        input.setConversionRate(new BigDecimal("1.5"));
        input.setAverageOrderValue(Money.of("180.00", "EUR"));
        forecast.getInputs().add(input);
        forecast.setGrossMargin(new BigDecimal("40"));
        forecast.setReturnRate(new BigDecimal("5"));
        forecast.setFulfilmentCostPerOrder(Money.of("20.00", "EUR"));
        ProfitAssumption socialEconomics = F.createProfitAssumption();
        socialEconomics.setId("pa-social");
        socialEconomics.setChannel(social);
        socialEconomics.setReturnRate(new BigDecimal("8"));
        forecast.getAssumptions().add(socialEconomics);
        opportunity.setForecast(forecast);

        // Strategy
        StrategySection strategy = F.createStrategySection();
        strategy.setId("strategy");
        plan.setStrategy(strategy);
        ValueProposition proposition = F.createValueProposition();
        proposition.setId("vp");
        proposition.setElevatorPitch("Furniture that fits your life — " + ARABIC);
        strategy.setValueProposition(proposition);
        Segment segment = named(F.createSegment(), "seg-movers", "New home movers");
        segment.setLayer(SegmentLayer.INTENT);
        strategy.getSegments().add(segment);
        Persona persona = named(F.createPersona(), "p-olga", "Ольга, 34");
        strategy.getPersonas().add(persona);
        ContentItem hub = named(F.createContentItem(), "c-hub", "Home ideas hub");
        hub.setFormat(ContentFormat.GUIDE);
        hub.setRaceStage(RaceStage.ACT);
        strategy.getContentMap().add(hub);
        MixImprovement price = named(F.createMixImprovement(), "mix-price", "Bundle pricing");
        price.setElement(MarketingMixElement.PRICE);
        strategy.getMarketingMix().add(price);
        CommunicationsStrategy communications = F.createCommunicationsStrategy();
        communications.setId("comms");
        AuditActivity audit = named(F.createAuditActivity(), "aa-seo", "SEO");
        audit.setRaceStage(RaceStage.REACH);
        communications.getAudit().add(audit);
        strategy.setCommunications(communications);
        BusinessModelCanvas canvas = F.createBusinessModelCanvas();
        canvas.setId("bmc");
        CanvasItem partner = named(F.createCanvasItem(), "bmc-partner", "Visual social network");
        partner.setBlock(CanvasBlock.KEY_PARTNERS);
        canvas.getItems().add(partner);
        CanvasItem revenue = named(F.createCanvasItem(), "bmc-revenue", "Online sales");
        revenue.setBlock(CanvasBlock.REVENUE_STREAMS);
        canvas.getItems().add(revenue);
        strategy.setBusinessModelCanvas(canvas);

        // Action
        ActionSection action = F.createActionSection();
        action.setId("action");
        plan.setAction(action);
        Budget budget = F.createBudget();
        budget.setId("budget");
        BudgetLine media = named(F.createBudgetLine(), "bl-media", "Social ads");
        media.setCategory(BudgetCategory.MEDIA);
        media.setCostType(CostType.RECURRING);
        media.setAmount(Money.of("24000.00", "EUR"));
        budget.getLines().add(media);
        BudgetLine store = named(F.createBudgetLine(), "bl-store", "Store rebuild");
        store.setCategory(BudgetCategory.SITE_MARTECH);
        store.setCostType(CostType.ONE_SHOT);
        store.setAmount(Money.of("15000.00", "EUR"));
        budget.getLines().add(store);
        budget.setApprovedTotal(Money.of("40000.00", "EUR"));
        CategoryTarget mediaTarget = F.createCategoryTarget();
        mediaTarget.setId("ct-media");
        mediaTarget.setCategory(BudgetCategory.MEDIA);
        mediaTarget.setAmount(Money.of("25000.00", "EUR"));
        budget.getCategoryTargets().add(mediaTarget);
        action.setBudget(budget);
        Dashboard dashboard = F.createDashboard();
        dashboard.setId("dashboard");
        Kpi sessions = named(F.createKpi(), "kpi-sessions", "Social sessions");
        sessions.setRaceStage(RaceStage.REACH);
        dashboard.getKpis().add(sessions);
        action.setDashboard(dashboard);
        Campaign summer = named(F.createCampaign(), "camp-summer", ARABIC);
        summer.setStart(LocalDate.of(2027, 6, 1));
        summer.setEnd(LocalDate.of(2027, 8, 31));
        summer.setBudget(Money.of("12000.00", "EUR"));
        summer.setOwner(layla);
        summer.getObjectives().add(objective);
        action.getCampaigns().add(summer);
        Campaign hostile = named(F.createCampaign(), "camp-hostile", HOSTILE_MARKUP);
        hostile.setStart(LocalDate.of(2027, 10, 1));
        action.getCampaigns().add(hostile);
        MarTechTool analytics = named(F.createMarTechTool(), "mt-analytics", "Web analytics");
        analytics.setCategory(MarTechCategory.ANALYTICS);
        action.getMartechStack().add(analytics);
        NinetyDayPlan q1 = named(F.createNinetyDayPlan(), "q1", "First 90 days");
        q1.setQuarter(Quarter.Q1);
        ActionItem launch = named(F.createActionItem(), "ai-launch", "Launch template ads");
        launch.setStart(LocalDate.of(2027, 1, 15));
        launch.setEnd(LocalDate.of(2027, 3, 31));
        launch.setWorkstream(Workstream.MEDIA);
        launch.setRaceStage(RaceStage.REACH);
        q1.getActions().add(launch);
        action.getNinetyDayPlans().add(q1);

        // Operations: one entry in every calendar, at least
        OperationsSection operations = F.createOperationsSection();
        operations.setId("operations");
        plan.setOperations(operations);
        MonthlyObjective january = named(F.createMonthlyObjective(), "mo-jan", "January newsletter list 2,000");
        january.setMonth(YearMonth.of(2027, 1));
        january.setDeadline(LocalDate.of(2027, 1, 31));
        operations.getMonthlyObjectives().add(january);
        EditorialCalendar editorial = named(F.createEditorialCalendar(), "cal-editorial", "Editorial");
        EditorialEntry post = entry(F.createEditorialEntry(), "ed-post", VIETNAMESE, LocalDate.of(2027, 2, 3), null);
        post.setChannel(social);
        post.setOwner(anna);
        post.setDescription("Line one, with a comma; and \"quotes\"\nline two");
        editorial.getEntries().add(post);
        EditorialEntry article = entry(F.createEditorialEntry(), "ed-article", RUSSIAN + " — "
                + "очень длинный заголовок статьи, который точно нужно переносить по октетам", LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 2, 12));
        editorial.getEntries().add(article);
        EditorialEntry formula = entry(F.createEditorialEntry(), "ed-formula", FORMULA, LocalDate.of(2027, 2, 20), null);
        formula.setDescription("-2+3");
        editorial.getEntries().add(formula);
        operations.setEditorialCalendar(editorial);
        AdvertisingCalendar advertising = named(F.createAdvertisingCalendar(), "cal-ads", "Ads");
        AdvertisingEntry ad = entry(F.createAdvertisingEntry(), "ad-summer", ARABIC + " — إعلان", LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 30));
        ad.setBudgetLine(media);
        ad.setBookedAmount(Money.of("8000.00", "EUR"));
        ad.setChannel(social);
        advertising.getEntries().add(ad);
        operations.setAdvertisingCalendar(advertising);
        DemCalendar dem = named(F.createDemCalendar(), "cal-dem", "DEM");
        dem.getEntries().add(entry(F.createDemEntry(), "dem-partner", "@partner list blast", LocalDate.of(2027, 4, 2), null));
        operations.setDemCalendar(dem);
        AutomationPlan automations = named(F.createAutomationPlan(), "cal-auto", "Automations");
        AutomationEntry cart = entry(F.createAutomationEntry(), "auto-cart", "+Abandoned cart", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        cart.setTrigger(AutomationTrigger.ABANDONED_CART);
        automations.getEntries().add(cart);
        operations.setAutomationPlan(automations);
        CroPlan cro = named(F.createCroPlan(), "cal-cro", "CRO");
        cro.getEntries().add(entry(F.createCroEntry(), "cro-checkout", "\tCheckout test", LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 17)));
        operations.setCroPlan(cro);
        LoyaltyPlan loyalty = named(F.createLoyaltyPlan(), "cal-loyalty", "Loyalty");
        loyalty.getEntries().add(entry(F.createLoyaltyEntry(), "loy-champions", "Champions: early access",
                LocalDate.of(2027, 11, 20), null));
        operations.setLoyaltyPlan(loyalty);

        // Journey
        CustomerJourney journey = named(F.createCustomerJourney(), "journey", "Mover journey");
        JourneyStage reach = named(F.createJourneyStage(), "js-reach", "Discover");
        reach.setRaceStage(RaceStage.REACH);
        Touchpoint pin = named(F.createTouchpoint(), "tp-pin", "Template ad");
        pin.setMediaType(MediaType.PAID);
        pin.setChannel(social);
        reach.getTouchpoints().add(pin);
        JourneyStage convert = named(F.createJourneyStage(), "js-convert", "Buy");
        convert.setRaceStage(RaceStage.CONVERT);
        Touchpoint store2 = named(F.createTouchpoint(), "tp-store", "Online store");
        convert.getTouchpoints().add(store2);
        journey.getStages().add(reach);
        journey.getStages().add(convert);
        JourneyFlow flow = named(F.createJourneyFlow(), "jf-1", "click");
        flow.setSource(pin);
        flow.setTarget(store2);
        journey.getFlows().add(flow);
        plan.getJourneys().add(journey);
        return plan;
    }

    /** The furniture retailer sample plan, copied into {@code folder} and loaded from there. */
    public static MarketingPlan furniture(java.nio.file.Path folder) throws Exception {
        return sample(org.tactician.samples.SamplePlans.FURNITURE_RETAILER, folder);
    }

    /** A sample plan, copied into {@code folder} and loaded from there (inside a resource, like a user's plan). */
    public static MarketingPlan sample(org.tactician.samples.SamplePlans sample, java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve(sample.fileName());
        try (java.io.InputStream in = sample.openStream()) {
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return org.tactician.model.resource.PlanFiles.load(file);
    }

    /**
     * Checks the profitability of {@link #full} in an English document's text, computed by hand:
     * January has 20,000 sessions × 1.5 % = 300 orders × €180 = €54,000 revenue; the social channel's 8 % return rate (its override of the
     * plan's 5 %) returns €4,320; 40 % of the €49,680 net is €19,872 gross profit; 300 orders × €20
     * fulfilment = €6,000; marketing is January's budget, €2,000 of the recurring social ads and the
     * €15,000 one-shot store rebuild (the ad entry books €8,000 of the social ads line, counted
     * once): contribution €19,872 − €6,000 − €17,000 = −€3,128; every other month only costs €2,000,
     * so the cumulative contribution ends at −€25,128 and there is no break-even month. The table
     * prints whole figures under headers that name the currency ("Revenue (EUR)").
     */
    public static void assertFullPlanProfitability(String text) {
        assertFullPlanProfitability(text, false);
    }

    /**
     * As {@link #assertFullPlanProfitability(String)}; {@code wrapped}: the layout may break words
     * inside narrow table cells (LibreOffice laying out a Word table), so white space is ignored.
     */
    public static void assertFullPlanProfitability(String text, boolean wrapped) {
        String flat = text.replaceAll("[\u2066-\u2069]", "").replaceAll("\\s+", wrapped ? "" : " ");
        for (String phrase : java.util.List.of("Profitability after margin", "Gross margin", "Return rate", "Fulfilment per order",
                "Gross profit", "Contribution", "Cumulative", "(EUR)", "54,000", "4,320", "19,872", "6,000", "17,000", "-3,128",
                "-25,128", "Break-even: not reached within the plan period.")) {
            String expected = wrapped ? phrase.replace(" ", "") : phrase;
            if (!flat.contains(expected)) {
                throw new AssertionError("missing '" + expected + "' in:\n" + flat);
            }
        }
    }

    private static SwotItem swotItem(String id, String name, SwotCategory category) {
        SwotItem item = named(F.createSwotItem(), id, name);
        item.setCategory(category);
        return item;
    }

    /** {@code plan}'s document content (full or summary), built as a generation run builds it. */
    public static org.tactician.generators.content.DocumentContent content(MarketingPlan plan, boolean summary) {
        org.tactician.generators.content.PlanAnalysis analysis = org.tactician.generators.content.PlanAnalysis.of(plan);
        return summary ? org.tactician.generators.content.PlanContent.summary(analysis)
                : org.tactician.generators.content.PlanContent.full(analysis);
    }

    /** {@code plan}'s document (full or summary) as the XHTML of {@code plan.html}. */
    public static String html(MarketingPlan plan, boolean summary) {
        org.tactician.generators.content.PlanAnalysis analysis = org.tactician.generators.content.PlanAnalysis.of(plan);
        org.tactician.generators.content.DocumentContent content = summary
                ? org.tactician.generators.content.PlanContent.summary(analysis)
                : org.tactician.generators.content.PlanContent.full(analysis);
        return new org.tactician.generators.document.HtmlRenderer(analysis.theme(), analysis.terms(),
                new org.tactician.charts.ChartRenderer(org.tactician.charts.ChartStyle.STANDARD)).render(content);
    }
}
