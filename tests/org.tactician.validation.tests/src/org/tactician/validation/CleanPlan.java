package org.tactician.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.tactician.model.ActionSection;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.CustomerJourney;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ForecastInput;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.OpportunitySection;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
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
 * 2026 (January–December), EUR. SWOT: strength, weakness, opportunity, threat; one SO strategy.
 * Objectives, one per funnel stage, all implementing the SO strategy, deadline inside 2026:
 *   REACH   Website sessions        80000 → 100000 sessions     (+25 %)
 *   ACT     Newsletter subscribers   2000 →   3000 subscribers  (+50 %, not a forecast metric)
 *   CONVERT Online revenue         100000 → 150000 EUR          (+50 %)
 *   ENGAGE  Repeat purchase rate       20 →     25 %            (a rate: not checked against the forecast)
 * Quarterly breakdown of revenue: 35000 + 35000 + 40000 + 40000 = 150000.
 * Forecast (Search): 25000 sessions × 2 % × 80.00 EUR = 500 orders, 40000.00 EUR in Feb, May, Aug, Nov
 *   → 100000 sessions and 160000.00 EUR in the year, 40000.00 EUR in each quarter.
 * Budget: Search ads 4800.00 recurring; Launch video 1000.00 one-shot phased 600 (Mar) + 400 (Apr).
 * Always-on activities for each funnel stage; the Reach one books 1200.00 on Search ads.
 * Campaign Spring sale (1 Mar–30 Apr) serves the revenue objective; a blog post on 10 Mar serves it.
 * Persona Busy parent, reached by the Search ad touchpoint (Reach), which flows to Checkout
 * (Convert, online purchase).
 * </pre>
 */
public final class CleanPlan {

    static final TacticianFactory MODEL = TacticianFactory.eINSTANCE;

    final ResourceSet resourceSet = new ResourceSetImpl();
    final MarketingPlan plan = MODEL.createMarketingPlan();
    final Resource resource;
    LintProfile profile = LintProfile.defaults();

    final TeamMember anna = named(MODEL.createTeamMember(), "Anna");
    final Channel search = named(MODEL.createChannel(), "Search");
    final Channel email = named(MODEL.createChannel(), "Email");
    final OpportunitySection opportunity = MODEL.createOpportunitySection();
    final SwotItem strength = swot("Fast delivery", SwotCategory.STRENGTH);
    final SwotItem weakness = swot("Small team", SwotCategory.WEAKNESS);
    final SwotItem opportunityItem = swot("Marketplace growth", SwotCategory.OPPORTUNITY);
    final SwotItem threat = swot("New competitor", SwotCategory.THREAT);
    final TowsStrategy soStrategy = named(MODEL.createTowsStrategy(), "Sell fast on marketplaces");
    final SmartObjective reach = objective("Grow website traffic", "Website sessions", "80000", "100000", "sessions",
            RaceStage.REACH);
    final SmartObjective act = objective("Grow the newsletter", "Newsletter subscribers", "2000", "3000",
            "subscribers", RaceStage.ACT);
    final SmartObjective revenue = objective("Grow online revenue", "Online revenue", "100000", "150000", "EUR",
            RaceStage.CONVERT);
    final SmartObjective engage = objective("Bring customers back", "Repeat purchase rate", "20", "25", "%",
            RaceStage.ENGAGE);
    final QuarterlyObjective q1 = quarter(Quarter.Q1, "35000");
    final QuarterlyObjective q2 = quarter(Quarter.Q2, "35000");
    final QuarterlyObjective q3 = quarter(Quarter.Q3, "40000");
    final QuarterlyObjective q4 = quarter(Quarter.Q4, "40000");
    final ActionSection action = MODEL.createActionSection();
    final BudgetLine searchAds = named(MODEL.createBudgetLine(), "Search ads");
    final BudgetLine launchVideo = named(MODEL.createBudgetLine(), "Launch video");
    final Campaign spring = named(MODEL.createCampaign(), "Spring sale");
    final List<AlwaysOnActivity> activities;
    final EditorialEntry blogPost = named(MODEL.createEditorialEntry(), "Spring blog post");
    final Persona parent = named(MODEL.createPersona(), "Busy parent");
    final CustomerJourney journey = named(MODEL.createCustomerJourney(), "Online purchase");
    final JourneyStage reachStage = stage("Discover", RaceStage.REACH);
    final JourneyStage convertStage = stage("Buy", RaceStage.CONVERT);
    final Touchpoint searchAd = named(MODEL.createTouchpoint(), "Search ad");
    final Touchpoint checkout = named(MODEL.createTouchpoint(), "Checkout");
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
        opportunity.setSwot(MODEL.createSwotAnalysis());
        opportunity.getSwot().getItems().addAll(List.of(strength, weakness, opportunityItem, threat));
        soStrategy.setCategory(TowsCategory.SO);
        soStrategy.getSwotItems().addAll(List.of(strength, opportunityItem));
        opportunity.getSwot().getStrategies().add(soStrategy);
        opportunity.getObjectives().addAll(List.of(reach, act, revenue, engage));
        opportunity.setForecast(named(MODEL.createConversionForecast(), "2026 forecast"));
        for (String month : List.of("2026-02", "2026-05", "2026-08", "2026-11")) {
            ForecastInput input = MODEL.createForecastInput();
            input.setChannel(search);
            input.setMonth(YearMonth.parse(month));
            input.setSessions(25_000);
            input.setConversionRate(new BigDecimal("2"));
            input.setAverageOrderValue(Money.parse("80.00 EUR"));
            opportunity.getForecast().getInputs().add(input);
        }

