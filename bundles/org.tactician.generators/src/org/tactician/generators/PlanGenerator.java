package org.tactician.generators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.emf.common.util.Diagnostic;
import org.tactician.charts.ChartRenderer;
import org.tactician.charts.ChartStyle;
import org.tactician.forecast.PlanCalendar;
import org.tactician.generators.budget.BudgetCsv;
import org.tactician.generators.budget.BudgetWorkbook;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PlanCalendars;
import org.tactician.generators.calendar.PrintableCalendar;
import org.tactician.generators.content.DocumentContent;
import org.tactician.generators.content.GlyphCheck;
import org.tactician.generators.content.PlanAnalysis;
import org.tactician.generators.content.PlanContent;
import org.tactician.generators.document.HtmlRenderer;
import org.tactician.generators.document.PlanPdf;
import org.tactician.generators.docx.PlanDocx;
import org.tactician.generators.figures.PlanFigure;
import org.tactician.model.MarketingPlan;

/**
 * Turns a plan into the files a consultant hands the client. Headless and UI-free: the command
 * line and the workbench both call {@link #generate}.
 *
 * <p>A run analyses the plan once ({@link PlanAnalysis}: validation, budget, forecast, charts,
 * words, theme), builds the document's content once ({@link PlanContent}), and renders the
 * independent artifacts in parallel, each into its own file.
 *
 * <p>Files produced per format: {@code ics} — {@code calendar-<kind>.ics} for every calendar
 * and {@code calendar-all.ics}; {@code csv} — {@code calendar-entries.csv} and
 * {@code budget.csv}; {@code html} — {@code plan.html}; {@code pdf} — {@code plan.pdf} and
 * {@code calendar.pdf} (the printable month grids and quarter views); {@code docx} —
 * {@code plan.docx}; {@code xlsx} — {@code budget.xlsx}; {@code svg} — {@code tows.svg},
 * {@code canvas.svg} and {@code journey.svg} (the figures the plan has; further journeys
 * {@code journey-2.svg}, ...). With {@code summaryOnly} the document
 * formats produce the executive summary instead ({@code plan-summary.html/.pdf/.docx}).
 */
public final class PlanGenerator {

    /** The longest plan the generators write, in years (a workbook has a column per month). */
    public static final int MAX_PLAN_YEARS = 25;

    /** The TOWS matrix as SVG ({@link ArtifactFormat#SVG}). */
    public static final String TOWS_SVG = "tows.svg";
    /** The Business Model Canvas as SVG. */
    public static final String CANVAS_SVG = "canvas.svg";
    /** The (first) customer journey as SVG; further journeys are {@code journey-2.svg}, ... */
    public static final String JOURNEY_SVG = "journey.svg";

    /** Threads of one run: the machine's cores, at most four (PDF layout is the long pole). */
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Instant timestamp;

    /** A generator stamping its output with the current time. */
    public PlanGenerator() {
        this(Instant.now());
    }

    /** A generator stamping its output with {@code timestamp} (for reproducible output). */
    public PlanGenerator(Instant timestamp) {
        this.timestamp = Objects.requireNonNull(timestamp);
    }

    /**
     * Analyses {@code plan} (validating it) and writes its artifacts in {@code formats} into
     * {@code folder}; see {@link #generate(PlanAnalysis, OutputFolder, Set, boolean, GenerationProgress)}.
     */
    public List<GeneratedArtifact> generate(MarketingPlan plan, OutputFolder folder, Set<ArtifactFormat> formats,
            boolean summaryOnly, GenerationProgress progress) throws IOException {
        return generate(plan, null, folder, formats, summaryOnly, progress);
    }

