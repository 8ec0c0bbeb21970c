package org.tactician.ui.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tactician.editing.FeatureText;
import org.tactician.editing.PlanCommands;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.PlanLabels;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.ui.ext.ItemPropertySource;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.forms.ElementChooser;
import org.tactician.ui.internal.forms.FormLabels;

/**
 * How the Properties view shows and edits a plan element's properties: the same words and
 * parsing as the form ({@link FeatureText}, {@link PlanLabels}), enum choices with "(not set)",
 * links chosen among the plan's elements, every change a labelled command on the plan's stack.
 */
public final class PlanPropertyEditing implements ItemPropertySource.Editing {

    /** The value of an unsettable feature that is not set. */
    private enum NotSet {
        INSTANCE;

        @Override
        public String toString() {
            return Messages.forms_notSet;
        }
    }

    /**
     * A linked element as the sheet holds it: wrapped, so the sheet does not adapt it to a property
     * source of its own and nest the linked element's properties under the link.
     */
    private record Linked(EObject target) {
    }

    private static final int DROP_DOWN_LIMIT = 150;

    /** What the chooser returns for "no link" (a dialog cell editor takes null for "cancelled"). */
    private static final Object NO_LINK = new Object();

    private final PlanEditingSession session;

    /** Edits through {@code session}. */
    public PlanPropertyEditing(PlanEditingSession session) {
        this.session = session;
    }

    private static EStructuralFeature featureOf(Object element, IItemPropertyDescriptor descriptor) {
        return descriptor.getFeature(element) instanceof EStructuralFeature feature ? feature : null;
    }

