package org.tactician.ui.internal.generate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationCancelledException;
import org.tactician.generators.GenerationFailedException;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputRun;
import org.tactician.generators.PlanGenerator;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;
import org.tactician.ui.internal.preferences.TacticianPreferences.AfterGeneration;

/**
 * Generates a plan's documents in the background: one progress step per file, cancellable between
 * files, written as a whole through {@link OutputRun} (a failed or cancelled run changes nothing
 * in the folder). The plan is a snapshot taken when the job was made, so editing meanwhile is
 * safe. A run that succeeds with warnings of the generators ends in a {@link IStatus#WARNING} status
 * with one child per warning.
 */
public final class GenerationJob extends Job {

    /** The family of generation jobs (to find or wait for them). */
    public static final Object FAMILY = GenerationJob.class;

    private static final String BUNDLE = "org.tactician.ui";

    /**
     * What to generate.
     *
     * @param planFile the plan's file (names the plan in messages; its folder is the plan's folder)
     * @param plan the plan as saved, or as edited when unsaved (the bytes of a {@code .mplan} file)
     * @param folder where the files go
     * @param formats the formats to write
     * @param summaryOnly whether documents hold only the executive summary
     * @param after what to show when done
     */
    public record Request(Path planFile, byte[] plan, Path folder, Set<ArtifactFormat> formats, boolean summaryOnly,
            AfterGeneration after) {
    }

    private final Request request;
    private volatile OutputRun.Result result;
    private volatile String lastStep;
    /** The generators' warnings, each once, in the order they first came (they may come from several threads). */
    private final Set<String> warnings = new LinkedHashSet<>();

    /** A job that generates what {@code request} asks for; schedule it. */
    public GenerationJob(Request request) {
        super(NLS.bind(Messages.generate_jobName, request.planFile().getFileName()));
        this.request = request;
        setUser(true);
        // GenerationOutcome shows the failure with its details; the Progress view keeps it too.
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        setProperty(IProgressConstants.ICON_PROPERTY, UiImages.descriptor(UiImages.GENERATE));
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What was asked. */
    public Request request() {
        return request;
    }

    /** What the run wrote and removed; null unless it succeeded. */
    public OutputRun.Result result() {
        return result;
    }

    /** The file being produced when the job last reported (for tests and the failure message). */
    public String lastStep() {
        return lastStep;
    }

    /** The warnings of the last run, each once, in the order they first came. */
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        // Counted before the plan is read; once read, the count is the files this plan's run writes
        // (an svg run writes only the figures the plan has).
        List<String> expected = List.copyOf(PlanGenerator.fileNames(request.formats(), request.summaryOnly()));
        SubMonitor progress = SubMonitor.convert(monitor,
                NLS.bind(Messages.generate_task, expected.size(), request.planFile().getFileName()), expected.size() + 2);
        synchronized (warnings) {
            warnings.clear();
        }
        try {
            progress.subTask(Messages.generate_reading);
            MarketingPlan plan = load();
            progress.worked(1);
            List<String> files = List.copyOf(PlanGenerator.fileNames(plan, request.formats(), request.summaryOnly()));
            progress.setTaskName(NLS.bind(Messages.generate_task, files.size(), request.planFile().getFileName()));
            progress.setWorkRemaining(files.size() + 1);
            try (OutputRun run = OutputRun.start(request.folder(),
                    folder -> progress.subTask(NLS.bind(Messages.generate_waiting, folder)))) {
                List<GeneratedArtifact> staged = new PlanGenerator().generate(plan, run.staging(), request.formats(),
                        request.summaryOnly(), new GenerationProgress() {
                            private int done;

                            @Override
                            public void step(String file) {
                                lastStep = file;
                                progress.subTask(NLS.bind(Messages.generate_writing, file, ++done, files.size()));
                                progress.worked(1);
                            }

                            @Override
                            public void warning(String message) {
                                synchronized (warnings) {
                                    warnings.add(message);
                                }
                            }

                            @Override
                            public boolean isCancelled() {
                                return progress.isCanceled();
                            }
                        });
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS; // the last file was cancelled while written: keep nothing
                }
                progress.subTask(Messages.generate_committing);
                result = run.commit(staged);
                progress.worked(1);
                return succeeded(result.written().size());
            }
        } catch (GenerationCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (GenerationFailedException e) {
            // The element being rendered, when it failed in one: what the user fixes in the plan.
            String file = e.file().orElse(Messages.generate_allFiles);
            String message = e.element()
                    .map(element -> NLS.bind(Messages.generate_generatorFailedAt, new Object[] {file, request.folder(), element}))
                    .orElseGet(() -> NLS.bind(Messages.generate_generatorFailed, file, request.folder()));
            return failure(message, e);
        } catch (IOException | RuntimeException e) {
            return failure(NLS.bind(Messages.generate_writeFailed, request.folder()), e);
        } finally {
            monitor.done();
        }
    }

    private MarketingPlan load() throws IOException {
        PlanResource resource = new PlanResource(URI.createFileURI(request.planFile().toAbsolutePath().toString()));
        resource.load(new ByteArrayInputStream(request.plan()), null);
        if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof MarketingPlan plan)) {
            throw new IOException(NLS.bind(Messages.generate_unreadable, request.planFile()));
        }
        return plan;
    }

    /** OK, or a warning whose children are the run's warnings and whose message sums them up. */
    private IStatus succeeded(int written) {
        List<String> said = warnings();
        if (said.isEmpty()) {
            return Status.OK_STATUS;
        }
        String summary = said.size() == 1 ? MessageFormat.format(Messages.generate_doneWarning, written, said.get(0))
                : MessageFormat.format(Messages.generate_doneWarnings, written, said.size(), said.get(0));
        MultiStatus status = new MultiStatus(BUNDLE, IStatus.OK, summary, null);
        for (String warning : said) {
            status.add(Status.warning(warning));
        }
        return status;
    }

    /** An error with the whole cause chain as its details, so nothing of it is lost in the dialog or the log. */
    private IStatus failure(String message, Throwable cause) {
        MultiStatus status = new MultiStatus(BUNDLE, IStatus.ERROR, message, cause);
        for (Throwable each = cause; each != null; each = each.getCause() == each ? null : each.getCause()) {
            String text = each.getMessage() == null ? each.getClass().getName()
                    : each.getClass().getSimpleName() + ": " + each.getMessage();
            status.add(Status.error(text));
        }
        return status;
    }
}
