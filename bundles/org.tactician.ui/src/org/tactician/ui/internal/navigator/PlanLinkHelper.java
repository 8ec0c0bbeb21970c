package org.tactician.ui.internal.navigator;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.eclipse.ui.part.FileEditorInput;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.ui.internal.editor.PlanEditor;

/**
 * Link with Editor between the Project Explorer and the plan editor: the explorer selects the
 * editor's element (or its file), and selecting an element of an open plan shows it in the editor.
 */
public final class PlanLinkHelper implements ILinkHelper {

    @Override
    public IStructuredSelection findSelection(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            return new StructuredSelection(fileInput.getFile());
        }
        return StructuredSelection.EMPTY;
    }

    @Override
    public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
        Object first = selection.getFirstElement();
        if (first instanceof EObject element) {
            PlanEditingSession session = PlanEditingSessions.of(element).orElse(null);
            if (session == null) {
                return;
            }
            for (var reference : page.getEditorReferences()) {
                IEditorPart editor = reference.getEditor(false);
                if (editor instanceof PlanEditor planEditor && planEditor.session() == session) {
                    page.bringToTop(editor);
                    planEditor.reveal(element, null);
                    return;
                }
            }
        } else if (first instanceof IFile file) {
            IEditorPart editor = page.findEditor(new FileEditorInput(file));
            if (editor != null) {
                page.bringToTop(editor);
            }
        }
    }
}
