package org.tactician.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.tactician.model.ActionSection;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.AuditActivity;
import org.tactician.model.AutomationEntry;
import org.tactician.model.AutomationTrigger;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.CategoryTarget;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.ContentFormat;
import org.tactician.model.ContentItem;
import org.tactician.model.CostType;
import org.tactician.model.CustomerJourney;
import org.tactician.model.Direction;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.MixImprovement;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.OpportunitySection;
import org.tactician.model.Persona;
import org.tactician.model.PestleCategory;
import org.tactician.model.PestleFactor;
import org.tactician.model.PlanPhase;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.Segment;
import org.tactician.model.SegmentLayer;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TeamMember;
import org.tactician.model.Touchpoint;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.model.resource.PlanResource;

/**
 * A small plan that every rule passes: the passing model of each rule test, which breaks one
 * thing of it to get the failing model.
 *
 * <pre>
 * 2026 (January–December), EUR. SWOT: strength, weakness, opportunity (backed by an opportunity
 * PESTLE factor), threat; one strategy in each TOWS cell. Six PESTLE factors, the 7Ps, nine canvas
 * blocks, the 25-activity audit. Objectives, one per funnel stage, all implementing the SO
 * strategy, owned by Anna, deadline 31 December:
 *   REACH   Website sessions        80000 → 100000 sessions  online, sum, increase, forecast: sessions
 *   ACT     Newsletter subscribers   2000 →   3000          online, sum, increase
 *   CONVERT Online revenue         100000 → 150000 EUR       online, sum, increase, forecast: revenue (KPI agrees)
 *   ENGAGE  Repeat purchase rate       20 →     25 %         whole plan, rate, increase (+25 %)
 * Quarterly breakdown of revenue: 35000 + 35000 + 40000 + 40000 = 150000; Q1 by month 10000 +
 * 12000 + 13000.
 * Forecast (Search, every month): 8334 sessions × 2 % × 80.00 EUR = 13334.40 EUR; gross margin 40 %
 *   → 100008 sessions and 160012.80 EUR in the year, 40003.20 EUR in each quarter.
 * Budget (approved 6000.00, media target 5000.00): Search ads 4800.00 recurring (Search);
 *   Launch video 1000.00 one-shot phased 600 (Mar) + 400 (Apr).
 * Always-on activities for each funnel stage, each serving its stage's objective; the Reach one
 *   books 1200.00 on Search ads.
 * Campaign Spring sale (1 Mar–30 Apr, budget 2000.00) serves the revenue objective; its placement
 *   books 2000.00 on Search ads and a flight executes it; a blog post on 10 Mar serves it.
 * An abandoned-cart automation. Persona Busy parent (content in every funnel stage), reached by the
 * Search ad touchpoint (Reach), which flows to Checkout (Convert, online purchase).
 * </pre>
 */
public final class CleanPlan {

    static final TacticianFactory MODEL = TacticianFactory.eINSTANCE;

    final ResourceSet resourceSet = new ResourceSetImpl();
    final MarketingPlan plan = MODEL.createMarketingPlan();
    final Resource resource;
    LintProfile profile = LintProfile.defaults();

