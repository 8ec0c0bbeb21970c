package org.tactician.ui.internal.forms;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** What the editor's global Edit actions do in a form, where the focus decides: text editing, or the focused list. */
public final class PlanForms {

    private PlanForms() {
    }

    /**
     * Deletes in the focused control: the selected text or the character after the caret in a
     * field, the selected elements in a list.
     *
     * @return whether the focus was in a form control that took the delete
     */
    public static boolean delete(Control focus) {
        if (focus instanceof Text text) {
            if (text.getEditable()) {
                Point selection = text.getSelection();
                if (selection.x == selection.y && selection.x < text.getCharCount()) {
                    text.setSelection(selection.x, selection.x + 1);
                }
                text.insert("");
            }
            return true;
        }
        if (focus instanceof Combo) {
            return true;
        }
        if (focus != null && focus.getData(ElementList.LIST_KEY) instanceof ElementList list) {
            list.removeSelected();
            return true;
        }
        return false;
    }

    /** Cut, copy, paste or select all in the focused field; false when the focus is in no text field. */
    public static boolean textAction(Control focus, String action) {
        if (!(focus instanceof Text text)) {
            return false;
        }
        switch (action) {
            case "cut" -> {
                if (text.getEditable()) {
                    text.cut();
                } else {
                    text.copy();
                }
            }
            case "copy" -> text.copy();
            case "paste" -> {
                if (text.getEditable()) {
                    text.paste();
                }
            }
            case "selectAll" -> text.selectAll();
            default -> {
                return false;
            }
        }
        return true;
    }
}
