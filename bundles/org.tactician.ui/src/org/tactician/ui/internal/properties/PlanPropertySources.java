package org.tactician.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.ui.ext.ItemPropertySource;

/**
 * Properties for plan elements selected anywhere (the Project Explorer, the Outline, diagrams):
 * the element's open editing session edits them, so every change is on the plan's one command
 * stack.
 */
public final class PlanPropertySources implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class || !(adaptable instanceof EObject element)) {
            return null;
        }
        return PlanEditingSessions.of(element).map(session -> {
            Object source = session.adapterFactory().adapt(element, IItemPropertySource.class);
            return source instanceof IItemPropertySource itemSource
                    ? adapterType.cast(new ItemPropertySource(element, itemSource, new PlanPropertyEditing(session)))
                    : null;
        }).orElse(null);
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
