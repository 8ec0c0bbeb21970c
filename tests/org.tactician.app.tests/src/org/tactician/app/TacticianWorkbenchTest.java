package org.tactician.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs inside the Tactician product: the branded workbench, its perspective and views. */
class TacticianWorkbenchTest {

    private IWorkbench workbench;
    private IWorkbenchWindow window;

    @BeforeEach
    void openTacticianPerspective() throws WorkbenchException {
        workbench = PlatformUI.getWorkbench();
        window = workbench.getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has an active window");
        workbench.showPerspective(TacticianIds.PERSPECTIVE, window);
    }

    @Test
    void productIsTactician() {
        assertNotNull(Platform.getProduct(), "a product is running");
        assertEquals(TacticianIds.PRODUCT, Platform.getProduct().getId());
        assertEquals("Tactician", Platform.getProduct().getName());
        assertTrue(Platform.getProduct().getProperty("aboutText").contains("Version: "),
                "the About dialog states the version");
    }

    @Test
    void windowIsTitledTactician() {
        assertEquals("Tactician", window.getShell().getText());
    }

    @Test
    void tacticianPerspectiveIsTheDefaultAndOpens() {
        assertEquals(TacticianIds.PERSPECTIVE, workbench.getPerspectiveRegistry().getDefaultPerspective());
        IPerspectiveDescriptor active = window.getActivePage().getPerspective();
        assertEquals(TacticianIds.PERSPECTIVE, active.getId());
        assertEquals("Tactician", active.getLabel());
    }

    @Test
    void perspectiveShowsExplorerOutlineProblemsAndProperties() {
        IWorkbenchPage page = window.getActivePage();
        for (String viewId : List.of(TacticianIds.PROJECT_EXPLORER, TacticianIds.OUTLINE,
                TacticianIds.PROBLEMS, TacticianIds.PROPERTIES)) {
            assertNotNull(page.findViewReference(viewId), viewId + " is laid out in the perspective");
        }
    }

    @Test
    void standardViewsOpen() throws PartInitException {
        IWorkbenchPage page = window.getActivePage();
        for (String viewId : List.of(TacticianIds.PROJECT_EXPLORER, TacticianIds.OUTLINE,
                TacticianIds.PROBLEMS, TacticianIds.PROPERTIES)) {
            IViewPart view = page.showView(viewId);
            assertNotNull(view, viewId + " opens");
            assertEquals(viewId, view.getSite().getId());
        }
    }

    @Test
    void standardMenusArePresent() {
        List<String> menus = Arrays.stream(window.getShell().getMenuBar().getItems())
                .map(item -> item.getText().replace("&", ""))
                .toList();
        assertTrue(menus.containsAll(List.of("File", "Edit", "Window", "Help")), "menus: " + menus);
    }
}
