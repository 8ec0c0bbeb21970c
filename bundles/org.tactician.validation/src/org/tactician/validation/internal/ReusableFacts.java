package org.tactician.validation.internal;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.tactician.forecast.conversion.Forecast;

/**
 * What one validation run can hand on to the next of the same plan: the conversion forecast,
 * until a change its inputs (forecast inputs, the budget, the plan itself) forgets it. Kept by a
 * {@code ValidationScope}, which sees every change.
 */
public final class ReusableFacts {

    private EObject plan;
    private Forecast forecast;

    /** Forgets everything (something the facts depend on changed). */
    public void forget() {
        plan = null;
        forecast = null;
    }

    /** The forecast of {@code root}, computed by {@code compute} unless still known. */
    Forecast forecast(EObject root, Supplier<Forecast> compute) {
        if (plan != root) {
            forecast = compute.get();
            plan = root;
        }
        return forecast;
    }
}
