package org.tactician.ui.internal.navigator;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Plan elements in the Project Explorer in the plan's own order (team, channels, Opportunity,
 * Strategy, Action, Operations, journeys; lists as the user ordered them), not alphabetically.
 */
public final class PlanOrder extends ViewerComparator {

    @Override
    public int compare(Viewer viewer, Object first, Object second) {
        if (!(first instanceof EObject a) || !(second instanceof EObject b) || a.eContainer() != b.eContainer()
                || a.eContainer() == null) {
            return super.compare(viewer, first, second);
        }
        EStructuralFeature featureA = a.eContainmentFeature();
        EStructuralFeature featureB = b.eContainmentFeature();
        if (featureA != featureB) {
            var features = a.eContainer().eClass().getEAllStructuralFeatures();
            return Integer.compare(features.indexOf(featureA), features.indexOf(featureB));
        }
        if (featureA.isMany()) {
            List<?> list = (List<?>) a.eContainer().eGet(featureA);
            return Integer.compare(list.indexOf(a), list.indexOf(b));
        }
        return 0;
    }
}
