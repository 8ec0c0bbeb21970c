package org.tactician.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.tactician.model.NamedElement;
import org.tactician.ui.ext.ItemProviderLabelProvider;
import org.tactician.ui.internal.forms.FormLabels;

/**
 * Labels of plan elements in trees (the Outline, the Project Explorer): an element's name (its
 * icon says what it is), a section by its role in the plan ("Opportunity", "SWOT", "Budget"), and
 * the item providers' label for the rest (a month of phasing, a forecast input).
 */
public final class PlanTreeLabels extends ItemProviderLabelProvider {

    /** Labels from the item providers of {@code adapterFactory}. */
    public PlanTreeLabels(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element instanceof EObject object && object.eContainmentFeature() instanceof EReference role
                && !role.isMany()) {
            return FormLabels.of(role);
        }
        return super.getText(element);
    }
}
