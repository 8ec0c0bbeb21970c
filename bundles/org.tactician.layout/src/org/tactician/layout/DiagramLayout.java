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
 * Elements without an entry are placed by their diagram's default arrangement. A diagram may also
 * keep settings of its own (the journey's persona lanes), by key. Change it only
 * through {@link ChangeLayoutCommand}s on the plan's command stack, so a move undoes like any
 * other edit.
 */
public final class DiagramLayout {

    private final SortedMap<String, SortedMap<String, Bounds>> diagrams = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, String>> settings = new TreeMap<>();
    private boolean changed;

    /** A setting of {@code diagram} (e.g. the journey's lanes), if it is set. */
    public Optional<String> setting(String diagram, String key) {
        SortedMap<String, String> values = settings.get(diagram);
        return Optional.ofNullable(values == null ? null : values.get(key));
    }

    /** Sets (or with {@code null} clears) a setting of {@code diagram}. */
    void setSetting(String diagram, String key, String value) {
        if (value == null) {
            SortedMap<String, String> values = settings.get(diagram);
            if (values != null && values.remove(key) != null) {
                changed = true;
                if (values.isEmpty()) {
                    settings.remove(diagram);
                }
            }
        } else if (!value.equals(settings.computeIfAbsent(diagram, d -> new TreeMap<>()).put(key, value))) {
            changed = true;
        }
    }

    /** The diagrams' settings, sorted by diagram and key (read-only). */
    public Map<String, SortedMap<String, String>> settings() {
        return Collections.unmodifiableMap(settings);
    }

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
        settings.clear();
        stored.settings.forEach((diagram, values) -> settings.put(diagram, new TreeMap<>(values)));
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
        settings.forEach((diagram, values) -> copy.settings.put(diagram, new TreeMap<>(values)));
        return copy;
    }
}
