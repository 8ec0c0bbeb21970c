package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.tactician.editing.Finding;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.ui.internal.markers.FindingWords;
import org.tactician.validation.Severity;

/**
 * The fields of one element: a label and a widget per feature, made from the features' types;
 * lists and contained elements take the whole width. Bound to one element at a time, refreshed
 * after every change of the plan, with the element's findings shown on the fields they are about.
 */
final class ElementForm {

    private final FormContext context;
    private final EClass type;
    private final Composite body;
    private final Map<EStructuralFeature, FeatureField> fields = new LinkedHashMap<>();
    private final Set<Finding> shownFindings = new HashSet<>();
    private EObject element;

    /**
     * The fields of {@code features} of elements of {@code type} (every feature a user edits when
     * none are given).
     */
    ElementForm(Composite parent, FormContext context, EClass type, List<EStructuralFeature> features) {
        this.context = context;
        this.type = type;
        body = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(body);
        for (EStructuralFeature feature : features.isEmpty() ? editableFeatures(type) : features) {
            FeatureField field = FeatureField.of(context, feature);
            if (field.isWide()) {
                field.create(body);
            } else {
                Label label = context.toolkit().createLabel(body, FormLabels.of(feature));
                label.setToolTipText(FormLabels.documentation(feature));
                GridDataFactory.swtDefaults().align(SWT.FILL, PlanPages.PROSE.contains(feature.getName()) ? SWT.TOP
                        : SWT.CENTER).indent(0, PlanPages.PROSE.contains(feature.getName()) ? 3 : 0).applyTo(label);
                field.create(body);
            }
            fields.put(feature, field);
        }
        context.onRefresh(body, this::refresh);
        context.onFindings(body, this::decorate);
        bind(null);
    }

    /** The features users edit in a form: stored, changeable ones, the id aside, in model order. */
    static List<EStructuralFeature> editableFeatures(EClass type) {
        List<EStructuralFeature> result = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (feature.isChangeable() && !feature.isDerived() && !feature.isTransient()
                    && feature != Literals.PLAN_ELEMENT__ID) {
                result.add(feature);
            }
        }
        return result;
    }

    /** The form's control. */
    Composite control() {
        return body;
    }

    /** The class of the elements shown. */
    EClass type() {
        return type;
    }

    /** The element shown, or null. */
    EObject element() {
        return element;
    }

    /** The field of {@code feature}, if the form shows it. */
    FeatureField field(EStructuralFeature feature) {
        return fields.get(feature);
    }

    /** The fields, in order. */
    List<FeatureField> fields() {
        return new ArrayList<>(fields.values());
    }

    /** Shows {@code newElement} (null: an empty, disabled form). */
    void bind(EObject newElement) {
        if (newElement == element && newElement != null) {
            refresh();
            return;
        }
        element = newElement;
        for (FeatureField field : fields.values()) {
            field.bind(newElement);
        }
        decorate();
    }

    /** Shows the model's current values and findings. */
    void refresh() {
        if (body.isDisposed()) {
            return;
        }
        for (FeatureField field : fields.values()) {
            field.refresh();
        }
        decorate();
    }

    /** Puts the element's findings on their fields (form-wide when no field shows the feature). */
    private void decorate() {
        Set<Finding> wanted = new HashSet<>(element == null ? List.of() : context.session().findingsOf(element));
        for (Finding finding : new ArrayList<>(shownFindings)) {
            if (!wanted.contains(finding)) {
                Control control = controlOf(finding);
                if (control != null) {
                    context.messages().removeMessage(finding, control);
                } else {
                    context.messages().removeMessage(finding);
                }
                shownFindings.remove(finding);
            }
        }
        for (Finding finding : wanted) {
            if (shownFindings.add(finding)) {
                Control control = controlOf(finding);
                if (control != null) {
                    context.messages().addMessage(finding, FindingWords.message(finding), finding, typeOf(finding), control);
                } else {
                    context.messages().addMessage(finding, FindingWords.message(finding), finding, typeOf(finding));
                }
            }
        }
    }

    /** The control a finding decorates: its feature's field, unless that is a list or missing. */
    private Control controlOf(Finding finding) {
        FeatureField field = finding.feature().map(fields::get).orElse(null);
        Control control = field == null || field.isWide() ? null : field.control();
        return control == null || control.isDisposed() ? null : control;
    }

    private static int typeOf(Finding finding) {
        return finding.severity() == Severity.ERROR ? IMessageProvider.ERROR
                : finding.severity() == Severity.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
    }

    /**
     * Shows the element at the end of {@code below} (the chain of contained elements from the
     * bound one down, empty for the bound element itself) and focuses {@code feature} there.
     */
    boolean reveal(List<EObject> below, EStructuralFeature feature) {
        if (below.isEmpty()) {
            FeatureField field = feature == null ? null : fields.get(feature);
            if (field == null) {
                field = fields.values().stream().findFirst().orElse(null);
            }
            if (field != null) {
                field.focus();
            }
            return true;
        }
        FeatureField field = fields.get(below.get(0).eContainmentFeature());
        if (field instanceof ContainedListField list) {
            return list.reveal(below, feature);
        }
        if (field instanceof ContainedElementField contained) {
            return contained.reveal(below.subList(1, below.size()), feature);
        }
        return false;
    }
}
