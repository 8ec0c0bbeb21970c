package org.tactician.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.Calendar;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Channel;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaPlacement;
import org.tactician.model.OperationsSection;
import org.tactician.model.PlanCrossReferences;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;

/**
 * Turns a change of a stored feature into the notifications of the derived features it affects
 * (see {@link PlanCrossReferences}): inverse lists gain or lose the changed element, TOWS cells
 * and canvas blocks follow their items' categories, money figures are announced with their new
 * value.
 */
public final class DerivedNotifications {

    /** Source reference → the inverse derived features on its targets. */
    private static final Map<EReference, List<EReference>> INVERSES_BY_SOURCE = new HashMap<>();

    static {
        PlanQueries.INVERSES.forEach((derived, source) ->
                INVERSES_BY_SOURCE.computeIfAbsent(source, key -> new ArrayList<>()).add(derived));
    }

    private DerivedNotifications() {
    }

    /** Sends the derived notifications {@code notification} implies. */
    public static void fire(Notification notification) {
        if (notification.isTouch() || !(notification.getNotifier() instanceof InternalEObject source)
                || !(notification.getFeature() instanceof EStructuralFeature feature) || feature.isDerived()) {
            return;
        }
        List<EReference> inverses = INVERSES_BY_SOURCE.get(feature);
        if (inverses != null) {
            removed(notification, target -> inverse(target, Notification.REMOVE, inverses, source));
            added(notification, target -> inverse(target, Notification.ADD, inverses, source));
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            removed(notification, child -> subtree(child, Notification.REMOVE));
            added(notification, child -> subtree(child, Notification.ADD));
            container(source, reference, notification);
        }
        values(source, feature, notification);
    }

    // ---------------------------------------------------------------- inverse lists

    private static void inverse(EObject target, int type, List<EReference> derivedFeatures, EObject source) {
        for (EReference derived : derivedFeatures) {
            if (derived.getEContainingClass().isInstance(target) && derived.getEReferenceType().isInstance(source)) {
                send(target, type, derived, source);
            }
        }
    }