    /**
     * Analyses {@code plan}, already validated into {@code validation} (the result of
     * {@code PlanValidation.validate}, e.g. the caller's check before the run; null to validate
     * here), and writes its artifacts in {@code formats} into {@code folder}; see
     * {@link #generate(PlanAnalysis, OutputFolder, Set, boolean, GenerationProgress)}.
     */
    public List<GeneratedArtifact> generate(MarketingPlan plan, Diagnostic validation, OutputFolder folder,
            Set<ArtifactFormat> formats, boolean summaryOnly, GenerationProgress progress) throws IOException {
        long months = PlanCalendar.monthCount(plan);
        if (months > MAX_PLAN_YEARS * 12L) {
            // A mistyped year (20270) would make millions of month columns, calendar pages and labels.
            throw new GenerationFailedException("the plan covers " + months + " months (" + plan.getStart() + " to "
                    + plan.getEnd() + "); Tactician generates plans of at most " + MAX_PLAN_YEARS
                    + " years: check the plan's start and end dates");
        }
        PlanAnalysis analysis;
        try {
            analysis = validation == null ? PlanAnalysis.of(plan) : PlanAnalysis.of(plan, validation);
        } catch (RuntimeException e) {
            throw new GenerationFailedException(null, e);
        }
        return generate(analysis, folder, formats, summaryOnly, progress);
    }

    /**
     * Writes the artifacts of {@code analysis} in {@code formats} into {@code folder}.
     *
     * @param summaryOnly whether documents hold only the executive summary
     * @param progress told about each file before it is written (from the run's threads, one call at
     *        a time) and about what the reader should know ({@link GenerationProgress#warning}); may
     *        cancel between files
     * @return the files written, in the order of {@link #fileNames(MarketingPlan, Set, boolean)}
     * @throws GenerationCancelledException when {@code progress} cancelled
     * @throws GenerationFailedException when a generator failed; it names the file
     * @throws IOException when a file cannot be written
     */
    public List<GeneratedArtifact> generate(PlanAnalysis analysis, OutputFolder folder, Set<ArtifactFormat> formats,
            boolean summaryOnly, GenerationProgress progress) throws IOException {
        Set<ArtifactFormat> wanted = formats.isEmpty() ? EnumSet.noneOf(ArtifactFormat.class) : EnumSet.copyOf(formats);
        GenerationProgress shared = new SerialProgress(progress);
        shared.checkCancelled();
        analysis.theme().problems().forEach(shared::warning);
        String stem = summaryOnly ? "plan-summary" : "plan";
        boolean document = wanted.contains(ArtifactFormat.HTML) || wanted.contains(ArtifactFormat.PDF)
                || wanted.contains(ArtifactFormat.DOCX);
        DocumentContent content;
        String xhtml;
        ChartRenderer charts = new ChartRenderer(ChartStyle.STANDARD.withLeadingColours(analysis.theme().primaryColour(),
                analysis.theme().accentColour()));
        try {
            content = document ? (summaryOnly ? PlanContent.summary(analysis) : PlanContent.full(analysis)) : null;
            xhtml = wanted.contains(ArtifactFormat.HTML) || wanted.contains(ArtifactFormat.PDF)
                    ? new HtmlRenderer(analysis.theme(), analysis.terms(), charts).render(content) : null;
        } catch (RuntimeException e) {
            // The first document of the run that needs what failed (the content is every document's).
            throw new GenerationFailedException(stem + (wanted.contains(ArtifactFormat.HTML) ? ".html"
                    : wanted.contains(ArtifactFormat.PDF) ? ".pdf" : ".docx"), e);
        }
        if (content != null && (wanted.contains(ArtifactFormat.PDF) || wanted.contains(ArtifactFormat.DOCX))) {
            GlyphCheck.of(content, wanted.contains(ArtifactFormat.PDF) && !summaryOnly ? analysis.schedule() : null)
                    .warnings().forEach(shared::warning);
        }

        List<Task> tasks = new ArrayList<>();
        if (wanted.contains(ArtifactFormat.ICS) || wanted.contains(ArtifactFormat.CSV)) {
            PlanCalendars calendars = new PlanCalendars(analysis.schedule(), analysis.terms(), timestamp);
            if (wanted.contains(ArtifactFormat.ICS)) {
                tasks.add(new Task(CalendarKind.values()[0].fileName(), () -> calendars.writeIcs(folder, shared)));
            }
            if (wanted.contains(ArtifactFormat.CSV)) {
                tasks.add(new Task(PlanCalendars.CSV_FILE, () -> List.of(calendars.writeCsv(folder, shared))));
            }
        }
        if (wanted.contains(ArtifactFormat.HTML)) {
            String name = stem + ".html";
            tasks.add(new Task(name, () -> List.of(announced(shared, name,
                    () -> new GeneratedArtifact(ArtifactFormat.HTML, folder.write(name, xhtml.getBytes(StandardCharsets.UTF_8)))))));
        }
        if (wanted.contains(ArtifactFormat.PDF)) {
            String name = stem + ".pdf";
            tasks.add(new Task(name, 4, () -> List.of(announced(shared, name, () -> new GeneratedArtifact(ArtifactFormat.PDF,
                    folder.write(name, out -> PlanPdf.render(xhtml, analysis.theme().fontChain(content.fontLanguageTag()), analysis.charts(), charts, out)))))));
            if (!summaryOnly) {
                // The wall calendar belongs to the full plan's PDFs, not to the executive summary.
                tasks.add(new Task(PrintableCalendar.FILE, 3, () -> List.of(announced(shared, PrintableCalendar.FILE, () -> {
                    String calendar = new PrintableCalendar(analysis.schedule(), analysis.terms(), analysis.theme()).html();
                    return new GeneratedArtifact(ArtifactFormat.PDF,
                            folder.write(PrintableCalendar.FILE, out -> PlanPdf.renderXhtml(calendar, out)));
                }))));
            }
        }
        if (wanted.contains(ArtifactFormat.CSV)) {
            tasks.add(new Task(BudgetCsv.FILE, () -> List.of(announced(shared, BudgetCsv.FILE, () -> new GeneratedArtifact(
                    ArtifactFormat.CSV, folder.write(BudgetCsv.FILE, new BudgetCsv(analysis.budget(), analysis.terms()).toBytes()))))));
        }
        if (wanted.contains(ArtifactFormat.XLSX)) {
            tasks.add(new Task(BudgetWorkbook.FILE, 1, () -> List.of(announced(shared, BudgetWorkbook.FILE, () -> new GeneratedArtifact(
                    ArtifactFormat.XLSX, folder.write(BudgetWorkbook.FILE, out -> new BudgetWorkbook(analysis).write(out, shared)))))));
        }
        if (wanted.contains(ArtifactFormat.DOCX)) {
            String name = stem + ".docx";
            tasks.add(new Task(name, 2, () -> List.of(announced(shared, name, () -> new GeneratedArtifact(ArtifactFormat.DOCX,
                    folder.write(name, new PlanDocx(content, analysis.theme(), analysis.terms(), charts)::write))))));
        }
        if (wanted.contains(ArtifactFormat.SVG)) {
            figureTasks(analysis, folder, shared, tasks);
        }
        return run(tasks, shared);
    }

