package org.tactician.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.tactician.ui.ext.CommandStackAction;
import org.tactician.ui.internal.forms.PlanForms;

/**
 * The Edit and File menu actions of the plan editor: undo and redo on the plan's command stack,
 * labelled with the command (Ctrl+Z, Ctrl+Shift+Z), delete of the selected elements, the
 * clipboard in fields, and revert. The Outline and Properties pages of a plan use the same undo
 * and redo.
 */
public final class PlanEditorContributor extends EditorActionBarContributor {

    private final CommandStackAction undo = CommandStackAction.undo(this::commitPending);
    private final CommandStackAction redo = CommandStackAction.redo(this::commitPending);
    private final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            PlanForms.delete(focus());
        }
    };
    private final Action revert = new Action("Re&vert") {
        @Override
        public void run() {
            if (editor != null) {
                editor.doRevert();
            }
        }
    };
    private PlanEditor editor;

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        for (ActionFactory factory : new ActionFactory[] {ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
                ActionFactory.SELECT_ALL}) {
            bars.setGlobalActionHandler(factory.getId(), textAction(factory.getId()));
        }
    }

    private IAction textAction(String id) {
        String action = switch (id) {
            case "cut" -> "cut";
            case "copy" -> "copy";
            case "paste" -> "paste";
            default -> "selectAll";
        };
        return new Action() {
            @Override
            public void run() {
                PlanForms.textAction(focus(), action);
            }
        };
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof PlanEditor planEditor ? planEditor : null;
        var session = editor == null ? null : editor.session();
        undo.setCommandStack(session == null ? null : session.commandStack());
        redo.setCommandStack(session == null ? null : session.commandStack());
        revert.setEnabled(session != null);
        getActionBars().updateActionBars();
    }

    /** Undo on the active plan's command stack, for the Outline and Properties pages. */
    public CommandStackAction undoAction() {
        return undo;
    }

    /** Redo on the active plan's command stack. */
    public CommandStackAction redoAction() {
        return redo;
    }

    private void commitPending() {
        if (editor != null) {
            editor.commitPending();
        }
    }

    private static Control focus() {
        Display display = Display.getCurrent();
        return display == null ? null : display.getFocusControl();
    }

    @Override
    public void dispose() {
        undo.dispose();
        redo.dispose();
        super.dispose();
    }
}
