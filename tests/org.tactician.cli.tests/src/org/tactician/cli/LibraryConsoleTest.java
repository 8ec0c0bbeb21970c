package org.tactician.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tactician.cli.internal.LibraryConsole;

/** What libraries print to System.out and System.err goes to the log, not to the command line's console. */
class LibraryConsoleTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger("org.tactician.cli.console");
    private PrintStream outBefore;
    private PrintStream errBefore;
    private LibraryConsole captured;

    @BeforeEach
    void captureATestConsole() {
        outBefore = System.out;
        errBefore = System.err;
        PrintStream testConsole = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(testConsole);
        System.setErr(testConsole);
        logger.addHandler(recorder);
        // The platform's own console handler (if any) would show the records on the test console.
        logger.setUseParentHandlers(false);
        captured = LibraryConsole.capture();
    }

    @AfterEach
    void putTheConsoleBack() {
        captured.release();
        logger.removeHandler(recorder);
        logger.setUseParentHandlers(true);
        System.setOut(outBefore);
        System.setErr(errBefore);
    }

    private List<String> loggedLines() {
        synchronized (recorder) {
            return logged.stream().map(LogRecord::getMessage).toList();
        }
    }

    @Test
    void aStackTraceALibraryPrintsIsLoggedNotShown() {
        // What Apache XMLBeans does when it cannot create an object, e.g. when the heap ran out.
        System.out.println("Exception trying to instantiate impl class.");
        new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")).printStackTrace();

        assertEquals("", console.toString(StandardCharsets.UTF_8), "nothing reaches the console");
        List<String> lines = loggedLines();
        assertEquals("Exception trying to instantiate impl class.", lines.get(0));
        assertEquals("java.lang.IllegalStateException: wrapped", lines.get(1));
        assertTrue(lines.stream().anyMatch(line -> line.equals("Caused by: java.lang.OutOfMemoryError: Java heap space")),
                lines.toString());
        assertTrue(lines.stream().skip(2).allMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by: ")
                || line.startsWith("\t... ")), lines.toString());
        synchronized (recorder) {
            assertEquals(Level.INFO, logged.get(0).getLevel(), "standard output");
            assertEquals(Level.WARNING, logged.get(1).getLevel(), "standard error");
            assertEquals("System.err", logged.get(1).getSourceClassName());
        }
    }

    @Test
    void theCommandLineStillWritesToTheConsoleItHad() {
        captured.err().println("tactician: one line");
        captured.out().println("writing plan.pdf");

        assertEquals("tactician: one line\nwriting plan.pdf\n", console.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), loggedLines());
    }

    @Test
    void textInAnyScriptIsLoggedWholeAndALineWithoutEndInBoundedPieces() {
        System.err.println("План — خطة التسويق — Kế hoạch\r");
        System.err.print("x".repeat(20_000));
        System.err.flush();

        List<String> lines = loggedLines();
        assertEquals("План — خطة التسويق — Kế hoạch", lines.get(0), "a CR before the line's end is dropped");
        assertEquals(List.of(8192, 8192), lines.stream().skip(1).map(String::length).toList(),
                "a line that does not end is logged in pieces as it grows; the rest waits for its end");
    }

    @Test
    void releasePutsTheStreamsBack() {
        PrintStream libraryErr = System.err;
        captured.release();
        assertSame(captured.err(), System.err);
        assertSame(captured.out(), System.out);
        assertTrue(libraryErr != System.err, "the captured stream was replaced");
        captured = LibraryConsole.capture();
    }
}