    /**
     * The TOWS matrix, the canvas and each journey as SVG, drawn as in the documents (the same
     * figures, laid out once); a figure the plan lacks is skipped with a warning.
     */
    private static void figureTasks(PlanAnalysis analysis, OutputFolder folder, GenerationProgress progress, List<Task> tasks) {
        MarketingPlan plan = analysis.plan();
        if (!hasSwot(plan)) {
            progress.warning("the plan has no SWOT analysis, so " + TOWS_SVG + " was not written");
        } else {
            tasks.add(svgTask(folder, progress, TOWS_SVG, () -> analysis.figures().tows().orElseThrow()));
        }
        if (!hasCanvas(plan)) {
            progress.warning("the plan has no Business Model Canvas, so " + CANVAS_SVG + " was not written");
        } else {
            tasks.add(svgTask(folder, progress, CANVAS_SVG, () -> analysis.figures().canvas().orElseThrow()));
        }
        if (plan.getJourneys().isEmpty()) {
            progress.warning("the plan has no customer journey, so " + JOURNEY_SVG + " was not written");
        }
        for (int i = 0; i < plan.getJourneys().size(); i++) {
            int index = i;
            tasks.add(svgTask(folder, progress, journeySvg(i), () -> analysis.figures().journey(index)));
        }
    }

    private static boolean hasSwot(MarketingPlan plan) {
        return plan.getOpportunity() != null && plan.getOpportunity().getSwot() != null;
    }

    private static boolean hasCanvas(MarketingPlan plan) {
        return plan.getStrategy() != null && plan.getStrategy().getBusinessModelCanvas() != null;
    }

    private static String journeySvg(int index) {
        return index == 0 ? JOURNEY_SVG : "journey-" + (index + 1) + ".svg";
    }

