package org.tactician.diagrams.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.tactician.diagrams.ui.internal.DiagramEditor;
import org.tactician.diagrams.ui.internal.DiagramTypes;
import org.tactician.editing.PlanEditingSessions;

/**
 * Opening a plan's diagrams in the workbench: the diagram editor (an embedded browser showing
 * the diagram server's page) on the plan's editing session, which it shares with the plan editor
 * — one undo history, one dirty state, one save.
 */
public final class DiagramEditors {

    /** The diagram editor's id (one editor for every diagram type; the input names the type). */
    public static final String EDITOR_ID = "org.tactician.diagrams.ui.diagramEditor";

    /** The id of the diagram editor's context menu ({@code popup:} + this in a {@code menuContribution}). */
    public static final String MENU_ID = "org.tactician.diagrams.ui.diagramEditor.menu";

    /** The command that opens a diagram, with the diagram type as its parameter {@link #TYPE_PARAMETER}. */
    public static final String OPEN_COMMAND = "org.tactician.diagrams.ui.openDiagram";

    /** The parameter of {@link #OPEN_COMMAND}: a {@link DiagramType#id()}. */
    public static final String TYPE_PARAMETER = "org.tactician.diagrams.ui.diagramType";

    private DiagramEditors() {
    }

    /** The registered diagram types, in the order of their registration. */
    public static List<DiagramType> types() {
        return DiagramTypes.all();
    }

    /** The registered type {@code id}, if there is one. */
    public static Optional<DiagramType> type(String id) {
        return DiagramTypes.find(id);
    }

    /** Opens the diagram of type {@code diagramType} of the plan in {@code planFile}, or brings its editor to the front. */
    public static IEditorPart open(IWorkbenchPage page, Path planFile, String diagramType) throws PartInitException {
        return page.openEditor(new DiagramEditorInput(planFile, diagramType), EDITOR_ID, true);
    }

    /**
     * Opens the diagram of {@code diagramType} of the open plan holding {@code element} and
     * selects the element there when the diagram shows it.
     *
     * @return the editor, or empty when the element belongs to no open plan
     */
    public static Optional<IEditorPart> open(IWorkbenchPage page, EObject element, String diagramType)
            throws PartInitException {
        var session = PlanEditingSessions.of(element);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        IEditorPart editor = open(page, session.get().file(), diagramType);
        if (editor instanceof DiagramEditor diagram) {
            diagram.reveal(element);
        }
        return Optional.of(editor);
    }
}
