package org.tactician.validation;

import static org.tactician.validation.CleanPlan.MODEL;
import static org.tactician.validation.CleanPlan.named;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.Channel;
import org.tactician.model.JourneyFlow;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.Persona;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/**
 * For every rule, how to break the {@link CleanPlan} so that the rule fails, and where the finding
 * must point: the failing model of each rule (the clean plan is the passing one).
 */
final class RuleCases {

    /** Where a finding must point. */
    record Expected(EObject object, EStructuralFeature feature) {
    }

    static final Map<Rule, Function<CleanPlan, Expected>> BREAKERS = new LinkedHashMap<>();

    static {
        // plan
        breaker(RuleRegistry.PLAN_PERIOD_MISSING, p -> {
            p.plan.setEnd(null);
            return new Expected(p.plan, Literals.SCHEDULED__END);
        });
        breaker(RuleRegistry.PLAN_CURRENCY_MISMATCH, p -> {
            p.searchAds.setAmount(Money.parse("4800.00 USD"));
            return new Expected(p.searchAds, Literals.BUDGET_LINE__AMOUNT);
        });
        breaker(RuleRegistry.PLAN_PROFILE_INVALID, p -> {
            p.profile = read("no.such.rule = off\nsetting.growth.max-percent = lots\n");
            return new Expected(p.plan, Literals.NAMED_ELEMENT__NAME);
        });
        breaker(RuleRegistry.SCHEDULE_END_BEFORE_START, p -> {
            p.spring.setEnd(LocalDate.of(2026, 2, 1));
            return new Expected(p.spring, Literals.SCHEDULED__END);
        });
        // SMART
        breaker(RuleRegistry.SMART_SPECIFIC_NAME_MISSING, p -> {
            p.act.setName(null);
            return new Expected(p.act, Literals.NAMED_ELEMENT__NAME);
        });
        breaker(RuleRegistry.SMART_SPECIFIC_DESCRIPTION_MISSING, p -> {
            p.act.setDescription("   ");
            return new Expected(p.act, Literals.NAMED_ELEMENT__DESCRIPTION);
        });
        breaker(RuleRegistry.SMART_SPECIFIC_METRIC_MISSING, p -> {
            p.act.setMetric(null);
            return new Expected(p.act, Literals.SMART_OBJECTIVE__METRIC);
        });
        breaker(RuleRegistry.SMART_MEASURABLE_TARGET_MISSING, p -> {
            p.act.setTarget(null);
            return new Expected(p.act, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.SMART_MEASURABLE_UNIT_MISSING, p -> {
            p.act.setUnit("");
            return new Expected(p.act, Literals.SMART_OBJECTIVE__UNIT);
        });
        breaker(RuleRegistry.SMART_MEASURABLE_BASELINE_MISSING, p -> {
            p.act.setBaseline(null);
            return new Expected(p.act, Literals.SMART_OBJECTIVE__BASELINE);
        });
        breaker(RuleRegistry.SMART_MEASURABLE_TARGET_EQUALS_BASELINE, p -> {
            p.act.setTarget(new BigDecimal("2000.0")); // the baseline is 2000
            return new Expected(p.act, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE, p -> {
            p.act.setTarget(new BigDecimal("10000")); // (10000 − 2000) / 2000 = +400 % > +300 %
            return new Expected(p.act, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT, p -> {
            p.revenue.setTarget(new BigDecimal("200000")); // the forecast makes 160000: 80 %
            return new Expected(p.revenue, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.SMART_RELEVANT_RACE_STAGE_MISSING, p -> {
            p.act.unsetRaceStage();
            return new Expected(p.act, Literals.SMART_OBJECTIVE__RACE_STAGE);
        });
        breaker(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, p -> {
            p.act.setStrategy(null);
            return new Expected(p.act, Literals.SMART_OBJECTIVE__STRATEGY);
        });
        breaker(RuleRegistry.SMART_TIME_BOUND_DEADLINE_MISSING, p -> {
            p.act.setDeadline(null);
            return new Expected(p.act, Literals.SMART_OBJECTIVE__DEADLINE);
        });
        breaker(RuleRegistry.SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD, p -> {
            p.act.setDeadline(LocalDate.of(2027, 3, 31));
            return new Expected(p.act, Literals.SMART_OBJECTIVE__DEADLINE);
        });
        // TOWS
        breaker(RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING, p -> {
            p.soStrategy.getSwotItems().remove(p.strength);
            return new Expected(p.soStrategy, Literals.TOWS_STRATEGY__SWOT_ITEMS);
        });
        breaker(RuleRegistry.TOWS_STRATEGY_EXTERNAL_MISSING, p -> {
            p.soStrategy.getSwotItems().remove(p.opportunityItem);
            return new Expected(p.soStrategy, Literals.TOWS_STRATEGY__SWOT_ITEMS);
        });
        breaker(RuleRegistry.TOWS_STRATEGY_ITEM_OFF_CELL, p -> {
            p.soStrategy.getSwotItems().add(p.weakness);
            return new Expected(p.soStrategy, Literals.TOWS_STRATEGY__SWOT_ITEMS);
        });
        // RACE coverage
        breaker(RuleRegistry.RACE_STAGE_OBJECTIVE_MISSING, p -> {
            p.engage.setRaceStage(RaceStage.ACT); // nothing left for Engage
            return new Expected(p.opportunity, Literals.OPPORTUNITY_SECTION__OBJECTIVES);
        });
        breaker(RuleRegistry.RACE_STAGE_ACTIVITY_MISSING, p -> {
            p.activities.get(3).setRaceStage(RaceStage.ACT); // the Engage activity moves to Act
            return new Expected(p.action, Literals.ACTION_SECTION__ALWAYS_ON_PLAN);
        });
        // calendars and campaigns
        breaker(RuleRegistry.CALENDAR_ENTRY_DATE_MISSING, p -> {
            p.blogPost.setStart(null);
            return new Expected(p.blogPost, Literals.SCHEDULED__START);
        });
        breaker(RuleRegistry.CALENDAR_ENTRY_OUTSIDE_PERIOD, p -> {
            p.blogPost.setStart(LocalDate.of(2027, 2, 1));
            return new Expected(p.blogPost, Literals.SCHEDULED__START);
        });
        breaker(RuleRegistry.CALENDAR_ENTRY_UNLINKED, p -> {
            p.blogPost.setCampaign(null);
            return new Expected(p.blogPost, Literals.CALENDAR_ENTRY__OBJECTIVE);
        });
        breaker(RuleRegistry.CAMPAIGN_OUTSIDE_PERIOD, p -> {
            p.spring.setEnd(LocalDate.of(2027, 1, 15));
            return new Expected(p.spring, Literals.SCHEDULED__END);
        });
        breaker(RuleRegistry.CAMPAIGN_UNLINKED, p -> {
            p.spring.getObjectives().clear();
            return new Expected(p.spring, Literals.CAMPAIGN__OBJECTIVES);
        });
        // objectives programme
        breaker(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH, p -> {
            p.q4.setTarget(new BigDecimal("50000")); // 35000 + 35000 + 40000 + 50000 = 160000 ≠ 150000
            return new Expected(p.revenue, Literals.SMART_OBJECTIVE__TARGET);
        });
        // budget
        breaker(RuleRegistry.BUDGET_LINE_AMOUNT_MISSING, p -> {
            p.launchVideo.setAmount(null);
            return new Expected(p.launchVideo, Literals.BUDGET_LINE__AMOUNT);
        });
        breaker(RuleRegistry.BUDGET_PHASING_SUM_MISMATCH, p -> {
            p.launchVideo.setAmount(Money.parse("1200.00 EUR")); // phased: 600 + 400 = 1000
            return new Expected(p.launchVideo, Literals.BUDGET_LINE__PHASING);
        });
        breaker(RuleRegistry.BUDGET_PHASING_OUTSIDE_PERIOD, p -> {
            MonthlyAmount april = p.launchVideo.getPhasing().get(1);
            april.setMonth(YearMonth.of(2027, 4));
            return new Expected(april, Literals.MONTHLY_AMOUNT__MONTH);
        });
        breaker(RuleRegistry.BUDGET_LINE_OVER_ALLOCATED, p -> {
            AlwaysOnActivity more = named(MODEL.createAlwaysOnActivity(), "Shopping ads");
            more.setRaceStage(RaceStage.CONVERT);
            more.setBudgetLine(p.searchAds);
            more.setCost(Money.parse("3700.00 EUR")); // 1200 + 3700 = 4900 > 4800
            p.action.getAlwaysOnPlan().getActivities().add(more);
            return new Expected(p.searchAds, Literals.BUDGET_LINE__AMOUNT);
        });
        // journeys
        breaker(RuleRegistry.JOURNEY_PERSONA_UNREACHED, p -> {
            Persona student = named(MODEL.createPersona(), "Student");
            p.plan.getStrategy().getPersonas().add(student);
            return new Expected(student, Literals.NAMED_ELEMENT__NAME);
        });
        breaker(RuleRegistry.JOURNEY_FLOW_DEAD_END, p -> {
            Touchpoint video = named(MODEL.createTouchpoint(), "Product video");
            p.reachStage.getTouchpoints().add(video);
            JourneyFlow toVideo = named(MODEL.createJourneyFlow(), "Watch");
            toVideo.setSource(p.searchAd);
            toVideo.setTarget(video);
            p.journey.getFlows().add(toVideo);
            return new Expected(video, Literals.TOUCHPOINT__PURCHASE);
        });
        // references
        breaker(RuleRegistry.REFERENCE_DANGLING, p -> {
            Channel removed = named(MODEL.createChannel(), "Removed channel");
            p.searchAds.setChannel(removed); // never added to the plan
            return new Expected(p.searchAds, Literals.BUDGET_LINE__CHANNEL);
        });
        breaker(RuleRegistry.REFERENCE_CROSS_PLAN, p -> {
            CleanPlan other = new CleanPlan();
            p.searchAds.setChannel(other.search);
            return new Expected(p.searchAds, Literals.BUDGET_LINE__CHANNEL);
        });
        // names
        breaker(RuleRegistry.NAMING_DUPLICATE, p -> {
            Channel again = named(MODEL.createChannel(), "  SEARCH ");
            p.plan.getChannels().add(again);
            return new Expected(again, Literals.NAMED_ELEMENT__NAME);
        });
    }

    private RuleCases() {
    }

    private static void breaker(Rule rule, Function<CleanPlan, Expected> breaker) {
        BREAKERS.put(rule, breaker);
    }

    static LintProfile read(String text) {
        try {
            return LintProfile.read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
