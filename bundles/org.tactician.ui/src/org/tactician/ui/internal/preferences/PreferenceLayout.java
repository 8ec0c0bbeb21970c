package org.tactician.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * How the Tactician preference pages lay out their fields so that each fits the Preferences
 * dialog at the size it opens with: groups of label and field, choices too wide to sit beside a
 * label on lines of their own under it, notes that wrap to the page instead of widening it.
 */
final class PreferenceLayout {

    /** How far a block of choices under its own label is set in. */
    static final int INDENT = 12;
    /** What a wrapping note asks for; it takes the width the page has. */
    private static final int NOTE_WIDTH = 340;

    private PreferenceLayout() {
    }

    static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    /** A label beside its field. */
    static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
    }

    /** A label on a line of its own, over the choices that follow it. */
    static void heading(Composite parent, String text, int span) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().span(span, 1).indent(0, 2).applyTo(label);
    }

    /** The composite the choices under a {@link #heading} go in, set in, in {@code columns}. */
    static Composite choices(Composite parent, int span, int columns) {
        Composite choices = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).spacing(12, 2).applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).indent(INDENT, 0).applyTo(choices);
        return choices;
    }

    /** A note that wraps to the width the page has. */
    static void note(Composite parent, String text, int span, int indent) {
        Label note = new Label(parent, SWT.WRAP);
        note.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).indent(indent, 0).hint(NOTE_WIDTH, SWT.DEFAULT)
                .applyTo(note);
    }
}
