package org.tactician.ui.internal.properties;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.tactician.editing.PlanEditingSession;
import org.tactician.ui.ext.ItemPropertySource;

/**
 * The Properties view of a plan editor's (or diagram's) selection, with the plan's undo and redo.
 * It shows the plan as it is after every command, undo and redo on the plan's stack, whichever
 * editor ran it: the selection may stay the same while its values change.
 */
public final class PlanPropertySheetPage extends PropertySheetPage {

    private final IAction undo;
    private final IAction redo;
    private final PlanEditingSession session;
    private final CommandStackListener afterCommand = this::commandStackChanged;

    /**
     * @param undo the editor's undo action, or null
     * @param redo the editor's redo action, or null
     */
    public PlanPropertySheetPage(PlanEditingSession session, IAction undo, IAction redo) {
        this.undo = undo;
        this.redo = redo;
        this.session = session;
        setPropertySourceProvider(ItemPropertySource.provider(session.adapterFactory(), new PlanPropertyEditing(session)));
        session.commandStack().addCommandStackListener(afterCommand);
    }

    private void commandStackChanged(EventObject event) {
        Control control = getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        // After the editors have taken in the change (and dropped what it removed from their selection).
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void dispose() {
        session.commandStack().removeCommandStackListener(afterCommand);
        super.dispose();
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        if (undo != null) {
            actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        }
        if (redo != null) {
            actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        }
    }
}
