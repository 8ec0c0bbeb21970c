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
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;

/**
 * The Business Model Canvas in the workbench, on the furniture sample: opened from the plan
 * editor's Business Model Canvas section, a note renamed in the form and in the diagram (F2 and
 * the keyboard), a note dragged into another block with the mouse, and undone from the form and
 * from the diagram. Screenshots in target/screenshots/canvas-*.png.
 */
class CanvasEditorTest {

    private static final String CANVAS = "tactician-canvas";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.settle();
    }

    @Test
    void theCanvasAndTheFormsEditOnePlan() throws Exception {
        IFile file = Workbench.copy(SamplePlans.FURNITURE_RETAILER, "diagrams", "canvas.mplan");
        IWorkbenchPage page = Workbench.page();
        IEditorPart form = IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
        PlanEditingSession session = form.getAdapter(PlanEditingSession.class);
        CanvasItem data = (CanvasItem) session.resource().getEObject("bmc-kr-data");
        CanvasItem planning = (CanvasItem) session.resource().getEObject("bmc-vp-planning");

        // Opened on the form's item (the Strategy page's canvas list): the diagram selects it.
        Workbench.nameField(page, data);
        DiagramPage shown = DiagramPage.open(page, CANVAS, "g.canvas-note", 23);
        DiagramEditor diagram = shown.editor();
        assertSame(session, diagram.session(), "one editing session for the form and the diagram");
        assertEquals("canvas.mplan \u2014 Business Model Canvas", diagram.getPartName());
        assertTrue(Workbench.waitUntil(() -> diagram.pageState().selectedIds().contains("bmc-kr-data"), 10_000),
                "the item selected in the form is selected in the diagram: " + diagram.pageState());
        Workbench.screenshot("canvas-01-opened");

        // Edit in the form: the note shows the new name.
        page.activate(form);
        Text name = Workbench.nameField(page, data);
        name.setText("Dados de clientes — données clients");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Dados de clientes — données clients", data.getName());
        page.activate(diagram);
        assertTrue(Workbench.waitUntil(() -> "Dados de clientes — données clients".equals(shown.text("bmc-kr-data:name")),
                10_000), "the diagram shows the form's name: " + shown.text("bmc-kr-data:name"));

        // Edit in the diagram: drag the value proposition into the customer segments with the mouse.
        Rectangle segments = shown.onScreen("block:CUSTOMER_SEGMENTS");
        Rectangle dragged = shown.onScreen("bmc-vp-planning");
        Point from = new Point(dragged.x + dragged.width / 2, dragged.y + 10);
        Workbench.drag(from, new Point(segments.x + segments.width / 2, segments.y + segments.height - 20));
        assertTrue(Workbench.waitUntil(() -> planning.getBlock() == CanvasBlock.CUSTOMER_SEGMENTS, 10_000),
                "the dragged note is in the customer segments now: " + planning.getBlock());
        assertTrue(Workbench.waitUntil(() -> {
            Rectangle note = shown.onScreen("bmc-vp-planning");
            Rectangle block = shown.onScreen("block:CUSTOMER_SEGMENTS");
            return note != null && block != null && block.contains(note.x + 4, note.y + 4);
        }, 10_000), "and drawn there");
        assertTrue(form.isDirty() && diagram.isDirty(), "both editors show the plan dirty");
        Workbench.screenshot("canvas-02-moved-to-segments");

        // The form's Undo undoes the diagram's move; the diagram draws the note back in its block.
        page.activate(form);
        Workbench.settle();
        DiagramEditorTest.runCommand(page, "org.eclipse.ui.edit.undo");
        assertEquals(CanvasBlock.VALUE_PROPOSITIONS, planning.getBlock(), "the form's Undo undid the diagram's move");
        assertEquals("Dados de clientes — données clients", data.getName(), "and nothing else");
        page.activate(diagram);
        assertTrue(Workbench.waitUntil(() -> {
            Rectangle note = shown.onScreen("bmc-vp-planning");
            Rectangle block = shown.onScreen("block:VALUE_PROPOSITIONS");
            return note != null && block != null && block.contains(note.x + 4, note.y + 4);
        }, 10_000), "the diagram draws the note among the value propositions again");

        // Rename in place in the diagram (F2, typing, Enter): the form's field shows it.
        shown.select("bmc-kr-data", 20, 8);
        Workbench.xdotool("key", "F2");
        assertTrue(Workbench.waitUntil(() -> shown.editingLabel() && diagram.isEditingText(), 10_000),
                "F2 opened the name editor");
        Workbench.xdotool("key", "ctrl+a", "type", "--delay", "20", "Customer data and consent");
        Workbench.xdotool("key", "Return");
        assertTrue(Workbench.waitUntil(() -> "Customer data and consent".equals(data.getName()), 10_000),
                "renamed in the plan: " + data.getName());
        Workbench.screenshot("canvas-03-renamed-in-place");
        page.activate(form);
        assertEquals("Customer data and consent", Workbench.nameField(page, data).getText(), "the form shows the diagram's name");

        // Ctrl+Z in the diagram undoes the rename, in the form too.
        page.activate(diagram);
        Workbench.settle();
        diagram.setFocus();
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> "Dados de clientes — données clients".equals(data.getName()), 10_000),
                "undone: " + data.getName());
        assertTrue(Workbench.waitUntil(() -> "Dados de clientes — données clients".equals(shown.text("bmc-kr-data:name")),
                10_000), "the diagram shows the old name again");
        page.activate(form);
        assertEquals("Dados de clientes — données clients", Workbench.nameField(page, data).getText());
    }
}
