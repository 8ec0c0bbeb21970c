package org.tactician.generators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Another process generating into a folder, as far as its lock goes: a JVM that locks the
 * folder's lock file as {@link OutputRun} does, and on a line on its input removes the file and
 * lets go, as a finishing run does. File locks hold between processes only, hence a process.
 */
final class LockHolder {

    private static final String SOURCE = """
            import java.nio.channels.FileChannel;
            import java.nio.file.*;
            public class Hold {
                public static void main(String[] args) throws Exception {
                    Path file = Path.of(args[0]);
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                        var lock = channel.lock(1L << 32, 1, false);
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                        Files.delete(file);
                        lock.release();
                    }
                    System.out.println("released");
                }
            }
            """;

    private LockHolder() {
    }

    /** Starts the process and returns once it holds the lock. */
    static Process start(Path lockFile) throws IOException {
        Path source = Files.createTempDirectory("lock-holder").resolve("Hold.java");
        Files.writeString(source, SOURCE);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, source.toString(), lockFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first;
        try {
            first = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (IOException e) {
                    return "an unreadable line (" + e.getMessage() + ")";
                }
            }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            first = "nothing within 60 s";
        }
        if (!"locked".equals(first)) {
            process.destroyForcibly();
            throw new IOException("the lock holder did not lock " + lockFile + " (said " + first + ")");
        }
        return process;
    }

    /** Tells the process to remove the lock file and let go, and waits until it has. */
    static void finish(Process process) throws IOException, InterruptedException {
        OutputStream input = process.getOutputStream();
        input.write('\n');
        input.flush();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the lock holder did not finish");
        }
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (process.exitValue() != 0) {
            throw new IOException("the lock holder failed with exit code " + process.exitValue());
        }
    }
}
