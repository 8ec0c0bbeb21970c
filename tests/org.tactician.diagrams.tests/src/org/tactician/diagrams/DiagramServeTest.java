package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: with {@code -Ddiagram.test.args=-Dtactician.diagram.serve=SECONDS} it serves the
 * furniture sample's TOWS diagram for that long and writes the page address to
 * {@code target/serve-url.txt}, to look at the diagram (or script it) by hand.
 */
class DiagramServeTest {

    @TempDir
    Path folder;

    @Test
    @EnabledIfSystemProperty(named = "tactician.diagram.serve", matches = "\\d+")
    void serve() throws Exception {
        try (DiagramServer server = new DiagramServer()) {
            DiagramServer.Page page = server.open(TestPlans.furniture(folder), DiagramServer.TOWS);
            Path url = Path.of(System.getProperty("tactician.screenshots", "target/screenshots")).resolveSibling("serve-url.txt");
            Files.writeString(url, page.uri() + "\n" + folder + "\n");
            Thread.sleep(Long.parseLong(System.getProperty("tactician.diagram.serve")) * 1000);
            assertTrue(server.isRunning());
        }
    }
}
