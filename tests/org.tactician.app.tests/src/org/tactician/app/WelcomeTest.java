package org.tactician.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tactician.app.internal.welcome.WelcomeActions;
import org.tactician.app.internal.welcome.WelcomeIntro;
import org.tactician.samples.SamplePlans;

/** The product's welcome, driven through its links as a user clicks them, inside the product. */
class WelcomeTest {

    private IWorkbench workbench;
    private IWorkbenchWindow window;

    @BeforeEach
    void showTheWelcome() throws CoreException {
        workbench = PlatformUI.getWorkbench();
        window = workbench.getActiveWorkbenchWindow();
        workbench.showPerspective(TacticianIds.PERSPECTIVE, window);
        window.getActivePage().closeAllEditors(false);
        IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(TacticianIds.SAMPLES_PROJECT);
        if (samples.exists()) {
            samples.delete(true, true, null);
        }
    }

    @AfterEach
    void closeTheWelcome() {
        IIntroPart intro = workbench.getIntroManager().getIntro();
        if (intro != null) {
            workbench.getIntroManager().closeIntro(intro);
        }
        window.getActivePage().closeAllEditors(false);
    }

    private IIntroPart welcome() {
        IIntroPart intro = workbench.getIntroManager().showIntro(window, false);
        assertInstanceOf(WelcomeIntro.class, intro, "the product's intro is the Tactician welcome");
        Screen.settle(Duration.ofMillis(500));
        return intro;
    }

    private Hyperlink link(String text) {
        List<Hyperlink> links = Screen.find(window.getShell(), Hyperlink.class,
                link -> text.equals(link.getText()) && link.isVisible());
        assertEquals(1, links.size(), "one visible link '" + text + "' on the welcome");
        return links.get(0);
    }

    /** Follows a link as the keyboard does (Tab to it, Enter). */
    private static void follow(Hyperlink link) {
        link.setFocus();
        Event enter = new Event();
        enter.character = '\r';
        enter.keyCode = SWT.CR;
        link.notifyListeners(SWT.KeyDown, enter);
        Screen.settle(Duration.ofMillis(300));
    }

    @Test
    void theProductOpensOnTheWelcomeWithItsThreeStarts() {
        assertTrue(workbench.getIntroManager().hasIntro(), "the product has an intro");
        assertTrue(DefaultScope.INSTANCE.getNode("org.eclipse.ui").getBoolean("showIntro", false),
                "the product shows it on the first start of a workspace");
        welcome();
        for (String start : List.of("Open the sample plan", "New plan", "Read the user guide")) {
            assertNotNull(link(start), start);
        }
        assertEquals(TacticianIds.PERSPECTIVE, window.getActivePage().getPerspective().getId(),
                "the welcome covers the Tactician perspective");
        Screen.shoot("welcome");
    }

    @Test
    void theMethodLinksLeadToTopicsOfTheUserGuide() {
        welcome();
        List<Hyperlink> links = Screen.find(window.getShell(), Hyperlink.class,
                link -> link.getHref() instanceof String href && href.startsWith("/org.tactician.help/"));
        List<String> labels = links.stream().map(Hyperlink::getText).toList();
        // "Learn the method" (six topics) and "A plan, part by part" (the six parts of the plan editor)
        assertEquals(12, links.size(), "links into the user guide: " + labels);
        assertTrue(labels.containsAll(List.of("The validation rules", "The command line", "Opportunity", "Customer journey")),
                labels.toString());
        for (Hyperlink link : links) {
            String path = ((String) link.getHref()).substring("/org.tactician.help/".length());
            assertNotNull(Platform.getBundle("org.tactician.help").getEntry(path), link.getText() + ": " + path);
        }
    }

    @Test
    void openTheSamplePlanCopiesItIntoTheWorkspaceAndOpensItsDefaultEditor() throws Exception {
        welcome();
        follow(link("Open the sample plan"));

        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(TacticianIds.SAMPLES_PROJECT)
                .getFile(WelcomeActions.SAMPLE.fileName());
        assertTrue(file.exists(), file + " was created");
        assertArrayEquals(bytes(SamplePlans.FURNITURE_RETAILER.openStream()), bytes(file.getContents()),
                "the copy is the furniture sample, byte for byte");
        IEditorPart editor = window.getActivePage().getActiveEditor();
        assertNotNull(editor, "an editor opened");
        assertEquals(file, ((IFileEditorInput) editor.getEditorInput()).getFile());
        assertEquals(IDE.getDefaultEditor(file).getId(), editor.getSite().getId(),
                "the plan opened in the default editor for plans");
        assertNull(workbench.getIntroManager().getIntro(), "the welcome made way for the plan");
        Screen.shoot("welcome-sample-opened");
    }

    @Test
    void openingTheSampleAgainKeepsTheUsersCopy() throws Exception {
        welcome();
        follow(link("Open the sample plan"));
        window.getActivePage().closeAllEditors(false);
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(TacticianIds.SAMPLES_PROJECT)
                .getFile(WelcomeActions.SAMPLE.fileName());
        byte[] changed = (new String(bytes(file.getContents()), StandardCharsets.UTF_8) + "<!-- my notes -->\n")
                .getBytes(StandardCharsets.UTF_8);
        file.setContents(new ByteArrayInputStream(changed), IResource.NONE, null);

        welcome();
        follow(link("Open the sample plan"));
        assertArrayEquals(changed, bytes(file.getContents()), "the user's changes are kept");
        assertEquals(file, ((IFileEditorInput) window.getActivePage().getActiveEditor().getEditorInput()).getFile());
    }

    @Test
    void newPlanOpensTheNewPlanWizardOrElseFileNew() throws CoreException {
        welcome();
        IWizardDescriptor planWizard = workbench.getNewWizardRegistry().findWizard(TacticianIds.NEW_PLAN_WIZARD);
        // Without the plan editor's bundle the welcome falls back to File > New's list of wizards.
        String expected = planWizard == null ? "org.eclipse.ui.internal.dialogs.NewWizard"
                : planWizard.createWizard().getClass().getName();

        AtomicReference<String> shown = new AtomicReference<>();
        Display display = window.getShell().getDisplay();
        Runnable[] closeTheDialog = new Runnable[1];
        closeTheDialog[0] = () -> {
            Shell active = display.getActiveShell();
            if (active != null && active.getData() instanceof WizardDialog dialog && dialog.getCurrentPage() != null) {
                IWizard wizard = dialog.getCurrentPage().getWizard();
                shown.set(wizard.getClass().getName());
                Screen.shoot("welcome-new-plan");
                dialog.close();
            } else {
                display.timerExec(200, closeTheDialog[0]);
            }
        };
        display.timerExec(500, closeTheDialog[0]);
        follow(link("New plan")); // modal: returns when the dialog is closed
        assertEquals(expected, shown.get(), "the wizard the welcome opened");
        assertNotNull(workbench.getIntroManager().getIntro(), "a cancelled wizard leaves the welcome in place");
    }

    @Test
    void theFirstWindowOfANewWorkspaceFillsTheScreen() {
        Shell shell = window.getShell();
        Rectangle area = shell.getMonitor().getClientArea();
        Screen.waitUntil("the first window to fill the screen", Duration.ofSeconds(30),
                () -> shell.getBounds().width >= area.width * 0.95 && shell.getBounds().height >= area.height * 0.95);
        assertTrue(shell.getBounds().width > 1024, "wider than the platform's default 1024 px: " + shell.getBounds());
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
