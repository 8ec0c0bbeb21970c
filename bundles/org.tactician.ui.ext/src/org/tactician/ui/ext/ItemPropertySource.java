package org.tactician.ui.ext;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * A Properties-view source over an element's item property descriptors. How values read, which
 * cell editor edits them and how a new value is applied (as an undoable command) is up to the
 * {@link Editing} given; values are the element's own, not EMF's wrappers.
 */
public final class ItemPropertySource implements IPropertySource {

    /** How the properties of a model are shown and changed. */
    public interface Editing {

        /** The current value of the property. */
        Object value(Object element, IItemPropertyDescriptor descriptor);

        /** The value as the sheet shows it. */
        String text(Object element, IItemPropertyDescriptor descriptor, Object value);

        /** A cell editor for the property, or null when it cannot be edited there. */
        CellEditor cellEditor(Composite parent, Object element, IItemPropertyDescriptor descriptor);

        /** Applies {@code value} (what the cell editor produced) as one undoable command. */
        void set(Object element, IItemPropertyDescriptor descriptor, Object value);

        /** Resets the property (unsets it) as one undoable command. */
        void reset(Object element, IItemPropertyDescriptor descriptor);

        /** Whether the sheet shows the property at all (internal ones stay hidden); true by default. */
        default boolean shows(Object element, IItemPropertyDescriptor descriptor) {
            return true;
        }

        /** The property's name in the sheet; the item provider's by default. */
        default String displayName(Object element, IItemPropertyDescriptor descriptor) {
            return descriptor.getDisplayName(element);
        }
    }

    /** Property sources for any element the item providers of an adapter factory describe. */
    public static IPropertySourceProvider provider(AdapterFactory adapterFactory, Editing editing) {
        return element -> {
            Object source = adapterFactory.adapt(element, IItemPropertySource.class);
            return source instanceof IItemPropertySource itemSource
                    ? new ItemPropertySource(element, itemSource, editing) : null;
        };
    }

    private final Object element;
    private final IItemPropertySource itemSource;
    private final Editing editing;

    /** The properties of {@code element} described by {@code itemSource}. */
    public ItemPropertySource(Object element, IItemPropertySource itemSource, Editing editing) {
        this.element = element;
        this.itemSource = itemSource;
        this.editing = editing;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(element);
        return descriptors.stream().filter(descriptor -> editing.shows(element, descriptor)).map(Descriptor::new)
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(element, id);
        return descriptor == null ? null : editing.value(element, descriptor);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(element, id);
        return descriptor != null && descriptor.isPropertySet(element);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(element, id);
        if (descriptor != null && descriptor.canSetProperty(element)) {
            editing.reset(element, descriptor);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(element, id);
        if (descriptor != null && descriptor.canSetProperty(element)) {
            editing.set(element, descriptor, value);
        }
    }

    /** One property as the sheet sees it. */
    private final class Descriptor implements IPropertyDescriptor {
        private final IItemPropertyDescriptor descriptor;

        Descriptor(IItemPropertyDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            return descriptor.canSetProperty(element) ? editing.cellEditor(parent, element, descriptor) : null;
        }

        @Override
        public String getCategory() {
            return descriptor.getCategory(element);
        }

        @Override
        public String getDescription() {
            return descriptor.getDescription(element);
        }

        @Override
        public String getDisplayName() {
            return editing.displayName(element, descriptor);
        }

        @Override
        public String[] getFilterFlags() {
            return descriptor.getFilterFlags(element);
        }

        @Override
        public Object getHelpContextIds() {
            return descriptor.getHelpContextIds(element);
        }

        @Override
        public Object getId() {
            return descriptor.getId(element);
        }

        @Override
        public ILabelProvider getLabelProvider() {
            return new LabelProvider() {
                @Override
                public String getText(Object value) {
                    return editing.text(element, descriptor, value);
                }
            };
        }

        @Override
        public boolean isCompatibleWith(IPropertyDescriptor other) {
            return false;
        }
    }
}
