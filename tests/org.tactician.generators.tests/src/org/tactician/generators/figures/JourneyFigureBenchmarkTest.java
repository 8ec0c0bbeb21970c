package org.tactician.generators.figures;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.TestPlans;
import org.tactician.i18n.PlanTerms;
import org.tactician.layout.journey.internal.ElkJourney;
import org.tactician.model.CustomerJourney;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Persona;

/**
 * What a run spends on one journey's figure — its PDF pages, the whole figure (Word and the
 * picture) and the full-size {@code journey.svg} — with a layout per use (the baseline: the shared
 * {@link JourneyLayout#ELK}, as every run did before) against a run's layout that keeps the
 * drawing ({@link JourneyLayout#forPlan}, made anew each round as each run makes it), alternated
 * round by round in one JVM. Skipped unless {@code TACTICIAN_BENCHMARK=1}; writes
 * {@code target/journey-figure-benchmark.md}.
 */
class JourneyFigureBenchmarkTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path temp;

    private record Timing(double wall, double cpu, int layouts) {
    }

    /** The figure as a run uses it: pages (PDF, Word pieces), the whole diagram, the SVG file. */
    private static Timing figure(MarketingPlan plan, CustomerJourney journey, JourneyLayout layout) {
        AtomicInteger layouts = new AtomicInteger();
        try (ElkJourney.Watch watch = ElkJourney.watch((j, options) -> layouts.incrementAndGet())) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            JourneyFigure figure = new JourneyFigure(journey, 0, PlanTerms.of(plan), layout);
            figure.pages();
            figure.diagram();
            figure.svg();
            return new Timing((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, layouts.get());
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String row(String name, MarketingPlan plan, int warmUp, int measured) {
        CustomerJourney journey = plan.getJourneys().get(0);
        List<Double> beforeWall = new ArrayList<>();
        List<Double> beforeCpu = new ArrayList<>();
        List<Double> nowWall = new ArrayList<>();
        List<Double> nowCpu = new ArrayList<>();
        int beforeLayouts = 0;
        int nowLayouts = 0;
        for (int round = 0; round < warmUp + measured; round++) {
            Timing before = figure(plan, journey, JourneyLayout.ELK);
            Timing now = figure(plan, journey, JourneyLayout.forPlan(plan));
            if (round >= warmUp) {
                beforeWall.add(before.wall());
                beforeCpu.add(before.cpu());
                nowWall.add(now.wall());
                nowCpu.add(now.cpu());
                beforeLayouts = before.layouts();
                nowLayouts = now.layouts();
            }
        }
        return String.format(Locale.ROOT, "| %s (%d rounds after %d) | %d | %.1f / %.1f | %d | %.1f / %.1f | %.2f× / %.2f× |%n", name, measured, warmUp, beforeLayouts,
                median(beforeWall), median(beforeCpu), nowLayouts, median(nowWall), median(nowCpu),
                median(nowWall) / median(beforeWall), median(nowCpu) / median(beforeCpu));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void oneLayoutPerRunAgainstOnePerUse() throws Exception {
        double start = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder rows = new StringBuilder();
        rows.append(row("furniture sample journey", TestPlans.furniture(Files.createDirectories(temp.resolve("a"))), 5, 15));
        MarketingPlan big = TestPlans.furniture(Files.createDirectories(temp.resolve("b")));
        CustomerJourney journey = big.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        JourneyOnPaperTest.grow(journey, personas, 200);
        rows.append(row("the same grown to 200 touchpoints", big, 2, 7));
        String report = String.format(Locale.ROOT, """
                # Journey figure benchmark

                Load average %.1f at the start, %.1f at the end; medians of the measured rounds (after warm-up
                rounds), wall / this thread's CPU ms.

                | journey | layouts per use (before) | ms | layouts per run (now) | ms | now / before |
                |---|---:|---:|---:|---:|---:|
                %s""", start, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rows);
        Files.writeString(Path.of("target", "journey-figure-benchmark.md").toAbsolutePath(), report);
        System.out.println(report);
    }
}
