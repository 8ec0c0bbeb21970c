package org.tactician.diagrams;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram page of the furniture sample in Debian's headless Chromium, served by the real local
 * server: what every browser test of a diagram starts from. Screenshots go to
 * target/screenshots/{@code <prefix>-*.png}, the page's last state too when a step fails.
 */
abstract class DiagramPageTest {

    @TempDir
    Path folder;

    protected PlanFileModelSource source;
    protected DiagramServer server;
    protected Chromium chromium;
    protected Path shots;

    /** The screenshots' name prefix, e.g. {@code tows}. */
    protected abstract String prefix();

    @BeforeEach
    void openBrowser() throws Exception {
        source = TestPlans.furniture(folder);
        server = new DiagramServer();
        shots = Path.of(System.getProperty("tactician.screenshots", "target/screenshots"));
        chromium = new Chromium(shots.resolve("chromium-" + prefix() + ".log"));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        try {
            // what the page showed last, also when a step failed
            chromium.screenshot(shots.resolve(prefix() + "-last.png"));
        } catch (java.io.IOException e) {
            // the browser may be gone: nothing to show
        }
        try {
            chromium.close();
        } finally {
            server.close();
        }
    }

    /** Reads the plan where it may be read. */
    protected <T> T model(Supplier<T> read) {
        return source.exclusive(read);
    }

    protected void shot(String name) throws Exception {
        chromium.screenshot(shots.resolve(prefix() + "-" + name + ".png"));
    }

    /** Waits for the next model update; on a time-out, fails with the page's script errors. */
    protected int waitRevision(int revision) throws Exception {
        try {
            return chromium.waitRevision(revision);
        } catch (java.io.IOException e) {
            throw new AssertionError("no model update; page errors: " + chromium.errors(), e);
        }
    }
}
