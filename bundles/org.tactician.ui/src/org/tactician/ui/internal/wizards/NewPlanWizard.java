package org.tactician.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;

/**
 * File → New → Marketing Plan: where the plan file goes, then what it starts from (blank, the
 * starter plan, the full sample) and its facts (name, language, currency, period); the new plan
 * opens in the plan editor. Its id is {@code org.tactician.ui.newPlanWizard}, which the Welcome
 * page and the perspective's shortcuts use.
 */
public final class NewPlanWizard extends Wizard implements INewWizard {

    /** The wizard's id in {@code plugin.xml}. */
    public static final String ID = "org.tactician.ui.newPlanWizard";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private FilePage filePage;
    private SettingsPage settingsPage;
    private IFile created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle(Messages.newPlan_title);
        setDefaultPageImageDescriptor(UiImages.descriptor(UiImages.NEW_PLAN_BANNER));
        setNeedsProgressMonitor(true);
        setHelpAvailable(true);
    }

    @Override
    public void addPages() {
        filePage = new FilePage(selection);
        settingsPage = new SettingsPage();
        addPage(filePage);
        addPage(settingsPage);
    }

    /** Where the plan file goes: a folder of the workspace and a file name. */
    static final class FilePage extends WizardNewFileCreationPage {

        private byte[] contents;

        FilePage(IStructuredSelection selection) {
            super("file", selection);
            setTitle(Messages.newPlan_fileTitle);
            setDescription(Messages.newPlan_fileDescription);
            setFileExtension(PlanResource.FILE_EXTENSION);
            setFileName(Messages.newPlan_fileName + "." + PlanResource.FILE_EXTENSION);
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            HelpContexts.set(getControl(), HelpContexts.NEW_PLAN_WIZARD);
        }

        /** Creates the file with {@code plan} as its content; null when it could not (the page said why). */
        IFile create(byte[] plan) {
            contents = plan;
            return createNewFile();
        }

        @Override
        protected InputStream getInitialContents() {
            return new ByteArrayInputStream(contents);
        }
    }

    /** What the plan starts from and its facts. */
    final class SettingsPage extends WizardPage {

        private PlanSettingsControl settings;

        SettingsPage() {
            super("plan");
            setTitle(Messages.newPlan_settingsTitle);
            setDescription(Messages.newPlan_settingsDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().spacing(0, 10).applyTo(page);
            settings = new PlanSettingsControl(page, this::check);
            setControl(page);
            HelpContexts.set(page, HelpContexts.NEW_PLAN_WIZARD);
            check();
        }

        private void check() {
            String problem = settings == null ? null : settings.problem();
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
            if (visible) {
                settings.nameField().setFocus();
            }
        }

        PlanSettingsControl settings() {
            return settings;
        }
    }

    @Override
    public boolean canFinish() {
        // The second page has defaults for everything: Finish works from the first page too.
        return filePage.isPageComplete() && (settingsPage.settings() == null || settingsPage.isPageComplete());
    }

    @Override
    public boolean performFinish() {
        PlanSettingsControl choices = settingsPage.settings();
        if (choices == null) {
            // Finish on the first page: build the second page's defaults.
            getContainer().showPage(settingsPage);
            choices = settingsPage.settings();
            if (!settingsPage.isPageComplete()) {
                return false;
            }
        }
        byte[] plan;
        byte[] lint;
        try {
            plan = NewPlanFiles.planBytes(choices.content(), choices.settings());
            lint = NewPlanFiles.lintBytes();
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), Messages.newPlan_failedTitle,
                    NLS.bind(Messages.newPlan_failed, e.getMessage()));
            return false;
        }
        IFile file = filePage.create(plan);
        if (file == null || lint != null && !writeLintProfile(getContainer(), getShell(), file, lint)) {
            return false;
        }
        created = file;
        openInEditor(workbench.getActiveWorkbenchWindow(), file);
        return true;
    }

    /** Writes the lint profile of new plans beside {@code plan}; false (after saying why) when it could not. */
    static boolean writeLintProfile(IRunnableContext context, Shell shell, IFile plan, byte[] lint) {
        try {
            context.run(false, false, new WorkspaceModifyOperation(plan.getParent()) {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    NewPlanFiles.writeLintProfile(plan, lint, monitor);
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, Messages.newPlan_failedTitle,
                    NLS.bind(Messages.newPlan_lintFailed, plan.getFullPath(), e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Shows the new plan in the Project Explorer and opens it in the plan editor. */
    static void openInEditor(IWorkbenchWindow window, IFile file) {
        if (window == null) {
            return;
        }
        BasicNewResourceWizard.selectAndReveal(file, window);
        try {
            PlanEditors.open(window.getActivePage(), file.getLocation().toPath());
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.newPlan_failedTitle,
                    NLS.bind(Messages.newPlan_openFailed, file.getFullPath(), e.getMessage()));
        }
    }

    /** The plan file the wizard created; null before it finished. */
    public IFile created() {
        return created;
    }

    FilePage filePage() {
        return filePage;
    }

    SettingsPage settingsPage() {
        return settingsPage;
    }
}
