package org.tactician.diagrams.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tactician.diagrams.ui.DiagramEditors;
import org.tactician.diagrams.ui.DiagramType;

/**
 * Opens a diagram of the plan the selection or the active editor is about (see {@link PlanTarget});
 * a selected element the diagram shows is selected in it.
 */
public final class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String typeId = event.getParameter(DiagramEditors.TYPE_PARAMETER);
        DiagramType type = typeId != null ? DiagramTypes.find(typeId).orElse(null)
                : DiagramTypes.all().stream().findFirst().orElse(null);
        if (type == null) {
            throw new ExecutionException(NLS.bind(Messages.editor_noSuchType, typeId));
        }
        PlanTarget target = PlanTarget.of(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (target == null) {
            MessageDialog.openInformation(window.getShell(), NLS.bind(Messages.open_noPlanTitle, type.name()),
                    NLS.bind(Messages.open_noPlan, type.name()));
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            IEditorPart editor = DiagramEditors.open(page, target.file(), type.id());
            if (editor instanceof DiagramEditor diagram && target.element() != null && type.shows(target.element())) {
                diagram.reveal(target.element());
            }
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), NLS.bind(Messages.open_failedTitle, type.name()), e.getMessage());
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        if (evaluationContext instanceof IEvaluationContext context) {
            Object selection = context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
            Object editor = context.getVariable(ISources.ACTIVE_EDITOR_NAME);
            setBaseEnabled(PlanTarget.of(selection instanceof ISelection s ? s : null,
                    editor instanceof IEditorPart e ? e : null) != null);
        }
    }
}
