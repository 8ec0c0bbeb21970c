package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.validation.CleanPlan.MODEL;
import static org.tactician.validation.CleanPlan.named;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.tactician.model.Channel;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Money;
import org.tactician.model.PurchaseMode;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;
import org.tactician.model.TowsCategory;

/** Plan consistency rules beyond pass/fail: TOWS, coverage, calendars, budget, journeys, references, names. */
class PlanConsistencyTest {

    @Test
    void aStrategyInTheWrongCellCanBeMoved() {
        CleanPlan plan = new CleanPlan();
        plan.soStrategy.getSwotItems().remove(plan.strength);
        plan.soStrategy.getSwotItems().add(plan.weakness); // weakness + opportunity: a WO strategy

        PlanDiagnostic finding = plan.findings(RuleRegistry.TOWS_STRATEGY_ITEM_OFF_CELL).get(0);

        assertEquals("TOWS strategy 'Sell fast on marketplaces' (SO) combines SWOT item 'Small team' (weakness), "
                + "which SO does not use: unlink it or move the strategy to WO. [tows.strategy.item-off-cell]",
                finding.getMessage());
        assertEquals(CleanPlan.fix("Move the strategy to WO", plan.soStrategy, Literals.TOWS_STRATEGY__CATEGORY,
                TowsCategory.WO), CleanPlan.fix(finding.quickFix().orElseThrow()));
        assertEquals(1, plan.findings(RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING).size());

        plan.soStrategy.setCategory(TowsCategory.WO);
        assertEquals(List.of(), plan.findings().stream().filter(f -> f.object() == plan.soStrategy).toList());
    }

    @Test
    void eachCellNeedsItsOwnKinds() {
        CleanPlan plan = new CleanPlan();
        plan.soStrategy.setCategory(TowsCategory.ST); // strength + opportunity: ST needs a threat

        assertEquals(List.of(), plan.findings(RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING));
        assertTrue(plan.findings(RuleRegistry.TOWS_STRATEGY_EXTERNAL_MISSING).get(0).getMessage()
                .contains("(ST) combines no threat"));

        plan.soStrategy.getSwotItems().add(plan.threat);
        assertEquals(List.of(), plan.findings(RuleRegistry.TOWS_STRATEGY_EXTERNAL_MISSING));
    }

    @Test
    void everyMissingStageIsNamed() {
        CleanPlan plan = new CleanPlan();
        plan.reach.setRaceStage(RaceStage.CONVERT);
        plan.act.setRaceStage(RaceStage.CONVERT);
        plan.activities.get(2).setRaceStage(RaceStage.PLAN);

        List<String> objectives = plan.findings(RuleRegistry.RACE_STAGE_OBJECTIVE_MISSING).stream()
                .map(PlanDiagnostic::getMessage).toList();
        List<String> activities = plan.findings(RuleRegistry.RACE_STAGE_ACTIVITY_MISSING).stream()
                .map(PlanDiagnostic::getMessage).toList();

        assertEquals(2, objectives.size());
        assertTrue(objectives.get(0).startsWith("The Reach stage of marketing plan 'Tactician test plan' has no SMART"));
        assertTrue(objectives.get(1).startsWith("The Act stage"));
        assertEquals(1, activities.size());
        assertTrue(activities.get(0).startsWith("The Convert stage"));
    }

    @Test
    void aCalendarEntryMayServeJustAStage() {
        CleanPlan plan = new CleanPlan();
        plan.blogPost.setCampaign(null);
        plan.blogPost.setRaceStage(RaceStage.REACH);

        assertEquals(List.of(), plan.findings(RuleRegistry.CALENDAR_ENTRY_UNLINKED));
    }

    @Test
    void aRangeThatEndsAfterThePlanIsOutside() {
        CleanPlan plan = new CleanPlan();
        plan.blogPost.setEnd(LocalDate.of(2027, 1, 5));

        String message = plan.findings(RuleRegistry.CALENDAR_ENTRY_OUTSIDE_PERIOD).get(0).getMessage();

        assertTrue(message.startsWith("Editorial entry 'Spring blog post' (2026-03-10 to 2027-01-05) lies outside "
                + "the plan period (2026-01-01 to 2026-12-31)"), message);
    }

