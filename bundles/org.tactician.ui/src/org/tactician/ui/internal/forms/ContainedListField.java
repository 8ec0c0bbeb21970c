package org.tactician.ui.internal.forms;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A list of elements contained in the element shown (phasing, KPI values, touchpoints...): a nested master/details list. */
final class ContainedListField extends FeatureField {

    private final EReference reference;
    private ElementList list;

    ContainedListField(FormContext context, EReference reference) {
        super(context, reference);
        this.reference = reference;
    }

    @Override
    boolean isWide() {
        return true;
    }

    @Override
    void create(Composite parent) {
        Label title = context.toolkit().createLabel(parent, FormLabels.of(reference));
        title.setFont(JFaceResources.getBannerFont());
        title.setToolTipText(FormLabels.documentation(reference));
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(title);
        list = new ElementList(parent, context, reference, List.of(), null, true);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(list.control());
    }

    @Override
    Control control() {
        return list.control();
    }

    @Override
    void refresh() {
        // the list refreshes itself after every change
    }

    @Override
    void bind(EObject newElement) {
        element = newElement;
        list.bind(newElement);
    }

    @Override
    void focus() {
        list.control().setFocus();
    }

    /** Shows and focuses the end of the chain, starting with an element of this list. */
    boolean reveal(List<EObject> below, EStructuralFeature feature) {
        return list.reveal(below, feature);
    }

    /** The nested list. */
    ElementList list() {
        return list;
    }
}
