package org.tactician.diagrams.ui;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;

/**
 * A kind of diagram the workbench opens, as registered with the extension point
 * {@code org.tactician.diagrams.ui.diagrams}.
 *
 * @param id the diagram type of the diagram server ({@code tactician-tows})
 * @param name what the diagram is called in titles and menus ({@code TOWS matrix})
 * @param icon its icon
 * @param subject the plan element the diagram shows ({@code SwotAnalysis}): an element of this
 *        class, or inside one, opens the diagram; null when the diagram shows the whole plan
 * @param description one sentence for tooltips
 */
public record DiagramType(String id, String name, ImageDescriptor icon, EClass subject, String description) {

    /** Whether the diagram shows {@code element}: it is the subject or lies inside one. */
    public boolean shows(EObject element) {
        if (subject == null) {
            return element != null;
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (subject.isInstance(current)) {
                return true;
            }
        }
        return false;
    }
}