    @Test
    void anyDatedElementMustNotEndBeforeItStarts() {
        CleanPlan plan = new CleanPlan();
        plan.blogPost.setEnd(LocalDate.of(2026, 3, 1));

        PlanDiagnostic finding = plan.findings(RuleRegistry.SCHEDULE_END_BEFORE_START).get(0);

        assertEquals(plan.blogPost, finding.object());
        assertTrue(finding.getMessage().contains("ends (2026-03-01) before it starts (2026-03-10)"));
    }

    @Test
    void phasingThatDoesNotAddUpOffersItsSum() {
        CleanPlan plan = new CleanPlan();
        plan.launchVideo.setAmount(Money.parse("1200.00 EUR"));

        PlanDiagnostic finding = plan.findings(RuleRegistry.BUDGET_PHASING_SUM_MISMATCH).get(0);

        // 600.00 + 400.00 = 1000.00, 200.00 short of 1200.00
        assertEquals("The monthly phasing of budget line 'Launch video' adds up to 1000.00 EUR but the line amount is "
                + "1200.00 EUR (200.00 not phased): correct the monthly amounts or set the line amount to their sum. "
                + "[budget.phasing.sum-mismatch]", finding.getMessage());
        assertEquals(Money.parse("1000.00 EUR"), finding.quickFix().orElseThrow().value());
        assertEquals(Literals.BUDGET_LINE__AMOUNT, finding.quickFix().orElseThrow().feature());
    }

    @Test
    void phasingEqualInValueButNotInScaleAddsUp() {
        CleanPlan plan = new CleanPlan();
        plan.launchVideo.setAmount(Money.parse("1000 EUR"));

        assertEquals(List.of(), plan.findings(RuleRegistry.BUDGET_PHASING_SUM_MISMATCH));
    }

    @Test
    void aLineWithoutAmountIsOfferedItsPhasedTotal() {
        CleanPlan plan = new CleanPlan();
        plan.launchVideo.setAmount(null);

        PlanDiagnostic finding = plan.findings(RuleRegistry.BUDGET_LINE_AMOUNT_MISSING).get(0);

        assertEquals(Money.parse("1000.00 EUR"), finding.quickFix().orElseThrow().value());
    }

    @Test
    void overAllocationCountsEveryBookingOnce() {
        CleanPlan plan = new CleanPlan();
        plan.blogPost.setBudgetLine(plan.searchAds);
        plan.blogPost.setBookedAmount(Money.parse("1600.00 EUR"));
        assertEquals(List.of(), plan.findings(RuleRegistry.BUDGET_LINE_OVER_ALLOCATED), "1200 + 2000 + 1600 ≤ 4800");

        var placement = named(MODEL.createMediaPlacement(), "Spring search, second burst");
        placement.setBookedAmount(Money.parse("0.01 EUR"));
        placement.setBudgetLine(plan.searchAds);
        plan.spring.getMediaPlan().add(placement);

        String message = plan.findings(RuleRegistry.BUDGET_LINE_OVER_ALLOCATED).get(0).getMessage();
        assertTrue(message.startsWith("Activities, calendar entries, media placements and tools book 4800.01 EUR on "
                + "budget line 'Search ads', more than its amount of 4800.00 EUR"), message);
    }

    @Test
    void journeysMayEndAtAPurchaseOrAfterConvert() {
        CleanPlan plan = new CleanPlan();
        JourneyStage engageStage = named(MODEL.createJourneyStage(), "Come back");
        engageStage.setRaceStage(RaceStage.ENGAGE);
        plan.journey.getStages().add(engageStage);
        Touchpoint review = named(MODEL.createTouchpoint(), "Review request");
        engageStage.getTouchpoints().add(review);
        Touchpoint store = named(MODEL.createTouchpoint(), "Store visit");
        store.setPurchase(PurchaseMode.OFFLINE);
        plan.reachStage.getTouchpoints().add(store);
        Touchpoint unconnected = named(MODEL.createTouchpoint(), "Poster");
        plan.reachStage.getTouchpoints().add(unconnected);
        plan.journey.getFlows().add(flow(plan.checkout, review));
        plan.journey.getFlows().add(flow(plan.searchAd, store));

        assertEquals(List.of(), plan.findings(RuleRegistry.JOURNEY_FLOW_DEAD_END));
    }

