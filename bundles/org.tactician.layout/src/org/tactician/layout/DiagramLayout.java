package org.tactician.layout;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The positions and sizes of a plan's diagram elements, kept apart from the plan so that the
 * {@code .mplan} holds only the plan: per diagram (e.g. {@code tows}), per plan element id.
 * Elements without an entry are placed by their diagram's default arrangement. Change it only
 * through {@link ChangeLayoutCommand}s on the plan's command stack, so a move undoes like any
 * other edit.
 */
public final class DiagramLayout {

    private final SortedMap<String, SortedMap<String, Bounds>> diagrams = new TreeMap<>();
    private boolean changed;

    /** The stored bounds of {@code elementId} in {@code diagram}, if the user placed it. */
    public Optional<Bounds> get(String diagram, String elementId) {
        SortedMap<String, Bounds> elements = diagrams.get(diagram);
        return Optional.ofNullable(elements == null ? null : elements.get(elementId));
    }

    /** Stores (or with {@code null} forgets) where {@code elementId} sits in {@code diagram}. */
    void set(String diagram, String elementId, Bounds bounds) {
        if (bounds == null) {
            SortedMap<String, Bounds> elements = diagrams.get(diagram);
            if (elements != null && elements.remove(elementId) != null) {
                changed = true;
                if (elements.isEmpty()) {
                    diagrams.remove(diagram);
                }
            }
        } else if (!bounds.equals(diagrams.computeIfAbsent(diagram, d -> new TreeMap<>()).put(elementId, bounds))) {
            changed = true;
        }
    }

    /** The diagrams and their elements' bounds, sorted by name and id (read-only). */
    public Map<String, SortedMap<String, Bounds>> diagrams() {
        return Collections.unmodifiableMap(diagrams);
    }

    /**
     * Makes this layout what {@code stored} holds (read again from the file after the plan was
     * read again), unchanged since.
     */
    public void resetTo(DiagramLayout stored) {
        if (stored == this) {
            return;
        }
        diagrams.clear();
        stored.diagrams.forEach((diagram, elements) -> diagrams.put(diagram, new TreeMap<>(elements)));
        changed = false;
    }

    /** Whether the layout changed since it was loaded or last saved. */
    public boolean isChanged() {
        return changed;
    }

    void markSaved() {
        changed = false;
    }

    /** A copy without the elements {@code exists} rejects (e.g. deleted from the plan). */
    DiagramLayout retain(Predicate<String> exists) {
        DiagramLayout copy = new DiagramLayout();
        diagrams.forEach((diagram, elements) -> elements.forEach((id, bounds) -> {
            if (exists.test(id)) {
                copy.set(diagram, id, bounds);
            }
        }));
        return copy;
    }
}
