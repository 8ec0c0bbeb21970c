package org.tactician.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.markers.PlanProblems;
import org.tactician.ui.internal.outline.PlanOutlinePage;
import org.tactician.ui.internal.properties.PlanPropertySheetPage;

/**
 * Opening plans in the plan editor, for the workbench's other parts (diagrams, the calendar,
 * wizards): a plan file, or an element of an open plan shown on the page and field it lives on;
 * and what every editor of a plan shares with the plan editor: the Outline, the Properties view,
 * saving ({@link PlanSaveable}), Problems-view markers, and where commands can be contributed to
 * the plan editor.
 */
public final class PlanEditors {

    /** The plan editor's id. */
    public static final String EDITOR_ID = "org.tactician.ui.planEditor";

    /** The type of the problem markers of plan findings (a problem marker carrying the rule id). */
    public static final String MARKER_TYPE = "org.tactician.ui.planProblem";

    /**
     * The menu service location of the tool bar in the header of every plan editor page
     * ({@code toolbar:} + this in a {@code menuContribution}).
     */
    public static final String PAGE_TOOLBAR = "org.tactician.ui.planEditor.page";

    /**
     * The prefix of the menu service location of a form section's tool bar, followed by the
     * page id and the section's title in lower case with dashes: {@code toolbar:} + this +
     * {@code opportunity.swot}, {@code strategy.business-model-canvas}, {@code journey.customer-journeys}.
     */
    public static final String SECTION_TOOLBAR = "org.tactician.ui.section.";

    /** The id of the plan Outline's context menu ({@code popup:} + this in a {@code menuContribution}). */
    public static final String OUTLINE_MENU = "org.tactician.ui.outline";

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

    /**
     * The Outline of the plan of {@code session}, linked both ways with an editor: selecting an
     * element in it calls {@code reveal}; the editor calls {@link PlanOutline#showSelected}.
     *
     * @param undo the editor's undo action, for the Outline's Edit menu (or null)
     * @param redo the editor's redo action (or null)
     */
    public static PlanOutline outline(PlanEditingSession session, Consumer<EObject> reveal, IAction undo, IAction redo) {
        return new PlanOutlinePage(session, reveal, undo, redo);
    }

    /** The Properties view page of the elements an editor of {@code session} selects, with its undo and redo (or nulls). */
    public static IPropertySheetPage propertySheet(PlanEditingSession session, IAction undo, IAction redo) {
        return new PlanPropertySheetPage(session, undo, redo);
    }

    /** Keeps the Problems-view markers of every open plan up to date from now on (idempotent). */
    public static void watchProblems() {
        PlanProblems.start();
    }

    /** The open editors, in every window, that edit the plan of {@code session} (they answer it as an adapter). */
    public static List<IEditorPart> editorsOf(PlanEditingSession session) {
        List<IEditorPart> editors = new ArrayList<>();
        if (!PlatformUI.isWorkbenchRunning()) {
            return editors;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    IEditorPart editor = reference.getEditor(false);
                    if (editor != null && editor.getAdapter(PlanEditingSession.class) == session) {
                        editors.add(editor);
                    }
                }
            }
        }
        return editors;
    }

    /**
     * Call when {@code editor}, an editor of the plan of {@code session}, closes, before it
     * releases the session. When it is the plan's last editor and the plan was not saved (the
     * workbench asked, and the user said no), the changes are dropped, even when a view (the
     * Project Explorer) still holds the session: the views then show the file as it is.
     */
    public static void editorClosing(IEditorPart editor, PlanEditingSession session) {
        if (session.isDisposed() || !session.isDirty()) {
            return;
        }
        for (IEditorPart other : editorsOf(session)) {
            if (other != editor) {
                return;
            }
        }
        try {
            session.revert();
        } catch (PlanLoadException e) {
            // the file cannot be read now: the views keep the last state
        }
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
