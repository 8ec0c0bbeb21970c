package org.tactician.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AutomationPlan;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.Calendar;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Channel;
import org.tactician.model.Channels;
import org.tactician.model.CroPlan;
import org.tactician.model.DemCalendar;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.LoyaltyPlan;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.OperationsSection;
import org.tactician.model.PlanCrossReferences;
import org.tactician.model.PlanMoney;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;

/**
 * Bodies of the derived features and operations of the plan model. The generated getters delegate
 * here (through GenModel "get" and "body" annotations in tactician.ecore), so no generated file is
 * edited by hand. Inverse features are answered by the plan's {@link PlanCrossReferences}, which
 * also notifies the changes of every derived feature; each query makes sure it is installed.
 * Results are unmodifiable and in plan order.
 */
public final class PlanQueries {

    /** Each inverse derived feature and the reference it is the inverse of. */
    static final Map<EReference, EReference> INVERSES = new HashMap<>();

    static {
        INVERSES.put(Literals.SWOT_ITEM__STRATEGIES, Literals.TOWS_STRATEGY__SWOT_ITEMS);
        INVERSES.put(Literals.TOWS_STRATEGY__OBJECTIVES, Literals.SMART_OBJECTIVE__STRATEGY);
        INVERSES.put(Literals.SMART_OBJECTIVE__ACTIVITIES, Literals.ACTIVITY__OBJECTIVES);
        INVERSES.put(Literals.SMART_OBJECTIVE__CAMPAIGNS, Literals.CAMPAIGN__OBJECTIVES);
        INVERSES.put(Literals.SMART_OBJECTIVE__CALENDAR_ENTRIES, Literals.CALENDAR_ENTRY__OBJECTIVE);
        INVERSES.put(Literals.SMART_OBJECTIVE__QUARTERLY_OBJECTIVES, Literals.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE);
        INVERSES.put(Literals.SEGMENT__SUBSEGMENTS, Literals.SEGMENT__PARENT);
        INVERSES.put(Literals.PERSONA__TOUCHPOINTS, Literals.TOUCHPOINT__PERSONAS);
        INVERSES.put(Literals.BUDGET_LINE__BOOKINGS, Literals.BUDGET_BOOKING__BUDGET_LINE);
        INVERSES.put(Literals.CAMPAIGN__EDITORIAL_PLAN, Literals.CALENDAR_ENTRY__CAMPAIGN);
        INVERSES.put(Literals.CAMPAIGN__CALENDAR_ENTRIES, Literals.CALENDAR_ENTRY__CAMPAIGN);
        INVERSES.put(Literals.CAMPAIGN__ACTIVITIES, Literals.ACTIVITY__CAMPAIGN);
        INVERSES.put(Literals.MEDIA_PLACEMENT__CALENDAR_ENTRIES, Literals.CALENDAR_ENTRY__PLACEMENT);
        INVERSES.put(Literals.QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES, Literals.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE);
        INVERSES.put(Literals.TOUCHPOINT__OUTGOING, Literals.JOURNEY_FLOW__SOURCE);
        INVERSES.put(Literals.TOUCHPOINT__INCOMING, Literals.JOURNEY_FLOW__TARGET);
    }

    /** The derived cell feature of each SWOT list and TOWS cell, and of each canvas block. */
    private static final Map<SwotCategory, EReference> SWOT_CELLS = Map.of(SwotCategory.STRENGTH,
            Literals.SWOT_ANALYSIS__STRENGTHS, SwotCategory.WEAKNESS, Literals.SWOT_ANALYSIS__WEAKNESSES,
            SwotCategory.OPPORTUNITY, Literals.SWOT_ANALYSIS__OPPORTUNITIES, SwotCategory.THREAT,
            Literals.SWOT_ANALYSIS__THREATS);
    private static final Map<TowsCategory, EReference> TOWS_CELLS = Map.of(TowsCategory.SO,
            Literals.SWOT_ANALYSIS__SO_STRATEGIES, TowsCategory.WO, Literals.SWOT_ANALYSIS__WO_STRATEGIES,
            TowsCategory.ST, Literals.SWOT_ANALYSIS__ST_STRATEGIES, TowsCategory.WT,
            Literals.SWOT_ANALYSIS__WT_STRATEGIES);
    private static final Map<CanvasBlock, EReference> CANVAS_BLOCKS = Map.of(CanvasBlock.KEY_PARTNERS,
            Literals.BUSINESS_MODEL_CANVAS__KEY_PARTNERS, CanvasBlock.KEY_ACTIVITIES,
            Literals.BUSINESS_MODEL_CANVAS__KEY_ACTIVITIES, CanvasBlock.KEY_RESOURCES,
            Literals.BUSINESS_MODEL_CANVAS__KEY_RESOURCES, CanvasBlock.VALUE_PROPOSITIONS,
            Literals.BUSINESS_MODEL_CANVAS__VALUE_PROPOSITIONS, CanvasBlock.CUSTOMER_RELATIONSHIPS,
            Literals.BUSINESS_MODEL_CANVAS__CUSTOMER_RELATIONSHIPS, CanvasBlock.CHANNELS,
            Literals.BUSINESS_MODEL_CANVAS__CHANNELS, CanvasBlock.CUSTOMER_SEGMENTS,
            Literals.BUSINESS_MODEL_CANVAS__CUSTOMER_SEGMENTS, CanvasBlock.COST_STRUCTURE,
            Literals.BUSINESS_MODEL_CANVAS__COST_STRUCTURE, CanvasBlock.REVENUE_STREAMS,
            Literals.BUSINESS_MODEL_CANVAS__REVENUE_STREAMS);

