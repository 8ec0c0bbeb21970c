package org.tactician.generators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent client (python3, pdftotext, pdftoppm, LibreOffice) that checks a
 * generated file. Its standard output and error go to files, so neither can fill a pipe and
 * stall the tool; the timeout is enforced on the whole process tree.
 */
public final class ExternalTool {

    /** How long a checking tool may take unless a caller says otherwise. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private ExternalTool() {
    }

    /** Runs {@code command} and returns its standard output; fails the test on a non-zero exit or a timeout. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        return run(command, TIMEOUT);
    }

    /** Runs {@code command} with {@code timeout}; see {@link #run(List)}. */
    public static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        // Debian's python3 has the python3-* modules the tests use, whatever else is on the PATH.
        if (command.get(0).equals("python3") && Files.isExecutable(Path.of("/usr/bin/python3"))) {
            command = new ArrayList<>(command);
            command.set(0, "/usr/bin/python3");
        }
        Path out = Files.createTempFile("tactician-tool-", ".out");
        Path err = Files.createTempFile("tactician-tool-", ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            } catch (IOException e) {
                throw new IOException(command.get(0) + " is needed by this test (`./tactician test` installs it): "
                        + e.getMessage(), e);
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IOException(command + " timed out after " + timeout.toSeconds() + " s; its error output: "
                        + tail(err));
            }
            if (process.exitValue() != 0) {
                throw new IOException(command + " failed (" + process.exitValue() + "): " + tail(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }
}
