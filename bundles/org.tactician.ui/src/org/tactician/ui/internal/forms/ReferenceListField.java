package org.tactician.ui.internal.forms;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.tactician.editing.PlanCommands;
import org.tactician.ui.internal.Messages;

/** Links to any number of plan elements: their labels, and a chooser with check boxes and a filter. */
final class ReferenceListField extends FeatureField {

    private final EReference reference;
    private Text shown;
    private Button choose;

    ReferenceListField(FormContext context, EReference reference) {
        super(context, reference);
        this.reference = reference;
    }

    @Override
    void create(Composite parent) {
        Composite row = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        shown = context.toolkit().createText(row, "", SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(shown);
        tag(shown);
        choose = context.toolkit().createButton(row, Messages.forms_choose, SWT.PUSH);
        choose.setToolTipText(NLS.bind(Messages.forms_tickTooltip, FormLabels.type(reference.getEReferenceType())));
        GridDataFactory.swtDefaults().align(SWT.FILL, SWT.TOP).applyTo(choose);
        choose.addListener(SWT.Selection, event -> openChooser());
    }

    @SuppressWarnings("unchecked")
    private List<EObject> current() {
        return element == null ? List.of() : (List<EObject>) element.eGet(reference);
    }

    private void openChooser() {
        if (element == null) {
            return;
        }
        ElementChooser chooser = new ElementChooser(shown.getShell(), FormLabels.of(reference),
                reference.getEReferenceType(), context.session().elementsOf(reference.getEReferenceType()), current(), true);
        if (chooser.open() == Window.OK) {
            link(chooser.chosen());
        }
    }

    /** Sets the links to {@code targets}, keeping the order of those already linked. */
    void link(List<EObject> targets) {
        List<EObject> kept = current().stream().filter(targets::contains).collect(Collectors.toList());
        targets.stream().filter(target -> !kept.contains(target)).forEach(kept::add);
        if (!kept.equals(current())) {
            context.execute(PlanCommands.set(context.domain(), element, reference, kept));
        }
    }

    @Override
    Control control() {
        return shown;
    }

    @Override
    void refresh() {
        if (shown == null || shown.isDisposed()) {
            return;
        }
        choose.setEnabled(element != null);
        String text = current().stream().map(target -> {
            String label = FormLabels.choice(target, reference.getEReferenceType());
            return target.eResource() == null ? NLS.bind(Messages.forms_gone, label) : label;
        }).collect(Collectors.joining(Messages.forms_listSeparator));
        if (!text.equals(shown.getText())) {
            shown.setText(text);
            shown.getParent().layout(true);
        }
    }
}