    final TeamMember anna = named(MODEL.createTeamMember(), "Anna");
    final Channel search = channel("Search", ChannelCategory.PAID_SEARCH, MediaType.PAID);
    final Channel email = channel("Email", ChannelCategory.EMAIL, MediaType.OWNED);
    final OpportunitySection opportunity = MODEL.createOpportunitySection();
    final PestleFactor marketplaces = factor("Marketplaces grow", PestleCategory.ECONOMIC, OpportunityOrThreat.OPPORTUNITY);
    final SwotItem strength = swot("Fast delivery", SwotCategory.STRENGTH);
    final SwotItem weakness = swot("Small team", SwotCategory.WEAKNESS);
    final SwotItem opportunityItem = swot("Marketplace growth", SwotCategory.OPPORTUNITY);
    final SwotItem threat = swot("New competitor", SwotCategory.THREAT);
    final TowsStrategy soStrategy = strategy("Sell fast on marketplaces", TowsCategory.SO, strength, opportunityItem);
    final Kpi revenueKpi = named(MODEL.createKpi(), "Online revenue");
    final SmartObjective reach = objective("Grow website traffic", "Website sessions", "80000", "100000", "sessions",
            RaceStage.REACH, ObjectiveScope.ONLINE, MeasureKind.SUM, ForecastMeasure.SESSIONS);
    final SmartObjective act = objective("Grow the newsletter", "Newsletter subscribers", "2000", "3000",
            "subscribers", RaceStage.ACT, ObjectiveScope.ONLINE, MeasureKind.SUM, null);
    final SmartObjective revenue = objective("Grow online revenue", "Online revenue", "100000", "150000", "EUR",
            RaceStage.CONVERT, ObjectiveScope.ONLINE, MeasureKind.SUM, ForecastMeasure.REVENUE);
    final SmartObjective engage = objective("Bring customers back", "Repeat purchase rate", "20", "25", "%",
            RaceStage.ENGAGE, ObjectiveScope.PLAN, MeasureKind.RATE, null);
    final QuarterlyObjective q1 = quarter(Quarter.Q1, "35000");
    final QuarterlyObjective q2 = quarter(Quarter.Q2, "35000");
    final QuarterlyObjective q3 = quarter(Quarter.Q3, "40000");
    final QuarterlyObjective q4 = quarter(Quarter.Q4, "40000");
    final List<MonthlyObjective> q1Months = List.of(month(1, "10000"), month(2, "12000"), month(3, "13000"));
    final ActionSection action = MODEL.createActionSection();
    final BudgetLine searchAds = line("Search ads", BudgetCategory.MEDIA, CostType.RECURRING, "4800.00 EUR");
    final BudgetLine launchVideo = line("Launch video", BudgetCategory.CREATIVE, CostType.ONE_SHOT, "1000.00 EUR");
    final CategoryTarget mediaTarget = MODEL.createCategoryTarget();
    final Campaign spring = named(MODEL.createCampaign(), "Spring sale");
    final MediaPlacement springAds = named(MODEL.createMediaPlacement(), "Spring search ads");
    final List<AlwaysOnActivity> activities;
    final EditorialEntry blogPost = named(MODEL.createEditorialEntry(), "Spring blog post");
    final AdvertisingEntry flight = named(MODEL.createAdvertisingEntry(), "Spring search flight");
    final AutomationEntry basket = named(MODEL.createAutomationEntry(), "Abandoned basket");
    final Segment parents = segment("Parents");
    final Segment busyParents = segment("Busy parents");
    final Persona parent = named(MODEL.createPersona(), "Busy parent");
    final CustomerJourney journey = named(MODEL.createCustomerJourney(), "Online purchase");
    final JourneyStage reachStage = stage("Discover", RaceStage.REACH);
    final JourneyStage convertStage = stage("Buy", RaceStage.CONVERT);
    final Touchpoint searchAd = touchpoint("Search ad", MediaType.PAID);
    final Touchpoint checkout = touchpoint("Checkout", MediaType.OWNED);
    final JourneyFlow toCheckout = named(MODEL.createJourneyFlow(), "Click through");

