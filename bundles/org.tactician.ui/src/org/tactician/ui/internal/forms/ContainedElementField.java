package org.tactician.ui.internal.forms;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.tactician.editing.PlanCommands;
import org.tactician.ui.internal.Messages;

/** One element contained in the element shown (a CRO entry's A/B test): its fields, with links to create or remove it. */
final class ContainedElementField extends FeatureField {

    private final EReference reference;
    private Hyperlink toggle;
    private ElementForm form;
    private Composite holder;

    ContainedElementField(FormContext context, EReference reference) {
        super(context, reference);
        this.reference = reference;
    }

    @Override
    boolean isWide() {
        return true;
    }

    @Override
    void create(Composite parent) {
        Composite header = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 6).applyTo(header);
        Label title = context.toolkit().createLabel(header, FormLabels.of(reference));
        title.setFont(JFaceResources.getBannerFont());
        title.setToolTipText(FormLabels.documentation(reference));
        toggle = context.toolkit().createHyperlink(header, "", 0);
        toggle.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                toggle();
            }
        });
        holder = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(16, 0).hint(200, SWT.DEFAULT).applyTo(holder);
        form = new ElementForm(holder, context, reference.getEReferenceType(), List.of());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form.control());
        tag(toggle);
    }

    /** The contained element, or null. */
    EObject child() {
        return element == null ? null : (EObject) element.eGet(reference);
    }

    /** Creates the contained element, or removes it, as the link does. */
    void toggle() {
        if (element == null) {
            return;
        }
        EObject child = child();
        if (child == null) {
            context.execute(PlanCommands.create(context.domain(), element, List.of(reference),
                    reference.getEReferenceType(), -1));
        } else {
            context.execute(PlanCommands.delete(context.domain(), List.of(child)));
        }
    }

    @Override
    Control control() {
        return toggle;
    }

    @Override
    void refresh() {
        if (toggle == null || toggle.isDisposed()) {
            return;
        }
        EObject child = child();
        String type = FormLabels.type(reference.getEReferenceType());
        toggle.setText(NLS.bind(child == null ? Messages.forms_create : Messages.forms_remove, type));
        toggle.setEnabled(element != null);
        boolean visible = child != null;
        if (holder.getVisible() != visible) {
            holder.setVisible(visible);
            ((GridData) holder.getLayoutData()).exclude = !visible;
            holder.getParent().layout(true, true);
        }
        form.bind(child);
    }

    @Override
    void bind(EObject newElement) {
        element = newElement;
        refresh();
    }

    /** Shows and focuses the end of the chain inside the contained element. */
    boolean reveal(List<EObject> below, EStructuralFeature feature) {
        return form.element() != null && form.reveal(below, feature);
    }
}
