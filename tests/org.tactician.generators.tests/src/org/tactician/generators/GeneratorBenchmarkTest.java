package org.tactician.generators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.BudgetLine;
import org.tactician.model.EditorialEntry;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;

/**
 * The generator benchmark (a benchmark, not a timed test: it runs only with
 * {@code TACTICIAN_BENCHMARK=1} in the environment, see benchmarks/README.md). It runs inside
 * the OSGi test runtime because the generator's libraries (openhtmltopdf, ical4j, ICU, the fonts
 * bundle) are wired there; a plain JMH class path would need every OSGi-wrapped jar by hand.
 *
 * <p>Reports ratios against a baseline measured in the same run: all artifacts of the full
 * sample vs loading the sample; and the calendar and budget work at 10× calendar entries and
 * budget lines vs 1×. Writes {@code target/generator-benchmark.md}.
 */
class GeneratorBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 9;

    @TempDir
    Path temp;

    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void allArtifactsAndLinearity() throws Exception {
        Path file = temp.resolve("furniture.mplan");
        try (var in = SamplePlans.FURNITURE_RETAILER.openStream()) {
            Files.copy(in, file);
        }
        Set<ArtifactFormat> all = EnumSet.allOf(ArtifactFormat.class);
        MarketingPlan plan = PlanFiles.load(file);
        double load = median(() -> PlanFiles.load(file));
        double generate = median(() -> generate(plan, all, "all"));

        // Linearity: the calendar files and the budget/forecast tables of the document, at 1× and 10×.
        Set<ArtifactFormat> scaled = EnumSet.of(ArtifactFormat.ICS, ArtifactFormat.CSV, ArtifactFormat.HTML);
        MarketingPlan ten = PlanFiles.load(file);
        multiply(ten, 10);
        double one = median(() -> generate(plan, scaled, "one"));
        double tenTimes = median(() -> generate(ten, scaled, "ten"));
        double tenPdf = median(() -> generate(ten, EnumSet.of(ArtifactFormat.PDF), "ten-pdf"));
        double onePdf = median(() -> generate(plan, EnumSet.of(ArtifactFormat.PDF), "one-pdf"));

        String report = String.format(Locale.ROOT, """
                # Generator benchmark

                | measurement | median ms | ratio |
                |---|---:|---:|
                | baseline: load the furniture sample (`PlanFiles.load`) | %.1f | 1.0× |
                | all artifacts of the sample (ICS, CSV, HTML, PDF + calendar.pdf), warm | %.1f | %.1f× load |
                | ICS + CSV + HTML, 1× entries and budget lines | %.1f | 1.0× |
                | ICS + CSV + HTML, 10× entries and budget lines | %.1f | %.1f× |
                | PDF (plan + calendar), 1× | %.1f | 1.0× |
                | PDF (plan + calendar), 10× | %.1f | %.1f× |
                """, load, generate, generate / load, one, tenTimes, tenTimes / one, onePdf, tenPdf, tenPdf / onePdf);
        Files.writeString(Path.of("target", "generator-benchmark.md").toAbsolutePath(), report);
        System.out.println(report);
    }

    /** Multiplies the editorial entries and the budget lines by {@code factor} (copies with fresh ids). */
    private static void multiply(MarketingPlan plan, int factor) {
        List<EditorialEntry> entries = new ArrayList<>(plan.getOperations().getEditorialCalendar().getEntries());
        List<BudgetLine> lines = new ArrayList<>(plan.getAction().getBudget().getLines());
        for (int copy = 1; copy < factor; copy++) {
            for (EditorialEntry entry : entries) {
                EditorialEntry twin = EcoreUtil.copy(entry);
                twin.setId(entry.getId() + "-x" + copy);
                plan.getOperations().getEditorialCalendar().getEntries().add(twin);
            }
            for (BudgetLine line : lines) {
                BudgetLine twin = EcoreUtil.copy(line);
                twin.setId(line.getId() + "-x" + copy);
                plan.getAction().getBudget().getLines().add(twin);
            }
        }
    }

    private void generate(MarketingPlan plan, Set<ArtifactFormat> formats, String folder) throws Exception {
        new PlanGenerator(Instant.EPOCH).generate(plan, new OutputFolder(temp.resolve(folder)), formats, false,
                GenerationProgress.NONE);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Median wall time in ms of {@link #MEASURED} runs after {@link #WARM_UP} warm-up runs. */
    private static double median(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[MEASURED / 2];
    }
}
