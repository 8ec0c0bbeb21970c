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

    /**
     * The journey and canvas diagrams: a 500-touchpoint journey laid out (ELK, on the server) and
     * rendered, edit round trips on the sample's journey (a rename, whose layout is reused, and a
     * move, which lays the journey out again) and canvas; written to target/diagram-benchmark-journey.md.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void journeyAndCanvasDiagramsLayOutAndAnswerEdits() throws Exception {
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            TestPlans.furniture(folder);
            if (i >= WARM_UP) {
                loads.add((System.nanoTime() - started) / 1e6);
            }
        }
        // the large journey, saved as a plan of its own
        Path bigFolder = Files.createDirectories(folder.resolve("big"));
        PlanFileModelSource big = TestPlans.furniture(bigFolder);
        big.exclusive(() -> {
            LargeJourneys.fill(big.plan(), 500, 5);
            return null;
        });
        big.save();
        org.tactician.model.CustomerJourney journey = big.plan().getJourneys().get(0);
        List<Double> layouts = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            org.tactician.layout.journey.JourneyLayout.of(journey, org.tactician.layout.journey.JourneyLayout.Options.defaults());
            if (i >= WARM_UP) {
                layouts.add((System.nanoTime() - started) / 1e6);
            }
        }
        PlanFileModelSource sample = TestPlans.furniture(folder);
        Path shots = Path.of(System.getProperty("tactician.screenshots", "target/screenshots"));
        List<Double> bigOpens = new ArrayList<>();
        List<Double> bigModels = new ArrayList<>();
        List<Double> bigReopens = new ArrayList<>();
        double bigChars = 0;
        List<Double> canvasOpens = new ArrayList<>();
        List<Double> renames = new ArrayList<>();
        List<Double> moves = new ArrayList<>();
        List<Double> canvasEdits = new ArrayList<>();
        try (DiagramServer server = new DiagramServer(); Chromium chromium = new Chromium(shots.resolve("benchmark-journey.log"))) {
            String journeyReady = "#sprotty svg g.journey-touchpoint";
            // a page that stays open keeps the server running between the journey's pages
            DiagramServer.Page keep = server.open(sample, DiagramServer.TOWS);
            chromium.open(keep.uri().toString());
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                // a page of its own each time: the journey is laid out afresh (while the page loads), then rendered
                DiagramServer.Page fresh = server.open(big, DiagramServer.JOURNEY);
                com.google.gson.JsonObject opened = chromium.send("navigate",
                        Map.of("url", fresh.uri().toString(), "ready", journeyReady), 60);
                fresh.close();
                if (i >= WARM_UP) {
                    bigOpens.add(opened.get("millis").getAsDouble());
                    bigModels.add(opened.get("modelMillis").getAsDouble());
                    bigChars = opened.get("modelChars").getAsDouble();
                }
            }
            DiagramServer.Page bigPage = server.open(big, DiagramServer.JOURNEY);
            chromium.send("navigate", Map.of("url", bigPage.uri().toString(), "ready", journeyReady), 60);
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                // the same page again: the plan's layout is reused
                double millis = chromium.send("navigate", Map.of("url", bigPage.uri().toString(), "ready", journeyReady), 60)
                        .get("millis").getAsDouble();
                if (i >= WARM_UP) {
                    bigReopens.add(millis);
                }
            }
            chromium.screenshot(shots.resolve("benchmark-journey-500.png"));
            if (System.getenv("TACTICIAN_PROFILE") != null) {
                // where the page's time goes (build the client with TACTICIAN_NO_MINIFY=1 for readable names)
                Files.writeString(shots.resolveSibling("diagram-profile.json"), chromium.send("profile",
                        Map.of("url", bigPage.uri().toString(), "ready", journeyReady), 60).toString());
            }
            DiagramServer.Page journeyPage = server.open(sample, DiagramServer.JOURNEY);
            chromium.send("navigate", Map.of("url", journeyPage.uri().toString(), "ready", journeyReady), 60);
            renames.addAll(roundTrips(chromium, sample, SetCommand.create(sample.editingDomain(),
                    sample.plan().eResource().getEObject("tp-club"), Literals.NAMED_ELEMENT__NAME, "Club previews")));
            org.tactician.model.Touchpoint reel = (org.tactician.model.Touchpoint) sample.plan().eResource().getEObject("tp-reel");
            org.tactician.model.JourneyStage act = (org.tactician.model.JourneyStage) sample.plan().eResource().getEObject("js-act");
            org.eclipse.emf.common.command.CompoundCommand move = new org.eclipse.emf.common.command.CompoundCommand("Move");
            move.append(org.eclipse.emf.edit.command.RemoveCommand.create(sample.editingDomain(), reel.eContainer(),
                    Literals.JOURNEY_STAGE__TOUCHPOINTS, reel));
            move.append(org.eclipse.emf.edit.command.AddCommand.create(sample.editingDomain(), act, Literals.JOURNEY_STAGE__TOUCHPOINTS, reel));
            moves.addAll(roundTrips(chromium, sample, move));
            String canvasReady = "#sprotty svg g.canvas-note";
            DiagramServer.Page canvasPage = server.open(sample, DiagramServer.CANVAS);
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                double millis = chromium.send("navigate", Map.of("url", canvasPage.uri().toString(), "ready", canvasReady), 60)
                        .get("millis").getAsDouble();
                if (i >= WARM_UP) {
                    canvasOpens.add(millis);
                }
            }
            canvasEdits.addAll(roundTrips(chromium, sample, SetCommand.create(sample.editingDomain(),
                    sample.plan().eResource().getEObject("bmc-kr-data"), Literals.CANVAS_ITEM__BLOCK,
                    org.tactician.model.CanvasBlock.KEY_ACTIVITIES)));
        }
        double load = median(loads);
        String report = """
                # Journey and canvas diagram benchmark

                Medians; the baseline is loading the furniture sample (`PlanFileModelSource`, %d runs). The large
                journey has 500 touchpoints and %d flows (branches and loops back).

                | measurement | median | 90th percentile | ratio | target |
                |---|---:|---:|---:|---:|
                | load the furniture sample (baseline) | %.1f ms | | 1× | |
                | ELK layout of the 500-touchpoint journey, server only (%d runs) | %.0f ms | %.0f ms | %.1f× load | |
                | open the 500-touchpoint journey: page load → laid out → rendered (%d runs) | %.0f ms | %.0f ms | %.1f× load | ≤ 1 s |
                | … of which until its model (%.0f kB of JSON) has arrived | %.0f ms | %.0f ms | %.1f× load | |
                | reopen the 500-touchpoint journey (layout reused) (%d runs) | %.0f ms | %.0f ms | %.1f× load | |
                | journey edit round trip, rename (layout reused) (%d runs) | %.1f ms | %.1f ms | %.2f× load | ≤ 50 ms |
                | journey edit round trip, move to another stage (laid out again) (%d runs) | %.1f ms | %.1f ms | %.2f× load | ≤ 50 ms |
                | open the canvas (%d runs) | %.0f ms | %.0f ms | %.1f× load | ≤ 1 s |
                | canvas edit round trip, move between blocks (%d runs) | %.1f ms | %.1f ms | %.2f× load | ≤ 50 ms |
                """.formatted(RUNS, journey.getFlows().size(), load, RUNS, median(layouts), percentile(layouts, 0.9),
                median(layouts) / load, RUNS, median(bigOpens), percentile(bigOpens, 0.9), median(bigOpens) / load,
                bigChars / 1000, median(bigModels), percentile(bigModels, 0.9), median(bigModels) / load,
                RUNS, median(bigReopens), percentile(bigReopens, 0.9), median(bigReopens) / load,
                renames.size(), median(renames), percentile(renames, 0.9), median(renames) / load, moves.size(), median(moves),
                percentile(moves, 0.9), median(moves) / load, RUNS, median(canvasOpens), percentile(canvasOpens, 0.9),
                median(canvasOpens) / load, canvasEdits.size(), median(canvasEdits), percentile(canvasEdits, 0.9),
                median(canvasEdits) / load);
        Path out = shots.resolveSibling("diagram-benchmark-journey.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Executes {@code edit} as a form would, then times undo/redo key presses to the rendered update (warm-up left out). */
    private static List<Double> roundTrips(Chromium chromium, PlanFileModelSource source, org.eclipse.emf.common.command.Command edit)
            throws Exception {
        int before = chromium.revision();
        source.exclusive(() -> {
            source.editingDomain().getCommandStack().execute(edit);
            return null;
        });
        chromium.waitRevision(before);
        List<Double> times = new ArrayList<>();
        for (JsonElement millis : chromium.send("undoRedoRoundTrips", Map.of("count", ROUND_TRIPS), 120).getAsJsonArray("millis")) {
            times.add(millis.getAsDouble());
        }
        return new ArrayList<>(times.subList(4, times.size()));
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
