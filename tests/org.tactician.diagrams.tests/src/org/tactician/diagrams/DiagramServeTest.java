package org.tactician.diagrams;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: with {@code -Ddiagram.test.args=-Dtactician.diagram.serve=SECONDS} it serves the
 * furniture sample's TOWS matrix, Business Model Canvas and customer journey for that long and
 * writes their page addresses to {@code target/serve-url.txt}, to look at them (or script them) by hand.
 */
class DiagramServeTest {

    @TempDir
    Path folder;

    @Test
    @EnabledIfSystemProperty(named = "tactician.diagram.serve", matches = "\\d+")
    void serve() throws Exception {
        try (DiagramServer server = new DiagramServer()) {
            PlanFileModelSource plan = TestPlans.furniture(folder);
            StringBuilder pages = new StringBuilder();
            for (String type : java.util.List.of(DiagramServer.TOWS, DiagramServer.CANVAS, DiagramServer.JOURNEY)) {
                pages.append(server.open(plan, type).uri()).append('\n');
            }
            Path url = Path.of(System.getProperty("tactician.screenshots", "target/screenshots")).resolveSibling("serve-url.txt");
            Files.writeString(url, pages + folder.toString() + "\n");
            Thread.sleep(Long.parseLong(System.getProperty("tactician.diagram.serve")) * 1000);
            assertTrue(server.isRunning());
        }
    }
}
