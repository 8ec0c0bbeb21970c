package org.tactician.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.ui.internal.editor.PlanEditor;

/**
 * Opening plans in the plan editor, for the workbench's other parts (diagrams, the calendar,
 * wizards): a plan file, or an element of an open plan shown on the page and field it lives on.
 */
public final class PlanEditors {

    /** The plan editor's id. */
    public static final String EDITOR_ID = "org.tactician.ui.planEditor";

    /** The type of the problem markers of plan findings (a problem marker carrying the rule id). */
    public static final String MARKER_TYPE = "org.tactician.ui.planProblem";

    private PlanEditors() {
    }

    /** Opens {@code file} (in the workspace or not) in the plan editor, or activates the editor it is open in. */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        return page.openEditor(inputOf(file), EDITOR_ID, true);
    }

    /**
     * Opens the plan holding {@code element} (a plan open in an editing session) and shows the
     * element on its page, focusing {@code feature} (null: the element's first field).
     *
     * @return the editor, or empty when the element belongs to no open plan
     */
    public static Optional<IEditorPart> reveal(IWorkbenchPage page, EObject element, EStructuralFeature feature)
            throws PartInitException {
        var session = PlanEditingSessions.of(element);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        IEditorPart editor = open(page, session.get().file());
        if (editor instanceof PlanEditor planEditor) {
            planEditor.reveal(element, feature);
        }
        return Optional.of(editor);
    }

    /** The editor input of {@code file}: the workspace file when the workspace has it, else the file itself. */
    public static IEditorInput inputOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(absolute.toUri());
        for (IFile candidate : inWorkspace) {
            if (candidate.isAccessible()) {
                return new FileEditorInput(candidate);
            }
        }
        try {
            return new FileStoreEditorInput(EFS.getStore(absolute.toUri()));
        } catch (CoreException e) {
            throw new IllegalStateException("No file system for " + absolute, e); //$NON-NLS-1$
        }
    }
}