    CleanPlan() {
        named(plan, "Tactician test plan");
        plan.setCurrency("EUR");
        plan.setStart(LocalDate.of(2026, 1, 1));
        plan.setEnd(LocalDate.of(2026, 12, 31));
        plan.getTeam().add(anna);
        plan.setOwner(anna);
        plan.getChannels().add(search);
        plan.getChannels().add(email);

        plan.setOpportunity(opportunity);
        opportunity.setPestle(MODEL.createPestleAnalysis());
        opportunity.getPestle().getFactors().add(marketplaces);
        for (PestleCategory category : PestleCategory.VALUES) {
            if (category != PestleCategory.ECONOMIC) {
                opportunity.getPestle().getFactors().add(factor(category.getLiteral() + " factor", category,
                        OpportunityOrThreat.THREAT));
            }
        }
        opportunity.setSwot(MODEL.createSwotAnalysis());
        opportunityItem.getEvidence().add(marketplaces);
        opportunity.getSwot().getItems().addAll(List.of(strength, weakness, opportunityItem, threat));
        opportunity.getSwot().getStrategies().addAll(List.of(soStrategy,
                strategy("Hire through marketplaces", TowsCategory.WO, weakness, opportunityItem),
                strategy("Outdeliver the competitor", TowsCategory.ST, strength, threat),
                strategy("Partner before the competitor grows", TowsCategory.WT, weakness, threat)));
        opportunity.getObjectives().addAll(List.of(reach, act, revenue, engage));
        revenue.setKpi(revenueKpi);
        opportunity.setForecast(named(MODEL.createConversionForecast(), "2026 forecast"));
        opportunity.getForecast().setGrossMargin(new BigDecimal("40"));
        for (int m = 1; m <= 12; m++) {
            ForecastInput input = MODEL.createForecastInput();
            input.setChannel(search);
            input.setMonth(YearMonth.of(2026, m));
            input.setSessions(8_334);
            input.setConversionRate(new BigDecimal("2"));
            input.setAverageOrderValue(Money.parse("80.00 EUR"));
            opportunity.getForecast().getInputs().add(input);
        }

        plan.setAction(action);
        action.setBudget(MODEL.createBudget());
        action.getBudget().setApprovedTotal(Money.parse("6000.00 EUR"));
        mediaTarget.setCategory(BudgetCategory.MEDIA);
        mediaTarget.setAmount(Money.parse("5000.00 EUR"));
        action.getBudget().getCategoryTargets().add(mediaTarget);
        searchAds.setChannel(search);
        launchVideo.getPhasing().add(month("2026-03", "600.00 EUR"));
        launchVideo.getPhasing().add(month("2026-04", "400.00 EUR"));
        action.getBudget().getLines().addAll(List.of(searchAds, launchVideo));
        action.setDashboard(MODEL.createDashboard());
        revenueKpi.setRaceStage(RaceStage.CONVERT);
        revenueKpi.setBaseline(new BigDecimal("100000"));
        revenueKpi.setTarget(new BigDecimal("150000"));
        revenueKpi.setUnit("EUR");
        action.getDashboard().getKpis().add(revenueKpi);
        spring.setStart(LocalDate.of(2026, 3, 1));
        spring.setEnd(LocalDate.of(2026, 4, 30));
        spring.getObjectives().add(revenue);
        spring.setBudget(Money.parse("2000.00 EUR"));
        springAds.setChannel(search);
        springAds.setMediaType(MediaType.PAID);
        springAds.setStart(spring.getStart());
        springAds.setEnd(spring.getEnd());
        springAds.setBudgetLine(searchAds);
        springAds.setBookedAmount(Money.parse("2000.00 EUR"));
        spring.getMediaPlan().add(springAds);
        action.getCampaigns().add(spring);
        action.setAlwaysOnPlan(MODEL.createAlwaysOnPlan());
        activities = List.of(activity("SEO content", RaceStage.REACH, reach), activity("Newsletter", RaceStage.ACT, act),
                activity("Checkout optimisation", RaceStage.CONVERT, revenue),
                activity("Loyalty emails", RaceStage.ENGAGE, engage));
        action.getAlwaysOnPlan().getActivities().addAll(activities);
        activities.get(0).setBudgetLine(searchAds);
        activities.get(0).setBookedAmount(Money.parse("1200.00 EUR"));

        plan.setOperations(MODEL.createOperationsSection());
        plan.getOperations().getQuarterlyObjectives().addAll(List.of(q1, q2, q3, q4));
        plan.getOperations().getMonthlyObjectives().addAll(q1Months);
        plan.getOperations().setEditorialCalendar(named(MODEL.createEditorialCalendar(), "Blog"));
        blogPost.setStart(LocalDate.of(2026, 3, 10));
        blogPost.setCampaign(spring);
        blogPost.setFormat(ContentFormat.ARTICLE);
        plan.getOperations().getEditorialCalendar().getEntries().add(blogPost);
        plan.getOperations().setAdvertisingCalendar(named(MODEL.createAdvertisingCalendar(), "Ads"));
        flight.setStart(spring.getStart());
        flight.setEnd(spring.getEnd());
        flight.setChannel(search);
        flight.setMediaType(MediaType.PAID);
        flight.setPlacement(springAds);
        flight.setCampaign(spring);
        plan.getOperations().getAdvertisingCalendar().getEntries().add(flight);
        plan.getOperations().setAutomationPlan(named(MODEL.createAutomationPlan(), "Automations"));
        basket.setTrigger(AutomationTrigger.ABANDONED_CART);
        basket.setStart(LocalDate.of(2026, 1, 1));
        basket.setEnd(LocalDate.of(2026, 12, 31));
        basket.setChannel(email);
        basket.setObjective(revenue);
        plan.getOperations().getAutomationPlan().getEntries().add(basket);

        plan.setStrategy(MODEL.createStrategySection());
        busyParents.setParent(parents);
        plan.getStrategy().getSegments().addAll(List.of(parents, busyParents));
        plan.getStrategy().getPersonas().add(parent);
        for (RaceStage stage : List.of(RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE)) {
            ContentItem content = named(MODEL.createContentItem(), stage.getLiteral() + " content");
            content.setFormat(ContentFormat.ARTICLE);
            content.setRaceStage(stage);
            content.getPersonas().add(parent);
            plan.getStrategy().getContentMap().add(content);
        }
        for (MarketingMixElement element : MarketingMixElement.VALUES) {
            MixImprovement improvement = named(MODEL.createMixImprovement(), element.getLiteral() + " improvement");
            improvement.setElement(element);
            improvement.setPriority(3);
            plan.getStrategy().getMarketingMix().add(improvement);
        }
        BusinessModelCanvas canvas = MODEL.createBusinessModelCanvas();
        for (CanvasBlock block : CanvasBlock.VALUES) {
            CanvasItem item = named(MODEL.createCanvasItem(), block.getLiteral() + " item");
            item.setBlock(block);
            canvas.getItems().add(item);
        }
        plan.getStrategy().setBusinessModelCanvas(canvas);
        CommunicationsStrategy communications = MODEL.createCommunicationsStrategy();
        for (RaceStage stage : RaceStage.VALUES) {
            for (int i = 1; i <= 5; i++) {
                AuditActivity audit = named(MODEL.createAuditActivity(), stage.getLiteral() + " audit " + i);
                audit.setRaceStage(stage);
                audit.setCapability(3);
                audit.setPriority(4);
                communications.getAudit().add(audit);
            }
        }
        plan.getStrategy().setCommunications(communications);
        plan.getJourneys().add(journey);
        journey.getStages().addAll(List.of(reachStage, convertStage));
        searchAd.getPersonas().add(parent);
        searchAd.setChannel(search);
        reachStage.getTouchpoints().add(searchAd);
        checkout.setPurchase(PurchaseMode.ONLINE);
        convertStage.getTouchpoints().add(checkout);
        toCheckout.setSource(searchAd);
        toCheckout.setTarget(checkout);
        journey.getFlows().add(toCheckout);

        // In a plan resource, as in the workbench: every element gets its id there.
        resource = new PlanResource(URI.createURI("memory:/clean.mplan"));
        resourceSet.getResources().add(resource);
        resource.getContents().add(plan);
    }

