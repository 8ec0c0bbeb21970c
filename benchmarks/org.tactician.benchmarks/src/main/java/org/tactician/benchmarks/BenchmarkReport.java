package org.tactician.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;

/**
 * Runs the benchmarks and reports each figure as a ratio against the baseline measured in the
 * same run, plus the heap a loaded plan holds. Writes {@code benchmark-report.md} into the
 * folder given as first argument (default: the working directory).
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        StringBuilder report = new StringBuilder("# Tactician benchmarks\n\n");
        report.append("Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");

        Options options = new OptionsBuilder().include(PlanLoadBenchmark.class.getSimpleName())
                .include(PlanValidationBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        // benchmark class -> elements -> method -> ms
        Map<String, Map<String, Map<String, Double>>> scores = new TreeMap<>();
        for (RunResult result : results) {
            String size = result.getParams().getParam("elements");
            String[] name = result.getParams().getBenchmark().split("\\.");
            scores.computeIfAbsent(name[name.length - 2], key -> new TreeMap<>())
                    .computeIfAbsent(size, key -> new TreeMap<>())
                    .put(name[name.length - 1], result.getPrimaryResult().getScore());
        }
        report.append("## Loading a plan (target: load ≤ ~2× a bare SAX pass)\n\n")
                .append("| elements | SAX pass (ms) | load (ms) | load / SAX |\n|---:|---:|---:|---:|\n");
        scores.getOrDefault("PlanLoadBenchmark", Map.of()).forEach((size, byMethod) -> report.append(String.format(
                Locale.ROOT, "| %s | %.1f | %.1f | %.2f× |%n", size, byMethod.get("saxPass"), byMethod.get("loadPlan"),
                byMethod.get("loadPlan") / byMethod.get("saxPass"))));

        report.append("\n## Validating a plan (targets: full ≤ ~2× EMF's structural Diagnostician, one edit ≤ 5 ms)\n\n")
                .append("| elements | Diagnostician (ms) | full validation (ms) | full / Diagnostician"
                        + " | one edit re-validated (ms) | edit / Diagnostician |\n|---:|---:|---:|---:|---:|---:|\n");
        scores.getOrDefault("PlanValidationBenchmark", Map.of()).forEach((size, byMethod) -> {
            double baseline = byMethod.get("structuralDiagnostician");
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f× | %.2f | %.3f× |%n", size, baseline,
                    byMethod.get("fullValidation"), byMethod.get("fullValidation") / baseline,
                    byMethod.get("oneEditRevalidated"), byMethod.get("oneEditRevalidated") / baseline));
        });

        report.append("\n## Heap held by a loaded plan (target: ≤ 30 MB at 100,000 elements)\n\n")
                .append("| elements | file (MB) | heap (MB) | heap / file |\n|---:|---:|---:|---:|\n");
        for (int elements : new int[] {10_000, 100_000}) {
            report.append(heapRow(elements));
        }
        String text = report.toString();
        System.out.println(text);
        Files.createDirectories(out);
        Files.writeString(out.resolve("benchmark-report.md"), text);
    }

    private static String heapRow(int elements) throws IOException {
        Path folder = Files.createTempDirectory("tactician-heap");
        Path file = folder.resolve("synthetic.mplan");
        PlanFiles.save(SyntheticPlans.generate(elements, 42), file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        MarketingPlan plan = PlanFiles.load(file);
        long after = usedAfterGc(memory);
        int counted = SyntheticPlans.countElements(plan); // keeps the plan reachable until here
        double fileMb = Files.size(file) / 1e6;
        double heapMb = (after - before) / 1e6;
        Files.delete(file);
        Files.delete(folder);
        return String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f× |%n", counted, fileMb, heapMb, heapMb / fileMb);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
