package org.tactician.diagrams.internal;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

/** Checks a name while it is typed: every named plan element on a diagram needs one. */
public class NameValidator implements LabelEditValidator {

    public static final int MAX_LENGTH = 500;

    @Override
    public ValidationStatus validate(String label, GModelElement element) {
        if (label == null || label.isBlank()) {
            return ValidationStatus.error(DiagramTexts.get("name.required"));
        }
        if (label.length() > MAX_LENGTH) {
            return ValidationStatus.error(DiagramTexts.get("name.tooLong", MAX_LENGTH));
        }
        return ValidationStatus.ok();
    }
}
