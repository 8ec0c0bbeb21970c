package org.tactician.diagrams.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.PlanOutline;

/**
 * The Properties view and the Outline of a diagram's selection follow the plan through undo and
 * redo, from the diagram (Ctrl+Z with the browser focused) and from the plan editor: new values,
 * and no element an undo removed. Screenshots in target/screenshots/properties-*.png.
 */
class DiagramPropertiesTest {

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.settle();
    }

    @Test
    void propertiesAndOutlineShowThePlanAfterUndoAndRedo() throws Exception {
        IFile file = Workbench.copy(SamplePlans.FURNITURE_RETAILER, "diagrams", "properties.mplan");
        IWorkbenchPage page = Workbench.page();
        IEditorPart form = IDE.openEditor(page, file, PlanEditors.EDITOR_ID, true);
        PlanEditingSession session = form.getAdapter(PlanEditingSession.class);
        DiagramEditor diagram = DiagramPage.open(page, "tactician-tows", "g.factor", 17).editor();
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(diagram);
        Workbench.settle();

        // The diagram selects a factor: the Properties view shows its name.
        SwotItem baltics = (SwotItem) session.resource().getEObject("sw-o-baltics");
        String before = baltics.getName();
        select(diagram, baltics);
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=" + before), 10_000), rows(properties).toString());

        // Renamed (as the form does, on the plan's stack): the view shows the new name; Ctrl+Z
        // in the diagram puts the old one back in the view too, Ctrl+Shift+Z the new one again.
        String renamed = "Baltic buyers — Balti ostjad";
        session.commandStack().execute(SetCommand.create(session.editingDomain(), baltics, Literals.NAMED_ELEMENT__NAME, renamed));
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=" + renamed), 10_000), rows(properties).toString());
        page.activate(diagram);
        Workbench.settle();
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> before.equals(baltics.getName()), 10_000), "undone");
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=" + before), 10_000),
                "after Ctrl+Z the view shows the old name: " + rows(properties));
        Workbench.xdotool("key", "ctrl+shift+z");
        assertTrue(Workbench.waitUntil(() -> renamed.equals(baltics.getName()), 10_000), "redone");
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=" + renamed), 10_000),
                "after redo the view shows the new name: " + rows(properties));

        // A new factor selected in the diagram, then its creation undone in the diagram: neither
        // the editor's selection, the Properties view nor the Outline keeps the removed element.
        SwotAnalysis swot = session.plan().getOpportunity().getSwot();
        SwotItem added = TacticianFactory.eINSTANCE.createSwotItem();
        added.setId("sw-o-nordics");
        added.setName("Nordic marketplaces");
        added.setCategory(SwotCategory.OPPORTUNITY);
        session.commandStack().execute(AddCommand.create(session.editingDomain(), swot, Literals.SWOT_ANALYSIS__ITEMS, added));
        page.activate(diagram);
        Workbench.settle();
        select(diagram, added);
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=Nordic marketplaces"), 10_000),
                rows(properties).toString());
        PlanOutline outlinePage = assertInstanceOf(PlanOutline.class, outline.getCurrentPage());
        assertTrue(Workbench.waitUntil(() -> outlineLabels(outlinePage).contains("Nordic marketplaces"), 10_000),
                "the Outline shows the new factor: " + outlineLabels(outlinePage));
        Workbench.screenshot("properties-01-new-factor");
        Workbench.xdotool("key", "ctrl+z");
        assertTrue(Workbench.waitUntil(() -> added.eResource() == null, 10_000), "the creation was undone");
        assertTrue(Workbench.waitUntil(() -> !rows(properties).contains("Name=Nordic marketplaces"), 10_000),
                "the view no longer shows the removed factor: " + rows(properties));
        Object shown = ((IStructuredSelection) diagram.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertSame(swot, shown, "with nothing of the plan selected, the diagram's selection is its SWOT analysis");
        assertTrue(Workbench.waitUntil(() -> !outlineLabels(outlinePage).contains("Nordic marketplaces"), 10_000),
                "the Outline no longer shows it");
        Workbench.screenshot("properties-02-creation-undone");

        // Undo from the plan editor changes what the diagram's Properties view shows too.
        select(diagram, baltics);
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=" + renamed), 10_000), rows(properties).toString());
        page.activate(form);
        Workbench.settle();
        DiagramEditorTest.runCommand(page, "org.eclipse.ui.edit.undo"); // the rename (the addition is undone already)
        assertFalse(renamed.equals(baltics.getName()));
        page.activate(diagram);
        Workbench.settle();
        assertTrue(Workbench.waitUntil(() -> rows(properties).contains("Name=" + before), 10_000),
                "the form's undo shows in the diagram's Properties view: " + rows(properties));
    }

    private static void select(DiagramEditor diagram, SwotItem item) {
        assertTrue(Workbench.waitUntil(() -> diagram.reveal(item), 10_000), "the diagram shows " + item.getName());
        assertTrue(Workbench.waitUntil(() -> diagram.getSite().getSelectionProvider().getSelection()
                instanceof IStructuredSelection selection && selection.getFirstElement() == item, 10_000),
                "the editor's selection is " + item.getName());
    }

    /** The Properties view's rows as {@code name=value}. */
    private static List<String> rows(PropertySheet properties) {
        List<String> rows = new ArrayList<>();
        Control control = properties.getCurrentPage() == null ? null : properties.getCurrentPage().getControl();
        if (control instanceof Tree tree && !tree.isDisposed()) {
            for (TreeItem item : tree.getItems()) {
                collect(item, rows);
            }
        }
        return rows;
    }

    private static void collect(TreeItem item, List<String> rows) {
        if (item.getItems().length == 0) {
            rows.add(item.getText(0) + "=" + item.getText(1));
        }
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }

    /** The labels of the Outline's items (the diagram's selection expanded the tree down to it). */
    private static List<String> outlineLabels(PlanOutline outline) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : ((Tree) outline.getControl()).getItems()) {
            labels(item, labels);
        }
        return labels;
    }

    private static void labels(TreeItem item, List<String> labels) {
        labels.add(item.getText());
        for (TreeItem child : item.getItems()) {
            labels(child, labels);
        }
    }
}
