package org.tactician.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.internal.DerivedNotifications;

/**
 * The cross-reference adapter of one plan: it answers the model's inverse features
 * ({@link SwotItem#getStrategies()}, {@link SmartObjective#getActivities()},
 * {@link BudgetLine#getBookings()}, {@link Touchpoint#getIncoming()}...) without scanning the plan,
 * and it makes every derived feature of the model <b>notify</b>: when a change affects a derived
 * value, the element that owns the derived feature sends an EMF notification for it, so open views
 * (forms, outlines, GLSP diagrams) refresh without listening to the features behind it.
 *
 * <p>Notifications of derived features: {@link Notification#ADD} and {@link Notification#REMOVE}
 * (with the element that joined or left the list, position unknown) for derived lists — inverse
 * features, the TOWS cells of {@link SwotAnalysis}, the blocks of {@link BusinessModelCanvas},
 * {@link Calendar#getAllEntries()} — and {@link Notification#SET} with the new value (old value
 * unknown, null) for derived values such as {@link BudgetLine#getAllocated()},
 * {@link Campaign#getPlannedSpend()} and {@link CalendarEntry#getPlannedCost()}.
 *
 * <p>The adapter is installed on first use of a derived feature (or by {@link #of}) on the plan's
 * resource, or on its root element when it is in none, and from then on follows every element
 * added to or removed from the plan. Installing it walks the plan once; it is not thread-safe, so
 * call {@code PlanCrossReferences.of(plan)} before sharing a plan between threads that read its
 * derived features.
 */
public final class PlanCrossReferences extends ECrossReferenceAdapter {

    private PlanCrossReferences() {
    }

    /**
     * The adapter of the plan {@code element} belongs to, installed on the plan's resource (or its
     * root element) if it is not there yet.
     */
    public static synchronized PlanCrossReferences of(EObject element) {
        PlanCrossReferences existing = find(element);
        if (existing != null) {
            return existing;
        }
        Resource resource = element.eResource();
        Notifier host = resource != null ? resource : EcoreUtil.getRootContainer(element);
        PlanCrossReferences adapter = find(host);
        if (adapter == null) {
            adapter = new PlanCrossReferences();
            host.eAdapters().add(adapter);
        }
        return adapter;
    }

    private static PlanCrossReferences find(Notifier notifier) {
        for (Adapter adapter : notifier.eAdapters()) {
            if (adapter instanceof PlanCrossReferences references) {
                return references;
            }
        }
        return null;
    }

    /**
     * The elements of {@code target}'s plan whose {@code reference} points at it, in the order they
     * were indexed. Elements removed from the plan stay indexed (so that an undo finds them again)
     * but are not returned.
     */
    public List<EObject> sources(EObject target, EReference reference) {
        Collection<EStructuralFeature.Setting> settings = getInverseReferences(target, false);
        List<EObject> result = new ArrayList<>(settings.size());
        EObject plan = EcoreUtil.getRootContainer(target);
        for (EStructuralFeature.Setting setting : settings) {
            if (setting.getEStructuralFeature() == reference && EcoreUtil.getRootContainer(setting.getEObject()) == plan) {
                result.add(setting.getEObject());
            }
        }
        return result;
    }

    /** Keeps the index, then tells the owners of the derived features the change affects. */
    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        DerivedNotifications.fire(notification);
    }
}
