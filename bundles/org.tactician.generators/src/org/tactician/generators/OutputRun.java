package org.tactician.generators;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.tactician.model.resource.AtomicFiles;

/**
 * One generation into an output folder, written as a whole: the files go to a hidden staging
 * folder inside it and only move into place when every one of them is complete; a run that
 * fails or is cancelled changes nothing in the folder. Runs into one folder take turns (a lock
 * file), so two at once never leave a mix of two plans. The folder keeps a list of the files
 * its last run wrote ({@value #MANIFEST}); a new run removes those it did not write again, so a
 * run with fewer formats, or of another plan, leaves no stale files behind. Files Tactician did
 * not write are never touched.
 *
 * <pre>
 * try (OutputRun run = OutputRun.start(folder, waiting)) {
 *     List&lt;GeneratedArtifact&gt; staged = generator.generate(plan, run.staging(), ...);
 *     OutputRun.Result result = run.commit(staged);
 * }
 * </pre>
 */
public final class OutputRun implements AutoCloseable {

    /** The list of the files the folder's last run wrote, one name per line. */
    public static final String MANIFEST = ".tactician-output";

    private static final String LOCK = ".tactician-output.lock";

    /**
     * File locks hold between processes only; runs of one process (several generation jobs of
     * the workbench) take turns through one permit per folder.
     */
    private static final ConcurrentMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    /** Told when another run holds the folder, before this one waits for it. */
    @FunctionalInterface
    public interface Waiting {
        /** Another generation is writing into {@code folder}; this run waits for it to finish. */
        void waitingFor(Path folder);
    }

    /**
     * What a committed run did.
     *
     * @param written the files now in the folder, in the order written
     * @param removed the names of files of an earlier run that this run did not write again and
     *        removed
     */
    public record Result(List<GeneratedArtifact> written, List<String> removed) {
    }

    private final Path folder;
    private final Semaphore permit;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path stagingPath;
    private final OutputFolder staging;
    private boolean committed;

    private OutputRun(Path folder, Semaphore permit, FileChannel lockChannel, FileLock lock, Path stagingPath) {
        this.folder = folder;
        this.permit = permit;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.stagingPath = stagingPath;
        this.staging = new OutputFolder(stagingPath);
    }

    /**
     * Starts a run into {@code folder} (created when missing), waiting while another run holds
     * it.
     */
    public static OutputRun start(Path folder, Waiting waiting) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Files.createDirectories(target);
        Semaphore permit = IN_PROCESS.computeIfAbsent(target, key -> new Semaphore(1));
        boolean told = false;
        if (!permit.tryAcquire()) {
            waiting.waitingFor(target);
            told = true;
            try {
                permit.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for another generation into " + target);
            }
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(target.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    waiting.waitingFor(target);
                }
                lock = channel.lock();
            }
            Path staging = target.resolve(".tactician-staging-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            Files.createDirectory(staging);
            return new OutputRun(target, permit, channel, lock, staging);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            permit.release();
            throw e;
        }
    }

    /** The folder the run writes into. */
    public Path folder() {
        return folder;
    }

    /** Where the generators write this run's files until {@link #commit}. */
    public OutputFolder staging() {
        return staging;
    }

    /**
     * Moves the staged files into the folder (each one atomically, replacing the earlier
     * version), removes the earlier run's files that were not written again, and records the
     * new list.
     *
     * @param staged what the generators wrote into {@link #staging()}
     */
    public Result commit(List<GeneratedArtifact> staged) throws IOException {
        if (committed) {
            throw new IllegalStateException("run already committed");
        }
        Set<String> before = previousFiles();
        List<GeneratedArtifact> written = new ArrayList<>(staged.size());
        Set<String> names = new LinkedHashSet<>();
        for (GeneratedArtifact artifact : staged) {
            String name = artifact.file().getFileName().toString();
            Path target = folder.resolve(name);
            move(stagingPath.resolve(name), target);
            written.add(new GeneratedArtifact(artifact.format(), target));
            names.add(name);
        }
        List<String> removed = new ArrayList<>();
        for (String name : before) {
            Path stale = folder.resolve(name);
            // The manifest is a file in the user's folder: only plain names in it are honoured.
            if (!names.contains(name) && isPlainName(name) && Files.deleteIfExists(stale)) {
                removed.add(name);
            }
        }
        AtomicFiles.replace(folder.resolve(MANIFEST), String.join("\n", names).concat("\n").getBytes(StandardCharsets.UTF_8),
                false);
        committed = true;
        return new Result(List.copyOf(written), List.copyOf(removed));
    }

    /** Removes the staging folder (whatever a failed or cancelled run left there) and releases the folder. */
    @Override
    public void close() throws IOException {
        try {
            deleteStaging();
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
                permit.release();
            }
        }
    }

    private Set<String> previousFiles() throws IOException {
        try {
            Set<String> names = new LinkedHashSet<>();
            for (String line : Files.readAllLines(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        } catch (NoSuchFileException e) {
            return Set.of();
        }
    }

    /** Whether {@code name} is a file name an output folder accepts (never a path out of it). */
    private boolean isPlainName(String name) {
        try {
            staging.resolve(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteStaging() throws IOException {
        if (!Files.exists(stagingPath)) {
            return;
        }
        try (Stream<Path> files = Files.walk(stagingPath)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
