package org.tactician.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;

/**
 * The root of every plan-model item provider (the genmodel's {@code providerRootExtendsClass}).
 * It makes "not set" a first-class value of the model's unsettable features (the classification
 * enums, RACE stages, objective scope and measure): their property descriptors report no value
 * while unset, label it {@link PlanItemProviderAdapterFactory#NOT_SET}, offer it first among the
 * choices, and unset the feature (an undoable {@code SetCommand} with {@code UNSET_VALUE}) when it
 * is chosen — instead of showing the enum's first literal as if it had been picked.
 */
public class PlanItemProvider extends ItemProviderAdapter {

    /** Creates an item provider for {@code adapterFactory}. */
    public PlanItemProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    protected ItemPropertyDescriptor createItemPropertyDescriptor(AdapterFactory adapterFactory,
            ResourceLocator resourceLocator, String displayName, String description, EStructuralFeature feature,
            boolean isSettable, boolean multiLine, boolean sortChoices, Object staticImage, String category,
            String[] filterFlags, Object propertyEditorFactory) {
        if (!feature.isUnsettable() || feature.isMany()) {
            return super.createItemPropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature,
                    isSettable, multiLine, sortChoices, staticImage, category, filterFlags, propertyEditorFactory);
        }
        return new UnsettablePropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature,
                isSettable, multiLine, sortChoices, staticImage, category, filterFlags, propertyEditorFactory);
    }

    /** A property descriptor of a single-valued unsettable feature: unset reads and writes as "not set". */
    static final class UnsettablePropertyDescriptor extends ItemPropertyDescriptor {

        UnsettablePropertyDescriptor(AdapterFactory adapterFactory, ResourceLocator resourceLocator, String displayName,
                String description, EStructuralFeature feature, boolean isSettable, boolean multiLine,
                boolean sortChoices, Object staticImage, String category, String[] filterFlags,
                Object propertyEditorFactory) {
            super(adapterFactory, resourceLocator, displayName, description, feature, isSettable, multiLine,
                    sortChoices, staticImage, category, filterFlags, propertyEditorFactory);
        }

        /** No value while the feature is unset (the getter would return the first literal). */
        @Override
        public Object getPropertyValue(Object object) {
            if (object instanceof EObject element && !element.eIsSet(feature)) {
                return null;
            }
            return super.getPropertyValue(object);
        }

        /** Choosing no value (or "not set") unsets the feature, undoably. */
        @Override
        public void setPropertyValue(Object object, Object value) {
            if (value == null) {
                resetPropertyValue(object);
            } else {
                super.setPropertyValue(object, value);
            }
        }

        /** "Not set" first, then the literals (for an enum). */
        @Override
        public Collection<?> getChoiceOfValues(Object object) {
            Collection<?> choices = super.getChoiceOfValues(object);
            if (choices == null || !(feature.getEType() instanceof EEnum) || choices.contains(null)) {
                return choices;
            }
            List<Object> result = new ArrayList<>();
            result.add(null);
            result.addAll(choices);
            return result;
        }

        @Override
        public IItemLabelProvider getLabelProvider(Object object) {
            IItemLabelProvider labels = super.getLabelProvider(object);
            return new IItemLabelProvider() {
                @Override
                public String getText(Object value) {
                    return value == null ? PlanItemProviderAdapterFactory.NOT_SET : labels.getText(value);
                }

                @Override
                public Object getImage(Object value) {
                    return labels.getImage(value);
                }
            };
        }
    }
}