        plan.setAction(action);
        action.setBudget(MODEL.createBudget());
        searchAds.setCategory(BudgetCategory.MEDIA);
        searchAds.setCostType(CostType.RECURRING);
        searchAds.setAmount(Money.parse("4800.00 EUR"));
        searchAds.setChannel(search);
        launchVideo.setCategory(BudgetCategory.CREATIVE);
        launchVideo.setCostType(CostType.ONE_SHOT);
        launchVideo.setAmount(Money.parse("1000.00 EUR"));
        launchVideo.getPhasing().add(month("2026-03", "600.00 EUR"));
        launchVideo.getPhasing().add(month("2026-04", "400.00 EUR"));
        action.getBudget().getLines().addAll(List.of(searchAds, launchVideo));
        spring.setStart(LocalDate.of(2026, 3, 1));
        spring.setEnd(LocalDate.of(2026, 4, 30));
        spring.getObjectives().add(revenue);
        action.getCampaigns().add(spring);
        action.setAlwaysOnPlan(MODEL.createAlwaysOnPlan());
        activities = List.of(activity("SEO content", RaceStage.REACH), activity("Newsletter", RaceStage.ACT),
                activity("Checkout optimisation", RaceStage.CONVERT), activity("Loyalty emails", RaceStage.ENGAGE));
        action.getAlwaysOnPlan().getActivities().addAll(activities);
        activities.get(0).setBudgetLine(searchAds);
        activities.get(0).setCost(Money.parse("1200.00 EUR"));

        plan.setOperations(MODEL.createOperationsSection());
        plan.getOperations().getQuarterlyObjectives().addAll(List.of(q1, q2, q3, q4));
        plan.getOperations().setEditorialCalendar(named(MODEL.createEditorialCalendar(), "Blog"));
        blogPost.setStart(LocalDate.of(2026, 3, 10));
        blogPost.setCampaign(spring);
        plan.getOperations().getEditorialCalendar().getEntries().add(blogPost);

        plan.setStrategy(MODEL.createStrategySection());
        plan.getStrategy().getPersonas().add(parent);
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

    private SwotItem swot(String name, SwotCategory category) {
        SwotItem item = named(MODEL.createSwotItem(), name);
        item.setCategory(category);
        return item;
    }

    private SmartObjective objective(String name, String metric, String baseline, String target, String unit,
            RaceStage stage) {
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

    private AlwaysOnActivity activity(String name, RaceStage stage) {
        AlwaysOnActivity activity = named(MODEL.createAlwaysOnActivity(), name);
        activity.setRaceStage(stage);
        activity.setOwner(anna);
        return activity;
    }

    private JourneyStage stage(String name, RaceStage stage) {
        JourneyStage journeyStage = named(MODEL.createJourneyStage(), name);
        journeyStage.setRaceStage(stage);
        return journeyStage;
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
}
