package org.tactician.diagrams.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.tactician.diagrams.ui.internal.DiagramEditorInputFactory;
import org.tactician.diagrams.ui.internal.DiagramTypes;
import org.tactician.editing.PlanEditingSessions;

/**
 * What a diagram editor shows: a diagram of one type of the plan in a file (in the workspace or
 * anywhere on disk). Two inputs of the same plan file and type are equal, so opening a diagram
 * again brings its editor to the front. Remembered between sessions of the workbench.
 */
public final class DiagramEditorInput implements IEditorInput, IPersistableElement {

    private final Path planFile;
    private final String diagramType;

    /** The diagram of {@code diagramType} (see {@link DiagramType#id()}) of the plan in {@code planFile}. */
    public DiagramEditorInput(Path planFile, String diagramType) {
        this.planFile = PlanEditingSessions.keyOf(planFile);
        this.diagramType = Objects.requireNonNull(diagramType);
    }

    /** The plan's file (absolute, normalised). */
    public Path planFile() {
        return planFile;
    }

    /** The diagram type (see {@link DiagramType#id()}). */
    public String diagramType() {
        return diagramType;
    }

    /** The same diagram of the plan now in {@code file} (after Save As). */
    public DiagramEditorInput withPlanFile(Path file) {
        return new DiagramEditorInput(file, diagramType);
    }

    /** The workspace file of the plan, or null when the plan is outside the workspace. */
    public IFile workspaceFile() {
        for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(planFile.toUri())) {
            if (candidate.exists()) {
                return candidate;
            }
        }
        return null;
    }

    private String diagramName() {
        return DiagramTypes.find(diagramType).map(DiagramType::name).orElse(diagramType);
    }

    @Override
    public boolean exists() {
        return Files.exists(planFile);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return DiagramTypes.find(diagramType).map(DiagramType::icon).orElse(null);
    }

    /** The plan file's name and the diagram's ({@code furniture-retailer.mplan — TOWS matrix}). */
    @Override
    public String getName() {
        return planFile.getFileName() + " \u2014 " + diagramName();
    }

    @Override
    public String getToolTipText() {
        return diagramName() + " of " + planFile;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IFile.class || adapter == IResource.class) {
            return adapter.cast(workspaceFile());
        }
        return null;
    }

    @Override
    public String getFactoryId() {
        return DiagramEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        DiagramEditorInputFactory.save(this, memento);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.planFile.equals(planFile)
                && input.diagramType.equals(diagramType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planFile, diagramType);
    }

    @Override
    public String toString() {
        return "DiagramEditorInput[" + diagramType + ", " + planFile + "]";
    }
}
