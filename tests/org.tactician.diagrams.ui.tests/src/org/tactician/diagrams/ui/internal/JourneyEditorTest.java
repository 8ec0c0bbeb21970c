package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.JourneyStage;
import org.tactician.model.Touchpoint;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;

/**
 * The customer journey in the workbench, on the furniture sample: a touchpoint renamed in the
 * form shows in the diagram; one dragged into another stage with the mouse changes its stage in
 * the plan; the form's Undo and the diagram's Ctrl+Z undo on the one command stack.
 * Screenshots in target/screenshots/journey-*.png.
 */
class JourneyEditorTest {

    private static final String JOURNEY = "tactician-journey";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.settle();
    }

    private static String stageOf(Touchpoint touchpoint) {
        return ((JourneyStage) touchpoint.eContainer()).getId();
    }

    /** Whether the diagram draws {@code touchpoint} inside the column of {@code stage}. */
    private static boolean drawnIn(DiagramPage shown, String touchpoint, String stage) {
        Rectangle node = shown.onScreen(touchpoint);
        Rectangle column = shown.onScreen(stage);
        return node != null && column != null && column.contains(node.x + node.width / 2, node.y + node.height / 2);
    }

    @Test
    void theJourneyAndTheFormsEditOnePlan() throws Exception {
        IFile file = Workbench.copy(SamplePlans.FURNITURE_RETAILER, "diagrams", "journey.mplan");
        IWorkbenchPage page = Workbench.page();
        IEditorPart form = IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
        PlanEditingSession session = form.getAdapter(PlanEditingSession.class);
        Touchpoint reel = (Touchpoint) session.resource().getEObject("tp-reel");
        Workbench.settle();

        DiagramPage shown = DiagramPage.open(page, JOURNEY, "g.journey-touchpoint", 18);
        DiagramEditor diagram = shown.editor();
        assertSame(session, diagram.session(), "one editing session for the form and the diagram");
        assertEquals("journey.mplan \u2014 Customer journey", diagram.getPartName());
        diagram.showAll();
        assertTrue(Workbench.waitUntil(() -> drawnIn(shown, "tp-reel", "js-reach"), 10_000), "the reel is in Discover");
        Workbench.screenshot("journey-01-opened");

        // Edit in the form: the touchpoint's new name shows in the diagram.
        page.activate(form);
        Text name = Workbench.nameField(page, reel);
        name.setText("Makeover Reel — Bobina di restyling");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Makeover Reel — Bobina di restyling", reel.getName());
        page.activate(diagram);
        assertTrue(Workbench.waitUntil(() -> "Makeover Reel — Bobina di restyling".equals(shown.text("tp-reel:name")),
                10_000), "the diagram shows the form's name: " + shown.text("tp-reel:name"));

        // Edit in the diagram: drag the reel into the Research column with the mouse.
        diagram.showAll();
        Workbench.pause(300);
        Rectangle act = shown.onScreen("js-act");
        Rectangle node = shown.onScreen("tp-reel");
        Workbench.drag(new Point(node.x + node.width / 2, node.y + node.height / 2),
                new Point(act.x + act.width / 2, act.y + act.height - 30));
        assertTrue(Workbench.waitUntil(() -> "js-act".equals(stageOf(reel)), 10_000),
                "the reel is a Research touchpoint now: " + stageOf(reel));
        diagram.showAll();
        assertTrue(Workbench.waitUntil(() -> drawnIn(shown, "tp-reel", "js-act"), 10_000), "and drawn in that column");
        assertTrue(form.isDirty() && diagram.isDirty(), "both editors show the plan dirty");
        Workbench.screenshot("journey-02-moved-to-research");

        // The form's Undo undoes the move; the diagram draws the reel in Discover again.
        page.activate(form);
        Workbench.settle();
        DiagramEditorTest.runCommand(page, "org.eclipse.ui.edit.undo");
        assertEquals("js-reach", stageOf(reel), "the form's Undo undid the diagram's move");
        assertEquals("Makeover Reel — Bobina di restyling", reel.getName(), "and nothing else");
        page.activate(diagram);
        diagram.showAll();
        assertTrue(Workbench.waitUntil(() -> drawnIn(shown, "tp-reel", "js-reach"), 10_000), "drawn in Discover again");

        // Ctrl+Z in the diagram undoes the form's rename.
        diagram.setFocus();
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> "Makeover Reel".equals(reel.getName()), 10_000), "undone: " + reel.getName());
        assertTrue(Workbench.waitUntil(() -> "Makeover Reel".equals(shown.text("tp-reel:name")), 10_000),
                "the diagram shows the old name: " + shown.text("tp-reel:name"));
        Workbench.screenshot("journey-03-undone");
    }
}
