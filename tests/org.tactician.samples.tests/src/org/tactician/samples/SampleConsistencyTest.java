package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.model.Activity;
import org.tactician.model.AuditActivity;
import org.tactician.model.Budget;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NamedElement;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.PerformanceReview;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.Scheduled;
import org.tactician.model.Segment;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;
import org.tactician.model.Touchpoint;
import org.tactician.model.TowsStrategy;

/**
 * The exemplary samples are honest plans: their numbers add up, their money is counted once, their
 * dates fall in the plan period, everything is classified and they keep the rules the plan
 * validation checks (so opening a sample never shows a wall of problems). The "needs work" sample
 * breaks some of these on purpose; its findings are tested with the validation
 * ({@code SampleValidationTest} in the command-line tests).
 */
class SampleConsistencyTest {

    static List<SamplePlans> exemplary() {
        return SamplePlans.exemplary();
    }

    /**
     * Unsettable enums where "not set" is a valid answer, not a missing classification: an objective
     * the forecast does not measure, a budget line that serves more than one RACE stage.
     */
    private static final Set<EAttribute> OPTIONAL = Set.of(TacticianPackage.Literals.SMART_OBJECTIVE__FORECAST_MEASURE,
            TacticianPackage.Literals.BUDGET_LINE__RACE_STAGE);

