package org.tactician.app.internal.welcome;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.tactician.app.TacticianIds;
import org.tactician.app.internal.Messages;
import org.tactician.samples.SamplePlans;

/**
 * The workspace project that holds copies of the sample plans. A copy is made once: opening the
 * sample again opens the user's copy with its changes, never the pristine file over it.
 */
final class SampleProject {

    private final IWorkspace workspace;

    SampleProject(IWorkspace workspace) {
        this.workspace = workspace;
    }

    SampleProject() {
        this(ResourcesPlugin.getWorkspace());
    }

    /** The project, whether it exists yet or not. */
    IProject project() {
        return workspace.getRoot().getProject(TacticianIds.SAMPLES_PROJECT);
    }

    /** Where the copy of {@code sample} is, or will be. */
    IFile fileOf(SamplePlans sample) {
        return project().getFile(sample.fileName());
    }

    /**
     * The workspace copy of {@code sample}: the project is created or opened as needed, and the
     * sample is copied unless a copy is there already (which is kept as it is).
     *
     * @throws CoreException if the project or the file cannot be made, or the sample cannot be read
     */
    IFile copyOf(SamplePlans sample, IProgressMonitor monitor) throws CoreException {
        IFile file = fileOf(sample);
        workspace.run(progress -> {
            SubMonitor steps = SubMonitor.convert(progress, 3);
            IProject project = project();
            if (!project.exists()) {
                IProjectDescription description = workspace.newProjectDescription(project.getName());
                description.setComment(Messages.sampleProjectComment);
                project.create(description, steps.split(1));
            }
            if (!project.isOpen()) {
                project.open(steps.split(1));
            }
            steps.setWorkRemaining(1);
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            if (!file.exists()) {
                try (InputStream content = sample.openStream()) {
                    file.create(content, IResource.NONE, steps.split(1));
                } catch (IOException e) {
                    throw new CoreException(Status.error(sample.url() + ": " + e.getMessage(), e));
                }
            }
        }, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
        if (!file.exists()) {
            throw new CoreException(new Status(IStatus.ERROR, SampleProject.class,
                    NLS.bind(Messages.sampleNotCreated, file.getFullPath())));
        }
        return file;
    }
}
