package org.tactician.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Check boxes that show their tick. On GTK a check box given a background colour loses its tick:
 * the colour covers the check mark, so a ticked box looks unticked. Both the workbench's light
 * theme (it gives every check box in a view its parent's background) and a form toolkit (it gives
 * every control the form's) set one; these boxes keep the platform's background instead, which
 * lets the parent's show through.
 */
public final class CheckBoxes {

    private static final boolean GTK = "gtk".equals(SWT.getPlatform()); //$NON-NLS-1$

    private CheckBoxes() {
    }

    /** A check box in {@code parent}. */
    public static Button create(Composite parent) {
        return GTK ? new TickKeepingCheckBox(parent) : new Button(parent, SWT.CHECK);
    }

    /** A check box in a form, adapted to {@code toolkit} (its colours, keyboard and border handling). */
    public static Button create(FormToolkit toolkit, Composite parent, String text) {
        Button box = create(parent);
        box.setText(text);
        toolkit.adapt(box, true, true);
        return box;
    }

    /** Ignores background colours, so GTK draws the tick. */
    private static final class TickKeepingCheckBox extends Button {

        TickKeepingCheckBox(Composite parent) {
            super(parent, SWT.CHECK);
        }

        @Override
        public void setBackground(Color color) {
            super.setBackground(null);
        }

        @Override
        protected void checkSubclass() {
            // Only the background is changed, which Button allows its platform to ignore anyway.
        }
    }
}
