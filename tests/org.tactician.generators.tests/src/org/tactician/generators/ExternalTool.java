package org.tactician.generators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent client (python3, pdftotext, pdftoppm) that checks a generated file. */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** Runs {@code command} and returns its standard output; fails the test on a non-zero exit. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        // Debian's python3 has the python3-* modules the tests use, whatever else is on the PATH.
        if (command.get(0).equals("python3") && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/python3"))) {
            command = new java.util.ArrayList<>(command);
            command.set(0, "/usr/bin/python3");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is needed by this test (.ci/run installs it): " + e.getMessage(), e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IOException(command + " failed (" + process.exitValue() + "): "
                    + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
