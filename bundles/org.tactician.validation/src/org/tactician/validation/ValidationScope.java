package org.tactician.validation;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import java.util.function.BiConsumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.tactician.validation.internal.Dependencies;
import org.tactician.validation.internal.ReusableFacts;

/**
 * What an editor must re-validate after edits, instead of the whole plan: the elements whose
 * findings the recorded changes can alter, given what the rules read beyond the element they
 * check (see RULES.md, "Re-validating after an edit"). Re-validating {@link #elements()} with
 * {@link PlanValidation#validateEach} and dropping the findings of {@link #removed()} gives the
 * findings of a full validation.
 *
 * <p>Hand it to {@link PlanValidation#validateEach(Iterable, LintProfile, ValidationScope, BiConsumer)}
 * and runs reuse what no change affected since (the conversion forecast).
 *
 * <p>Feed it every change of the plan ({@link #add}) before the resource set's
 * {@link ECrossReferenceAdapter} handles it, then read and {@link #clear()} it. Not thread-safe.
 */
public final class ValidationScope {

    private final Set<EObject> elements = new LinkedHashSet<>();
    private final Set<EObject> removed = new LinkedHashSet<>();
    private final ReusableFacts facts = new ReusableFacts();
    private final Dependencies dependencies;
    private boolean wholePlan;

    /**
     * A scope for the plan whose resource set carries {@code references}.
     *
     * @param references the cross-reference adapter of the plan's resource set
     */
    public ValidationScope(ECrossReferenceAdapter references) {
        dependencies = new Dependencies(references, elements, removed, facts);
    }

    /** Records what {@code change} (a notification from the plan) can affect. */
    public void add(Notification change) {
        if (!wholePlan && !dependencies.add(change)) {
            addWholePlan();
        }
    }

    /** Records a change that can affect every finding (another lint profile, a reloaded file). */
    public void addWholePlan() {
        wholePlan = true;
        elements.clear();
        facts.forget();
    }

    /** What validation runs of this scope's plan can reuse from one another (see {@link PlanValidation#validateEach}). */
    ReusableFacts facts() {
        return facts;
    }

    /** Whether the recorded changes can affect every finding: validate the whole plan. */
    public boolean isWholePlan() {
        return wholePlan;
    }

    /** Whether nothing was recorded since the last {@link #clear()}. */
    public boolean isEmpty() {
        return !wholePlan && elements.isEmpty() && removed.isEmpty();
    }

    /**
     * The elements to re-validate (each on its own, not with its contents), in the order first
     * affected. Some may have left the plan since: skip those that are no longer in it.
     */
    public Set<EObject> elements() {
        return Collections.unmodifiableSet(elements);
    }

    /** The elements that were removed from the plan (some may be back, e.g. after an undo). */
    public Set<EObject> removed() {
        return Collections.unmodifiableSet(removed);
    }

    /** Forgets what was recorded. */
    public void clear() {
        elements.clear();
        removed.clear();
        wholePlan = false;
    }
}
