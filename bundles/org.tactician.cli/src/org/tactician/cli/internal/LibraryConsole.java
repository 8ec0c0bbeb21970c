package org.tactician.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Standard output and standard error belong to Tactician's own lines when it runs as a command
 * line, but some libraries print there themselves: Apache XMLBeans, for one, prints a stack
 * trace to {@code System.err} (and a line to {@code System.out}) whenever it cannot create an
 * object — as when the heap runs out while a Word document is written — and carries on. Once
 * {@link #capture captured}, {@code System.out} and {@code System.err} lead to the log (see
 * {@link LibraryLogging}: the log file, and the console with {@code --verbose}), and the command
 * line writes to the streams they were before.
 */
public final class LibraryConsole {

    /** The logger what libraries print goes to. */
    static final String LOGGER = "org.tactician.cli.console";

    private final PrintStream out;
    private final PrintStream err;

    private LibraryConsole(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Points {@code System.out} and {@code System.err} at the log, for the rest of the process
     * (a thread that fails while the platform shuts down prints there too).
     *
     * @return the console as it was, for Tactician's own lines
     */
    public static LibraryConsole capture() {
        LibraryConsole console = new LibraryConsole(System.out, System.err);
        Logger logger = Logger.getLogger(LOGGER);
        System.setOut(new PrintStream(new LoggedLines(logger, Level.INFO, "System.out"), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LoggedLines(logger, Level.WARNING, "System.err"), true, StandardCharsets.UTF_8));
        return console;
    }

    /** Puts {@code System.out} and {@code System.err} back (for tests; the product keeps them captured). */
    public void release() {
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
    }

    /** Standard output as it was before the capture. */
    public PrintStream out() {
        return out;
    }

    /** Standard error as it was before the capture. */
    public PrintStream err() {
        return err;
    }

    /**
     * Each line written becomes a log record (a stack trace becomes one record per line: they
     * stay together in the file, in order). A line longer than {@value #LONGEST} bytes is logged
     * in pieces, so a library that never ends its line cannot fill the heap.
     */
    static final class LoggedLines extends OutputStream {
        static final int LONGEST = 8192;

        private final Logger logger;
        private final Level level;
        private final String source;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

        LoggedLines(Logger logger, Level level, String source) {
            this.logger = logger;
            this.level = level;
            this.source = source;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                emit();
                return;
            }
            line.write(b);
            if (line.size() >= LONGEST) {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        // A flush does not end a line: PrintStream flushes after every print of an autoflush stream.
        @Override
        public void flush() {
            // lines are logged when they end
        }

        @Override
        public synchronized void close() {
            emit();
        }

        private void emit() {
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            line.reset();
            if (!text.isBlank()) {
                logger.logp(level, source, null, text);
            }
        }
    }
}
