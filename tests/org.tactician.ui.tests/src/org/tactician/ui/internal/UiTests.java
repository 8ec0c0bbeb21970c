package org.tactician.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.markers.PlanMarkers;

/** What the UI tests share: plans in a workspace project, the event loop, widgets by the feature they edit, screenshots. */
public final class UiTests {

    /** Where screenshots go (target/screenshots of the test bundle). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiTests() {
    }

    /** The workbench page of the test window, with the window filling the screen. */
    public static IWorkbenchPage page() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        Shell shell = window.getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
        if (!shell.getBounds().equals(screen)) {
            shell.setBounds(screen);
        }
        return window.getActivePage();
    }

    /** A fresh copy of {@code sample} in the workspace project {@code project}. */
    public static IFile workspaceCopy(SamplePlans sample, String project, String name) {
        try {
            IProject target = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
            if (!target.exists()) {
                target.create(null);
            }
            if (!target.isOpen()) {
                target.open(null);
            }
            IFile file = target.getFile(name);
            try (InputStream in = sample.openStream()) {
                if (file.exists()) {
                    file.setContents(in, IResource.FORCE, null);
                } else {
                    file.create(in, IResource.FORCE, null);
                }
            }
            return file;
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code file} in the plan editor. */
    public static PlanEditor open(IFile file) throws PartInitException {
        IEditorPart editor = IDE.openEditor(page(), file, PlanEditors.EDITOR_ID, true);
        settle();
        return (PlanEditor) editor;
    }

    /** Runs the event loop until nothing is left to do and the plan jobs are done. */
    public static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 4; round++) {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Job.getJobManager().join(PlanMarkers.JOB_FAMILY, null);
            } catch (InterruptedException | IllegalStateException e) {
                // not all jobs could be joined from the UI thread: good enough
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop for {@code millis} (timer-driven work: typing commits, live validation). */
    public static void waitFor(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wake the loop
                });
                display.sleep();
            }
        }
        settle();
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} passed; whether it holds. */
    public static boolean waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        // the answer that ended the wait, not a second look: a drawing in mid-zoom can answer
        // true once and false a moment later
        boolean met;
        while (!(met = condition.getAsBoolean()) && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wake the loop
                });
                display.sleep();
            }
        }
        return met;
    }

    /** Every control under {@code root} that {@code test} accepts, in tree order. */
    public static List<Control> find(Control root, Predicate<Control> test) {
        List<Control> found = new ArrayList<>();
        collect(root, test, found);
        return found;
    }

    private static void collect(Control control, Predicate<Control> test, List<Control> found) {
        if (test.test(control)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, test, found);
            }
        }
    }

    /** The button labelled {@code label} (mnemonics ignored) under {@code root}. */
    public static Button button(Control root, String label) {
        String wanted = label.replace("&", "");
        List<Control> found = find(root, control -> control instanceof Button button
                && button.getText().replace("&", "").equals(wanted));
        if (found.isEmpty()) {
            throw new AssertionError("no button '" + wanted + "' under " + root);
        }
        return (Button) found.get(0);
    }

    /** Presses the button labelled {@code label} under {@code root}, as a click does. */
    public static void press(Control root, String label) {
        Button button = button(root, label);
        if (!button.isEnabled()) {
            throw new AssertionError("'" + label + "' is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    /** Opens {@code wizard} in a dialog that does not block, with the window filling the screen. */
    public static WizardDialog openWizard(IWizard wizard) {
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle();
        return dialog;
    }

    /** Saves what the screen shows now as {@code name}.png under {@link #SCREENSHOTS}. */
    public static Path screenshot(String name) {
        Display display = Display.getCurrent();
        settle();
        waitFor(300); // GTK animates check boxes, radio buttons and enablement: let them reach their state
        Rectangle bounds = display.getPrimaryMonitor().getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            image.dispose();
        }
    }
}
