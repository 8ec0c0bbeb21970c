package org.tactician.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.Budget;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.ConversionForecast;
import org.tactician.model.ForecastInput;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage.Literals;

/**
 * What the rules read beyond the element they check, turned around: given a change, the
 * elements whose findings it can alter. Kept beside the rules so that a rule that starts to read
 * something new is answered here too (the scope test fails otherwise).
 *
 * <ul>
 * <li>every rule reads its own element, and messages name the elements it points at: the changed
 * element, the elements that point at it (and at those, as a quarterly objective reads its annual
 * objective's KPI and channel), and the elements it points at;</li>
 * <li>the plan's coverage rules read every objective and activity: the ancestors of a change,
 * which end at the plan;</li>
 * <li>bookings, quarterly breakdowns, reached personas and journey flows are read from the
 * element that points at the budget line, annual objective, persona or touchpoint: the old and
 * new targets of a changed link, and what an added or removed element points at;</li>
 * <li>a touchpoint is judged by its stage's RACE stage: a stage's touchpoints;</li>
 * <li>names must be unique in some lists: the namesakes of an old and a new name; unnamed
 * children, and duplicate names, are reported with their container's name: a renamed element's
 * unnamed children and the children of its unique-name lists;</li>
 * <li>the forecast check of every (quarterly) objective and the profitability rules of the
 * forecast read the whole conversion forecast, and the forecast reads its inputs and profit
 * assumptions, the budget (lines, phasing, bookings, the campaigns that date them), the channels
 * and the segments;</li>
 * <li>the plan's period and currency are read by every dated or priced element: a change of the
 * plan's own values, or of its resource's contents, re-validates everything.</li>
 * </ul>
 */
public final class Dependencies {

    private static final Map<EClass, List<EReference>> LINKS = new ConcurrentHashMap<>();

    /**
     * The values (besides links and contained elements, and names, which have their own facet)
     * that {@link PlanIndex} reads: a change of one makes the kept index stale.
     */
    private static final Set<String> INDEXED_VALUES = Set.of("raceStage", "trigger", "purchase", "bookedAmount", "amount");

    private final ECrossReferenceAdapter references;
    private final Set<EObject> affected;
    private final Set<EObject> removed;
    private final ReusableFacts facts;

    /**
     * Collects into {@code affected} and {@code removed}, and makes {@code facts} forget what a
     * change invalidates.
     *
     * @param references the cross-reference adapter of the plan's resource set, for who points at what
     */
    public Dependencies(ECrossReferenceAdapter references, Set<EObject> affected, Set<EObject> removed,
            ReusableFacts facts) {
        this.references = Objects.requireNonNull(references, "references");
        this.affected = affected;
        this.removed = removed;
        this.facts = facts;
    }

    /**
     * Adds what {@code change} can affect. Call it before the cross-reference adapter has seen
     * the change, so that who pointed at a removed element is still known.
     *
     * @return false when the change can affect the whole plan (nothing was added then)
     */
    public boolean add(Notification change) {
        if (change.isTouch() || change.getEventType() == Notification.REMOVING_ADAPTER
                || change.getEventType() == Notification.RESOLVE) {
            return true;
        }
        if (change.getNotifier() instanceof Resource) {
            if (change.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
                facts.forget();
                return false;
            }
            return true;
        }
        if (!(change.getNotifier() instanceof EObject owner)
                || !(change.getFeature() instanceof EStructuralFeature feature)) {
            return true;
        }
        if (owner instanceof MarketingPlan && feature instanceof EAttribute) {
            facts.forget();
            return false; // period, currency: read by every dated or priced element
        }
        if (feature instanceof EReference || INDEXED_VALUES.contains(feature.getName())) {
            facts.forgetIndex();
        } else if (feature == Literals.NAMED_ELEMENT__NAME) {
            facts.forgetNames();
        }
        addWithNeighbours(owner);
        if (owner instanceof JourneyStage stage) {
            affected.addAll(stage.getTouchpoints());
        }
        boolean forecast = feedsForecast(owner);
        if (feature instanceof EReference reference) {
            for (EObject value : values(change.getOldValue())) {
                forecast |= isForecast(value);
                if (reference.isContainment()) {
                    addRemoved(value);
                    addNamesakes(owner, reference, value);
                } else {
                    affected.add(value);
                }
            }
            for (EObject value : values(change.getNewValue())) {
                forecast |= isForecast(value);
                if (reference.isContainment()) {
                    addAdded(value);
                    addNamesakes(owner, reference, value);
                } else {
                    affected.add(value);
                }
            }
        }
        if (feature == Literals.NAMED_ELEMENT__NAME) {
            if (owner.eContainmentFeature() != null) {
                addNamesakes(owner.eContainer(), owner.eContainmentFeature(), change.getOldStringValue());
                addNamesakes(owner.eContainer(), owner.eContainmentFeature(), change.getNewStringValue());
            }
            // Unnamed children are labelled after their container ("phasing for 2027-03 of ..."), and
            // duplicate names are reported with the list's owner ("in the stages of journey ...").
            for (EObject child : owner.eContents()) {
                if (!(child instanceof NamedElement) || NamingRules.UNIQUE_NAMES.contains(child.eContainmentFeature())) {
                    affected.add(child);
                }
            }
        }
        if (forecast) {
            facts.forget();
            if (EcoreUtil.getRootContainer(owner) instanceof MarketingPlan plan) {
                addForecastReaders(plan);
            }
        }
        return true;
    }

