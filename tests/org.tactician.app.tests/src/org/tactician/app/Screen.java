package org.tactician.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Waiting for the UI on its own thread, finding widgets, and screenshots of the virtual display. */
final class Screen {

    /** Where the screenshots go: {@code target/screenshots/} of this test bundle. */
    static final Path SHOTS = Path.of("target", "screenshots");

    private Screen() {
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code timeout}. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    /** Runs the event loop for a while, so that everything is painted. */
    static void settle(Duration time) {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    /** Every control under {@code root} (itself included) that matches. */
    static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<T> matches) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root) && matches.test(type.cast(root))) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(find(child, type, matches));
            }
        }
        return found;
    }

    /**
     * Saves the whole virtual screen as {@code target/screenshots/<name>.png} (ImageMagick's
     * {@code import}, as the product smoke test does) and checks that a real picture was written.
     */
    static Path shoot(String name) {
        settle(Duration.ofMillis(1500));
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Files.deleteIfExists(file);
            Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            try (InputStream output = process.getInputStream()) {
                // Drained on its own thread so a chatty tool cannot block on a full pipe.
                Thread drain = new Thread(() -> {
                    try {
                        output.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        // the process ended
                    }
                }, "screenshot output");
                drain.setDaemon(true);
                drain.start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("import did not finish within 60 s");
                }
            }
            assertEquals(0, process.exitValue(), "import exit code");
            assertTrue(Files.size(file) > 10_000, file + " is a real screenshot");
            return file;
        } catch (IOException e) {
            throw new AssertionError("screenshot " + name + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
