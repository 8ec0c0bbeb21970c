package org.tactician.validation.internal;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.tactician.forecast.conversion.Forecast;

/**
 * What one validation run can hand on to the next of the same plan: the conversion forecast,
 * until a change of its inputs (forecast inputs, the budget, the plan itself) forgets it, and the
 * plan index, until a change of what it indexes (any link or contained element, and the few
 * values it reads: see {@link Dependencies}) forgets it. Kept by a {@code ValidationScope}, which
 * sees every change.
 */
public final class ReusableFacts {

    private EObject plan;
    private Forecast forecast;
    private EObject indexed;
    private PlanIndex index;

    /** Forgets everything (something the facts depend on changed). */
    public void forget() {
        plan = null;
        forecast = null;
        forgetIndex();
    }

    /** Forgets the plan index (an element, a link or an indexed value changed). */
    void forgetIndex() {
        indexed = null;
        index = null;
    }

    /** Forgets the name counts of the plan index (a name changed); the rest of it still holds. */
    void forgetNames() {
        if (index != null) {
            index.forgetNames();
        }
    }

    /** The forecast of {@code root}, computed by {@code compute} unless still known. */
    Forecast forecast(EObject root, Supplier<Forecast> compute) {
        if (plan != root) {
            forecast = compute.get();
            plan = root;
        }
        return forecast;
    }

    /** The index of {@code root}, built by {@code build} unless still known. */
    PlanIndex index(EObject root, Supplier<PlanIndex> build) {
        if (indexed != root) {
            index = build.get();
            indexed = root;
        }
        return index;
    }
}
