package org.tactician.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An obvious fix of a finding: set {@code feature} of {@code object} to {@code value}. Editors
 * apply it as one command (e.g. EMF's {@code SetCommand}) so it can be undone. What it does is a
 * {@link RuleMessage} (keys {@code fix.*} in the rule messages), so each surface words it in its
 * language as it words the finding ({@code org.tactician.i18n.FindingText}).
 *
 * @param text what the fix does, e.g. "Set the deadline to the plan end ({0})" with the date
 * @param object the element to change
 * @param feature the feature to set
 * @param value the new value
 */
public record QuickFix(RuleMessage text, EObject object, EStructuralFeature feature, Object value) {

    /** Checks the components. */
    public QuickFix {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(feature, "feature");
    }

    /** What the fix does, in English: "Set the deadline to the plan end (2026-12-31)". */
    public String label() {
        return RuleMessages.english(text);
    }
}
