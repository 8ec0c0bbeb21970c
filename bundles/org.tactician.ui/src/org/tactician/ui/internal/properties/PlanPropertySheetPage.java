package org.tactician.ui.internal.properties;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.tactician.editing.PlanEditingSession;
import org.tactician.ui.ext.ItemPropertySource;
import org.tactician.ui.internal.editor.PlanEditorContributor;

/** The Properties view of the plan editor's selection, with the plan's undo and redo. */
public final class PlanPropertySheetPage extends PropertySheetPage {

    private final PlanEditorContributor contributor;

    /** @param contributor the editor's actions (undo and redo), or null */
    public PlanPropertySheetPage(PlanEditingSession session, PlanEditorContributor contributor) {
        this.contributor = contributor;
        setPropertySourceProvider(ItemPropertySource.provider(session.adapterFactory(), new PlanPropertyEditing(session)));
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        if (contributor != null) {
            actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), contributor.undoAction());
            actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), contributor.redoAction());
        }
    }
}
