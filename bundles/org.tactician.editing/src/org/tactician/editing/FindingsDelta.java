package org.tactician.editing;

import java.util.List;

/**
 * What a validation of an open plan changed: the findings that are gone and the new ones. A
 * finding that stayed the same is in neither list, so markers and decorations of unchanged
 * findings are left alone.
 *
 * @param all whether the whole plan was validated (then {@code removed} holds every earlier finding)
 * @param removed the findings that no longer hold
 * @param added the findings that are new
 */
public record FindingsDelta(boolean all, List<Finding> removed, List<Finding> added) {

    /** Copies the lists. */
    public FindingsDelta {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }
}