    private static Channel channel(String name, ChannelCategory category, MediaType mediaType) {
        Channel channel = named(MODEL.createChannel(), name);
        channel.setCategory(category);
        channel.setMediaType(mediaType);
        return channel;
    }

    private static PestleFactor factor(String name, PestleCategory category, OpportunityOrThreat effect) {
        PestleFactor factor = named(MODEL.createPestleFactor(), name);
        factor.setCategory(category);
        factor.setEffect(effect);
        factor.setImpact(3);
        factor.setLikelihood(4);
        return factor;
    }

    private static SwotItem swot(String name, SwotCategory category) {
        SwotItem item = named(MODEL.createSwotItem(), name);
        item.setCategory(category);
        item.setImportance(4);
        return item;
    }

    private static TowsStrategy strategy(String name, TowsCategory category, SwotItem... items) {
        TowsStrategy strategy = named(MODEL.createTowsStrategy(), name);
        strategy.setCategory(category);
        strategy.getSwotItems().addAll(List.of(items));
        return strategy;
    }

    private SmartObjective objective(String name, String metric, String baseline, String target, String unit,
            RaceStage stage, ObjectiveScope scope, MeasureKind kind, ForecastMeasure measure) {
        SmartObjective objective = named(MODEL.createSmartObjective(), name);
        objective.setDescription(name + " through the online shop.");
        objective.setMetric(metric);
        objective.setBaseline(new BigDecimal(baseline));
        objective.setTarget(new BigDecimal(target));
        objective.setUnit(unit);
        objective.setDeadline(LocalDate.of(2026, 12, 31));
        objective.setRaceStage(stage);
        objective.setStrategy(soStrategy);
        objective.setOwner(anna);
        objective.setScope(scope);
        objective.setMeasureKind(kind);
        objective.setDirection(Direction.INCREASE);
        if (measure != null) {
            objective.setForecastMeasure(measure);
        }
        return objective;
    }

