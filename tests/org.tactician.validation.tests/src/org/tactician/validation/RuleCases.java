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
import org.tactician.model.AutomationTrigger;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CostType;
import org.tactician.model.Direction;
import org.tactician.model.ForecastInput;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.PestleCategory;
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
        breaker(RuleRegistry.PLAN_CURRENCY_INVALID, p -> {
            p.plan.setCurrency("€");
            return new Expected(p.plan, Literals.MARKETING_PLAN__CURRENCY);
        });
        breaker(RuleRegistry.PLAN_CLASSIFICATION_MISSING, p -> {
            p.searchAd.unsetMediaType(); // its channel is paid media: the quick fix says so
            return new Expected(p.searchAd, Literals.TOUCHPOINT__MEDIA_TYPE);
        });
        breaker(RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE, p -> {
            p.plan.setEnd(LocalDate.of(2062, 12, 31)); // 2026 with two digits swapped
            return new Expected(p.plan, Literals.SCHEDULED__END);
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
        breaker(RuleRegistry.SMART_SPECIFIC_SCOPE_INCOMPLETE, p -> {
            p.reach.setScope(ObjectiveScope.CHANNELS); // but lists no channel
            return new Expected(p.reach, Literals.SMART_OBJECTIVE__CHANNELS);
        });
        breaker(RuleRegistry.SMART_SPECIFIC_OWNER_MISSING, p -> {
            p.act.setOwner(null);
            return new Expected(p.act, Literals.SMART_OBJECTIVE__OWNER);
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
        breaker(RuleRegistry.SMART_MEASURABLE_MEASURE_INCONSISTENT, p -> {
            p.act.setDirection(Direction.DECREASE); // 2000 → 3000 increases
            return new Expected(p.act, Literals.SMART_OBJECTIVE__DIRECTION);
        });
        breaker(RuleRegistry.SMART_MEASURABLE_KPI_MISMATCH, p -> {
            p.revenueKpi.setTarget(new BigDecimal("160000")); // the objective promises 150000
            return new Expected(p.revenue, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE, p -> {
            p.act.setTarget(new BigDecimal("14000")); // (14000 − 2000) / 2000 = +600 % > +500 %
            return new Expected(p.act, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.SMART_ACHIEVABLE_FORECAST_SHORT, p -> {
            p.revenue.setTarget(new BigDecimal("200000")); // the forecast makes 160012.80: 80 %
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
        breaker(RuleRegistry.SMART_RELEVANT_UNSERVED, p -> {
            p.activities.get(1).getObjectives().clear(); // the newsletter served the ACT objective alone
            return new Expected(p.act, Literals.SMART_OBJECTIVE__ACTIVITIES);
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
        breaker(RuleRegistry.TOWS_EVIDENCE_POLARITY, p -> {
            p.marketplaces.setEffect(OpportunityOrThreat.THREAT); // the evidence of an opportunity
            return new Expected(p.opportunityItem, Literals.SWOT_ITEM__EVIDENCE);
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
        breaker(RuleRegistry.CALENDAR_ENTRY_OUTSIDE_CAMPAIGN, p -> {
            p.blogPost.setStart(LocalDate.of(2026, 5, 10)); // the spring sale ends on 30 April
            return new Expected(p.blogPost, Literals.SCHEDULED__START);
        });
        breaker(RuleRegistry.ACTIVITY_UNLINKED, p -> {
            p.activities.get(1).getObjectives().clear();
            return new Expected(p.activities.get(1), Literals.ACTIVITY__OBJECTIVES);
        });
        breaker(RuleRegistry.CAMPAIGN_BUDGET_MISMATCH, p -> {
            p.spring.setBudget(Money.parse("3000.00 EUR")); // its placement books 2000.00
            return new Expected(p.spring, Literals.CAMPAIGN__BUDGET);
        });
        // objectives programme
        breaker(RuleRegistry.OBJECTIVES_QUARTERLY_SUM_MISMATCH, p -> {
            p.q4.setTarget(new BigDecimal("50000")); // 35000 + 35000 + 40000 + 50000 = 160000 ≠ 150000
            return new Expected(p.revenue, Literals.SMART_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.OBJECTIVES_MONTHLY_SUM_MISMATCH, p -> {
            p.q1Months.get(2).setTarget(new BigDecimal("14000")); // 10000 + 12000 + 14000 = 36000 ≠ 35000
            return new Expected(p.q1, Literals.QUARTERLY_OBJECTIVE__TARGET);
        });
        breaker(RuleRegistry.OBJECTIVES_MONTHLY_DEADLINE_OUTSIDE_MONTH, p -> {
            p.q1Months.get(0).setDeadline(LocalDate.of(2026, 2, 5)); // the January objective
            return new Expected(p.q1Months.get(0), Literals.MONTHLY_OBJECTIVE__DEADLINE);
        });
        breaker(RuleRegistry.OBJECTIVES_MONTHLY_OUTSIDE_QUARTER, p -> {
            MonthlyObjective march = p.q1Months.get(2);
            march.setMonth(YearMonth.of(2026, 4));
            march.setDeadline(LocalDate.of(2026, 4, 30));
            return new Expected(march, Literals.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE);
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
            more.setBookedAmount(Money.parse("3700.00 EUR")); // 1200 + 2000 + 3700 = 6900 > 4800
            more.getObjectives().add(p.revenue);
            p.action.getAlwaysOnPlan().getActivities().add(more);
            return new Expected(p.searchAds, Literals.BUDGET_LINE__AMOUNT);
        });
        breaker(RuleRegistry.BUDGET_BOOKING_DUPLICATE, p -> {
            p.flight.setBookedAmount(Money.parse("2000.00 EUR")); // its placement books that already
            return new Expected(p.flight, Literals.BUDGET_BOOKING__BOOKED_AMOUNT);
        });
        breaker(RuleRegistry.BUDGET_BOOKING_LINE_MISSING, p -> {
            p.springAds.setBudgetLine(null); // books 2000.00, but on nothing
            return new Expected(p.springAds, Literals.BUDGET_BOOKING__BUDGET_LINE);
        });
        breaker(RuleRegistry.BUDGET_APPROVED_TOTAL_EXCEEDED, p -> {
            p.action.getBudget().setApprovedTotal(Money.parse("5000.00 EUR")); // the lines spend 5800.00
            return new Expected(p.action.getBudget(), Literals.BUDGET__APPROVED_TOTAL);
        });
        breaker(RuleRegistry.BUDGET_CATEGORY_OVER_TARGET, p -> {
            p.mediaTarget.setAmount(Money.parse("4000.00 EUR")); // media spends 4800.00
            return new Expected(p.mediaTarget, Literals.CATEGORY_TARGET__AMOUNT);
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
        breaker(RuleRegistry.JOURNEY_FLOW_SELF_LOOP, p -> {
            p.toCheckout.setTarget(p.searchAd);
            return new Expected(p.toCheckout, Literals.JOURNEY_FLOW__TARGET);
        });
        breaker(RuleRegistry.JOURNEY_CONTENT_GAP, p -> {
            p.plan.getStrategy().getContentMap().get(3).getPersonas().clear(); // the Engage content
            return new Expected(p.parent, Literals.NAMED_ELEMENT__NAME);
        });
        breaker(RuleRegistry.JOURNEY_ABANDONED_CART_MISSING, p -> {
            p.basket.setTrigger(AutomationTrigger.WELCOME);
            return new Expected(p.plan.getOperations().getAutomationPlan(), Literals.AUTOMATION_PLAN__ENTRIES);
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
        breaker(RuleRegistry.REFERENCE_SEGMENT_CYCLE, p -> {
            p.parents.setParent(p.busyParents); // which refines "Parents"
            return new Expected(p.parents, Literals.SEGMENT__PARENT);
        });
        // names
        breaker(RuleRegistry.NAMING_DUPLICATE, p -> {
            Channel again = named(MODEL.createChannel(), "  SEARCH ");
            p.plan.getChannels().add(again);
            return new Expected(again, Literals.NAMED_ELEMENT__NAME);
        });
        breaker(RuleRegistry.NAMING_TOO_LONG, p -> {
            p.searchAds.setName("Search ads " + "x".repeat(32_767));
            return new Expected(p.searchAds, Literals.NAMED_ELEMENT__NAME);
        });
    }

    static {
        // forecast
        breaker(RuleRegistry.FORECAST_MARGIN_MISSING, p -> {
            p.opportunity.getForecast().setGrossMargin(null);
            return new Expected(p.opportunity.getForecast(), Literals.CONVERSION_FORECAST__GROSS_MARGIN);
        });
        breaker(RuleRegistry.FORECAST_MONTH_NEGATIVE, p -> {
            BudgetLine stand = named(MODEL.createBudgetLine(), "Summer fair stand");
            stand.setCategory(BudgetCategory.PR_EVENTS);
            stand.setCostType(CostType.ONE_SHOT);
            stand.setAmount(Money.parse("9000.00 EUR"));
            stand.setStart(LocalDate.of(2026, 6, 1)); // June earns 5333.76 before marketing
            p.action.getBudget().getLines().add(stand);
            return new Expected(p.opportunity.getForecast(), Literals.CONVERSION_FORECAST__INPUTS);
        });
        // values
        breaker(RuleRegistry.VALUE_MONEY_NEGATIVE, p -> {
            p.activities.get(0).setBookedAmount(Money.parse("-1200.00 EUR"));
            return new Expected(p.activities.get(0), Literals.BUDGET_BOOKING__BOOKED_AMOUNT);
        });
        breaker(RuleRegistry.VALUE_PERCENTAGE_OUT_OF_RANGE, p -> {
            ForecastInput january = p.opportunity.getForecast().getInputs().get(0);
            january.setConversionRate(new BigDecimal("150")); // 150 %: more orders than visits
            return new Expected(january, Literals.FORECAST_INPUT__CONVERSION_RATE);
        });
        breaker(RuleRegistry.VALUE_SCORE_OUT_OF_RANGE, p -> {
            p.strength.setImportance(9);
            return new Expected(p.strength, Literals.SWOT_ITEM__IMPORTANCE);
        });
        // completeness
        breaker(RuleRegistry.COMPLETENESS_TOWS, p -> {
            p.opportunity.getSwot().getStrategies().remove(3); // the WT cell
            return new Expected(p.opportunity.getSwot(), Literals.SWOT_ANALYSIS__STRATEGIES);
        });
        breaker(RuleRegistry.COMPLETENESS_PESTLE, p -> {
            p.opportunity.getPestle().getFactors().removeIf(f -> f.getCategory() == PestleCategory.LEGAL);
            return new Expected(p.opportunity.getPestle(), Literals.PESTLE_ANALYSIS__FACTORS);
        });
        breaker(RuleRegistry.COMPLETENESS_MARKETING_MIX, p -> {
            p.plan.getStrategy().getMarketingMix().remove(4); // people
            return new Expected(p.plan.getStrategy(), Literals.STRATEGY_SECTION__MARKETING_MIX);
        });
        breaker(RuleRegistry.COMPLETENESS_CANVAS, p -> {
            p.plan.getStrategy().getBusinessModelCanvas().getItems().remove(0);
            return new Expected(p.plan.getStrategy().getBusinessModelCanvas(), Literals.BUSINESS_MODEL_CANVAS__ITEMS);
        });
        breaker(RuleRegistry.COMPLETENESS_AUDIT, p -> {
            p.plan.getStrategy().getCommunications().getAudit().remove(24); // an Engage activity
            return new Expected(p.plan.getStrategy().getCommunications(), Literals.COMMUNICATIONS_STRATEGY__AUDIT);
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
