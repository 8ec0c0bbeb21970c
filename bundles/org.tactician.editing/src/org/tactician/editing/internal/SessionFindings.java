package org.tactician.editing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.tactician.editing.Finding;
import org.tactician.editing.FindingsDelta;

/**
 * The current findings of an open plan, by the element whose validation produced them (what a
 * re-validation replaces) and by the element they are about (what editors decorate).
 */
public final class SessionFindings {

    private final Map<EObject, List<Finding>> byValidated = new LinkedHashMap<>();
    private final Map<EObject, List<Finding>> byElement = new HashMap<>();

    /** Every current finding, grouped by the element validated. */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>();
        byValidated.values().forEach(all::addAll);
        return all;
    }

    /** The findings about {@code element}. */
    public List<Finding> about(EObject element) {
        return List.copyOf(byElement.getOrDefault(element, List.of()));
    }

    /** The elements whose validation produced the current findings. */
    public List<EObject> validatedElements() {
        return new ArrayList<>(byValidated.keySet());
    }

    /**
     * Replaces the findings of the re-validated elements and drops those of {@code dropped};
     * findings that stay the same are in neither list of the delta and keep their instance (markers
     * are keyed by it).
     *
     * @param all whether {@code revalidated} covers the whole plan
     */
    public FindingsDelta update(Map<EObject, List<Finding>> revalidated, Collection<EObject> dropped, boolean all) {
        List<Finding> removed = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        for (EObject element : dropped) {
            if (!revalidated.containsKey(element)) {
                removed.addAll(take(element));
            }
        }
        revalidated.forEach((validated, fresh) -> {
            List<Finding> old = take(validated);
            for (Finding finding : old) {
                if (!fresh.contains(finding)) {
                    removed.add(finding);
                }
            }
            List<Finding> kept = new ArrayList<>(fresh.size());
            for (Finding finding : fresh) {
                int at = old.indexOf(finding);
                kept.add(at >= 0 ? old.get(at) : finding);
                if (at < 0) {
                    added.add(finding);
                }
            }
            if (!kept.isEmpty()) {
                put(validated, kept);
            }
        });
        return new FindingsDelta(all, removed, added);
    }

    private void put(EObject validated, List<Finding> findings) {
        byValidated.put(validated, List.copyOf(findings));
        for (Finding finding : findings) {
            byElement.computeIfAbsent(finding.element(), key -> new ArrayList<>()).add(finding);
        }
    }

    private List<Finding> take(EObject validated) {
        List<Finding> old = byValidated.remove(validated);
        if (old == null) {
            return List.of();
        }
        for (Finding finding : old) {
            List<Finding> about = byElement.get(finding.element());
            if (about != null) {
                about.remove(finding);
                if (about.isEmpty()) {
                    byElement.remove(finding.element());
                }
            }
        }
        return old;
    }
}
