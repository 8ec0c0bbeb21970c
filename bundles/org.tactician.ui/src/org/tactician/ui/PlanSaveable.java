package org.tactician.ui;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.IShellProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.tactician.editing.PlanEditingSession;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.markers.PlanMarkers;

/**
 * A plan as the workbench saves it: one per editing session, shared by every editor of the plan
 * (its plan editor and its diagrams, each an {@link org.eclipse.ui.ISaveablesSource} answering
 * this). So Save in any of them saves the one plan, and the workbench asks whether to save only
 * when the last editor of a changed plan closes.
 */
public final class PlanSaveable extends Saveable {

    private final PlanEditingSession session;

    /** The saveable of {@code session}; equal to every other one of the same session. */
    public PlanSaveable(PlanEditingSession session) {
        this.session = session;
    }

    /** The plan's session. */
    public PlanEditingSession session() {
        return session;
    }

    @Override
    public String getName() {
        return session.file().getFileName().toString();
    }

    @Override
    public String getToolTipText() {
        return session.file().toString();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return UiImages.descriptor(UiImages.PLAN);
    }

    @Override
    public boolean isDirty() {
        return !session.isDisposed() && session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) throws CoreException {
        Shell shell = PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
                ? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() : null;
        if (!save(shell) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public org.eclipse.ui.progress.IJobRunnable doSave(IProgressMonitor monitor, IShellProvider shellProvider)
            throws CoreException {
        if (!save(shellProvider == null ? null : shellProvider.getShell()) && monitor != null) {
            monitor.setCanceled(true);
        }
        return null;
    }

    /**
     * Saves the plan: what is still being typed in its forms first, then the file (atomically,
     * with a backup); a failure is shown on {@code shell} and leaves the file as it was.
     *
     * @return whether the plan was saved
     */
    public boolean save(Shell shell) {
        if (session.isDisposed()) {
            return false;
        }
        for (IEditorPart editor : PlanEditors.editorsOf(session)) {
            if (editor instanceof PlanEditor planEditor) {
                planEditor.commitPending();
            }
        }
        try {
            session.save();
        } catch (IOException e) {
            if (shell != null && !shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.editor_saveFailedTitle,
                        NLS.bind(Messages.editor_saveFailed, session.file().getFileName(), e.getMessage()));
            }
            return false;
        }
        IFile workspaceFile = PlanMarkers.workspaceFile(session.file());
        if (workspaceFile != null) {
            try {
                // the plan, its backup and the side files written beside it (the diagram layout)
                workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                // the workspace catches up on its next refresh
            }
        }
        return true;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == PlanEditingSession.class) {
            return adapter.cast(session);
        }
        if (adapter == IFile.class) {
            return adapter.cast(PlanMarkers.workspaceFile(session.file()));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSaveable saveable && saveable.session == session;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(session);
    }
}