    private QuarterlyObjective quarter(Quarter quarter, String target) {
        QuarterlyObjective objective = named(MODEL.createQuarterlyObjective(), quarter.getLiteral() + " revenue");
        objective.setQuarter(quarter);
        objective.setAnnualObjective(revenue);
        objective.setTarget(new BigDecimal(target));
        objective.setUnit("EUR");
        return objective;
    }

    private MonthlyObjective month(int month, String target) {
        MonthlyObjective objective = named(MODEL.createMonthlyObjective(), "Revenue " + month);
        objective.setMonth(YearMonth.of(2026, month));
        objective.setDeadline(YearMonth.of(2026, month).atEndOfMonth());
        objective.setPhase(PlanPhase.LAUNCH);
        objective.setQuarterlyObjective(q1);
        objective.setTarget(new BigDecimal(target));
        objective.setUnit("EUR");
        return objective;
    }

    private static BudgetLine line(String name, BudgetCategory category, CostType costType, String amount) {
        BudgetLine line = named(MODEL.createBudgetLine(), name);
        line.setCategory(category);
        line.setCostType(costType);
        line.setAmount(Money.parse(amount));
        return line;
    }

    private AlwaysOnActivity activity(String name, RaceStage stage, SmartObjective objective) {
        AlwaysOnActivity activity = named(MODEL.createAlwaysOnActivity(), name);
        activity.setRaceStage(stage);
        activity.setOwner(anna);
        activity.getObjectives().add(objective);
        return activity;
    }

    private static Segment segment(String name) {
        Segment segment = named(MODEL.createSegment(), name);
        segment.setLayer(SegmentLayer.DEMOGRAPHIC);
        return segment;
    }

    private static JourneyStage stage(String name, RaceStage stage) {
        JourneyStage journeyStage = named(MODEL.createJourneyStage(), name);
        journeyStage.setRaceStage(stage);
        return journeyStage;
    }

    private static Touchpoint touchpoint(String name, MediaType mediaType) {
        Touchpoint touchpoint = named(MODEL.createTouchpoint(), name);
        touchpoint.setMediaType(mediaType);
        return touchpoint;
    }

    static MonthlyAmount month(String month, String amount) {
        MonthlyAmount phase = MODEL.createMonthlyAmount();
        phase.setMonth(YearMonth.parse(month));
        phase.setAmount(Money.parse(amount));
        return phase;
    }

    static <T extends org.tactician.model.NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }

    /** Every element of the plan, the plan first. */
    List<org.eclipse.emf.ecore.EObject> elements() {
        List<org.eclipse.emf.ecore.EObject> all = new ArrayList<>(List.of(plan));
        plan.eAllContents().forEachRemaining(all::add);
        return all;
    }

    /** Validates the plan under its profile. */
    org.eclipse.emf.common.util.Diagnostic validate() {
        return PlanValidation.validate(plan, profile);
    }

    /** The Tactician findings of the plan under its profile. */
    List<PlanDiagnostic> findings() {
        return PlanValidation.findings(validate());
    }

    /** The findings of {@code rule}. */
    List<PlanDiagnostic> findings(Rule rule) {
        return findings().stream().filter(finding -> finding.rule() == rule).toList();
    }

    /** A quick fix as its parts, for comparing: what it says in English, and what it sets to what. */
    static List<Object> fix(String label, org.eclipse.emf.ecore.EObject object,
            org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        return java.util.Arrays.asList(label, object, feature, value);
    }

    /** The parts of {@code fix}, as {@link #fix(String, org.eclipse.emf.ecore.EObject, org.eclipse.emf.ecore.EStructuralFeature, Object)} lists them. */
    static List<Object> fix(QuickFix fix) {
        return fix(fix.label(), fix.object(), fix.feature(), fix.value());
    }
}
