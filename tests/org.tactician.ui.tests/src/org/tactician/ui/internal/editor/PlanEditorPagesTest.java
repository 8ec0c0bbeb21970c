package org.tactician.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.forms.PlanFormPage;
import org.tactician.ui.internal.forms.PlanPages;

/** Every sample opens on the six pages of the plan; screenshots of each page go to target/screenshots. */
class PlanEditorPagesTest {

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void everySampleOpensOnThePagesOfThePlan(SamplePlans sample) throws Exception {
        IFile file = UiTests.workspaceCopy(sample, "pages", sample.fileName());
        PlanEditor editor = UiTests.open(file);

        assertNotNull(editor.session(), "the sample loads: " + editor.loadError());
        List<String> titles = editor.formPages().stream().map(page -> page.page().title()).toList();
        assertEquals(List.of("Overview", "Opportunity", "Strategy", "Action", "Operations", "Customer journey"), titles);
        assertEquals(sample.fileName(), editor.getPartName());
        IWorkbenchPage workbenchPage = UiTests.page();
        workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        for (PlanFormPage page : editor.formPages()) {
            editor.setActivePage(page.getId());
            UiTests.settle();
            assertTrue(page.isBuilt(), page.page().title() + " is built when shown");
            ScrolledForm form = page.getManagedForm().getForm();
            assertEquals(sample == SamplePlans.ARABIC ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT, form.getOrientation());
            assertEquals(page.page().sections().size(), page.sections().size());
            UiTests.screenshot(sample.id() + "-" + page.getId());
            Point size = form.getContent().getSize();
            if (size.y > form.getClientArea().height) {
                form.setOrigin(0, size.y - form.getClientArea().height);
                UiTests.screenshot(sample.id() + "-" + page.getId() + "-end");
                form.setOrigin(0, 0);
            }
        }
        workbenchPage.setPartState(workbenchPage.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        assertEquals(PlanPages.PAGES.size(), editor.formPages().size());
    }
}