    private void addWithNeighbours(EObject element) {
        for (EObject ancestor = element; ancestor != null; ancestor = ancestor.eContainer()) {
            affected.add(ancestor);
        }
        // Two hops: a quarterly objective reads its annual objective's KPI and channel.
        for (EObject referrer : referrersOf(element)) {
            affected.add(referrer);
            affected.addAll(referrersOf(referrer));
        }
        affected.addAll(targetsOf(element));
    }

    private void addReferrers(EObject element) {
        affected.addAll(referrersOf(element));
    }

    private List<EObject> referrersOf(EObject element) {
        Collection<EStructuralFeature.Setting> settings = references.getNonNavigableInverseReferences(element, false);
        List<EObject> referrers = new ArrayList<>(settings.size());
        for (EStructuralFeature.Setting setting : settings) {
            referrers.add(setting.getEObject());
        }
        return referrers;
    }

    private void addAdded(EObject element) {
        addWithNeighbours(element);
        for (var contents = element.eAllContents(); contents.hasNext();) {
            EObject child = contents.next();
            affected.add(child);
            affected.addAll(targetsOf(child));
        }
    }

    private void addRemoved(EObject element) {
        removed.add(element);
        addReferrers(element);
        affected.addAll(targetsOf(element));
        for (var contents = element.eAllContents(); contents.hasNext();) {
            EObject child = contents.next();
            removed.add(child);
            addReferrers(child);
            affected.addAll(targetsOf(child));
        }
    }

    private void addNamesakes(EObject container, EReference list, EObject element) {
        if (element instanceof NamedElement named) {
            addNamesakes(container, list, named.getName());
        }
    }

    /** The elements of the list whose name compares equal to {@code name}, when names must be unique there. */
    private void addNamesakes(EObject container, EStructuralFeature list, String name) {
        String key = NamingRules.key(name);
        if (key == null || container == null || !NamingRules.UNIQUE_NAMES.contains(list) || !list.isMany()) {
            return;
        }
        for (Object sibling : (List<?>) container.eGet(list)) {
            if (sibling instanceof NamedElement named && key.equals(NamingRules.key(named.getName()))) {
                affected.add(named);
            }
        }
    }

    private void addForecastReaders(MarketingPlan plan) {
        if (plan.getOpportunity() != null) {
            affected.addAll(plan.getOpportunity().getObjectives());
            // the profitability rules judge the forecast as a whole (margins, negative months)
            if (plan.getOpportunity().getForecast() != null) {
                affected.add(plan.getOpportunity().getForecast());
            }
        }
        if (plan.getOperations() != null) {
            affected.addAll(plan.getOperations().getQuarterlyObjectives());
        }
    }

    private static boolean isForecast(EObject value) {
        return value instanceof ForecastInput || value instanceof ConversionForecast || value instanceof Budget
                || value instanceof BudgetLine || value instanceof MonthlyAmount || value instanceof Campaign
                || value instanceof Channel || value instanceof Segment || value instanceof BudgetBooking;
    }

    /**
     * Whether a change of {@code element} can change the conversion forecast: its inputs and profit
     * assumptions, the budget it is charged with (lines, their phasing, the bookings on them, the
     * campaigns that date them), and the channels and segments it is cut by (an objective's
     * "online total" follows the channels' kind; assumptions follow the segment tree).
     */
    private static boolean feedsForecast(EObject element) {
        if (element instanceof Campaign || element instanceof Channel || element instanceof Segment
                || element instanceof BudgetBooking) {
            return true;
        }
        for (EObject ancestor = element; ancestor != null; ancestor = ancestor.eContainer()) {
            if (ancestor instanceof ConversionForecast || ancestor instanceof Budget) {
                return true;
            }
        }
        return false;
    }

    /** What {@code element} points at through its stored, non-containment references. */
    private static Collection<EObject> targetsOf(EObject element) {
        List<EReference> links = LINKS.computeIfAbsent(element.eClass(), eClass -> eClass.getEAllReferences().stream()
                .filter(reference -> !reference.isContainment() && !reference.isContainer() && !reference.isDerived()
                        && !reference.isTransient())
                .toList());
        ArrayList<EObject> targets = new ArrayList<>();
        for (EReference link : links) {
            if (element.eIsSet(link)) {
                targets.addAll(values(element.eGet(link, false)));
            }
        }
        return targets;
    }

    private static List<EObject> values(Object value) {
        if (value instanceof EObject object) {
            return List.of(object);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        }
        return List.of();
    }
}