    @ParameterizedTest
    @MethodSource("exemplary")
    void monthlyPhasingSumsToTheLineAmount(SamplePlans sample) {
        MarketingPlan plan = LoadedSamples.plan(sample);
        List<BudgetLine> lines = all(sample, BudgetLine.class);
        assertFalse(lines.isEmpty(), "the sample has a budget");
        for (BudgetLine line : lines) {
            assertNotNull(line.getAmount(), line.getId() + " amount");
            assertEquals(plan.getCurrency(), line.getAmount().currency(), line.getId() + " currency");
            assertFalse(line.getPhasing().isEmpty(), line.getId() + " is phased");
            Money total = Money.zero(plan.getCurrency());
            Set<YearMonth> months = new HashSet<>();
            for (MonthlyAmount month : line.getPhasing()) {
                assertTrue(months.add(month.getMonth()), line.getId() + ": " + month.getMonth() + " twice");
                total = total.plus(month.getAmount());
            }
            assertTrue(total.isSameAmount(line.getAmount()),
                    line.getId() + ": phasing " + total + " but amount " + line.getAmount());
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void allDatesAreInsideThePlanPeriod(SamplePlans sample) {
        MarketingPlan plan = LoadedSamples.plan(sample);
        LocalDate start = plan.getStart();
        LocalDate end = plan.getEnd();
        assertNotNull(start, "plan start");
        assertNotNull(end, "plan end");
        assertTrue(start.isBefore(end), "plan period");
        List<String> outside = new ArrayList<>();
        int dates = 0;
        for (EObject element : LoadedSamples.elements(sample)) {
            // The performance review is about the period before the plan, by definition.
            if (element == plan || element instanceof PerformanceReview) {
                continue;
            }
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                Object value = element.eGet(attribute);
                boolean inside;
                if (value instanceof LocalDate date) {
                    inside = !date.isBefore(start) && !date.isAfter(end);
                } else if (value instanceof YearMonth month) {
                    inside = !month.isBefore(YearMonth.from(start)) && !month.isAfter(YearMonth.from(end));
                } else {
                    continue;
                }
                dates++;
                if (!inside) {
                    outside.add(SampleLoadingTest.id(element) + "." + attribute.getName() + " = " + value);
                }
            }
            if (element instanceof Scheduled scheduled && scheduled.getStart() != null && scheduled.getEnd() != null
                    && scheduled.getEnd().isBefore(scheduled.getStart())) {
                outside.add(SampleLoadingTest.id(element) + " ends before it starts");
            }
        }
        assertTrue(dates > 10, "the sample has dates: " + dates);
        assertEquals(List.of(), outside, sample.fileName() + ": dates outside " + start + ".." + end);
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void towsStrategiesCombineItemsOfTheirKinds(SamplePlans sample) {
        for (TowsStrategy strategy : all(sample, TowsStrategy.class)) {
            Set<SwotCategory> kinds = EnumSet.noneOf(SwotCategory.class);
            for (SwotItem item : strategy.getSwotItems()) {
                kinds.add(item.getCategory());
            }
            SwotCategory internal = switch (strategy.getCategory()) {
                case SO, ST -> SwotCategory.STRENGTH;
                case WO, WT -> SwotCategory.WEAKNESS;
            };
            SwotCategory external = switch (strategy.getCategory()) {
                case SO, WO -> SwotCategory.OPPORTUNITY;
                case ST, WT -> SwotCategory.THREAT;
            };
            assertTrue(kinds.contains(internal) && kinds.contains(external),
                    strategy.getId() + " (" + strategy.getCategory() + ") combines " + kinds);
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void everyRaceStageHasAnObjectiveAndAnActivity(SamplePlans sample) {
        Set<RaceStage> objectives = EnumSet.noneOf(RaceStage.class);
        for (SmartObjective objective : all(sample, SmartObjective.class)) {
            objectives.add(objective.getRaceStage());
            assertTrue(objective.isSetRaceStage() && objective.getBaseline() != null && objective.getTarget() != null
                    && objective.getBaseline().compareTo(objective.getTarget()) != 0 && objective.getUnit() != null
                    && objective.getMetric() != null && objective.getDeadline() != null
                    && objective.getOwner() != null, objective.getId() + " is SMART");
        }
        Set<RaceStage> activities = EnumSet.noneOf(RaceStage.class);
        for (Activity activity : all(sample, Activity.class)) {
            activities.add(activity.getRaceStage());
        }
        assertEquals(EnumSet.allOf(RaceStage.class), objectives, "stages with an objective");
        assertEquals(EnumSet.allOf(RaceStage.class), activities, "stages with an activity");
        List<AuditActivity> audit = all(sample, AuditActivity.class);
        if (!audit.isEmpty()) {
            Set<RaceStage> audited = EnumSet.noneOf(RaceStage.class);
            audit.forEach(activity -> audited.add(activity.getRaceStage()));
            assertEquals(EnumSet.allOf(RaceStage.class), audited, "stages in the communications audit");
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void breakdownsAddUpToTheirTargets(SamplePlans sample) {
        Map<SmartObjective, BigDecimal> byAnnual = new LinkedHashMap<>();
        for (QuarterlyObjective quarterly : all(sample, QuarterlyObjective.class)) {
            SmartObjective annual = quarterly.getAnnualObjective();
            if (annual != null && annual.getUnit().equals(quarterly.getUnit())) {
                byAnnual.merge(annual, quarterly.getTarget(), BigDecimal::add);
            }
        }
        byAnnual.forEach((annual, sum) -> assertEquals(0, sum.compareTo(annual.getTarget()),
                annual.getId() + ": quarters add up to " + sum + ", target " + annual.getTarget()));

        Map<QuarterlyObjective, BigDecimal> byQuarter = new LinkedHashMap<>();
        Map<QuarterlyObjective, Integer> months = new HashMap<>();
        for (MonthlyObjective monthly : all(sample, MonthlyObjective.class)) {
            QuarterlyObjective quarterly = monthly.getQuarterlyObjective();
            if (quarterly != null && quarterly.getUnit().equals(monthly.getUnit())) {
                byQuarter.merge(quarterly, monthly.getTarget(), BigDecimal::add);
                months.merge(quarterly, 1, Integer::sum);
            }
        }
        byQuarter.forEach((quarterly, sum) -> {
            assertEquals(3, months.get(quarterly), quarterly.getId() + ": three months");
            assertEquals(0, sum.compareTo(quarterly.getTarget()),
                    quarterly.getId() + ": months add up to " + sum + ", target " + quarterly.getTarget());
        });
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void calendarEntriesSayWhoWhereAndWhatFor(SamplePlans sample) {
        for (CalendarEntry entry : all(sample, CalendarEntry.class)) {
            assertNotNull(entry.getStart(), entry.getId() + " date");
            assertNotNull(entry.getChannel(), entry.getId() + " channel");
            assertNotNull(entry.getOwner(), entry.getId() + " owner");
            assertTrue(entry.getObjective() != null || entry.getCampaign() != null || entry.getActivity() != null
                    || entry.isSetRaceStage(), entry.getId() + " serves something");
            if (entry.getBookedAmount() != null) {
                assertNotNull(entry.getBudgetLine(), entry.getId() + ": a booking names its budget line");
            }
            if (entry.getPlacement() != null) {
                // The entry executes the placement: the placement books the money, the entry adds no copy.
                assertTrue(entry.getBookedAmount() == null && entry.getBudgetLine() == null,
                        entry.getId() + " books nothing beside its placement");
            }
        }
        for (Campaign campaign : all(sample, Campaign.class)) {
            assertFalse(campaign.getObjectives().isEmpty(), campaign.getId() + " serves an objective");
            assertNotNull(campaign.getStart(), campaign.getId() + " start");
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void everyPersonaIsReachedByATouchpoint(SamplePlans sample) {
        Set<Persona> reached = new HashSet<>();
        for (Touchpoint touchpoint : all(sample, Touchpoint.class)) {
            reached.addAll(touchpoint.getPersonas());
        }
        for (Persona persona : all(sample, Persona.class)) {
            assertTrue(reached.contains(persona), persona.getId() + " is reached by no touchpoint");
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void journeysLeadToOnlineAndOfflinePurchases(SamplePlans sample) {
        List<CustomerJourney> journeys = LoadedSamples.plan(sample).getJourneys();
        assertFalse(journeys.isEmpty(), "a customer journey");
        for (CustomerJourney journey : journeys) {
            Map<Touchpoint, List<Touchpoint>> next = new HashMap<>();
            Set<Touchpoint> entered = new HashSet<>();
            for (JourneyFlow flow : journey.getFlows()) {
                next.computeIfAbsent(flow.getSource(), k -> new ArrayList<>()).add(flow.getTarget());
                entered.add(flow.getTarget());
            }
            Set<PurchaseMode> purchases = EnumSet.noneOf(PurchaseMode.class);
            for (JourneyStage stage : journey.getStages()) {
                for (Touchpoint touchpoint : stage.getTouchpoints()) {
                    if (stage.getRaceStage() == RaceStage.CONVERT) {
                        purchases.add(touchpoint.getPurchase());
                    }
                    if (!entered.contains(touchpoint) && next.containsKey(touchpoint)) {
                        assertTrue(reachesPurchase(touchpoint, next),
                                journey.getId() + ": no path from " + touchpoint.getId() + " to a purchase");
                    }
                }
            }
            assertTrue(purchases.containsAll(EnumSet.of(PurchaseMode.ONLINE, PurchaseMode.OFFLINE)),
                    journey.getId() + " ends in online and offline purchases: " + purchases);
            assertTrue(hasLoop(next), journey.getId() + " loops back (customers return)");
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void namesAreUniqueWhereTheyIdentify(SamplePlans sample) {
        for (Class<? extends NamedElement> type : List.of(TeamMember.class, Channel.class, Segment.class,
                Persona.class, SmartObjective.class, Kpi.class, Campaign.class, BudgetLine.class)) {
            Set<String> names = new HashSet<>();
            for (NamedElement element : all(sample, type)) {
                assertNotNull(element.getName(), element.getId() + " has a name");
                assertTrue(names.add(element.getName()), type.getSimpleName() + " name used twice: " + element.getName());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void moneyIsCountedOnce(SamplePlans sample) {
        MarketingPlan plan = LoadedSamples.plan(sample);
        for (BudgetLine line : all(sample, BudgetLine.class)) {
            Money booked = Money.zero(plan.getCurrency());
            for (BudgetBooking booking : line.getBookings()) {
                if (booking.getBookedAmount() != null) {
                    booked = booked.plus(booking.getBookedAmount());
                }
            }
            assertTrue(booked.amount().compareTo(line.getAmount().amount()) <= 0,
                    line.getId() + ": bookings " + booked + " within the line's " + line.getAmount());
            if (line.getAllocated() != null) {
                assertTrue(line.getAllocated().isSameAmount(booked), line.getId() + ": allocated is what is booked");
            }
        }
        for (Campaign campaign : all(sample, Campaign.class)) {
            if (campaign.getBudget() != null) {
                assertNotNull(campaign.getPlannedSpend(), campaign.getId() + " plans spend");
                assertTrue(campaign.getBudget().isSameAmount(campaign.getPlannedSpend()),
                        campaign.getId() + ": budget " + campaign.getBudget() + ", placements and lines "
                                + campaign.getPlannedSpend());
            }
        }
        Budget budget = plan.getAction().getBudget();
        assertNotNull(budget.getApprovedTotal(), "an approved total");
        assertFalse(budget.getCategoryTargets().isEmpty(), "category targets");
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void everythingIsClassifiedAndEveryObjectiveSaysWhatItMeasures(SamplePlans sample) {
        List<String> unset = new ArrayList<>();
        for (EObject element : LoadedSamples.elements(sample)) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (attribute.isUnsettable() && attribute.getEType() instanceof EEnum && !element.eIsSet(attribute)
                        && !OPTIONAL.contains(attribute)) {
                    unset.add(SampleLoadingTest.id(element) + "." + attribute.getName());
                }
            }
        }
        assertEquals(List.of(), unset, "classifications left unset");
        for (SmartObjective objective : all(sample, SmartObjective.class)) {
            assertTrue(objective.isSetScope() && objective.isSetMeasureKind() && objective.isSetDirection(),
                    objective.getId() + ": scope, measure kind and direction");
            if (objective.getScope() == ObjectiveScope.CHANNELS) {
                assertFalse(objective.getChannels().isEmpty(), objective.getId() + " names its channels");
            }
            if (objective.getScope() == ObjectiveScope.SEGMENTS) {
                assertFalse(objective.getSegments().isEmpty(), objective.getId() + " names its segments");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void theForecastIsAfterMargin(SamplePlans sample) {
        ConversionForecast forecast = LoadedSamples.plan(sample).getOpportunity() == null ? null
                : LoadedSamples.plan(sample).getOpportunity().getForecast();
        if (forecast != null && !forecast.getInputs().isEmpty()) {
            assertNotNull(forecast.getGrossMargin(), "a gross margin");
            assertNotNull(forecast.getReturnRate(), "a return rate");
            assertNotNull(forecast.getFulfilmentCostPerOrder(), "a fulfilment cost per order");
        }
    }

    private static boolean reachesPurchase(Touchpoint from, Map<Touchpoint, List<Touchpoint>> next) {
        Deque<Touchpoint> todo = new ArrayDeque<>(List.of(from));
        Set<Touchpoint> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Touchpoint touchpoint = todo.pop();
            if (!seen.add(touchpoint)) {
                continue;
            }
            if (touchpoint.getPurchase() != PurchaseMode.NONE && touchpoint.eContainer() instanceof JourneyStage stage
                    && stage.getRaceStage() == RaceStage.CONVERT) {
                return true;
            }
            todo.addAll(next.getOrDefault(touchpoint, List.of()));
        }
        return false;
    }

    private static boolean hasLoop(Map<Touchpoint, List<Touchpoint>> next) {
        for (Touchpoint start : next.keySet()) {
            Deque<Touchpoint> todo = new ArrayDeque<>(next.get(start));
            Set<Touchpoint> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Touchpoint touchpoint = todo.pop();
                if (touchpoint == start) {
                    return true;
                }
                if (seen.add(touchpoint)) {
                    todo.addAll(next.getOrDefault(touchpoint, List.of()));
                }
            }
        }
        return false;
    }

    private static <T> List<T> all(SamplePlans sample, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (EObject element : LoadedSamples.elements(sample)) {
            if (type.isInstance(element)) {
                result.add(type.cast(element));
            }
        }
        return result;
    }
}
