package org.tactician.ui.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionContext;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SmartObjective;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.editor.PlanEditorContributor;
import org.tactician.ui.internal.outline.PlanOutlinePage;

/** The Outline, the Properties view and the Project Explorer, linked with the plan editor. */
class PlanViewsTest {

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    @Test
    void theOutlineShowsThePlanAndSelectingInItRevealsTheElement() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "views", "outline.mplan");
        PlanEditor editor = UiTests.open(file);
        IWorkbenchPage page = UiTests.page();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        UiTests.settle();
        PlanOutlinePage outlinePage = assertInstanceOf(PlanOutlinePage.class, outline.getCurrentPage());
        TreeViewer tree = outlinePage.viewer();
        MarketingPlan plan = editor.session().plan();
        TreeItem root = tree.getTree().getItem(0);
        assertSame(plan, root.getData());
        assertTrue(root.getText().contains(plan.getName()), root.getText());
        List<Object> sections = Arrays.stream(root.getItems()).map(TreeItem::getData).toList();
        assertTrue(sections.containsAll(List.of(plan.getOpportunity(), plan.getStrategy(), plan.getAction(),
                plan.getOperations())), "the plan's sections are its children");

        SmartObjective objective = plan.getOpportunity().getObjectives().get(3);
        tree.setSelection(new StructuredSelection(objective), true);
        UiTests.settle();

        assertEquals("opportunity", editor.getActivePageInstance().getId(), "the editor shows the element's page");
        ElementList objectives = PlanFormsTest.section((PlanFormPage) editor.getActivePageInstance(), "SMART objectives")
                .list();
        assertSame(objective, objectives.shownForm().element(), "and selects it in its list");

        SmartObjective other = plan.getOpportunity().getObjectives().get(5);
        objectives.select(other);
        UiTests.settle();
        assertSame(other, ((IStructuredSelection) tree.getSelection()).getFirstElement(), "the outline follows the editor");
        UiTests.screenshot("views-outline");
    }

    @Test
    void thePropertiesViewShowsAndEditsTheSelectedElementThroughTheCommandStack() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "views", "properties.mplan");
        PlanEditor editor = UiTests.open(file);
        IWorkbenchPage page = UiTests.page();
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        PlanFormPage opportunity = PlanFormsTest.page(editor, "opportunity");
        editor.setActivePage(opportunity.getId());
        UiTests.settle();
        ElementList objectives = PlanFormsTest.section(opportunity, "SMART objectives").list();
        SmartObjective objective = (SmartObjective) objectives.rows().get(2);
        objectives.select(objective);
        UiTests.settle();

        Tree sheet = (Tree) UiTests.find(properties.getCurrentPage().getControl(), Tree.class::isInstance).get(0);
        List<String> rows = Arrays.stream(sheet.getItems()).flatMap(item -> item.getItems().length == 0
                ? Stream.of(item) : Arrays.stream(item.getItems()))
                .map(item -> item.getText(0) + "=" + item.getText(1)).toList();
        assertTrue(rows.contains("Target=" + objective.getTarget().toPlainString()), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("Owner=" + objective.getOwner().getName())), rows.toString());
        UiTests.screenshot("views-properties");

        IPropertySource source = Adapters.adapt(objective, IPropertySource.class);
        assertNotNull(source, "plan elements have properties wherever they are selected");
        IPropertyDescriptor target = Arrays.stream(source.getPropertyDescriptors())
                .filter(descriptor -> descriptor.getDisplayName().equals("Target")).findFirst().orElseThrow();
        source.setPropertyValue(target.getId(), new BigDecimal("2500"));
        assertEquals(new BigDecimal("2500"), objective.getTarget());
        PlanEditorContributor contributor = (PlanEditorContributor) editor.getEditorSite().getActionBarContributor();
        assertEquals("&Undo Set target of SMART objective '" + objective.getName() + "'", contributor.undoAction().getText());
        contributor.undoAction().run();
        assertFalse(objective.getTarget().compareTo(new BigDecimal("2500")) == 0, "undone like any edit");
    }

    @Test
    void theProjectExplorerShowsThePlansSectionsUnderItsFileAndOpensElements() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "views", "explorer.mplan");
        IWorkbenchPage page = UiTests.page();
        IViewPart view = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        CommonNavigator navigator = assertInstanceOf(CommonNavigator.class, view);
        TreeViewer viewer = navigator.getCommonViewer();
        viewer.expandToLevel(file.getProject(), 1);
        viewer.expandToLevel(file, 1);
        UiTests.settle();

        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        List<Object> children = Arrays.asList(content.getChildren(file));
        assertFalse(children.isEmpty(), "a plan file has children");
        MarketingPlan plan = (MarketingPlan) ((EObject) children.stream().filter(EObject.class::isInstance).findFirst()
                .orElseThrow()).eContainer();
        assertTrue(children.containsAll(List.of(plan.getOpportunity(), plan.getStrategy(), plan.getAction(),
                plan.getOperations())), children.toString());
        viewer.setSelection(new StructuredSelection(plan.getOpportunity()), true);
        UiTests.settle();
        UiTests.screenshot("views-project-explorer");

        SmartObjective objective = plan.getOpportunity().getObjectives().get(1);
        viewer.expandToLevel(plan.getOpportunity(), 1);
        viewer.setSelection(new StructuredSelection(objective), true);
        UiTests.settle();
        navigator.getNavigatorActionService().setContext(new ActionContext(viewer.getSelection()));
        navigator.getNavigatorActionService().fillActionBars(navigator.getViewSite().getActionBars());
        IAction open = navigator.getViewSite().getActionBars().getGlobalActionHandler(ICommonActionConstants.OPEN);
        assertNotNull(open, "elements can be opened");
        open.run();
        UiTests.settle();

        PlanEditor editor = assertInstanceOf(PlanEditor.class, page.getActiveEditor());
        assertSame(plan, editor.session().plan(), "the editor and the explorer share the plan");
        assertEquals("opportunity", editor.getActivePageInstance().getId());
        Control focus = editor.getSite().getShell().getDisplay().getFocusControl();
        assertNotNull(focus);
        assertSame(objective, PlanFormsTest.section((PlanFormPage) editor.getActivePageInstance(), "SMART objectives")
                .list().shownForm().element());
    }
}
