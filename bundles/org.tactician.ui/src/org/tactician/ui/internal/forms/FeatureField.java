package org.tactician.ui.internal.forms;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tactician.model.TacticianPackage.Literals;

/**
 * The widget of one feature of the element a form shows: made from the feature's type, bound to
 * one element at a time, refreshed from the model after every change, and changing it only
 * through commands.
 */
abstract class FeatureField {

    /** Widget data key naming the feature a control edits ({@code SmartObjective.deadline}), for tests and reveal. */
    static final String FEATURE_KEY = "org.tactician.feature";

    final FormContext context;
    final EStructuralFeature feature;
    EObject element;

    FeatureField(FormContext context, EStructuralFeature feature) {
        this.context = context;
        this.feature = feature;
    }

    /** The field that edits {@code feature}, by its type. */
    static FeatureField of(FormContext context, EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                return reference.isMany() ? new ContainedListField(context, reference)
                        : new ContainedElementField(context, reference);
            }
            return reference.isMany() ? new ReferenceListField(context, reference) : new ReferenceField(context, reference);
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute.getEAttributeType() instanceof EEnum) {
            return attribute.isMany() ? new EnumSetField(context, attribute) : new EnumField(context, attribute);
        }
        Class<?> kind = attribute.getEAttributeType().getInstanceClass();
        if (kind == boolean.class || kind == Boolean.class) {
            return new BooleanField(context, attribute);
        }
        if (attribute.getEAttributeType() == Literals.LOCAL_DATE || attribute.getEAttributeType() == Literals.YEAR_MONTH) {
            return new DateField(context, attribute);
        }
        return new TextField(context, attribute, PlanPages.PROSE.contains(attribute.getName()));
    }

    /** Whether the field takes the whole width of the form (lists and nested elements), without a label column. */
    boolean isWide() {
        return false;
    }

    /** Creates the widgets in {@code parent} (the form's value column). */
    abstract void create(Composite parent);

    /** The control to decorate with findings and to focus when the feature is revealed. */
    abstract Control control();

    /** Shows {@code newElement}'s value (null: nothing, disabled). */
    void bind(EObject newElement) {
        element = newElement;
        refresh();
    }

    /** Shows the model's current value, unless the user is typing into the field. */
    abstract void refresh();

    /** Focuses the field, for revealing a finding. */
    void focus() {
        Control control = control();
        if (control != null && !control.isDisposed()) {
            control.setFocus();
        }
    }

    /** The value of the bound element's feature; null without an element. */
    Object value() {
        return element == null ? null : element.eGet(feature);
    }

    /** Whether the bound element's feature is set (for "not set" of unsettable features). */
    boolean isSet() {
        return element != null && element.eIsSet(feature);
    }

    /** Marks {@code control} as this field's, for tests and reveal. */
    void tag(Control control) {
        control.setData(FEATURE_KEY, feature.getEContainingClass().getName() + "." + feature.getName());
        String documentation = FormLabels.documentation(feature);
        if (documentation != null && control.getToolTipText() == null) {
            control.setToolTipText(documentation);
        }
    }
}
