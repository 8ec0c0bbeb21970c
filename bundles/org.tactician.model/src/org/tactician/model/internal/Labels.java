package org.tactician.model.internal;

import org.eclipse.emf.ecore.EObject;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;

/** Names plan elements in messages: type, then name (or id when it has no name). */
public final class Labels {

    private Labels() {
    }

    /** E.g. {@code SmartObjective 'Grow social traffic'} or {@code Channel #ch-7}. */
    public static String of(EObject element) {
        String type = element.eClass().getName();
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return type + " '" + named.getName() + "'";
        }
        if (element instanceof PlanElement planElement && planElement.getId() != null) {
            return type + " #" + planElement.getId();
        }
        return type;
    }
}
