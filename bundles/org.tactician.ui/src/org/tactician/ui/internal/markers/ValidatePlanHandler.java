package org.tactician.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.model.resource.PlanResource;

/**
 * Validate Plan, on demand: the plan of the active editor, or the plan files selected in the
 * Project Explorer (opened for the moment when no editor has them); a file that cannot be read
 * gets a marker at the line the loader names.
 */
public final class ValidatePlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        PlanProblems.start();
        List<IFile> files = selectedPlanFiles(HandlerUtil.getCurrentSelection(event));
        if (files.isEmpty()) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            PlanEditingSession session = editor == null ? null : editor.getAdapter(PlanEditingSession.class);
            if (session != null) {
                session.validateAll();
            }
            return null;
        }
        for (IFile file : files) {
            if (file.getLocation() == null) {
                continue;
            }
            try {
                PlanEditingSession session = PlanEditingSessions.acquire(file.getLocation().toPath());
                try {
                    session.validateAll();
                } finally {
                    session.release();
                }
            } catch (PlanLoadException e) {
                PlanMarkers.markUnreadable(file, e);
            }
        }
        return null;
    }

    private static List<IFile> selectedPlanFiles(ISelection selection) {
        List<IFile> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                IFile file = element instanceof IFile direct ? direct
                        : element instanceof IAdaptable adaptable ? adaptable.getAdapter(IFile.class) : null;
                if (file != null && PlanResource.FILE_EXTENSION.equals(file.getFileExtension())) {
                    files.add(file);
                }
            }
        }
        return files;
    }
}
