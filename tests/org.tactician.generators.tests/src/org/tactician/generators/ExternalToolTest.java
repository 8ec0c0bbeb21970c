package org.tactician.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The runner of the independent checking tools neither stalls nor waits for ever. */
class ExternalToolTest {

    @Test
    void aToolThatWritesMuchOnBothStreamsFinishes() throws Exception {
        // Far more than a pipe buffer on standard error before the first byte of standard output.
        String script = "import sys; sys.stderr.write('e' * 2000000); sys.stderr.flush(); print('out' * 100000)";
        String out = ExternalTool.run(List.of("python3", "-c", script), Duration.ofSeconds(60));
        assertEquals(300001, out.length());
    }

    @Test
    void theTimeoutStopsTheToolAndItsChildren() {
        IOException error = assertThrows(IOException.class,
                () -> ExternalTool.run(List.of("sh", "-c", "sleep 600 & sleep 600; echo never"), Duration.ofSeconds(1)));
        assertTrue(error.getMessage().contains("timed out after 1 s"), error.getMessage());
    }

    @Test
    void aFailingToolReportsItsErrorOutput() {
        IOException error = assertThrows(IOException.class,
                () -> ExternalTool.run(List.of("sh", "-c", "echo broken input >&2; exit 3")));
        assertTrue(error.getMessage().contains("failed (3): broken input"), error.getMessage());
    }
}
