package org.tactician.generators;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.management.ObjectName;

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
 * sample (every format) vs loading the sample; and the calendar and budget work at 10× calendar
 * entries and budget lines vs 1×; each as wall time and as the process' CPU time, with the
 * machine's load average. Writes {@code target/generator-benchmark.md}.
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
        double loadAverage = OS.getSystemLoadAverage();
        Timing load = median(() -> loads(file)).per(LOADS);
        Timing generate = median(() -> generate(plan, all, "all"));
        Timing loadAfter = median(() -> loads(file)).per(LOADS);
        // The same with a word of Devanagari in the plan's name: the PDFs keep the fonts' glyph
        // substitutions (PDFBox's Indic shaping), as every PDF did before PdfFontFiles.
        MarketingPlan indic = PlanFiles.load(file);
        indic.setName(indic.getName() + " \u0928\u092e\u0938\u094d\u0924\u0947");
        Timing withSubstitutions = median(() -> generate(indic, all, "indic"));

        // Linearity: the calendar files and the budget/forecast tables of the document, at 1× and 10×.
        Set<ArtifactFormat> scaled = EnumSet.of(ArtifactFormat.ICS, ArtifactFormat.CSV, ArtifactFormat.HTML);
        MarketingPlan ten = PlanFiles.load(file);
        multiply(ten, 10);
        Timing one = median(() -> generate(plan, scaled, "one"));
        Timing tenTimes = median(() -> generate(ten, scaled, "ten"));
        Timing tenPdf = median(() -> generate(ten, EnumSet.of(ArtifactFormat.PDF), "ten-pdf"));
        Timing onePdf = median(() -> generate(plan, EnumSet.of(ArtifactFormat.PDF), "one-pdf"));

        String report = String.format(Locale.ROOT, """
                # Generator benchmark

                %d cores, load average %.1f at the start and %.1f at the end. Wall time is what a user
                waits; CPU time is the whole process' (every thread, the JIT and the garbage collector
                included), which the machine's other work disturbs less.

                | measurement | median wall ms | ratio | median CPU ms | ratio |
                |---|---:|---:|---:|---:|
                | baseline: load the furniture sample (`PlanFiles.load`, %d times a run) | %.1f | 1.0× | %.1f | 1.0× |
                | all artifacts of the sample (every format: ICS, CSV, HTML, PDF + calendar.pdf, DOCX, XLSX, SVG), warm | %.1f | %.1f× load | %.1f | %.1f× load |
                | the baseline again, after the artifacts | %.1f | | %.1f | |
                | all artifacts, a Devanagari word in the plan's name (the PDFs' fonts with their substitutions) | %.1f | %.1f× load | %.1f | %.1f× load |
                | ICS + CSV + HTML, 1× entries and budget lines | %.1f | 1.0× | %.1f | 1.0× |
                | ICS + CSV + HTML, 10× entries and budget lines | %.1f | %.1f× | %.1f | %.1f× |
                | PDF (plan + calendar), 1× | %.1f | 1.0× | %.1f | 1.0× |
                | PDF (plan + calendar), 10× | %.1f | %.1f× | %.1f | %.1f× |
                """, Runtime.getRuntime().availableProcessors(), loadAverage, OS.getSystemLoadAverage(),
                LOADS, load.wall(), load.cpu(), generate.wall(), generate.wall() / load.wall(), generate.cpu(), generate.cpu() / load.cpu(),
                loadAfter.wall(), loadAfter.cpu(), withSubstitutions.wall(), withSubstitutions.wall() / load.wall(),
                withSubstitutions.cpu(), withSubstitutions.cpu() / load.cpu(), one.wall(), one.cpu(), tenTimes.wall(), tenTimes.wall() / one.wall(),
                tenTimes.cpu(), tenTimes.cpu() / one.cpu(), onePdf.wall(), onePdf.cpu(), tenPdf.wall(),
                tenPdf.wall() / onePdf.wall(), tenPdf.cpu(), tenPdf.cpu() / onePdf.cpu());
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

    /** Median wall time and median process CPU time of one run, in ms. */
    private record Timing(double wall, double cpu) {

        /** The time of one of {@code count} repetitions. */
        Timing per(int count) {
            return new Timing(wall / count, cpu / count);
        }
    }

    /** Loads per measured baseline run: the process' CPU clock ticks in 10 ms, a load takes a few. */
    private static final int LOADS = 20;

    private static void loads(Path file) throws Exception {
        for (int i = 0; i < LOADS; i++) {
            PlanFiles.load(file);
        }
    }

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    /** The CPU time the whole process has used, in ns (the platform's OperatingSystem bean, through JMX). */
    private static long processCpuTime() throws Exception {
        return ((Number) ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime")).longValue();
    }

    /** Medians of {@link #MEASURED} runs after {@link #WARM_UP} warm-up runs. */
    private static Timing median(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long startCpu = processCpuTime();
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (processCpuTime() - startCpu) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new Timing(times[MEASURED / 2], cpu[MEASURED / 2]);
    }
}
