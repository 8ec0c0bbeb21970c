package org.tactician.diagrams.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.tactician.model.TacticianPackage;
import org.tactician.ui.PlanEditors;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.tactician.samples.SamplePlans;

/**
 * The diagram editors' UI tests in the running product: plans in the workspace, the event loop,
 * the page in the diagram's browser (its DOM through evaluate), the real mouse and keyboard
 * (xdotool on the test's X display) and screenshots in target/screenshots.
 */
final class Workbench {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Workbench() {
    }

    /** The test window's page, the window filling the screen. */
    static IWorkbenchPage page() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        Shell shell = window.getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
        if (!shell.getBounds().equals(screen)) {
            shell.setBounds(screen);
        }
        if (shell.getDisplay().getActiveShell() != shell) {
            // the first test may start before the window has the keyboard
            shell.forceActive();
            settle();
        }
        return window.getActivePage();
    }

    /** A fresh copy of {@code sample} as {@code name} in the workspace project {@code project}. */
    static IFile copy(SamplePlans sample, String project, String name) throws CoreException, IOException {
        IProject target = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (!target.exists()) {
            target.create(null);
        }
        target.open(null);
        IFile file = target.getFile(name);
        for (IFile side : new IFile[] {file, target.getFile(name + ".layout")}) {
            if (side.exists()) {
                side.delete(true, null);
            }
        }
        try (InputStream in = sample.openStream()) {
            file.create(in, IResource.FORCE, null);
        }
        return file;
    }

    /** Runs the event loop until nothing is left to do (and the marker jobs are done). */
    static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // drain
            }
            try {
                Job.getJobManager().join(org.tactician.ui.internal.markers.PlanMarkers.JOB_FAMILY, null);
            } catch (InterruptedException | IllegalStateException e) {
                // good enough
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} passed; whether it holds. */
    static boolean waitUntil(BooleanSupplier condition, long millis) {
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

    /** Runs the event loop for {@code millis}. */
    static void pause(long millis) {
        long end = System.currentTimeMillis() + millis;
        waitUntil(() -> System.currentTimeMillis() >= end, millis + 1000);
    }

    /**
     * Runs xdotool with {@code arguments} on the test's display, keeping the event loop going
     * meanwhile (the workbench must see the input it makes); fails when it fails or hangs.
     */
    static void xdotool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(arguments));
        run(command);
        settle();
    }

    /** Runs {@code command} with the event loop going, its output drained; fails when it fails or takes over 20 s. */
    private static void run(List<String> command) {
        String shown = String.join(" ", command);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    in.transferTo(output);
                } catch (IOException e) {
                    // the process is gone
                }
            }, "test tool output");
            drain.start();
            boolean finished = waitUntil(() -> !process.isAlive(), 20_000);
            if (!finished) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(shown + " hung");
            }
            drain.join(5000);
            if (process.exitValue() != 0) {
                throw new AssertionError(shown + " failed: " + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " cannot run (is it installed? the tests need it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The plan editor's name field of {@code element}, which the editor's own reveal shows (the
     * page, the list row, the field): the focused field, or else the one showing the element's
     * name on the active page (the focus is the window manager's to give).
     */
    static Text nameField(IWorkbenchPage page, org.tactician.model.NamedElement element) throws PartInitException {
        PlanEditors.reveal(page, element, TacticianPackage.Literals.NAMED_ELEMENT__NAME);
        settle();
        Display display = Display.getCurrent();
        if (display.getFocusControl() instanceof Text focused && "NamedElement.name".equals(focused.getData(FEATURE))) {
            return focused;
        }
        IEditorPart editor = page.getActiveEditor();
        Control root = ((org.eclipse.ui.forms.editor.FormEditor) editor).getActivePageInstance().getPartControl();
        List<Text> fields = new ArrayList<>();
        collect(root, fields);
        List<Text> shown = fields.stream().filter(field -> field.isVisible() && "NamedElement.name".equals(field.getData(FEATURE))
                && field.getText().equals(element.getName())).toList();
        if (shown.size() != 1) {
            throw new AssertionError("not one name field showing '" + element.getName() + "': " + shown.size());
        }
        return shown.get(0);
    }

    private static final String FEATURE = "org.tactician.feature";

    private static void collect(Control control, List<Text> fields) {
        if (control instanceof Text text) {
            fields.add(text);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, fields);
            }
        }
    }

    /** Drags with the left button from {@code from} to {@code to} (screen points), in small steps as a hand does. */
    static void drag(Point from, Point to) {
        List<String> steps = new ArrayList<>(List.of("mousemove", String.valueOf(from.x), String.valueOf(from.y),
                "sleep", "0.3", "mousedown", "1", "sleep", "0.3"));
        for (int i = 1; i <= 12; i++) {
            steps.addAll(List.of("mousemove", String.valueOf(from.x + (to.x - from.x) * i / 12),
                    String.valueOf(from.y + (to.y - from.y) * i / 12), "sleep", "0.08"));
        }
        steps.addAll(List.of("sleep", "0.3", "mouseup", "1"));
        xdotool(steps.toArray(String[]::new));
    }

    /**
     * Saves what the X screen shows as {@code name}.png under {@link #SCREENSHOTS}, with
     * ImageMagick's {@code import -window root} (what the X server has drawn, the browser's
     * content included).
     */
    static Path screenshot(String name) {
        settle();
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        run(List.of("import", "-window", "root", file.toString()));
        return file;
    }
}