    /** Writes a figure as SVG; the figure is made (a journey laid out) by this task unless a document made it already. */
    private static Task svgTask(OutputFolder folder, GenerationProgress progress, String name,
            java.util.function.Supplier<PlanFigure> figure) {
        return new Task(name, () -> List.of(announced(progress, name, () -> svgFile(folder, name, figure.get()))));
    }

    private static GeneratedArtifact svgFile(OutputFolder folder, String name, PlanFigure figure) throws IOException {
        return new GeneratedArtifact(ArtifactFormat.SVG, folder.write(name, figure.svg().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One artifact (or the set of ICS files) to write; {@code file} names it when it fails.
     * {@code cost} ranks how long it takes (the PDFs' layout longest), to start the long ones first.
     */
    private record Task(String file, int cost, Work work) {

        Task(String file, Work work) {
            this(file, 0, work);
        }
    }

    @FunctionalInterface
    private interface Work {
        List<GeneratedArtifact> call() throws IOException;
    }

    @FunctionalInterface
    private interface Write {
        GeneratedArtifact call() throws IOException;
    }

    /** Announces {@code file} (checking for cancellation first), then writes it. */
    private static GeneratedArtifact announced(GenerationProgress progress, String file, Write write) throws IOException {
        progress.checkCancelled();
        progress.step(file);
        return write.call();
    }

    /** Runs the tasks on the run's threads; the first failure (or a cancellation) stops the others. */
    private static List<GeneratedArtifact> run(List<Task> tasks, GenerationProgress progress) throws IOException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        AtomicInteger number = new AtomicInteger();
        Workers workers = new Workers();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, tasks.size()), job -> {
            Thread thread = new Thread(job, "tactician-generate-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(workers);
            return thread;
        });
        try {
            // The longest files start first, so the last one to start is a short one and the
            // threads finish together; the results keep the order of the tasks.
            List<Task> longestFirst = new ArrayList<>(tasks);
            longestFirst.sort(java.util.Comparator.comparingInt(Task::cost).reversed());
            Map<Task, Future<List<GeneratedArtifact>>> started = new IdentityHashMap<>();
            for (Task task : longestFirst) {
                started.put(task, pool.submit(() -> {
                    try {
                        return task.work().call();
                    } catch (GenerationCancelledException | GenerationFailedException e) {
                        throw e;
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    } catch (RuntimeException e) {
                        HeapExhaustion.record(e);
                        throw new GenerationFailedException(task.file(), e);
                    } catch (Error e) {
                        // Recorded here, where it happens: another file's thread may fail next
                        // with an error that no longer names the heap (NoClassDefFoundError).
                        HeapExhaustion.record(e);
                        throw e;
                    }
                }));
            }
            List<Future<List<GeneratedArtifact>>> futures = tasks.stream().map(started::get).toList();
            List<GeneratedArtifact> written = new ArrayList<>();
            for (Future<List<GeneratedArtifact>> future : futures) {
                written.addAll(join(future, futures, workers));
            }
            return written;
        } finally {
            stop(pool);
        }
    }

    /** How long a failed run waits for its other files' threads to stop. */
    private static final long STOP_WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** How long a run whose heap ran out while stopping its threads gives them before it tries again. */
    private static final long STOP_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /**
     * Stops the run's threads and waits until they have: a failed run returns only when its
     * other files are no longer being written, so its caller can remove what they wrote, and the
     * memory they hold is free again (after an OutOfMemoryError the caller needs it to report
     * and exit cleanly). Stopping and waiting need memory themselves: when the heap has run out
     * they are tried again while the other threads end and give theirs back.
     */
    private static void stop(ExecutorService pool) {
        long deadline = System.nanoTime() + STOP_WAIT_NANOS;
        boolean interrupted = false;
        boolean stopping = false;
        while (true) {
            try {
                if (!stopping) {
                    pool.shutdownNow();
                    stopping = true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (OutOfMemoryError e) {
                HeapExhaustion.record(e);
                if (System.nanoTime() - deadline >= 0) {
                    break;
                }
                LockSupport.parkNanos(STOP_RETRY_NANOS);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Remembers the first error that ended a worker thread outside its task. When the heap runs
     * out, even the task's own bookkeeping can fail (the error escapes it and its file's future is
     * never completed): the run must not wait for it forever. Allocates nothing.
     */
    private static final class Workers implements Thread.UncaughtExceptionHandler {
        private volatile Throwable died;

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            if (died == null) {
                died = error;
            }
        }
    }

    /** How often a run waiting for a file checks that no worker died under it. */
    private static final long WORKER_CHECK_MS = 250;

    private static List<GeneratedArtifact> join(Future<List<GeneratedArtifact>> future, List<Future<List<GeneratedArtifact>>> all,
            Workers workers) throws IOException {
        try {
            while (true) {
                try {
                    return future.get(WORKER_CHECK_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    Throwable died = workers.died;
                    if (died != null) {
                        all.forEach(f -> f.cancel(true));
                        HeapExhaustion.record(died);
                        if (died instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException("a generator's thread failed", died);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(f -> f.cancel(true));
            throw new GenerationCancelledException();
        } catch (CancellationException e) {
            throw new GenerationCancelledException();
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Passes steps and warnings to the caller's progress one at a time, whichever thread reports them. */
    private static final class SerialProgress implements GenerationProgress {

        private final GenerationProgress progress;

        SerialProgress(GenerationProgress progress) {
            this.progress = progress;
        }

        @Override
        public synchronized void step(String message) {
            progress.step(message);
        }

        @Override
        public synchronized void warning(String message) {
            progress.warning(message);
        }

        @Override
        public synchronized boolean isCancelled() {
            return progress.isCancelled();
        }
    }

    /**
     * The names of the files {@link #generate} writes for {@code formats}, whatever the plan
     * holds (every calendar gets its file, empty or not; the three figures of {@code svg}): what a
     * caller checks before it has the plan. {@link #fileNames(MarketingPlan, Set, boolean)} knows
     * the plan's figures.
     */
    public static Set<String> fileNames(Set<ArtifactFormat> formats, boolean summaryOnly) {
        return fileNames(formats, summaryOnly, List.of(TOWS_SVG, CANVAS_SVG, JOURNEY_SVG));
    }

    /**
     * The names of the files {@link #generate} writes for {@code plan} in {@code formats}, in the
     * order it returns them: exactly the files of the run (the figures the plan lacks are not
     * written as SVG, and each further journey is). What a progress bar counts, and what a caller
     * checks before a run, e.g. that no output would replace the plan itself.
     */
    public static Set<String> fileNames(MarketingPlan plan, Set<ArtifactFormat> formats, boolean summaryOnly) {
        List<String> figures = new ArrayList<>();
        if (hasSwot(plan)) {
            figures.add(TOWS_SVG);
        }
        if (hasCanvas(plan)) {
            figures.add(CANVAS_SVG);
        }
        for (int i = 0; i < plan.getJourneys().size(); i++) {
            figures.add(journeySvg(i));
        }
        return fileNames(formats, summaryOnly, figures);
    }

    private static Set<String> fileNames(Set<ArtifactFormat> formats, boolean summaryOnly, List<String> figures) {
        String stem = summaryOnly ? "plan-summary" : "plan";
        Set<String> names = new LinkedHashSet<>();
        if (formats.contains(ArtifactFormat.ICS)) {
            for (CalendarKind kind : CalendarKind.values()) {
                names.add(kind.fileName());
            }
            names.add(PlanCalendars.COMBINED_FILE);
        }
        if (formats.contains(ArtifactFormat.CSV)) {
            names.add(PlanCalendars.CSV_FILE);
        }
        if (formats.contains(ArtifactFormat.HTML)) {
            names.add(stem + ".html");
        }
        if (formats.contains(ArtifactFormat.PDF)) {
            names.add(stem + ".pdf");
            if (!summaryOnly) {
                names.add(PrintableCalendar.FILE);
            }
        }
        if (formats.contains(ArtifactFormat.CSV)) {
            names.add(BudgetCsv.FILE);
        }
        if (formats.contains(ArtifactFormat.XLSX)) {
            names.add(BudgetWorkbook.FILE);
        }
        if (formats.contains(ArtifactFormat.DOCX)) {
            names.add(stem + ".docx");
        }
        if (formats.contains(ArtifactFormat.SVG)) {
            names.addAll(figures);
        }
        return names;
    }
}
