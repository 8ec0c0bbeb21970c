package org.tactician.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.resource.PlanFiles;

/**
 * The diagram-ready API: inverse features, TOWS cells, canvas blocks, calendar entries and money
 * figures are computed from the current model and notify their changes, so a view that shows them
 * never goes stale.
 */
class DerivedFeaturesTest {

    private static final TacticianFactory F = TacticianFactory.eINSTANCE;

    /**
     * Records the notifications an element sends for one feature. Like an open view, each test
     * reads a derived feature before it listens (the first read installs the plan's adapter).
     */
    private static final class Recorder extends AdapterImpl {
        private final EStructuralFeature feature;
        final List<Notification> seen = new ArrayList<>();

        Recorder(EObject element, EStructuralFeature feature) {
            this.feature = feature;
            element.eAdapters().add(this);
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == feature) {
                seen.add(notification);
            }
        }

        Notification last() {
            assertFalse(seen.isEmpty(), "a notification for " + feature.getName());
            return seen.get(seen.size() - 1);
        }
    }

    private final MarketingPlan plan = F.createMarketingPlan();
    private final SwotAnalysis swot = F.createSwotAnalysis();
    private final SwotItem strength = item("Wide range", SwotCategory.STRENGTH);
    private final SwotItem opportunity = item("Visual platforms", SwotCategory.OPPORTUNITY);

    DerivedFeaturesTest() {
        plan.setCurrency("EUR");
        plan.setOpportunity(F.createOpportunitySection());
        plan.getOpportunity().setSwot(swot);
        swot.getItems().add(strength);
        swot.getItems().add(opportunity);
    }

    private static SwotItem item(String name, SwotCategory category) {
        SwotItem item = F.createSwotItem();
        item.setName(name);
        item.setCategory(category);
        return item;
    }

    private static TowsStrategy strategy(String name, TowsCategory category) {
        TowsStrategy strategy = F.createTowsStrategy();
        strategy.setName(name);
        strategy.setCategory(category);
        return strategy;
    }

    @Test
    void swotItemStrategiesFollowTheLinksAndNotify() {
        TowsStrategy pins = strategy("Pins", TowsCategory.SO);
        swot.getStrategies().add(pins);
        assertEquals(List.of(), strength.getStrategies());
        Recorder recorder = new Recorder(strength, Literals.SWOT_ITEM__STRATEGIES);

        pins.getSwotItems().add(strength);

        assertEquals(List.of(pins), strength.getStrategies());
        assertEquals(Notification.ADD, recorder.last().getEventType());
        assertSame(pins, recorder.last().getNewValue());

        pins.getSwotItems().remove(strength);
        assertEquals(List.of(), strength.getStrategies());
        assertEquals(Notification.REMOVE, recorder.last().getEventType());
        assertSame(pins, recorder.last().getOldValue());
    }

    @Test
    void aRemovedStrategyLeavesTheInverseAndComesBackWithUndo() {
        TowsStrategy pins = strategy("Pins", TowsCategory.SO);
        pins.getSwotItems().add(strength);
        swot.getStrategies().add(pins);
        assertEquals(List.of(pins), strength.getStrategies());
        Recorder recorder = new Recorder(strength, Literals.SWOT_ITEM__STRATEGIES);

        swot.getStrategies().remove(pins);
        assertEquals(List.of(), strength.getStrategies(), "a deleted strategy no longer combines the item");
        assertEquals(Notification.REMOVE, recorder.last().getEventType());

        swot.getStrategies().add(pins); // what an undo does
        assertEquals(List.of(pins), strength.getStrategies());
        assertEquals(Notification.ADD, recorder.last().getEventType());
    }

    @Test
    void inverseListsAreInPlanOrder() {
        TowsStrategy first = strategy("First", TowsCategory.SO);
        TowsStrategy second = strategy("Second", TowsCategory.SO);
        swot.getStrategies().add(first);
        swot.getStrategies().add(second);
        second.getSwotItems().add(strength); // linked first, but second in the plan
        first.getSwotItems().add(strength);
        assertEquals(List.of(first, second), strength.getStrategies());
        assertThrows(UnsupportedOperationException.class, () -> strength.getStrategies().clear(), "derived: read-only");
    }

    @Test
    void towsCellsFollowCategoriesAndNotify() {
        assertEquals(List.of(strength), swot.getStrengths());
        assertEquals(List.of(opportunity), swot.itemsIn(SwotCategory.OPPORTUNITY));
        Recorder strengths = new Recorder(swot, Literals.SWOT_ANALYSIS__STRENGTHS);
        Recorder threats = new Recorder(swot, Literals.SWOT_ANALYSIS__THREATS);

        strength.setCategory(SwotCategory.THREAT);
        assertEquals(List.of(), swot.getStrengths());
        assertEquals(List.of(strength), swot.getThreats());
        assertEquals(Notification.REMOVE, strengths.last().getEventType());
        assertEquals(Notification.ADD, threats.last().getEventType());

        strength.unsetCategory();
        assertEquals(List.of(), swot.getThreats(), "an unclassified item is in no cell");
        assertEquals(Notification.REMOVE, threats.last().getEventType());

        SwotItem weakness = item("Slow delivery", SwotCategory.WEAKNESS);
        Recorder weaknesses = new Recorder(swot, Literals.SWOT_ANALYSIS__WEAKNESSES);
        swot.getItems().add(weakness);
        assertEquals(List.of(weakness), swot.getWeaknesses());
        assertSame(weakness, weaknesses.last().getNewValue());

        TowsStrategy wo = strategy("Fix delivery", TowsCategory.WO);
        Recorder woCell = new Recorder(swot, Literals.SWOT_ANALYSIS__WO_STRATEGIES);
        swot.getStrategies().add(wo);
        assertEquals(List.of(wo), swot.getWoStrategies());
        assertEquals(List.of(wo), swot.strategiesIn(TowsCategory.WO));
        assertEquals(Notification.ADD, woCell.last().getEventType());
        wo.setCategory(TowsCategory.WT);
        assertEquals(List.of(wo), swot.getWtStrategies());
        assertEquals(Notification.REMOVE, woCell.last().getEventType());
    }

    @Test
    void canvasBlocksFollowTheirItems() {
        plan.setStrategy(F.createStrategySection());
        BusinessModelCanvas canvas = F.createBusinessModelCanvas();
        plan.getStrategy().setBusinessModelCanvas(canvas);
        CanvasItem partner = F.createCanvasItem();
        partner.setBlock(CanvasBlock.KEY_PARTNERS);
        assertEquals(List.of(), canvas.getKeyPartners(), "an open view reads before it listens");
        Recorder partners = new Recorder(canvas, Literals.BUSINESS_MODEL_CANVAS__KEY_PARTNERS);
        canvas.getItems().add(partner);
        assertEquals(List.of(partner), canvas.getKeyPartners());
        assertEquals(List.of(partner), canvas.itemsIn(CanvasBlock.KEY_PARTNERS));
        assertEquals(Notification.ADD, partners.last().getEventType());
        partner.setBlock(CanvasBlock.REVENUE_STREAMS);
        assertEquals(List.of(partner), canvas.getRevenueStreams());
        assertEquals(List.of(), canvas.getKeyPartners());
        assertEquals(Notification.REMOVE, partners.last().getEventType());
    }

    @Test
    void aCalendarListsItsEntriesWhateverTheirKind() {
        OperationsSection operations = F.createOperationsSection();
        plan.setOperations(operations);
        assertEquals(List.of(), operations.getCalendars());
        Recorder calendars = new Recorder(operations, Literals.OPERATIONS_SECTION__CALENDARS);
        DemCalendar dem = F.createDemCalendar();
        operations.setDemCalendar(dem);
        AutomationPlan automations = F.createAutomationPlan();
        operations.setAutomationPlan(automations);
        assertEquals(List.of(dem, automations), operations.getCalendars());
        assertEquals(List.of(dem, automations), calendars.last().getNewValue());

        Recorder entries = new Recorder(dem, Literals.CALENDAR__ALL_ENTRIES);
        DemEntry send = F.createDemEntry();
        dem.getEntries().add(send);
        Calendar calendar = dem;
        assertEquals(List.of(send), calendar.getAllEntries());
        assertSame(send, entries.last().getNewValue());
    }

    @Test
    void moneyIsBookedOnceAndAnnounced() {
        plan.setAction(F.createActionSection());
        plan.getAction().setBudget(F.createBudget());
        BudgetLine line = F.createBudgetLine();
        line.setAmount(Money.of("72000.00", "EUR"));
        plan.getAction().getBudget().getLines().add(line);
        Campaign campaign = F.createCampaign();
        plan.getAction().getCampaigns().add(campaign);
        MediaPlacement placement = F.createMediaPlacement();
        placement.setBudgetLine(line);
        campaign.getMediaPlan().add(placement);
        assertNull(line.getAllocated());
        Recorder allocated = new Recorder(line, Literals.BUDGET_LINE__ALLOCATED);
        Recorder spend = new Recorder(campaign, Literals.CAMPAIGN__PLANNED_SPEND);

        placement.setBookedAmount(Money.of("12000.00", "EUR"));
        assertEquals(Money.of("12000.00", "EUR"), line.getAllocated());
        assertEquals(Money.of("12000.00", "EUR"), allocated.last().getNewValue());
        assertEquals(Money.of("12000.00", "EUR"), campaign.getPlannedSpend());
        assertEquals(Money.of("12000.00", "EUR"), spend.last().getNewValue());
        assertEquals(List.of(placement), line.getBookings());

        // A flight that executes the placement and books it again is not counted twice.
        plan.setOperations(F.createOperationsSection());
        plan.getOperations().setAdvertisingCalendar(F.createAdvertisingCalendar());
        AdvertisingEntry flight = F.createAdvertisingEntry();
        flight.setBudgetLine(line);
        flight.setBookedAmount(Money.of("12000.00", "EUR"));
        plan.getOperations().getAdvertisingCalendar().getEntries().add(flight);
        assertEquals(Money.of("24000.00", "EUR"), line.getAllocated(), "without a placement it books its own");
        Recorder cost = new Recorder(flight, Literals.CALENDAR_ENTRY__PLANNED_COST);
        flight.setPlacement(placement);
        assertEquals(Money.of("12000.00", "EUR"), line.getAllocated(), "through the placement only");
        assertEquals(Money.of("12000.00", "EUR"), flight.getPlannedCost());
        assertEquals(Money.of("12000.00", "EUR"), cost.last().getNewValue());
        assertEquals(List.of(flight), placement.getCalendarEntries());

        placement.setBookedAmount(Money.of("15000.00", "EUR"));
        assertEquals(Money.of("15000.00", "EUR"), cost.last().getNewValue(), "the flight's cost follows its placement");

        // A line assigned to the campaign that no placement books from counts whole.
        BudgetLine creative = F.createBudgetLine();
        creative.setAmount(Money.of("14000.00", "EUR"));
        plan.getAction().getBudget().getLines().add(creative);
        creative.setCampaign(campaign);
        assertEquals(Money.of("29000.00", "EUR"), campaign.getPlannedSpend());
        assertEquals(Money.of("29000.00", "EUR"), spend.last().getNewValue());
        line.setCampaign(campaign); // booked from by a placement: only the placement's share counts
        assertEquals(Money.of("29000.00", "EUR"), campaign.getPlannedSpend());

        campaign.getMediaPlan().remove(placement);
        assertNull(line.getAllocated(), "a removed placement books nothing");
        assertEquals(Money.of("86000.00", "EUR"), campaign.getPlannedSpend(), "both lines now count whole");
    }

    @Test
    void objectivesJourneysAndSegmentsKnowWhatPointsAtThem() {
        SmartObjective objective = F.createSmartObjective();
        plan.getOpportunity().getObjectives().add(objective);
        TowsStrategy strategy = strategy("Pins", TowsCategory.SO);
        swot.getStrategies().add(strategy);
        assertEquals(List.of(), objective.getActivities());
        Recorder served = new Recorder(objective, Literals.SMART_OBJECTIVE__ACTIVITIES);
        plan.setAction(F.createActionSection());
        plan.getAction().setAlwaysOnPlan(F.createAlwaysOnPlan());
        AlwaysOnActivity activity = F.createAlwaysOnActivity();
        activity.getObjectives().add(objective);
        plan.getAction().getAlwaysOnPlan().getActivities().add(activity);
        assertEquals(List.of(activity), objective.getActivities());
        assertSame(activity, served.last().getNewValue(), "adding a linked subtree notifies too");
        objective.setStrategy(strategy);
        assertEquals(List.of(objective), strategy.getObjectives());

        CustomerJourney journey = F.createCustomerJourney();
        plan.getJourneys().add(journey);
        JourneyStage stage = F.createJourneyStage();
        journey.getStages().add(stage);
        Touchpoint pin = F.createTouchpoint();
        Touchpoint page = F.createTouchpoint();
        stage.getTouchpoints().addAll(List.of(pin, page));
        JourneyFlow flow = F.createJourneyFlow();
        flow.setSource(pin);
        flow.setTarget(page);
        Recorder incoming = new Recorder(page, Literals.TOUCHPOINT__INCOMING);
        journey.getFlows().add(flow);
        assertEquals(List.of(flow), pin.getOutgoing());
        assertEquals(List.of(flow), page.getIncoming());
        assertSame(flow, incoming.last().getNewValue());

        plan.setStrategy(F.createStrategySection());
        Segment parent = F.createSegment();
        Segment child = F.createSegment();
        plan.getStrategy().getSegments().addAll(List.of(parent, child));
        child.setParent(parent);
        assertEquals(List.of(child), parent.getSubsegments());
    }

    @Test
    void storesAndEventsAreOffline() {
        Channel store = F.createChannel();
        plan.getChannels().add(store);
        assertTrue(store.isOnline(), "an unclassified channel counts online");
        Recorder online = new Recorder(store, Literals.CHANNEL__ONLINE); // the read above installed the adapter
        store.setCategory(ChannelCategory.PHYSICAL_STORE);
        assertFalse(store.isOnline());
        assertEquals(Boolean.FALSE, online.last().getNewValue());
    }

    @Test
    void aPlanInAResourceHasOneAdapterOnTheResource() {
        Resource resource = PlanFiles.newResourceSet().createResource(URI.createURI("memory:/plan.mplan"));
        resource.getContents().add(plan);
        TowsStrategy pins = strategy("Pins", TowsCategory.SO);
        swot.getStrategies().add(pins);
        pins.getSwotItems().add(strength);
        assertEquals(List.of(pins), strength.getStrategies());
        PlanCrossReferences adapter = PlanCrossReferences.of(strength);
        assertTrue(resource.eAdapters().contains(adapter), "installed on the resource");
        assertSame(adapter, PlanCrossReferences.of(plan));
        assertEquals(1, strength.eAdapters().stream().filter(PlanCrossReferences.class::isInstance).count());
    }

    @Test
    void anInverseFeatureListsItsSourcesInPlanOrderWhateverTheOrderTheyWereLinkedIn() {
        SmartObjective objective = F.createSmartObjective();
        plan.getOpportunity().getObjectives().add(objective);
        OperationsSection operations = F.createOperationsSection();
        plan.setOperations(operations);
        operations.setEditorialCalendar(F.createEditorialCalendar());
        operations.setAdvertisingCalendar(F.createAdvertisingCalendar());
        List<CalendarEntry> linked = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            EditorialEntry editorial = F.createEditorialEntry();
            editorial.setName("post " + i);
            operations.getEditorialCalendar().getEntries().add(editorial);
            AdvertisingEntry advert = F.createAdvertisingEntry();
            advert.setName("advert " + i);
            operations.getAdvertisingCalendar().getEntries().add(advert);
            if (i % 7 == 3) {
                linked.add(editorial);
                linked.add(advert);
            }
        }
        // Linked backwards and alternating between the two calendars.
        java.util.Collections.reverse(linked);
        linked.forEach(entry -> entry.setObjective(objective));

        List<EObject> walk = new java.util.ArrayList<>();
        plan.eAllContents().forEachRemaining(element -> {
            if (element instanceof CalendarEntry entry && entry.getObjective() == objective) {
                walk.add(entry);
            }
        });
        assertEquals(86, walk.size());
        assertEquals(walk, List.copyOf(objective.getCalendarEntries()), "the order of a depth-first walk of the plan");
    }
}