    /** A subtree joins or leaves the plan: its references join or leave their targets' inverse lists. */
    private static void subtree(EObject root, int type) {
        List<EObject> elements = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(elements::add);
        for (EObject element : elements) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                List<EReference> inverses = INVERSES_BY_SOURCE.get(reference);
                if (inverses == null || !element.eIsSet(reference)) {
                    continue;
                }
                for (EObject target : values(element.eGet(reference, false))) {
                    inverse(target, type, inverses, element);
                }
            }
            if (element instanceof BudgetBooking booking && booking.getBudgetLine() != null) {
                set(booking.getBudgetLine(), Literals.BUDGET_LINE__ALLOCATED);
            }
            if (element instanceof BudgetLine line && line.getCampaign() != null) {
                set(line.getCampaign(), Literals.CAMPAIGN__PLANNED_SPEND);
            }
        }
    }

    // ---------------------------------------------------------------- lists grouped by a category

    private static void container(EObject owner, EReference reference, Notification notification) {
        if (reference == Literals.SWOT_ANALYSIS__ITEMS) {
            removed(notification, item -> cell(owner, item, ((SwotItem) item).isSetCategory()
                    ? PlanQueries.cellOf(((SwotItem) item).getCategory()) : null, Notification.REMOVE));
            added(notification, item -> cell(owner, item, ((SwotItem) item).isSetCategory()
                    ? PlanQueries.cellOf(((SwotItem) item).getCategory()) : null, Notification.ADD));
        } else if (reference == Literals.SWOT_ANALYSIS__STRATEGIES) {
            removed(notification, strategy -> cell(owner, strategy, ((TowsStrategy) strategy).isSetCategory()
                    ? PlanQueries.cellOf(((TowsStrategy) strategy).getCategory()) : null, Notification.REMOVE));
            added(notification, strategy -> cell(owner, strategy, ((TowsStrategy) strategy).isSetCategory()
                    ? PlanQueries.cellOf(((TowsStrategy) strategy).getCategory()) : null, Notification.ADD));
        } else if (reference == Literals.BUSINESS_MODEL_CANVAS__ITEMS) {
            removed(notification, item -> cell(owner, item, ((CanvasItem) item).isSetBlock()
                    ? PlanQueries.blockOf(((CanvasItem) item).getBlock()) : null, Notification.REMOVE));
            added(notification, item -> cell(owner, item, ((CanvasItem) item).isSetBlock()
                    ? PlanQueries.blockOf(((CanvasItem) item).getBlock()) : null, Notification.ADD));
        } else if (owner instanceof Calendar && reference.getEReferenceType() != null
                && Literals.CALENDAR_ENTRY.isSuperTypeOf(reference.getEReferenceType())) {
            removed(notification, entry -> send(owner, Notification.REMOVE, Literals.CALENDAR__ALL_ENTRIES, entry));
            added(notification, entry -> send(owner, Notification.ADD, Literals.CALENDAR__ALL_ENTRIES, entry));
        } else if (owner instanceof OperationsSection operations
                && Literals.CALENDAR.isSuperTypeOf(reference.getEReferenceType())) {
            send(owner, Notification.SET, Literals.OPERATIONS_SECTION__CALENDARS, operations.getCalendars());
        } else if (reference == Literals.CAMPAIGN__MEDIA_PLAN) {
            set(owner, Literals.CAMPAIGN__PLANNED_SPEND);
        } else if (reference == Literals.BUDGET_LINE__PHASING) {
            phasing((BudgetLine) owner);
        }
    }

    private static void cell(EObject owner, EObject element, EReference cell, int type) {
        if (cell != null) {
            send(owner, type, cell, element);
        }
    }

    // ---------------------------------------------------------------- values

    private static void values(InternalEObject source, EStructuralFeature feature, Notification notification) {
        if (feature == Literals.SWOT_ITEM__CATEGORY && source.eContainer() instanceof SwotAnalysis swot) {
            recategorised(swot, source, notification, value -> PlanQueries.cellOf((SwotCategory) value));
        } else if (feature == Literals.TOWS_STRATEGY__CATEGORY && source.eContainer() instanceof SwotAnalysis swot) {
            recategorised(swot, source, notification, value -> PlanQueries.cellOf((TowsCategory) value));
        } else if (feature == Literals.CANVAS_ITEM__BLOCK && source.eContainer() instanceof BusinessModelCanvas canvas) {
            recategorised(canvas, source, notification, value -> PlanQueries.blockOf((CanvasBlock) value));
        } else if (feature == Literals.CHANNEL__CATEGORY) {
            send(source, Notification.SET, Literals.CHANNEL__ONLINE, ((Channel) source).isOnline());
        } else if (feature == Literals.BUDGET_BOOKING__BUDGET_LINE) {
            for (EObject line : values(notification.getOldValue())) {
                set(line, Literals.BUDGET_LINE__ALLOCATED);
            }
            for (EObject line : values(notification.getNewValue())) {
                set(line, Literals.BUDGET_LINE__ALLOCATED);
            }
            if (source instanceof MediaPlacement && source.eContainer() instanceof Campaign campaign) {
                set(campaign, Literals.CAMPAIGN__PLANNED_SPEND);
            }
        } else if (feature == Literals.BUDGET_BOOKING__BOOKED_AMOUNT) {
            BudgetBooking booking = (BudgetBooking) source;
            if (booking.getBudgetLine() != null) {
                set(booking.getBudgetLine(), Literals.BUDGET_LINE__ALLOCATED);
            }
            if (source instanceof CalendarEntry) {
                set(source, Literals.CALENDAR_ENTRY__PLANNED_COST);
            }
            if (source instanceof MediaPlacement placement) {
                if (placement.eContainer() instanceof Campaign campaign) {
                    set(campaign, Literals.CAMPAIGN__PLANNED_SPEND);
                }
                for (EObject entry : PlanCrossReferences.of(placement).sources(placement, Literals.CALENDAR_ENTRY__PLACEMENT)) {
                    set(entry, Literals.CALENDAR_ENTRY__PLANNED_COST);
                }
            }
        } else if (feature == Literals.CALENDAR_ENTRY__PLACEMENT) {
            set(source, Literals.CALENDAR_ENTRY__PLANNED_COST);
            BudgetLine line = ((CalendarEntry) source).getBudgetLine();
            if (line != null) {
                set(line, Literals.BUDGET_LINE__ALLOCATED);
            }
        } else if (feature == Literals.BUDGET_LINE__AMOUNT) {
            BudgetLine line = (BudgetLine) source;
            set(line, Literals.BUDGET_LINE__ALLOCATED);
            if (line.getCampaign() != null) {
                set(line.getCampaign(), Literals.CAMPAIGN__PLANNED_SPEND);
            }
        } else if (feature == Literals.BUDGET_LINE__CAMPAIGN) {
            for (EObject campaign : values(notification.getOldValue())) {
                set(campaign, Literals.CAMPAIGN__PLANNED_SPEND);
            }
            for (EObject campaign : values(notification.getNewValue())) {
                set(campaign, Literals.CAMPAIGN__PLANNED_SPEND);
            }
        } else if (feature == Literals.MONTHLY_AMOUNT__AMOUNT && source.eContainer() instanceof BudgetLine line) {
            phasing(line);
        } else if (feature == Literals.MARKETING_PLAN__CURRENCY && ((MarketingPlan) source).getAction() != null) {
            for (Campaign campaign : ((MarketingPlan) source).getAction().getCampaigns()) {
                set(campaign, Literals.CAMPAIGN__PLANNED_SPEND);
            }
        }
    }

    /** An element changed its category: it leaves its old cell and joins its new one. */
    private static void recategorised(EObject owner, EObject element, Notification notification,
            java.util.function.Function<Object, EReference> cellOf) {
        Object before = notification.wasSet() ? notification.getOldValue() : null;
        Object after = element.eIsSet((EStructuralFeature) notification.getFeature()) ? notification.getNewValue() : null;
        if (before != null && before.equals(after)) {
            return;
        }
        if (before != null) {
            send(owner, Notification.REMOVE, cellOf.apply(before), element);
        }
        if (after != null) {
            send(owner, Notification.ADD, cellOf.apply(after), element);
        }
    }

    private static void phasing(BudgetLine line) {
        set(line, Literals.BUDGET_LINE__PHASED_TOTAL);
        if (line.getCampaign() != null) {
            set(line.getCampaign(), Literals.CAMPAIGN__PLANNED_SPEND);
        }
    }

    // ---------------------------------------------------------------- sending

    /** Announces the current value of the derived attribute {@code feature} of {@code owner}. */
    private static void set(EObject owner, EStructuralFeature feature) {
        if (feature.getEContainingClass().isInstance(owner)) {
            send(owner, Notification.SET, feature, owner.eGet(feature));
        }
    }

    private static void send(EObject owner, int type, EStructuralFeature feature, Object value) {
        InternalEObject target = (InternalEObject) owner;
        if (!target.eNotificationRequired()) {
            return;
        }
        Object old = type == Notification.REMOVE ? value : null;
        Object added = type == Notification.REMOVE ? null : value;
        target.eNotify(new ENotificationImpl(target, type, feature, old, added));
    }

    private static void removed(Notification notification, Consumer<EObject> action) {
        switch (notification.getEventType()) {
            case Notification.SET, Notification.UNSET, Notification.REMOVE, Notification.REMOVE_MANY -> {
                if (notification.getEventType() == Notification.SET && notification.getOldValue() == notification.getNewValue()) {
                    return;
                }
                values(notification.getOldValue()).forEach(action);
            }
            default -> {
                // nothing left
            }
        }
    }

    private static void added(Notification notification, Consumer<EObject> action) {
        switch (notification.getEventType()) {
            case Notification.SET, Notification.ADD, Notification.ADD_MANY -> {
                if (notification.getEventType() == Notification.SET && notification.getOldValue() == notification.getNewValue()) {
                    return;
                }
                values(notification.getNewValue()).forEach(action);
            }
            default -> {
                // nothing joined
            }
        }
    }

    /** The elements in a notification value: none, one, or a collection of them. */
    private static List<EObject> values(Object value) {
        if (value instanceof EObject element) {
            return List.of(element);
        }
        if (value instanceof Collection<?> collection) {
            List<EObject> result = new ArrayList<>();
            for (Object item : collection) {
                if (item instanceof EObject element) {
                    result.add(element);
                }
            }
            return result;
        }
        return List.of();
    }
}
