package org.tactician.diagrams.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.tactician.diagrams.ui.DiagramEditorInput;

/** Link with Editor in the Project Explorer: a diagram selects its plan's file. */
public final class DiagramLinkHelper implements ILinkHelper {

    @Override
    public IStructuredSelection findSelection(IEditorInput input) {
        IFile file = input instanceof DiagramEditorInput diagram ? diagram.workspaceFile() : null;
        return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file);
    }

    @Override
    public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
        // selecting a plan file activates its plan editor (the plan editor's link helper)
    }
}
