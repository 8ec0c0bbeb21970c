package org.tactician.app.internal.welcome;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.tactician.app.TacticianIds;
import org.tactician.app.internal.Messages;
import org.tactician.samples.SamplePlans;

/**
 * What the welcome's links do. The plan editor and the new-plan wizard belong to other bundles:
 * they are found by content type and by wizard id, never by class, so the welcome works with
 * whatever editor is installed for plans.
 */
public final class WelcomeActions {

    /** The sample that "Open the sample plan" opens. */
    public static final SamplePlans SAMPLE = SamplePlans.FURNITURE_RETAILER;

    private final IWorkbenchWindow window;
    private final SampleProject samples;

    /** Actions in {@code window}, copying samples into the workspace's samples project. */
    public WelcomeActions(IWorkbenchWindow window) {
        this(window, new SampleProject());
    }

    WelcomeActions(IWorkbenchWindow window, SampleProject samples) {
        this.window = window;
        this.samples = samples;
    }

    /**
     * Copies the sample plan into the workspace (unless a copy is there: the user's changes are
     * kept), shows it in the Project Explorer and opens it in the default editor for plans.
     *
     * @return the editor, or {@code null} when the plan could not be opened (the user was told why)
     */
    public IEditorPart openSamplePlan(IIntroPart welcome) {
        IFile file;
        try {
            file = samples.copyOf(SAMPLE, null);
        } catch (CoreException e) {
            report(Messages.sampleCopyFailed, e);
            return null;
        }
        BasicNewResourceWizard.selectAndReveal(file, window);
        IEditorDescriptor editor = IDE.getDefaultEditor(file);
        if (editor == null) {
            MessageDialog.openInformation(window.getShell(), Messages.sampleNoEditorTitle,
                    NLS.bind(Messages.sampleNoEditor, file.getFullPath()));
            return null;
        }
        closeWelcome(welcome);
        try {
            return window.getActivePage().openEditor(new FileEditorInput(file), editor.getId());
        } catch (PartInitException e) {
            report(Messages.sampleOpenFailed, e);
            return null;
        }
    }

    /**
     * Opens the new-plan wizard ({@link TacticianIds#NEW_PLAN_WIZARD}) when it is installed,
     * File → New otherwise; the welcome makes way when the wizard opened a new editor.
     */
    public void newPlan(IIntroPart welcome) {
        IWorkbenchPage page = window.getActivePage();
        IEditorPart before = page.getActiveEditor();
        Map<String, String> parameters = hasNewPlanWizard()
                ? Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, TacticianIds.NEW_PLAN_WIZARD)
                : Map.of();
        Command fileNew = window.getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.FILE_NEW);
        try {
            window.getService(IHandlerService.class)
                    .executeCommand(ParameterizedCommand.generateCommand(fileNew, parameters), null);
        } catch (Exception e) {
            report(Messages.newPlanFailed, e);
            return;
        }
        IEditorPart after = page.getActiveEditor();
        if (after != null && after != before) {
            closeWelcome(welcome);
        }
    }

    /** Whether the new-plan wizard is installed. */
    public boolean hasNewPlanWizard() {
        return window.getWorkbench().getNewWizardRegistry().findWizard(TacticianIds.NEW_PLAN_WIZARD) != null;
    }

    /** Shows a topic of the user guide, e.g. {@code /org.tactician.help/topics/getting-started.html}. */
    public void showHelp(String href) {
        window.getWorkbench().getHelpSystem().displayHelpResource(href);
    }

    private void closeWelcome(IIntroPart welcome) {
        if (welcome != null) {
            window.getWorkbench().getIntroManager().closeIntro(welcome);
        }
    }

    /** Shows the failure in a dialog with its details and writes it to the error log. */
    private static void report(String message, Throwable failure) {
        IStatus cause = failure instanceof CoreException core ? core.getStatus()
                : Status.error(String.valueOf(failure.getMessage()), failure);
        MultiStatus status = new MultiStatus(WelcomeActions.class, 0, new IStatus[] { cause }, message, failure);
        StatusManager.getManager().handle(status, StatusManager.SHOW | StatusManager.LOG);
    }
}
