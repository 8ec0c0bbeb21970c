package org.tactician.diagrams.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.resource.PlanResource;

/**
 * The plan a command to open a diagram is about: the open plan of an element selected somewhere
 * (the Outline, the Project Explorer's plan sections, the plan editor's lists), a plan file
 * selected in the Project Explorer, or the plan of the active editor.
 *
 * @param file the plan file
 * @param element the selected plan element, or null
 */
record PlanTarget(Path file, EObject element) {

    /** The target of {@code selection} and {@code editor} (either may be null), or null when there is none. */
    static PlanTarget of(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            Object first = structured.getFirstElement();
            if (first instanceof EObject element) {
                PlanEditingSession session = PlanEditingSessions.of(element).orElse(null);
                if (session != null) {
                    return new PlanTarget(session.file(), element);
                }
            }
            IFile file = Adapters.adapt(first, IFile.class);
            if (file != null && PlanResource.FILE_EXTENSION.equals(file.getFileExtension())) {
                IPath location = file.getLocation();
                return location == null ? null : new PlanTarget(location.toPath(), null);
            }
        }
        PlanEditingSession session = editor == null ? null : editor.getAdapter(PlanEditingSession.class);
        return session == null || session.isDisposed() ? null : new PlanTarget(session.file(), null);
    }
}
