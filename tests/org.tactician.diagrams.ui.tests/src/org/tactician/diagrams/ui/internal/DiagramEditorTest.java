package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.layout.LayoutFile;
import org.tactician.diagrams.ui.DiagramEditorInput;
import org.tactician.diagrams.ui.DiagramEditors;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.PlanOutline;

/**
 * The TOWS matrix in the workbench, on the furniture sample: opened from the plan editor, edited
 * in the form and in the diagram (with the real mouse and keyboard), undone and saved through the
 * workbench, its selection in the Properties view and the Outline, its problems in the Problems
 * view. Screenshots in target/screenshots/diagram-*.png.
 */
class DiagramEditorTest {

    private static final String TOWS = "tactician-tows";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.settle();
    }

    private static DiagramEditor openTows(IWorkbenchPage page) throws Exception {
        return DiagramPage.open(page, TOWS, "g.factor", 17).editor();
    }

    static void runCommand(IWorkbenchPage page, String commandId) throws Exception {
        page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
        Workbench.settle();
    }

    private static List<IMarker> markers(IFile file, String elementId) throws CoreException {
        return Arrays.stream(file.findMarkers(PlanEditors.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                .filter(marker -> elementId.equals(marker.getAttribute("elementId", null))).toList();
    }

    @Test
    void theTowsMatrixAndTheFormsEditOnePlan() throws Exception {
        IFile file = Workbench.copy(SamplePlans.FURNITURE_RETAILER, "diagrams", "tows.mplan");
        Path planFile = file.getLocation().toPath();
        IWorkbenchPage page = Workbench.page();
        IEditorPart form = IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
        PlanEditingSession session = form.getAdapter(PlanEditingSession.class);
        Workbench.settle();

        // Opened by the command the plan editor offers: on the form's own editing session.
        DiagramEditor diagram = openTows(page);
        DiagramPage shown = new DiagramPage(diagram);
        assertSame(session, diagram.session(), "one editing session for the form and the diagram");
        assertEquals("tows.mplan \u2014 TOWS matrix", diagram.getPartName());
        assertTrue(diagram.getTitleToolTip().endsWith(planFile.toString()), diagram.getTitleToolTip());
        assertTrue(WorkbenchDiagramServer.get().isRunning());
        Workbench.screenshot("diagram-01-tows-opened");

        // Edit in the form: the diagram shows it at once.
        SwotItem range = (SwotItem) session.resource().getEObject("sw-s-range");
        Text name = Workbench.nameField(page, range);
        name.setText("Own-design oak and ash — дуб и ясень");
        name.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Own-design oak and ash — дуб и ясень", range.getName());
        page.activate(diagram);
        assertTrue(Workbench.waitUntil(() -> "Own-design oak and ash — дуб и ясень".equals(shown.text("sw-s-range:name")),
                10_000), "the diagram shows the new name: " + shown.text("sw-s-range:name"));

        // Select with the mouse: the Properties view and the Outline show the SWOT item.
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(diagram);
        Workbench.settle();
        Point baltics = shown.at("sw-o-baltics", 60, 30);
        Workbench.xdotool("mousemove", String.valueOf(baltics.x), String.valueOf(baltics.y), "click", "1");
        SwotItem balticsItem = (SwotItem) session.resource().getEObject("sw-o-baltics");
        assertTrue(Workbench.waitUntil(() -> diagram.getSite().getSelectionProvider().getSelection()
                instanceof IStructuredSelection selection && selection.getFirstElement() == balticsItem, 10_000),
                "the editor's selection is the plan element");
        PlanOutline outlinePage = assertInstanceOf(PlanOutline.class, outline.getCurrentPage());
        assertSame(balticsItem, ((IStructuredSelection) outlinePage.getSelection()).getFirstElement(),
                "the Outline selects it");
        assertNotNull(properties.getCurrentPage());
        Workbench.screenshot("diagram-02-selected-properties-outline");

        // Drag a strength into the weaknesses with the mouse: its kind changes in the plan.
        Rectangle weaknesses = shown.onScreen("cell:W");
        Workbench.drag(shown.at("sw-s-range", 40, 14), new Point(weaknesses.x + 60, weaknesses.y + weaknesses.height - 40));
        assertTrue(Workbench.waitUntil(() -> range.getCategory() == SwotCategory.WEAKNESS, 10_000),
                "the dragged card is a weakness now");
        assertTrue(form.isDirty() && diagram.isDirty(), "both editors show the plan dirty");

        // Ctrl+Z with the browser focused: the workbench undoes the move, once.
        String movedLabel = session.commandStack().getUndoCommand().getLabel();
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> range.getCategory() == SwotCategory.STRENGTH, 10_000), "undone");
        assertEquals("Own-design oak and ash — дуб и ясень", range.getName(), "only the move was undone");
        assertEquals(movedLabel, session.commandStack().getRedoCommand().getLabel());
        Workbench.xdotool("key", "ctrl+shift+z");
        assertTrue(Workbench.waitUntil(() -> range.getCategory() == SwotCategory.WEAKNESS, 10_000), "redone");

        // Undo from the form editor undoes the diagram's move too; redo it there.
        page.activate(form);
        Workbench.settle();
        runCommand(page, "org.eclipse.ui.edit.undo");
        assertEquals(SwotCategory.STRENGTH, range.getCategory(), "the form's Undo undid the diagram's move");
        runCommand(page, "org.eclipse.ui.edit.redo");
        assertEquals(SwotCategory.WEAKNESS, range.getCategory());
        page.activate(diagram);
        Rectangle movedCard = shown.onScreen("sw-s-range");
        assertTrue(Workbench.waitUntil(() -> {
            Rectangle card = shown.onScreen("sw-s-range");
            return card != null && weaknesses.contains(card.x + 5, card.y + 5);
        }, 10_000), "the diagram draws the card among the weaknesses: " + movedCard);

        // F2 renames in place; Delete and Backspace then edit the text, not the diagram.
        Point balticsName = shown.at("sw-o-baltics", 60, 30);
        Workbench.xdotool("mousemove", String.valueOf(balticsName.x), String.valueOf(balticsName.y), "click", "1");
        Workbench.waitUntil(() -> diagram.pageState().selectedIds().contains("sw-o-baltics"), 5000);
        Workbench.xdotool("key", "F2");
        assertTrue(Workbench.waitUntil(() -> shown.editingLabel() && diagram.isEditingText(), 10_000),
                "F2 opened the name editor");
        int items = session.plan().getOpportunity().getSwot().getItems().size();
        Workbench.xdotool("key", "ctrl+a", "type", "--delay", "20", "Baltic buyersX");
        Workbench.xdotool("key", "BackSpace", "Home", "Delete", "Delete");
        Workbench.screenshot("diagram-03-renaming-in-place");
        Workbench.xdotool("key", "Return");
        assertTrue(Workbench.waitUntil(() -> "ltic buyers".equals(balticsItem.getName()), 10_000),
                "the typed name, edited with Backspace and Delete: " + balticsItem.getName());
        assertEquals(items, session.plan().getOpportunity().getSwot().getItems().size(), "nothing was deleted");

        // Delete a factor with the Delete key: two strategies lose their weakness, and the
        // Problems view has their markers.
        assertEquals(List.of(), markers(file, "tows-wt-consent"));
        assertTrue(Workbench.waitUntil(() -> !diagram.isEditingText(), 5000), "the name editor closed");
        // selected as the Outline or a marker does (the mouse selected above)
        assertTrue(diagram.reveal(session.resource().getEObject("sw-w-data")), "the diagram shows the weakness");
        assertTrue(Workbench.waitUntil(() -> diagram.pageState().selectedIds().equals(List.of("sw-w-data")), 10_000),
                "selected: " + diagram.pageState());
        // The Delete key in the diagram deletes what the diagram selected.
        Workbench.xdotool("key", "Delete");
        SwotAnalysis swot = session.plan().getOpportunity().getSwot();
        if (!Workbench.waitUntil(() -> swot.getItems().size() == items - 1, 10_000)) {
            Workbench.screenshot("failed-delete");
            throw new AssertionError("Delete deleted nothing: " + diagram.pageState() + ", focus "
                    + diagram.getSite().getShell().getDisplay().getFocusControl());
        }
        assertTrue(Workbench.waitUntil(() -> {
            try {
                return markers(file, "tows-wt-consent").stream()
                        .anyMatch(m -> "tows.strategy.internal-missing".equals(m.getAttribute("ruleId", "")));
            } catch (CoreException e) {
                return false;
            }
        }, 10_000), "the strategy that lost its weakness has a marker");
        assertTrue(Workbench.waitUntil(() -> {
            diagram.showAll(); // sprotty draws only what is in view
            return shown.count("[id=\"sprotty_tows-wt-consent\"] .sprotty-issue") > 0;
        }, 10_000), "and the diagram shows it");
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(diagram);
        Workbench.pause(500);
        Workbench.screenshot("diagram-04-deleted-markers");
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> swot.getItems().size() == items, 10_000), "undone");

        // Ctrl+S in the diagram saves the plan and writes its layout beside it.
        Workbench.xdotool("key", "ctrl+s");
        assertTrue(Workbench.waitUntil(() -> !session.isDirty(), 10_000), "saved");
        assertFalse(form.isDirty(), "the form editor is clean too");
        SwotItem saved = (SwotItem) PlanFiles.load(planFile).eResource().getEObject("sw-s-range");
        assertEquals(SwotCategory.WEAKNESS, saved.getCategory());
        assertEquals("Own-design oak and ash — дуб и ясень", saved.getName());
        String layout = Files.readString(LayoutFile.of(planFile));
        assertTrue(layout.contains("\"sw-s-range\": {"), layout);
        assertTrue(file.getParent().getFile(new org.eclipse.core.runtime.Path("tows.mplan.layout")).exists(),
                "the workspace sees the layout file");

        // Saving from the form writes the layout too: move a card, save with the form active.
        Rectangle threats = shown.onScreen("cell:T");
        Workbench.drag(shown.at("sw-o-baltics", 40, 14), new Point(threats.x + 60, threats.y + threats.height - 40));
        assertTrue(Workbench.waitUntil(() -> balticsItem.getCategory() == SwotCategory.THREAT, 10_000), "moved");
        page.activate(form);
        Workbench.settle();
        runCommand(page, "org.eclipse.ui.file.save");
        assertFalse(session.isDirty());
        assertTrue(Files.readString(LayoutFile.of(planFile)).contains("\"sw-o-baltics\": {"), "the form's save wrote the layout");

        // Closing the diagram with an unsaved change: the local server stops, the change stays the
        // form's. (Closed without the workbench's save question, which it still asks here although
        // the form shares the plan's saveable: see the report of issue 12.)
        page.activate(diagram);
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> balticsItem.getCategory() == SwotCategory.OPPORTUNITY, 10_000));
        assertTrue(session.isDirty());
        assertTrue(page.closeEditor(diagram, false), "closed");
        Workbench.settle();
        assertFalse(WorkbenchDiagramServer.get().isRunning(), "the last diagram closed, so did the local server");
        assertTrue(session.isDirty(), "the change is still the form's to save");
        assertEquals(SwotCategory.OPPORTUNITY, balticsItem.getCategory());
    }

    @Test
    void theSwotSectionOpensTheMatrixOnTheSelectedItemAndReopeningShowsTheSameEditor() throws Exception {
        IFile file = Workbench.copy(SamplePlans.FURNITURE_RETAILER, "diagrams", "open.mplan");
        IWorkbenchPage page = Workbench.page();
        IEditorPart form = IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
        PlanEditingSession session = form.getAdapter(PlanEditingSession.class);
        SwotItem south = (SwotItem) session.resource().getEObject("sw-o-south");
        PlanEditors.reveal(page, south, null);
        Workbench.settle();
        Workbench.screenshot("diagram-05-swot-section-link");

        // The SWOT section's "Open TOWS matrix", as a click does.
        ToolItem link = sectionTool(form, "tools SWOT");
        assertEquals("Open TOWS matrix", link.getText());
        link.notifyListeners(SWT.Selection, new Event());
        Workbench.settle();
        DiagramEditor diagram = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
        assertTrue(Workbench.waitUntil(diagram::isLoaded, 30_000));
        assertTrue(Workbench.waitUntil(() -> diagram.pageState().selectedIds().equals(List.of("sw-o-south")), 10_000),
                "the item selected in the form is selected in the diagram: " + diagram.pageState());

        // Opening it again (the Outline's, the Project Explorer's menu) brings the same editor to the front.
        page.activate(form);
        IEditorPart again = DiagramEditors.open(page, file.getLocation().toPath(), TOWS);
        assertSame(diagram, again);
        assertEquals(new DiagramEditorInput(file.getLocation().toPath(), TOWS), diagram.getEditorInput());

        // The menus offer each diagram on what it shows: the TOWS matrix on the SWOT analysis and
        // what is in it, the canvas on the canvas and its items, the journey on a journey; all
        // three on the plan; none on a section no diagram draws.
        assertEquals(List.of("Open TOWS matrix"), menuLabels(page, session.plan().getOpportunity().getSwot()));
        assertEquals(List.of("Open TOWS matrix"), menuLabels(page, south));
        assertEquals(List.of("Open Business Model Canvas"),
                menuLabels(page, session.resource().getEObject("bmc-kr-data")));
        assertEquals(List.of("Open Customer journey"), menuLabels(page, session.resource().getEObject("tp-reel")));
        assertEquals(List.of(), menuLabels(page, session.plan().getStrategy()));
        assertEquals(List.of("Open TOWS matrix", "Open Business Model Canvas", "Open Customer journey"),
                menuLabels(page, session.plan()));
    }

    private static ToolItem sectionTool(IEditorPart form, String key) {
        Control root = ((org.eclipse.ui.forms.editor.FormEditor) form).getActivePageInstance().getPartControl();
        List<Control> bars = find(root, control -> control instanceof ToolBar && key.equals(control.getData("org.tactician.section")));
        assertEquals(1, bars.size(), "one tool bar " + key);
        ToolItem[] items = ((ToolBar) bars.get(0)).getItems();
        assertEquals(1, items.length);
        return items[0];
    }

    private static List<Control> find(Control root, java.util.function.Predicate<Control> test) {
        List<Control> found = new java.util.ArrayList<>();
        if (test.test(root)) {
            found.add(root);
        }
        if (root instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(find(child, test));
            }
        }
        return found;
    }

    /** The items the context menus of the Outline and the Project Explorer offer for {@code element}. */
    private static List<String> menuLabels(IWorkbenchPage page, Object element) {
        org.eclipse.ui.ISelectionService selections = page.getWorkbenchWindow().getSelectionService();
        ContentOutline outline;
        try {
            outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
        PlanOutline plan = (PlanOutline) outline.getCurrentPage();
        plan.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element));
        page.activate(outline);
        Workbench.settle();
        assertSame(element, ((IStructuredSelection) selections.getSelection()).getFirstElement());
        OpenDiagramItems items = new OpenDiagramItems();
        items.initialize(page.getWorkbenchWindow());
        items.setInitializationData(null, "class", "selection");
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
        menu.add(items);
        org.eclipse.swt.widgets.Menu widget = menu.createContextMenu(page.getWorkbenchWindow().getShell());
        try {
            widget.notifyListeners(SWT.Show, new Event());
            return Arrays.stream(widget.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText)
                    .filter(text -> !text.isEmpty()).toList();
        } finally {
            widget.notifyListeners(SWT.Hide, new Event());
            menu.dispose();
        }
    }
}
