package org.tactician.ui.internal.generate;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.OutputRun;
import org.tactician.ui.internal.Messages;

/**
 * What the user sees when a generation ends: the output folder (revealed in the Project Explorer
 * when it is in the workspace) or the plan document; a line on the status bar when cancelled;
 * for a failure, a dialog with the whole cause as details, also written to the error log; for a
 * run with warnings, a dialog listing them (also logged) before the folder or document is shown.
 */
final class GenerationOutcome extends JobChangeAdapter {

    private final Display display;

    GenerationOutcome(Display display) {
        this.display = display;
    }

    @Override
    public void done(IJobChangeEvent event) {
        GenerationJob job = (GenerationJob) event.getJob();
        IStatus status = event.getResult();
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.WARNING) {
            // Logged at once, from the job's thread: the error is kept even if the window closes.
            ILog.of(GenerationOutcome.class).log(status);
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> report(job, status));
        }
    }

    private void report(GenerationJob job, IStatus status) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        GenerationJob.Request request = job.request();
        Optional<IContainer> inWorkspace = workspaceFolder(request.folder());
        inWorkspace.ifPresent(GenerationOutcome::refresh);
        if (status.getSeverity() == IStatus.CANCEL) {
            statusLine(window, NLS.bind(Messages.generate_cancelled, request.folder()));
            return;
        }
        if (status.getSeverity() == IStatus.ERROR) {
            ErrorDialog.openError(window == null ? null : window.getShell(), Messages.generate_failedTitle,
                    NLS.bind(Messages.generate_failed, request.planFile().getFileName()), status);
            return;
        }
        OutputRun.Result result = job.result();
        if (status.getSeverity() == IStatus.WARNING) {
            statusLine(window, status.getMessage());
            ErrorDialog.openError(window == null ? null : window.getShell(), Messages.generate_warningsTitle, null,
                    shown(status, request));
        } else {
            statusLine(window, NLS.bind(Messages.generate_done, result.written().size(), request.folder()));
        }
        switch (request.after()) {
            case FOLDER -> {
                if (inWorkspace.isPresent() && window != null) {
                    // after the Project Explorer has taken in the refresh (it updates in the UI thread's queue)
                    display.asyncExec(() -> BasicNewResourceWizard.selectAndReveal(inWorkspace.get(), window));
                } else {
                    Program.launch(request.folder().toString());
                }
            }
            case PDF -> planDocument(result).ifPresent(pdf -> Program.launch(pdf.toString()));
            case NOTHING -> {
                // the status line says where the files are
            }
        }
    }

    /**
     * The job's warning with where the files went said after its summary (ErrorDialog would put a
     * message of its own above the status's under "Reason:", which a warning is not).
     */
    private static IStatus shown(IStatus status, GenerationJob.Request request) {
        MultiStatus shown = new MultiStatus(status.getPlugin(), status.getCode(), status.getMessage() + "\n\n"
                + NLS.bind(Messages.generate_warnings, request.planFile().getFileName(), request.folder()), null);
        for (IStatus warning : status.getChildren()) {
            shown.add(warning);
        }
        return shown;
    }

    /** The plan document (or summary) among the written files. */
    static Optional<Path> planDocument(OutputRun.Result result) {
        return result.written().stream().filter(artifact -> artifact.format() == ArtifactFormat.PDF)
                .map(GeneratedArtifact::file).filter(file -> file.getFileName().toString().startsWith("plan"))
                .findFirst();
    }

    /** The workspace folder at {@code folder}, if the workspace has one (the folder need not exist yet). */
    static Optional<IContainer> workspaceFolder(Path folder) {
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(folder.toAbsolutePath().normalize().toUri())) {
            if (container.getProject() != null && container.getProject().isOpen()) {
                return Optional.of(container);
            }
        }
        return Optional.empty();
    }

    private static void refresh(IContainer container) {
        try {
            IResource existing = container;
            while (!existing.exists() && existing.getParent() != null) {
                existing = existing.getParent();
            }
            existing.refreshLocal(IResource.DEPTH_INFINITE, null);
        } catch (CoreException e) {
            // the workspace catches up on its next refresh
        }
    }

    private static void statusLine(IWorkbenchWindow window, String message) {
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActivePart();
        IWorkbenchPartSite site = part == null ? null : part.getSite();
        IStatusLineManager line = site instanceof IViewSite view ? view.getActionBars().getStatusLineManager()
                : site instanceof IEditorSite editor ? editor.getActionBars().getStatusLineManager() : null;
        if (line != null) {
            line.setMessage(message);
        }
    }
}
