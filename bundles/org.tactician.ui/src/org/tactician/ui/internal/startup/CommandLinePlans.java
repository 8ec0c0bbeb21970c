package org.tactician.ui.internal.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.markers.PlanMarkers;
import org.tactician.ui.internal.markers.PlanProblems;

/**
 * {@code tactician workbench PLAN.mplan}: opens the plans named on the command line in the plan
 * editor once the workbench is up, as a user who double-clicks a plan expects. A plan outside the
 * workspace is linked into the project {@value #EXTERNAL_PROJECT} (the file stays where it is), so
 * that it gets Problems-view markers, quick fixes and the Project Explorer's tree like any other.
 * Also starts validation in the workbench for every plan that opens.
 */
public final class CommandLinePlans implements IStartup {

    /** The project plans opened from outside the workspace are linked into. */
    public static final String EXTERNAL_PROJECT = "External plans"; //$NON-NLS-1$ a project name: the same in every language

    @Override
    public void earlyStartup() {
        List<Path> plans = plansIn(Platform.getApplicationArgs());
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            PlanProblems.start();
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            if (window == null || window.getActivePage() == null) {
                return;
            }
            for (Path plan : plans) {
                open(window.getActivePage(), plan);
            }
        });
    }

    /** The existing plan files among the application's arguments, relative ones against the working folder. */
    static List<Path> plansIn(String[] arguments) {
        List<Path> plans = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("-") || !argument.endsWith("." + PlanResource.FILE_EXTENSION)) {
                continue;
            }
            Path plan = Path.of(argument).toAbsolutePath().normalize();
            if (Files.isRegularFile(plan)) {
                plans.add(plan);
            }
        }
        return plans;
    }

    /** Opens {@code plan} in the plan editor, linking it into the workspace first when it is outside. */
    public static void open(IWorkbenchPage page, Path plan) {
        try {
            IFile file = PlanMarkers.workspaceFile(plan);
            if (file == null) {
                file = link(plan);
            }
            if (file != null) {
                IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
            } else {
                PlanEditors.open(page, plan);
            }
        } catch (CoreException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.editor_openFailedTitle,
                    NLS.bind(Messages.startup_openFailed, plan, e.getMessage()));
        }
    }

    /** Links {@code plan} into {@value #EXTERNAL_PROJECT}, under its own name (numbered if taken). */
    static IFile link(Path plan) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(EXTERNAL_PROJECT);
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(EXTERNAL_PROJECT);
            description.setComment(Messages.startup_externalComment);
            project.create(description, null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        String name = plan.getFileName().toString();
        String base = name.substring(0, name.length() - PlanResource.FILE_EXTENSION.length() - 1);
        for (int n = 1; n < 1000; n++) {
            IFile link = project.getFile(n == 1 ? name : base + " (" + n + ")." + PlanResource.FILE_EXTENSION); //$NON-NLS-1$
            if (!link.exists()) {
                link.createLink(IPath.fromPath(plan), IResource.NONE, null);
                return link;
            }
            if (link.getLocation() != null && link.getLocation().toPath().equals(plan)) {
                return link;
            }
        }
        return null;
    }
}
