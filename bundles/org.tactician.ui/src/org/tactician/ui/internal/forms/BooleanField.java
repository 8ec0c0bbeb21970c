package org.tactician.ui.internal.forms;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tactician.editing.PlanCommands;
import org.tactician.ui.internal.CheckBoxes;

/** A yes/no feature as a check box; a click is one command. */
final class BooleanField extends FeatureField {

    private Button check;

    BooleanField(FormContext context, EAttribute attribute) {
        super(context, attribute);
    }

    @Override
    void create(Composite parent) {
        check = CheckBoxes.create(context.toolkit(), parent, ""); //$NON-NLS-1$
        tag(check);
        check.addListener(SWT.Selection, event -> {
            if (element != null && !Boolean.valueOf(check.getSelection()).equals(value())) {
                context.execute(PlanCommands.set(context.domain(), element, feature, check.getSelection()));
            }
        });
    }

    @Override
    Control control() {
        return check;
    }

    @Override
    void refresh() {
        if (check != null && !check.isDisposed()) {
            check.setEnabled(element != null);
            check.setSelection(Boolean.TRUE.equals(value()));
        }
    }
}
