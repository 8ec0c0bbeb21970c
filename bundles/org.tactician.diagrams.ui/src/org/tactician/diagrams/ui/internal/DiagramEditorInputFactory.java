package org.tactician.diagrams.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.tactician.diagrams.ui.DiagramEditorInput;

/** Remembers the open diagram editors between sessions of the workbench: the plan file and the diagram type. */
public final class DiagramEditorInputFactory implements IElementFactory {

    /** The factory's id (plugin.xml). */
    public static final String ID = "org.tactician.diagrams.ui.diagramEditorInput";

    private static final String PLAN_FILE = "planFile";
    private static final String DIAGRAM_TYPE = "diagramType";

    /** Writes {@code input} into {@code memento}. */
    public static void save(DiagramEditorInput input, IMemento memento) {
        memento.putString(PLAN_FILE, input.planFile().toString());
        memento.putString(DIAGRAM_TYPE, input.diagramType());
    }

    @Override
    public IAdaptable createElement(IMemento memento) {
        String file = memento.getString(PLAN_FILE);
        String type = memento.getString(DIAGRAM_TYPE);
        if (file == null || type == null) {
            return null;
        }
        try {
            return new DiagramEditorInput(Path.of(file), type);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
