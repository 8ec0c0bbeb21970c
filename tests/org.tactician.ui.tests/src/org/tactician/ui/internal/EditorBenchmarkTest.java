package org.tactician.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.SmartObjective;
import org.tactician.model.resource.PlanFiles;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.forms.PlanFormPage;
import org.tactician.ui.internal.forms.UiBenchmarkAccess;
import org.tactician.ui.internal.markers.PlanMarkers;
import org.tactician.ui.internal.markers.PlanProblems;

/**
 * The plan editor's speed on the 100,000-element synthetic plan, inside the product: opening it
 * (against loading the file headless), and one field edit through to updated markers (against
 * validating the whole plan). Not a timed test: it only runs with {@code TACTICIAN_BENCHMARK=1}
 * and writes {@code target/editor-benchmark.md} (see benchmarks/README.md).
 */
class EditorBenchmarkTest {

    private static final Path PLAN = Path.of(System.getProperty("tactician.benchmark.plan",
            "../../benchmarks/org.tactician.benchmarks/target/synthetic-100000.mplan"));
    private static final int RUNS = 5;
    private static final int EDITS = 40;
    private static final int WARM_UP_EDITS = 10;

    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void openAndEditTheLargePlan() throws Exception {
        assertTrue(Files.isRegularFile(PLAN), "write it first: " + PLAN.toAbsolutePath() + " (benchmarks/README.md)");
        IFile file = workspaceCopy();
        List<Double> loads = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> validated = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            PlanFiles.load(file.getLocation().toPath());
            double load = millis(start);

            System.gc();
            start = System.nanoTime();
            PlanEditor editor = (PlanEditor) IDE.openEditor(UiTests.page(), file, PlanEditors.EDITOR_ID, true);
            Display.getCurrent().update();
            double open = millis(start);
            PlanEditingSession session = editor.session();
            assertNotNull(session);
            UiTests.waitUntil(() -> !session.isValidationPending(), 60_000);
            PlanMarkers markers = PlanProblems.markersOf(session);
            markers.join();
            double openValidated = millis(start);
            if (run > 0) { // the first run warms up
                loads.add(load);
                shown.add(open);
                validated.add(openValidated);
            }
            if (run < RUNS) {
                UiTests.page().closeEditor(editor, false);
                UiTests.settle();
            }
        }

        PlanEditor editor = (PlanEditor) UiTests.page().getActiveEditor();
        PlanEditingSession session = editor.session();
        PlanMarkers markers = PlanProblems.markersOf(session);
        PlanFormPage opportunity = editor.formPages().get(1);
        editor.setActivePage(opportunity.getId());
        UiTests.settle();
        List<SmartObjective> objectives = session.plan().getOpportunity().getObjectives();
        List<Double> edits = new ArrayList<>();
        List<Double> typing = new ArrayList<>();
        List<Double> revalidation = new ArrayList<>();
        List<Double> marking = new ArrayList<>();
        int changedMarkers = 0;
        for (int i = 0; i < EDITS + WARM_UP_EDITS; i++) {
            // Every other edit sets the target to the baseline (a finding and its marker appear),
            // the next one moves it away again (they go).
            SmartObjective objective = objectives.get(i / 2 * 37 % objectives.size());
            UiBenchmarkAccess.select(opportunity, objective);
            BigDecimal target = objective.getTarget() == null ? BigDecimal.TEN : objective.getTarget();
            String typed = i % 2 == 0 && objective.getBaseline() != null ? objective.getBaseline().toPlainString()
                    : target.add(BigDecimal.ONE).toPlainString();
            int before = session.findings().size();
            long start = System.nanoTime();
            UiBenchmarkAccess.typeTarget(opportunity, typed);
            long typed2 = System.nanoTime();
            session.validate();
            long validated2 = System.nanoTime();
            markers.join();
            double edit = millis(start);
            changedMarkers += session.findings().size() != before ? 1 : 0;
            if (i >= WARM_UP_EDITS) {
                edits.add(edit);
                typing.add((typed2 - start) / 1e6);
                revalidation.add((validated2 - typed2) / 1e6);
                marking.add(millis(validated2));
            }
        }
        List<Double> full = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            session.validateAll();
            full.add(millis(start));
        }
        UiTests.page().closeEditor(editor, false);
        UiTests.settle();

        write(median(loads), median(shown), median(validated), median(edits), max(edits), median(full),
                session.findings().size(), median(typing), median(revalidation), median(marking), changedMarkers);
    }

    private static IFile workspaceCopy() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("synthetic-100000.mplan");
        try (InputStream in = Files.newInputStream(PLAN)) {
            if (file.exists()) {
                file.setContents(in, IResource.FORCE, null);
            } else {
                file.create(in, IResource.FORCE, null);
            }
        }
        return file;
    }

    private static void write(double load, double shown, double validated, double edit, double editMax, double full,
            int findings, double typing, double revalidation, double marking, int changedMarkers) throws Exception {
        String report = String.format(Locale.ROOT, """
                # Plan editor benchmark

                100,000-element synthetic plan (%s), median of %d runs after a warm-up; edits: median of %d \
                target edits after %d warm-up edits, %d of the %d edits adding or removing a finding and its \
                marker. %d findings.

                | measurement | median | ratio | target |
                |---|---:|---:|---|
                | load the file headless (`PlanFiles.load`), the baseline | %.0f ms | 1× | |
                | open in the editor, first page shown | %.0f ms | %.1f× load | ≤ 3 s |
                | open, validated and every marker written | %.0f ms | %.1f× load | |
                | validate the whole plan, the edit's baseline | %.0f ms | 1× | |
                | one field edit → command → re-validation of what it affects → markers | %.1f ms (max %.1f) | %.2f× full validation | ≤ 50 ms |
                | of which: the typed value committed as a command, the form refreshed | %.1f ms | | |
                | of which: re-validating what the edit affects | %.1f ms | | |
                | of which: the changed markers written | %.1f ms | | |
                """, PLAN.getFileName(), RUNS, EDITS, WARM_UP_EDITS, changedMarkers,
                EDITS + WARM_UP_EDITS, findings, load, shown, shown / load, validated,
                validated / load, full, edit, editMax, edit / full, typing, revalidation, marking);
        Path out = Path.of("target", "editor-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }
}
