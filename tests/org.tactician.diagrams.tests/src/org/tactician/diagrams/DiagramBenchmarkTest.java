package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;

import com.google.gson.JsonElement;

/**
 * The diagram speed benchmark (benchmarks/README.md), not a timed test: runs only with
 * {@code TACTICIAN_BENCHMARK=1} and writes {@code target/diagram-benchmark.md}. Figures are
 * medians, reported against loading the sample plan in the same run.
 */
class DiagramBenchmarkTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 9;
    private static final int ROUND_TRIPS = 40;

    @TempDir
    Path folder;

    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void towsDiagramOpensAndAnswersEdits() throws Exception {
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            TestPlans.furniture(folder);
            if (i >= WARM_UP) {
                loads.add((System.nanoTime() - started) / 1e6);
            }
        }
        PlanFileModelSource source = TestPlans.furniture(folder);
        Path shots = Path.of(System.getProperty("tactician.screenshots", "target/screenshots"));
        List<Double> opens = new ArrayList<>();
        List<Double> edits = new ArrayList<>();
        try (DiagramServer server = new DiagramServer(); Chromium chromium = new Chromium(shots.resolve("benchmark-chromium.log"))) {
            DiagramServer.Page page = server.open(source, DiagramServer.TOWS);
            chromium.open(page.uri().toString());
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                double millis = chromium.send("navigate", Map.of("url", page.uri().toString()), 60).get("millis").getAsDouble();
                if (i >= WARM_UP) {
                    opens.add(millis);
                }
            }
            // One edit made elsewhere (as a form would) gives undo and redo something to do.
            SwotItem range = (SwotItem) source.plan().eResource().getEObject("sw-s-range");
            int before = chromium.revision();
            source.exclusive(() -> {
                source.editingDomain().getCommandStack().execute(
                        SetCommand.create(source.editingDomain(), range, Literals.NAMED_ELEMENT__NAME, "Oak range"));
                return null;
            });
            chromium.waitRevision(before);
            for (JsonElement millis : chromium.send("undoRedoRoundTrips", Map.of("count", ROUND_TRIPS), 120).getAsJsonArray("millis")) {
                edits.add(millis.getAsDouble());
            }
            assertEquals("Oak range", source.exclusive(range::getName), "as many redos as undos end redone");
        }
        List<Double> steadyEdits = edits.subList(4, edits.size());
        double load = median(loads);
        double open = median(opens);
        double edit = median(steadyEdits);
        double edit90 = percentile(steadyEdits, 0.9);
        assertTrue(open > 0 && edit > 0);
        String report = """
                # Diagram benchmark

                Medians; the baseline is loading the furniture sample (`PlanFileModelSource`, %d runs).

                | measurement | median | ratio | target |
                |---|---:|---:|---:|
                | load the furniture sample (baseline) | %.1f ms | 1× | |
                | open the TOWS diagram: page load to rendered cards (%d runs) | %.0f ms | %.1f× load | ≤ 1 s |
                | edit round trip: undo/redo key → server → model → rendered update (%d runs) | %.1f ms | %.2f× load | ≤ 50 ms |
                | edit round trip, 90th percentile | %.1f ms | %.2f× load | |
                """.formatted(RUNS, load, RUNS, open, open / load, steadyEdits.size(), edit, edit / load, edit90, edit90 / load);
        Path out = Path.of(System.getProperty("tactician.screenshots", "target/screenshots")).resolveSibling("diagram-benchmark.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
