package org.tactician.ui.internal.forms;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The plan editor's toolkit: its labels, buttons and links keep the workbench's direction on
 * pages that run the plan's ({@link WorkbenchWords}).
 */
public final class PlanFormToolkit extends FormToolkit {

    /** A toolkit for {@code display}. */
    public PlanFormToolkit(Display display) {
        super(display);
    }

    @Override
    public Label createLabel(Composite parent, String text, int style) {
        return super.createLabel(parent, WorkbenchWords.directed(text), style);
    }

    @Override
    public Button createButton(Composite parent, String text, int style) {
        return super.createButton(parent, WorkbenchWords.directed(text), style);
    }

    @Override
    public Hyperlink createHyperlink(Composite parent, String text, int style) {
        return super.createHyperlink(parent, WorkbenchWords.directed(text), style);
    }
}
