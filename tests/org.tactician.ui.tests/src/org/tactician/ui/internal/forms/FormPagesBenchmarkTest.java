package org.tactician.ui.internal.forms;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;

/**
 * What a user waits for on each page of the furniture sample: the whole page painted again (a
 * window uncovered, a scroll), and an element added to the page's first list until it shows,
 * split into the command with the forms' refresh (the baseline) and the layout and painting that
 * follow. Not a timed test: it only runs with {@code TACTICIAN_BENCHMARK=1} and writes
 * {@code target/forms-benchmark.md} (see benchmarks/README.md).
 */
class FormPagesBenchmarkTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    @Test
    @EnabledIfEnvironmentVariable(named = "TACTICIAN_BENCHMARK", matches = "1")
    void paintAndAddOnEveryPage() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "benchmark", "forms-benchmark.mplan");
        PlanEditor editor = UiTests.open(file);
        StringBuilder rows = new StringBuilder();
        for (PlanFormPage page : editor.formPages()) {
            editor.setActivePage(page.getId());
            UiTests.settle();
            ScrolledForm form = page.getManagedForm().getForm();
            int tallest = showTheTallestDetails(page);
            Point content = form.getContent().getSize();
            List<Double> paints = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                // drawn into an image, as a paint of the visible page would draw it, but now
                Point size = form.getSize();
                Image image = new Image(Display.getCurrent(), size.x, size.y);
                GC gc = new GC(image);
                long start = System.nanoTime();
                boolean printed = form.print(gc);
                double paint = millis(start);
                gc.dispose();
                image.dispose();
                assertTrue(printed, "the page can be drawn into an image");
                if (run >= WARM_UP) {
                    paints.add(paint);
                }
            }
            ElementList list = firstList(page);
            List<Double> commands = new ArrayList<>();
            List<Double> shown = new ArrayList<>();
            if (list != null) {
                EClass type = list.creatable().get(0);
                for (int run = 0; run < WARM_UP + RUNS; run++) {
                    long start = System.nanoTime();
                    EObject created = list.add(type);
                    long added = System.nanoTime();
                    UiTests.settle();
                    long settled = System.nanoTime();
                    assertNotNull(created, "Add in " + page.getTitle());
                    list.select(created);
                    list.removeSelected();
                    UiTests.settle();
                    if (run >= WARM_UP) {
                        commands.add((added - start) / 1e6);
                        shown.add((settled - added) / 1e6);
                    }
                }
            }
            rows.append(String.format(Locale.ROOT, "| %s | %d × %d px | %d px | %.1f ms | %s | %s | %s |%n", page.getTitle(),
                    content.x, content.y, tallest, median(paints), list == null ? "" : String.format(Locale.ROOT, "%.1f ms", median(commands)),
                    list == null ? "" : String.format(Locale.ROOT, "%.1f ms", median(shown)),
                    list == null ? "" : String.format(Locale.ROOT, "%.1f×", median(shown) / median(commands))));
        }
        UiTests.page().closeEditor(editor, false);
        UiTests.settle();
        assertTrue(rows.length() > 0);
        String report = String.format(Locale.ROOT, """
                # Form pages benchmark

                The furniture sample, each page in a 1280 × 1024 workbench with the row of its lists whose details
                are tallest selected; medians of %d runs after %d warm-ups.
                Add: the page's first list gets an element of its first kind, which is then removed again.

                | page | page content | tallest section | whole page painted | add: command and forms' refresh (baseline) | add: layout and painting until shown | shown ÷ baseline |
                |---|---|---:|---:|---:|---:|---:|
                %s""", RUNS, WARM_UP, rows);
        Path out = Path.of("target", "forms-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /**
     * Selects, in every list of {@code page}, the row whose details make its section tallest (a
     * long form is where painting cost shows); the tallest section's height.
     */
    private static int showTheTallestDetails(PlanFormPage page) {
        int tallest = 0;
        for (ElementSection section : page.sections()) {
            ElementList list = section.list();
            if (list != null && !list.rows().isEmpty()) {
                EObject best = null;
                int bestHeight = -1;
                for (EObject row : new ArrayList<>(list.rows().subList(0, Math.min(30, list.rows().size())))) {
                    list.select(row);
                    UiTests.settle();
                    int height = section.section().getSize().y;
                    if (height > bestHeight) {
                        bestHeight = height;
                        best = row;
                    }
                }
                list.select(best);
                UiTests.settle();
            }
            tallest = Math.max(tallest, section.section().getSize().y);
        }
        return tallest;
    }

    private static ElementList firstList(PlanFormPage page) {
        for (ElementSection section : page.sections()) {
            if (section.list() != null && !section.list().creatable().isEmpty()) {
                return section.list();
            }
        }
        return null;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
