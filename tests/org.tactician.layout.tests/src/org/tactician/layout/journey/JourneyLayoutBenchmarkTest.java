package org.tactician.layout.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.tactician.layout.journey.JourneyLayout.Density;
import org.tactician.layout.journey.JourneyLayout.Options;
import org.tactician.layout.journey.internal.ElkJourney;
import org.tactician.model.CustomerJourney;

/**
 * The journey layout benchmark (a benchmark, not a timed test: it runs only with
 * {@code TACTICIAN_BENCHMARK=1}, see benchmarks/README.md). The subject is a journey drawn in
 * persona lanes, the baseline the same journey without lanes, laid out alternately in one JVM
 * (ABBA order, so a drift of the machine's load hits both alike); each figure is a median of
 * wall time and of the calling thread's CPU time (ELK runs on it), with the number of ELK runs a
 * layout took. Writes {@code target/journey-layout-benchmark.md}.
 */
class JourneyLayoutBenchmarkTest {

    private static final int WARM_UP = 2;
    private static final int MEASURED = 8;
    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Sample(double wallMs, double cpuMs, int runs) {
    }

    private record Row(String name, Sample baseline, Sample lanes, Sample firstBaseline, Sample firstLanes) {
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void lanesAgainstTheSameJourneyWithoutLanes() throws Exception {
        double loadAtStart = OS.getSystemLoadAverage();
        Instant started = Instant.now();
        List<Row> rows = new ArrayList<>();
        rows.add(compare("200 touchpoints, 4 personas, screen", GeneratedJourneys.generate(200, 13), Density.SCREEN));
        rows.add(compare("500 touchpoints, 4 personas, screen", GeneratedJourneys.generate(500, 5), Density.SCREEN));
        rows.add(compare("500 touchpoints, 4 personas, print", GeneratedJourneys.generate(500, 5), Density.PRINT));
        double loadAtEnd = OS.getSystemLoadAverage();

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                # Journey layout benchmark: persona lanes

                %s, %d cores, load average %.1f at the start and %.1f at the end. Medians of %d rounds after
                %d warm-up rounds; each round lays out the journey without lanes (the baseline) and in lanes
                (the subject), alternating which goes first. "first" is the first layout of that kind in this
                JVM (after the warm-up of the previous rows, so only the first row's is cold).

                | journey | baseline wall | lanes wall | ratio | baseline CPU | lanes CPU | ratio | ELK runs (baseline / lanes) |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """, started, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAtEnd, MEASURED, WARM_UP));
        for (Row row : rows) {
            report.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.2f× | %.0f ms | %.0f ms | %.2f× | %d / %d |%n",
                    row.name(), row.baseline().wallMs(), row.lanes().wallMs(), row.lanes().wallMs() / row.baseline().wallMs(),
                    row.baseline().cpuMs(), row.lanes().cpuMs(), row.lanes().cpuMs() / row.baseline().cpuMs(),
                    row.baseline().runs(), row.lanes().runs()));
        }
        report.append("\n| journey | first baseline wall | first lanes wall |\n|---|---:|---:|\n");
        for (Row row : rows) {
            report.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms |%n", row.name(), row.firstBaseline().wallMs(),
                    row.firstLanes().wallMs()));
        }
        Path out = Path.of("target", "journey-layout-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static Row compare(String name, CustomerJourney journey, Density density) {
        Options plain = Options.defaults().withDensity(density);
        Options lanes = plain.withSwimlanes(true);
        Sample firstBaseline = time(journey, plain);
        Sample firstLanes = time(journey, lanes);
        List<Sample> baseline = new ArrayList<>();
        List<Sample> subject = new ArrayList<>();
        for (int round = 0; round < WARM_UP + MEASURED; round++) {
            Sample a;
            Sample b;
            if (round % 2 == 0) {
                a = time(journey, plain);
                b = time(journey, lanes);
            } else {
                b = time(journey, lanes);
                a = time(journey, plain);
            }
            if (round >= WARM_UP) {
                baseline.add(a);
                subject.add(b);
            }
        }
        return new Row(name, median(baseline), median(subject), firstBaseline, firstLanes);
    }

    private static Sample time(CustomerJourney journey, Options options) {
        ElkJourney layout = new ElkJourney(journey, options);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        JourneyDrawing drawing = layout.layout();
        Sample sample = new Sample((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, layout.runs());
        // a benchmark of a broken drawing would measure nothing worth having
        assertEquals(List.of(), DrawingQuality.problems(drawing));
        return sample;
    }

    private static Sample median(List<Sample> samples) {
        double[] wall = samples.stream().mapToDouble(Sample::wallMs).sorted().toArray();
        double[] cpu = samples.stream().mapToDouble(Sample::cpuMs).sorted().toArray();
        int[] runs = samples.stream().mapToInt(Sample::runs).sorted().toArray();
        return new Sample(middle(wall), middle(cpu), runs[runs.length / 2]);
    }

    private static double middle(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