    @Test
    void aPersonaOnAFlowButOnNoTouchpointIsUnreached() {
        CleanPlan plan = new CleanPlan();
        var student = named(MODEL.createPersona(), "Student");
        plan.plan.getStrategy().getPersonas().add(student);
        plan.toCheckout.setPersona(student);

        assertEquals("Persona 'Student' is reached by no touchpoint: add the persona to a touchpoint of a customer "
                + "journey. [journey.persona.unreached]",
                plan.findings(RuleRegistry.JOURNEY_PERSONA_UNREACHED).get(0).getMessage());
    }

    @Test
    void aLinkThatCannotBeResolvedDangles() {
        CleanPlan plan = new CleanPlan();
        Channel missing = MODEL.createChannel();
        ((InternalEObject) missing).eSetProxyURI(URI.createURI("memory:/elsewhere.mplan#gone"));
        plan.searchAds.setChannel(missing);

        PlanDiagnostic finding = plan.findings(RuleRegistry.REFERENCE_DANGLING).get(0);

        assertTrue(finding.getMessage().contains("points to an element that cannot be found "
                + "(memory:/elsewhere.mplan#gone)"), finding.getMessage());
        assertEquals(CleanPlan.fix("Clear the channel", plan.searchAds, Literals.BUDGET_LINE__CHANNEL, null),
                CleanPlan.fix(finding.quickFix().orElseThrow()));
    }

    @Test
    void aLinkIntoAnotherPlanIsCrossPlanNotDangling() {
        CleanPlan plan = new CleanPlan();
        CleanPlan other = new CleanPlan();
        other.plan.setName("Other plan");
        plan.revenue.getKpi(); // no KPI: the link below is the only one leaving the plan
        plan.spring.getObjectives().add(other.act);

        List<PlanDiagnostic> findings = plan.findings(RuleRegistry.REFERENCE_CROSS_PLAN);

        assertEquals(List.of(), plan.findings(RuleRegistry.REFERENCE_DANGLING));
        assertEquals(1, findings.size());
        assertEquals("The objectives of campaign 'Spring sale' points to SMART objective 'Grow the newsletter' of "
                + "marketing plan 'Other plan': link an element of this plan instead, copying it over if needed. "
                + "[reference.cross-plan]", findings.get(0).getMessage());
        // The fix removes the one link that leaves the plan and keeps the rest of the list.
        List<Object> others = new java.util.ArrayList<>(plan.spring.getObjectives());
        others.remove(other.act);
        assertEquals(CleanPlan.fix("Remove the broken link from the objectives", plan.spring, Literals.CAMPAIGN__OBJECTIVES,
                others), CleanPlan.fix(findings.get(0).quickFix().orElseThrow()));
    }

    @Test
    void everyNamesakeIsReportedButOnlyWithinItsList() {
        CleanPlan plan = new CleanPlan();
        Channel again = named(MODEL.createChannel(), "search");
        plan.plan.getChannels().add(again);
        CustomerJourney second = named(MODEL.createCustomerJourney(), "Store purchase");
        JourneyStage discover = named(MODEL.createJourneyStage(), "Discover"); // also a stage of the first journey
        second.getStages().add(discover);
        plan.plan.getJourneys().add(second);

        List<PlanDiagnostic> findings = plan.findings(RuleRegistry.NAMING_DUPLICATE);

        assertEquals(List.of(plan.search, again), findings.stream().map(PlanDiagnostic::object).toList());
        assertTrue(findings.get(0).getMessage().startsWith("Channel 'Search' has the same name as another entry in "
                + "the channels of marketing plan 'Tactician test plan': rename one of them."), findings.get(0).getMessage());
    }

    private static JourneyFlow flow(Touchpoint source, Touchpoint target) {
        JourneyFlow flow = MODEL.createJourneyFlow();
        flow.setSource(source);
        flow.setTarget(target);
        return flow;
    }
}