    private PlanQueries() {
    }

    /** The reference whose inverse {@code derived} is, or null when it is not an inverse feature. */
    public static EReference sourceOf(EReference derived) {
        return INVERSES.get(derived);
    }

    /** The derived cell feature that lists {@code category}'s items. */
    public static EReference cellOf(SwotCategory category) {
        return SWOT_CELLS.get(category);
    }

    /** The derived cell feature that lists {@code category}'s strategies. */
    public static EReference cellOf(TowsCategory category) {
        return TOWS_CELLS.get(category);
    }

    /** The derived block feature that lists {@code block}'s items. */
    public static EReference blockOf(CanvasBlock block) {
        return CANVAS_BLOCKS.get(block);
    }

    // ---------------------------------------------------------------- inverse features

    /**
     * The value of the inverse feature {@code derived} of {@code target}: the elements whose
     * source reference points at it and that are of the feature's type, in plan order.
     */
    public static <T> EList<T> inverse(EObject target, EReference derived) {
        EReference source = INVERSES.get(derived);
        if (source == null) {
            throw new IllegalArgumentException(derived.getName() + " is not an inverse feature");
        }
        List<EObject> result = new ArrayList<>(new LinkedHashSet<>(
                PlanCrossReferences.of(target).sources(target, source)));
        result.removeIf(element -> !derived.getEReferenceType().isInstance(element));
        sortInPlanOrder(result);
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) result;
        return unmodifiable(target, derived, typed);
    }

    /**
     * Sorts {@code elements} as a depth-first walk of the plan meets them (list order within each
     * list). Each element's containment path is worked out once, not once per comparison: EMF checks
     * every reference of every element, these inverse features too, so in a large plan this sort
     * runs for every objective and budget line, and finding an element's position in a list of
     * thousands of calendar entries or bookings per comparison was a quarter of a whole validation.
     */
    static void sortInPlanOrder(List<EObject> elements) {
        if (elements.size() < 2) {
            return;
        }
        Map<EObject, int[]> paths = new IdentityHashMap<>();
        for (EObject element : elements) {
            paths.put(element, path(element));
        }
        // Lexicographic, a path before the paths it is a prefix of: a parent before its children.
        elements.sort((a, b) -> Arrays.compare(paths.get(a), paths.get(b)));
    }

    /** The containment path from the root: the feature id and list position of every step. */
    private static int[] path(EObject object) {
        int depth = 0;
        for (EObject child = object; child.eContainer() != null; child = child.eContainer()) {
            depth++;
        }
        int[] steps = new int[depth * 2];
        int step = steps.length;
        for (EObject child = object; child.eContainer() != null; child = child.eContainer()) {
            EObject parent = child.eContainer();
            EReference feature = child.eContainmentFeature();
            steps[--step] = feature.isMany() ? ((List<?>) parent.eGet(feature, false)).indexOf(child) : 0;
            steps[--step] = parent.eClass().getFeatureID(feature);
        }
        return steps;
    }

    // ---------------------------------------------------------------- TOWS cells and canvas blocks

    /** The items of {@code swot} in {@code category}'s list, in list order. */
    public static EList<SwotItem> itemsOf(SwotAnalysis swot, SwotCategory category) {
        PlanCrossReferences.of(swot);
        List<SwotItem> result = new ArrayList<>();
        for (SwotItem item : swot.getItems()) {
            if (item.isSetCategory() && item.getCategory() == category) {
                result.add(item);
            }
        }
        return unmodifiable(swot, SWOT_CELLS.get(category), result);
    }

    /** The strategies of {@code swot} in the TOWS cell {@code category}, in list order. */
    public static EList<TowsStrategy> strategiesOf(SwotAnalysis swot, TowsCategory category) {
        PlanCrossReferences.of(swot);
        List<TowsStrategy> result = new ArrayList<>();
        for (TowsStrategy strategy : swot.getStrategies()) {
            if (strategy.isSetCategory() && strategy.getCategory() == category) {
                result.add(strategy);
            }
        }
        return unmodifiable(swot, TOWS_CELLS.get(category), result);
    }

    /** The items of {@code canvas} in {@code block}, in list order. */
    public static EList<CanvasItem> itemsOf(BusinessModelCanvas canvas, CanvasBlock block) {
        PlanCrossReferences.of(canvas);
        List<CanvasItem> result = new ArrayList<>();
        for (CanvasItem item : canvas.getItems()) {
            if (item.isSetBlock() && item.getBlock() == block) {
                result.add(item);
            }
        }
        return unmodifiable(canvas, CANVAS_BLOCKS.get(block), result);
    }

    // ---------------------------------------------------------------- calendars

    /** Every entry of {@code calendar}: the entries list of its concrete kind. */
    public static EList<CalendarEntry> allEntries(Calendar calendar) {
        PlanCrossReferences.of(calendar);
        List<? extends CalendarEntry> entries = switch (calendar) {
            case EditorialCalendar editorial -> editorial.getEntries();
            case AdvertisingCalendar advertising -> advertising.getEntries();
            case DemCalendar dem -> dem.getEntries();
            case AutomationPlan automations -> automations.getEntries();
            case CroPlan cro -> cro.getEntries();
            case LoyaltyPlan loyalty -> loyalty.getEntries();
            default -> List.of();
        };
        return unmodifiable(calendar, Literals.CALENDAR__ALL_ENTRIES, new ArrayList<>(entries));
    }

    /** The calendars of {@code operations} that exist, in document order. */
    public static EList<Calendar> calendars(OperationsSection operations) {
        PlanCrossReferences.of(operations);
        List<Calendar> result = new ArrayList<>();
        for (Calendar calendar : new Calendar[] {operations.getEditorialCalendar(), operations.getAdvertisingCalendar(),
            operations.getDemCalendar(), operations.getAutomationPlan(), operations.getCroPlan(),
            operations.getLoyaltyPlan()}) {
            if (calendar != null) {
                result.add(calendar);
            }
        }
        return unmodifiable(operations, Literals.OPERATIONS_SECTION__CALENDARS, result);
    }

    // ---------------------------------------------------------------- money

    /**
     * The sum of the monthly phasing of {@code line}; null when there is no phasing or when the
     * months mix currencies (validation reports that; a getter must not throw in an editor).
     */
    public static Money phasedTotal(BudgetLine line) {
        PlanCrossReferences.of(line);
        Money total = null;
        for (MonthlyAmount month : line.getPhasing()) {
            Money amount = month.getAmount();
            if (amount == null) {
                continue;
            }
            if (total == null) {
                total = amount;
            } else if (!total.currency().equals(amount.currency())) {
                return null;
            } else {
                total = total.plus(amount);
            }
        }
        return total;
    }

    /** A line's amount, else its phased total; null when it has neither. */
    public static Money amountOf(BudgetLine line) {
        return PlanMoney.amountOf(line);
    }

    /** What is booked on {@code line} in its currency; null when nothing is. */
    public static Money allocated(BudgetLine line) {
        String currency = line.getAmount() != null ? line.getAmount().currency() : null;
        Money total = null;
        for (EObject element : PlanCrossReferences.of(line).sources(line, Literals.BUDGET_BOOKING__BUDGET_LINE)) {
            BudgetBooking booking = (BudgetBooking) element;
            if (!PlanMoney.booksOwnAmount(booking)) {
                continue;
            }
            Money amount = booking.getBookedAmount();
            if (currency == null) {
                currency = amount.currency();
            }
            if (amount.currency().equals(currency)) {
                total = total == null ? amount : total.plus(amount);
            }
        }
        return total;
    }

    /**
     * What {@code campaign} spends (see {@link PlanMoney#plannedSpend}); the lines assigned to it
     * are found through the plan's cross references.
     */
    public static Money plannedSpend(Campaign campaign) {
        List<BudgetLine> lines = new ArrayList<>();
        for (EObject element : PlanCrossReferences.of(campaign).sources(campaign, Literals.BUDGET_LINE__CAMPAIGN)) {
            lines.add((BudgetLine) element);
        }
        return PlanMoney.plannedSpend(campaign, lines, currencyOf(campaign));
    }

    /** What {@code entry} costs: the amount its placement books, else its own booked amount. */
    public static Money plannedCost(CalendarEntry entry) {
        PlanCrossReferences.of(entry);
        return PlanMoney.costOf(entry);
    }

    /** The currency of the plan {@code element} belongs to; null when it has none. */
    private static String currencyOf(EObject element) {
        if (EcoreUtil.getRootContainer(element) instanceof MarketingPlan plan && plan.getCurrency() != null
                && plan.getCurrency().matches("[A-Z]{3}")) {
            return plan.getCurrency();
        }
        return null;
    }

    // ---------------------------------------------------------------- channels

    /** Whether results on {@code channel} count in the online total: all but physical stores and events. */
    public static boolean isOnline(Channel channel) {
        PlanCrossReferences.of(channel);
        return Channels.isOnline(channel);
    }

    private static <T> EList<T> unmodifiable(EObject owner, EStructuralFeature feature, List<T> values) {
        return new EcoreEList.UnmodifiableEList<>((InternalEObject) owner, feature, values.size(), values.toArray());
    }
}
