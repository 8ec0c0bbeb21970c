package org.tactician.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An obvious fix of a finding: set {@code feature} of {@code object} to {@code value}. Editors
 * apply it as one command (e.g. EMF's {@code SetCommand}) so it can be undone.
 *
 * @param label what the fix does, e.g. "Set the deadline to the plan end (2026-12-31)"
 * @param object the element to change
 * @param feature the feature to set
 * @param value the new value
 */
public record QuickFix(String label, EObject object, EStructuralFeature feature, Object value) {

    /** Checks the components. */
    public QuickFix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(feature, "feature");
    }
}
