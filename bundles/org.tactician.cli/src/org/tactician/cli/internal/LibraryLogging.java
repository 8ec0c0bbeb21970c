package org.tactician.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the libraries' own logging goes when Tactician runs as a command line: the console
 * belongs to Tactician's lines (progress on standard output, one line per problem on standard
 * error), so java.util.logging — through which openhtmltopdf, PDFBox and the platform log —
 * writes to {@code ~/.tactician/logs/cli-0.log} instead (rotated, three files of 1 MB), and
 * also to standard error with {@code --verbose}.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    /** Routes java.util.logging; returns the log file, if one could be opened. */
    static Optional<Path> configure(boolean verbose) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        if (verbose) {
            Handler console = new ConsoleHandler();
            console.setLevel(Level.ALL);
            root.addHandler(console);
        }
        Path folder = Path.of(System.getProperty("user.home"), ".tactician", "logs");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("cli-%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            return Optional.of(folder.resolve("cli-0.log"));
        } catch (IOException | SecurityException e) {
            // No writable home: library messages are dropped, Tactician's own still reach the console.
            return Optional.empty();
        }
    }
}
