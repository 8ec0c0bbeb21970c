package org.tactician.generators;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.generators.budget.BudgetCsv;
import org.tactician.generators.budget.BudgetWorkbook;
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
     * @throws IOException when a file cannot be written
     */
    public List<GeneratedArtifact> generate(MarketingPlan plan, OutputFolder folder, Set<ArtifactFormat> formats,
            boolean summaryOnly, GenerationProgress progress) throws IOException {
        Set<ArtifactFormat> wanted = formats.isEmpty() ? EnumSet.noneOf(ArtifactFormat.class) : EnumSet.copyOf(formats);
        List<GeneratedArtifact> written = new ArrayList<>();
        if (wanted.contains(ArtifactFormat.ICS) || wanted.contains(ArtifactFormat.CSV)) {
            PlanCalendars calendars = new PlanCalendars(PlanSchedule.of(plan), timestamp);
            if (wanted.contains(ArtifactFormat.ICS)) {
                written.addAll(calendars.writeIcs(folder, progress));
            }
            if (wanted.contains(ArtifactFormat.CSV)) {
                written.add(calendars.writeCsv(folder, progress));
            }
        }
        if (wanted.contains(ArtifactFormat.HTML) || wanted.contains(ArtifactFormat.PDF)) {
            PlanDocument document = new PlanDocument(plan, summaryOnly);
            String stem = summaryOnly ? "plan-summary" : "plan";
            if (wanted.contains(ArtifactFormat.HTML)) {
                progress.checkCancelled();
                progress.step(stem + ".html");
                written.add(new GeneratedArtifact(ArtifactFormat.HTML,
                        folder.write(stem + ".html", document.html().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
            if (wanted.contains(ArtifactFormat.PDF)) {
                progress.checkCancelled();
                progress.step(stem + ".pdf");
                written.add(new GeneratedArtifact(ArtifactFormat.PDF,
                        folder.write(stem + ".pdf", out -> PlanPdf.render(document, out))));
                if (!summaryOnly) {
                    // The wall calendar belongs to the full plan's PDFs, not to the executive summary.
                    progress.checkCancelled();
                    progress.step(PrintableCalendar.FILE);
                    String calendar = new PrintableCalendar(PlanSchedule.of(plan)).html();
                    written.add(new GeneratedArtifact(ArtifactFormat.PDF,
                            folder.write(PrintableCalendar.FILE, out -> PlanPdf.renderXhtml(calendar, out))));
                }
            }
        }
        written.addAll(budgetAndDocx(plan, folder, wanted, summaryOnly, progress));
        return written;
    }

    /** The budget files (XLSX, budget CSV) and the Word document. */
    private static List<GeneratedArtifact> budgetAndDocx(MarketingPlan plan, OutputFolder folder, Set<ArtifactFormat> wanted,
            boolean summaryOnly, GenerationProgress progress) throws IOException {
        List<GeneratedArtifact> written = new ArrayList<>();
        if (wanted.contains(ArtifactFormat.CSV) || wanted.contains(ArtifactFormat.XLSX)) {
            BudgetMatrix matrix = BudgetEngine.expand(plan);
            if (wanted.contains(ArtifactFormat.CSV)) {
                progress.checkCancelled();
                progress.step(BudgetCsv.FILE);
                written.add(new GeneratedArtifact(ArtifactFormat.CSV, folder.write(BudgetCsv.FILE, new BudgetCsv(matrix).toBytes())));
            }
            if (wanted.contains(ArtifactFormat.XLSX)) {
                progress.checkCancelled();
                progress.step(BudgetWorkbook.FILE);
                written.add(new GeneratedArtifact(ArtifactFormat.XLSX,
                        folder.write(BudgetWorkbook.FILE, new BudgetWorkbook(plan, matrix)::write)));
            }
        }
        if (wanted.contains(ArtifactFormat.DOCX)) {
            String name = (summaryOnly ? "plan-summary" : "plan") + ".docx";
            progress.checkCancelled();
            progress.step(name);
            written.add(new GeneratedArtifact(ArtifactFormat.DOCX, folder.write(name, new PlanDocx(plan, summaryOnly)::write)));
        }
        return written;
    }
}
