package org.tactician.generators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.generators.budget.BudgetCsv;
import org.tactician.generators.budget.BudgetWorkbook;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PlanCalendars;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.calendar.PrintableCalendar;
import org.tactician.generators.document.PlanDocument;
import org.tactician.generators.document.PlanPdf;
import org.tactician.generators.docx.PlanDocx;
import org.tactician.model.MarketingPlan;

/**
 * Turns a plan into the files a consultant hands the client. Headless and UI-free: the
 * command line and the workbench both call {@link #generate}.
 *
 * <p>Files produced per format: {@code ics} — {@code calendar-<kind>.ics} for every calendar
 * and {@code calendar-all.ics}; {@code csv} — {@code calendar-entries.csv} and
 * {@code budget.csv}; {@code html} — {@code plan.html}; {@code pdf} — {@code plan.pdf} and
 * {@code calendar.pdf} (the printable month grids and quarter views); {@code docx} —
 * {@code plan.docx}; {@code xlsx} — {@code budget.xlsx}. With {@code summaryOnly} the document
 * formats produce the executive summary instead ({@code plan-summary.html/.pdf/.docx}).
 */
public final class PlanGenerator {

    /** The longest plan the generators write, in years (a workbook has a column per month). */
    public static final int MAX_PLAN_YEARS = 25;

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
     * Writes the artifacts of {@code plan} in {@code formats} into {@code folder}.
     *
     * @param summaryOnly whether documents hold only the executive summary
     * @param progress told about each file before it is written; may cancel between files
     * @return the files written, in the order written
     * @throws GenerationCancelledException when {@code progress} cancelled
     * @throws GenerationFailedException when a generator failed; it names the file
     * @throws IOException when a file cannot be written
     */
    public List<GeneratedArtifact> generate(MarketingPlan plan, OutputFolder folder, Set<ArtifactFormat> formats,
            boolean summaryOnly, GenerationProgress progress) throws IOException {
        long months = PlanCalendar.monthCount(plan);
        if (months > MAX_PLAN_YEARS * 12L) {
            // A mistyped year (20270) would make millions of month columns, calendar pages and labels.
            throw new GenerationFailedException("the plan covers " + months + " months (" + plan.getStart() + " to "
                    + plan.getEnd() + "); Tactician generates plans of at most " + MAX_PLAN_YEARS
                    + " years: check the plan's start and end dates");
        }
        CurrentStep current = new CurrentStep(progress);
        try {
            return generateAll(plan, folder, formats, summaryOnly, current);
        } catch (GenerationCancelledException | GenerationFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GenerationFailedException(current.file, e);
        }
    }

    /** Forwards to the caller's progress and remembers which file is being produced. */
    private static final class CurrentStep implements GenerationProgress {

        private final GenerationProgress progress;
        private String file;

        CurrentStep(GenerationProgress progress) {
            this.progress = progress;
        }

        @Override
        public void step(String message) {
            file = message;
            progress.step(message);
        }

        @Override
        public boolean isCancelled() {
            return progress.isCancelled();
        }
    }

    private List<GeneratedArtifact> generateAll(MarketingPlan plan, OutputFolder folder, Set<ArtifactFormat> formats,
            boolean summaryOnly, GenerationProgress progress) throws IOException {
        Set<ArtifactFormat> wanted = formats.isEmpty() ? EnumSet.noneOf(ArtifactFormat.class) : EnumSet.copyOf(formats);
        List<GeneratedArtifact> written = new ArrayList<>();
        Lazy<PlanSchedule> schedule = new Lazy<>(() -> PlanSchedule.of(plan));
        if (wanted.contains(ArtifactFormat.ICS) || wanted.contains(ArtifactFormat.CSV)) {
            PlanCalendars calendars = new PlanCalendars(schedule.get(), timestamp);
            if (wanted.contains(ArtifactFormat.ICS)) {
                written.addAll(calendars.writeIcs(folder, progress));
            }
            if (wanted.contains(ArtifactFormat.CSV)) {
                written.add(calendars.writeCsv(folder, progress));
            }
        }
        String stem = summaryOnly ? "plan-summary" : "plan";
        // Each file is announced before its content is computed, so a failure names the right file.
        Lazy<PlanDocument> document = new Lazy<>(() -> new PlanDocument(plan, summaryOnly));
        if (wanted.contains(ArtifactFormat.HTML)) {
            String name = announce(stem + ".html", progress);
            written.add(new GeneratedArtifact(ArtifactFormat.HTML,
                    folder.write(name, document.get().html().getBytes(StandardCharsets.UTF_8))));
        }
        if (wanted.contains(ArtifactFormat.PDF)) {
            String name = announce(stem + ".pdf", progress);
            written.add(new GeneratedArtifact(ArtifactFormat.PDF, folder.write(name, out -> PlanPdf.render(document.get(), out))));
            if (!summaryOnly) {
                // The wall calendar belongs to the full plan's PDFs, not to the executive summary.
                announce(PrintableCalendar.FILE, progress);
                String calendar = new PrintableCalendar(schedule.get()).html();
                written.add(new GeneratedArtifact(ArtifactFormat.PDF,
                        folder.write(PrintableCalendar.FILE, out -> PlanPdf.renderXhtml(calendar, out))));
            }
        }
        Lazy<BudgetMatrix> matrix = new Lazy<>(() -> BudgetEngine.expand(plan));
        if (wanted.contains(ArtifactFormat.CSV)) {
            announce(BudgetCsv.FILE, progress);
            written.add(new GeneratedArtifact(ArtifactFormat.CSV, folder.write(BudgetCsv.FILE, new BudgetCsv(matrix.get()).toBytes())));
        }
        if (wanted.contains(ArtifactFormat.XLSX)) {
            announce(BudgetWorkbook.FILE, progress);
            written.add(new GeneratedArtifact(ArtifactFormat.XLSX,
                    folder.write(BudgetWorkbook.FILE, new BudgetWorkbook(plan, matrix.get())::write)));
        }
        if (wanted.contains(ArtifactFormat.DOCX)) {
            String name = announce(stem + ".docx", progress);
            written.add(new GeneratedArtifact(ArtifactFormat.DOCX, folder.write(name, new PlanDocx(plan, summaryOnly)::write)));
        }
        return written;
    }

    /**
     * The names of the files {@link #generate} writes for {@code formats}, whatever the plan
     * holds (every calendar gets its file, empty or not): what a caller checks before a run,
     * e.g. that no output would replace the plan itself.
     */
    public static Set<String> fileNames(Set<ArtifactFormat> formats, boolean summaryOnly) {
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
        return names;
    }

    private static String announce(String file, GenerationProgress progress) {
        progress.checkCancelled();
        progress.step(file);
        return file;
    }

    /** A value computed on first use, for what several formats share. */
    private static final class Lazy<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
