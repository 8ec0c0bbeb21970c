package org.tactician.ui.internal.properties;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.tactician.editing.PlanEditingSession;
import org.tactician.ui.ext.ItemPropertySource;

/** The Properties view of a plan editor's (or diagram's) selection, with the plan's undo and redo. */
public final class PlanPropertySheetPage extends PropertySheetPage {

    private final IAction undo;
    private final IAction redo;

    /**
     * @param undo the editor's undo action, or null
     * @param redo the editor's redo action, or null
     */
    public PlanPropertySheetPage(PlanEditingSession session, IAction undo, IAction redo) {
        this.undo = undo;
        this.redo = redo;
        setPropertySourceProvider(ItemPropertySource.provider(session.adapterFactory(), new PlanPropertyEditing(session)));
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