    @Override
    public Object value(Object element, IItemPropertyDescriptor descriptor) {
        EStructuralFeature feature = featureOf(element, descriptor);
        if (!(element instanceof EObject object) || feature == null) {
            return null;
        }
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return NotSet.INSTANCE;
        }
        Object value = object.eGet(feature);
        return value instanceof EObject target ? new Linked(target) : value;
    }

    private static Object unwrap(Object value) {
        return value instanceof Linked linked ? linked.target() : value;
    }

    @Override
    public String text(Object element, IItemPropertyDescriptor descriptor, Object value) {
        EStructuralFeature feature = featureOf(element, descriptor);
        if (value instanceof NotSet) {
            return value.toString();
        }
        if (unwrap(value) instanceof EObject target) {
            return FormLabels.choice(target, ((EReference) feature).getEReferenceType());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(item -> item instanceof EObject target
                    ? FormLabels.choice(target, target.eClass()) : FeatureText.format(feature, item))
                    .collect(Collectors.joining(", "));
        }
        return feature == null ? String.valueOf(value) : FeatureText.format(feature, value);
    }

    @Override
    public CellEditor cellEditor(Composite parent, Object element, IItemPropertyDescriptor descriptor) {
        EStructuralFeature feature = featureOf(element, descriptor);
        if (feature == null || !(element instanceof EObject object)) {
            return null;
        }
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                return null;
            }
            List<EObject> candidates = session.elementsOf(reference.getEReferenceType());
            return reference.isMany() || candidates.size() > DROP_DOWN_LIMIT ? chooser(parent, object, reference)
                    : new ReferenceCellEditor(parent, reference, candidates);
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute.isMany()) {
            return null; // sets of literals are edited in the form's check boxes
        }
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            return new EnumCellEditor(parent, attribute, eEnum);
        }
        Class<?> kind = attribute.getEAttributeType().getInstanceClass();
        if (kind == boolean.class || kind == Boolean.class) {
            return new CheckboxCellEditor(parent);
        }
        TextCellEditor editor = new ValueCellEditor(parent, attribute);
        editor.setValidator(value -> {
            try {
                FeatureText.parse(attribute, (String) value, session.plan().getCurrency());
                return null;
            } catch (IllegalArgumentException invalid) {
                return invalid.getMessage();
            }
        });
        return editor;
    }

    @Override
    public void set(Object element, IItemPropertyDescriptor descriptor, Object value) {
        EStructuralFeature feature = featureOf(element, descriptor);
        if (!(element instanceof EObject object) || feature == null) {
            return;
        }
        Object newValue = value == NO_LINK ? null : unwrap(value);
        Object current = unwrap(value(object, descriptor));
        if (newValue == current || newValue != null && newValue.equals(current)) {
            return;
        }
        session.execute(newValue == NotSet.INSTANCE ? PlanCommands.unset(session.editingDomain(), object, feature)
                : PlanCommands.set(session.editingDomain(), object, feature, newValue));
    }

    @Override
    public boolean shows(Object element, IItemPropertyDescriptor descriptor) {
        return featureOf(element, descriptor) != Literals.PLAN_ELEMENT__ID; // ids are never shown to users
    }

    @Override
    public String displayName(Object element, IItemPropertyDescriptor descriptor) {
        EStructuralFeature feature = featureOf(element, descriptor);
        return feature == null ? descriptor.getDisplayName(element) : FormLabels.of(feature);
    }

    @Override
    public void reset(Object element, IItemPropertyDescriptor descriptor) {
        EStructuralFeature feature = featureOf(element, descriptor);
        if (element instanceof EObject object && feature != null && object.eIsSet(feature)) {
            session.execute(PlanCommands.unset(session.editingDomain(), object, feature));
        }
    }

    /** Text typed as the form types it; what does not parse stays in the cell with its message. */
    private final class ValueCellEditor extends TextCellEditor {
        private final EAttribute attribute;

        ValueCellEditor(Composite parent, EAttribute attribute) {
            super(parent, SWT.SINGLE);
            this.attribute = attribute;
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value instanceof NotSet ? "" : FeatureText.format(attribute, value));
        }

        @Override
        protected Object doGetValue() {
            String typed = (String) super.doGetValue();
            try {
                return FeatureText.parse(attribute, typed, session.plan().getCurrency());
            } catch (IllegalArgumentException invalid) {
                return typed; // refused by the validator before it is applied
            }
        }
    }

    /** An enum choice in words, "(not set)" first for an unsettable feature. */
    private static final class EnumCellEditor extends ComboBoxCellEditor {
        private final List<Object> values = new ArrayList<>();

        EnumCellEditor(Composite parent, EAttribute attribute, EEnum eEnum) {
            super(parent, new String[0], SWT.READ_ONLY);
            List<String> items = new ArrayList<>();
            if (attribute.isUnsettable()) {
                values.add(NotSet.INSTANCE);
                items.add(NotSet.INSTANCE.toString());
            }
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                values.add(literal.getInstance());
                items.add(PlanLabels.literal(literal.getInstance()));
            }
            setItems(items.toArray(String[]::new));
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, values.indexOf(value)));
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index >= 0 && index < values.size() ? values.get(index) : null;
        }
    }

    /** A link chosen in a drop-down list of the plan's candidates, "(none)" first. */
    private static final class ReferenceCellEditor extends ComboBoxCellEditor {
        private final List<EObject> values = new ArrayList<>();

        ReferenceCellEditor(Composite parent, EReference reference, List<EObject> candidates) {
            super(parent, new String[0], SWT.READ_ONLY);
            List<String> items = new ArrayList<>();
            values.add(null);
            items.add(Messages.forms_none);
            for (EObject candidate : candidates) {
                values.add(candidate);
                items.add(FormLabels.choice(candidate, reference.getEReferenceType()));
            }
            setItems(items.toArray(String[]::new));
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, values.indexOf(unwrap(value))));
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index > 0 && index < values.size() ? values.get(index) : null;
        }
    }

    /** Links chosen in the element chooser (many links, or a single link among many candidates). */
    private CellEditor chooser(Composite parent, EObject element, EReference reference) {
        return new DialogCellEditor(parent) {
            @Override
            protected Object openDialogBox(Control cellEditorWindow) {
                Object current = element.eGet(reference);
                @SuppressWarnings("unchecked")
                List<EObject> linked = current == null ? List.of()
                        : reference.isMany() ? (List<EObject>) current : List.of((EObject) current);
                ElementChooser dialog = new ElementChooser(cellEditorWindow.getShell(), FormLabels.of(reference),
                        reference.getEReferenceType(), session.elementsOf(reference.getEReferenceType()), linked,
                        reference.isMany());
                if (dialog.open() != Window.OK) {
                    return null;
                }
                List<EObject> chosen = dialog.chosen();
                if (!reference.isMany()) {
                    return chosen.isEmpty() ? NO_LINK : chosen.get(0);
                }
                List<EObject> kept = new ArrayList<>(linked.stream().filter(chosen::contains).toList());
                chosen.stream().filter(target -> !kept.contains(target)).forEach(kept::add);
                return kept;
            }

            @Override
            protected void updateContents(Object value) {
                if (getDefaultLabel() != null) {
                    getDefaultLabel().setText(value instanceof Collection<?> values
                            ? values.stream().map(item -> FormLabels.choice((EObject) item, reference.getEReferenceType()))
                                    .collect(Collectors.joining(", "))
                            : unwrap(value) instanceof EObject target
                                    ? FormLabels.choice(target, reference.getEReferenceType()) : "");
                }
            }
        };
    }
}
