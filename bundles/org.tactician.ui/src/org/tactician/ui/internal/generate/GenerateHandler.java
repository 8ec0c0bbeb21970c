package org.tactician.ui.internal.generate;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.internal.Messages;

/**
 * Generate Documents (Ctrl+Alt+G): opens the {@link GenerateWizard} on the plan of the active plan
 * editor or on the plan file selected in the Project Explorer.
 */
public final class GenerateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Path file = planFile(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
        if (file == null) {
            MessageDialog.openInformation(shell, Messages.generate_title, Messages.generate_noPlan);
            return null;
        }
        PlanEditingSession session;
        try {
            session = PlanEditingSessions.acquire(file);
        } catch (PlanLoadException e) {
            MessageDialog.openError(shell, Messages.generate_title,
                    NLS.bind(Messages.generate_unreadablePlan, e.getMessage()));
            return null;
        }
        try {
            open(shell, session);
        } finally {
            session.release();
        }
        return null;
    }

    /** Opens the wizard on {@code session}'s plan and waits until it is closed. */
    public static GenerateWizard open(Shell shell, PlanEditingSession session) {
        GenerateWizard wizard = new GenerateWizard(session);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setHelpAvailable(true);
        dialog.open();
        return wizard;
    }

    /** The plan of the active editor, or else of the selected plan file; null when there is none. */
    static Path planFile(IWorkbenchPart part, ISelection selection) {
        if (part instanceof IEditorPart editor) {
            PlanEditingSession session = Adapters.adapt(editor, PlanEditingSession.class);
            if (session != null) {
                return session.file();
            }
        }
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null && PlanResource.FILE_EXTENSION.equals(file.getFileExtension()) && file.getLocation() != null) {
                return file.getLocation().toPath();
            }
        }
        return null;
    }
}
