package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;

/**
 * Fit in a narrow editor: the customer journey stays readable (fitted to its height, from its
 * first stage) and the wheel scrolls along the rest; Ctrl+wheel zooms. Screenshots in
 * target/screenshots/fit-*.png.
 */
class DiagramFitTest {

    /** The zoom below which a card's text is too small to read (the client's READABLE_ZOOM). */
    private static final double READABLE = 0.6;
    private static final Pattern VIEWPORT = Pattern.compile(
            "scale\\(([-0-9.e]+)\\)\\s*translate\\(([-0-9.e]+),\\s*([-0-9.e]+)\\)");

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false); // and the window fills the screen again
        Workbench.settle();
    }

    /** The page's viewport: zoom, then the diagram's translation (minus the scroll), from the root group's transform. */
    private static double[] viewport(DiagramPage shown) {
        Object transform = shown.eval("var g = document.querySelector('#sprotty svg > g'); return g ? g.getAttribute('transform') : null");
        assertNotNull(transform, "the diagram is drawn");
        Matcher matcher = VIEWPORT.matcher((String) transform);
        assertTrue(matcher.find(), "a viewport transform: " + transform);
        return new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
                Double.parseDouble(matcher.group(3))};
    }

    @Test
    void aJourneyFittedIntoANarrowEditorStaysReadableAndScrolls() throws Exception {
        IFile file = Workbench.copy(SamplePlans.FURNITURE_RETAILER, "diagrams", "fit.mplan");
        IWorkbenchPage page = Workbench.page();
        IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
        Workbench.settle();
        DiagramPage shown = DiagramPage.open(page, "tactician-journey", "g.journey-touchpoint", 18);
        DiagramEditor diagram = shown.editor();

        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 560, 900);
        Workbench.settle();
        Workbench.pause(500);
        diagram.fit();
        Workbench.pause(500);
        double[] fitted = viewport(shown);
        Workbench.screenshot("fit-01-narrow-journey");
        assertTrue(fitted[0] >= READABLE - 1e-6, "fitted at a readable zoom, not " + fitted[0]);
        assertTrue(fitted[0] <= 1 + 1e-6, "and no larger than actual size: " + fitted[0]);

        // It shows the journey's start: the first stage's column begins at the diagram's left edge.
        Rectangle view = diagram.browser().getDisplay().map(diagram.browser(), null, diagram.browser().getClientArea());
        Rectangle first = shown.onScreen("js-plan");
        assertNotNull(first, "the first stage is drawn");
        assertTrue(first.x >= view.x && first.x < view.x + 80, "the first stage starts at the left: " + first + " in " + view);
        Rectangle last = shown.onScreen("js-engage");
        assertTrue(last == null || last.x + last.width > view.x + view.width, "the last stage is further right: " + last);

        // In a narrow editor the diagram takes the editor's whole width (the palette floats over it).
        Object svgWidth = shown.eval("return document.querySelector('#sprotty > svg').getBoundingClientRect().width");
        assertTrue(svgWidth instanceof Number width && width.doubleValue() >= view.width - 2,
                "the diagram is as wide as the editor: " + svgWidth + " of " + view.width);

        // Shift+wheel scrolls sideways towards the last stage, at the same zoom (below the palette).
        Point inside = new Point(view.x + 40, view.y + view.height - 60);
        Workbench.xdotool("mousemove", String.valueOf(inside.x), String.valueOf(inside.y), "keydown", "shift",
                "click", "--repeat", "8", "--delay", "40", "5", "keyup", "shift");
        Workbench.pause(500);
        double[] scrolled = viewport(shown);
        assertEquals(fitted[0], scrolled[0], 1e-6, "scrolling keeps the zoom");
        assertTrue(scrolled[1] < fitted[1] - 20, "the diagram moved left: " + fitted[1] + " -> " + scrolled[1]);
        Workbench.screenshot("fit-02-scrolled-sideways");

        // Ctrl+wheel zooms.
        Workbench.xdotool("keydown", "ctrl", "click", "--repeat", "3", "--delay", "40", "4", "keyup", "ctrl");
        Workbench.pause(500);
        assertTrue(viewport(shown)[0] > scrolled[0] + 0.01, "Ctrl+wheel zoomed in: " + viewport(shown)[0]);
    }
}
