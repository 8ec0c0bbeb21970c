package org.tactician.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;

/**
 * File → New → Tactician Project: a workspace project for one client's plans (a Tactician
 * project, so it shows with the Tactician badge), with a first plan made as in the New Marketing
 * Plan wizard, opened in the editor.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

    /** The wizard's id in {@code plugin.xml}. */
    public static final String ID = "org.tactician.ui.newProjectWizard";

    private IWorkbench workbench;
    private WizardNewProjectCreationPage projectPage;
    private FirstPlanPage planPage;
    private IProject created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle(Messages.newProject_title);
        setDefaultPageImageDescriptor(UiImages.descriptor(UiImages.NEW_PROJECT_BANNER));
        setNeedsProgressMonitor(true);
        setHelpAvailable(true);
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project") {
            @Override
            public void createControl(Composite parent) {
                super.createControl(parent);
                HelpContexts.set(getControl(), HelpContexts.NEW_PROJECT_WIZARD);
            }
        };
        projectPage.setTitle(Messages.newProject_projectTitle);
        projectPage.setDescription(Messages.newProject_projectDescription);
        planPage = new FirstPlanPage();
        addPage(projectPage);
        addPage(planPage);
    }

    /** Whether to create a first plan, and its content and facts. */
    static final class FirstPlanPage extends WizardPage {

        private Button create;
        private PlanSettingsControl settings;

        FirstPlanPage() {
            super("firstPlan");
            setTitle(Messages.newProject_planTitle);
            setDescription(Messages.newProject_planDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().spacing(0, 10).applyTo(page);
            create = new Button(page, SWT.CHECK);
            create.setText(Messages.newProject_createPlan);
            create.setSelection(true);
            GridDataFactory.fillDefaults().applyTo(create);
            settings = new PlanSettingsControl(page, this::check);
            create.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
                settings.setEnabled(create.getSelection());
                check();
            }));
            setControl(page);
            HelpContexts.set(page, HelpContexts.NEW_PROJECT_WIZARD);
            check();
        }

        private void check() {
            String problem = settings == null || !create.getSelection() ? null : settings.problem();
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        boolean createsPlan() {
            return create == null || create.getSelection();
        }

        PlanSettingsControl settings() {
            return settings;
        }
    }

    @Override
    public boolean canFinish() {
        return projectPage.isPageComplete() && (planPage.settings() == null || planPage.isPageComplete());
    }

    @Override
    public boolean performFinish() {
        if (planPage.settings() == null) {
            getContainer().showPage(planPage);
            if (!planPage.isPageComplete()) {
                return false;
            }
        }
        byte[] plan = null;
        byte[] lint = null;
        if (planPage.createsPlan()) {
            try {
                plan = NewPlanFiles.planBytes(planPage.settings().content(), planPage.settings().settings());
                lint = NewPlanFiles.lintBytes();
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(getShell(), Messages.newProject_failedTitle,
                        NLS.bind(Messages.newPlan_failed, e.getMessage()));
                return false;
            }
        }
        IProject project = projectPage.getProjectHandle();
        URI location = projectPage.useDefaults() ? null : projectPage.getLocationURI();
        IFile planFile = project.getFile(Messages.newPlan_fileName + "." + PlanResource.FILE_EXTENSION);
        byte[] planContent = plan;
        byte[] lintContent = lint;
        try {
            getContainer().run(false, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(IProgressMonitor monitor) throws CoreException {
                    SubMonitor progress = SubMonitor.convert(monitor, Messages.newProject_creating, 4);
                    IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
                    description.setLocationURI(location);
                    description.setNatureIds(new String[] {TacticianNature.ID});
                    project.create(description, progress.split(1));
                    project.open(progress.split(1));
                    if (planContent != null) {
                        planFile.create(new ByteArrayInputStream(planContent), IResource.NONE, progress.split(1));
                        if (lintContent != null) {
                            NewPlanFiles.writeLintProfile(planFile, lintContent, progress.split(1));
                        }
                    }
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            MessageDialog.openError(getShell(), Messages.newProject_failedTitle,
                    NLS.bind(Messages.newProject_failed, project.getName(), cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            return false; // cancelled before the project was created
        }
        created = project;
        if (planContent != null) {
            NewPlanWizard.openInEditor(workbench.getActiveWorkbenchWindow(), planFile);
        } else {
            BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
        }
        return true;
    }

    /** The project the wizard created; null before it finished. */
    public IProject created() {
        return created;
    }

    WizardNewProjectCreationPage projectPage() {
        return projectPage;
    }

    FirstPlanPage planPage() {
        return planPage;
    }
}
