package org.tactician.generators;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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
 * file, removed when the run ends), so two at once never leave a mix of two plans. The folder keeps a list of the files
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

    /** The byte of the lock file that is locked: beyond its content, which runs read. */
    private static final long LOCK_REGION = 1L << 32;

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
    private final boolean createdFolder;
    private final Semaphore permit;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path stagingPath;
    private final OutputFolder staging;
    private boolean committed;

    private OutputRun(Path folder, boolean createdFolder, Semaphore permit, FileChannel lockChannel, FileLock lock,
            Path stagingPath) {
        this.folder = folder;
        this.createdFolder = createdFolder;
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
        try {
            while (true) {
                boolean created = !Files.isDirectory(target);
                Files.createDirectories(target);
                Path lockFile = target.resolve(LOCK);
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                try {
                    FileLock lock = channel.tryLock(LOCK_REGION, 1, false);
                    if (lock == null) {
                        if (!told) {
                            waiting.waitingFor(target);
                            told = true;
                        }
                        lock = channel.lock(LOCK_REGION, 1, false);
                    }
                    if (lockedFileIsInPlace(channel, lockFile)) {
                        Path staging = target.resolve(".tactician-staging-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
                        Files.createDirectory(staging);
                        return new OutputRun(target, created, permit, channel, lock, staging);
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                // The run this one waited for removed the lock file (and maybe the folder it had
                // created) when it finished: the lock held is on a file no longer there; take the next.
                channel.close();
            }
        } catch (IOException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    /**
     * Whether the lock file {@code channel} holds the lock of is still the one in the folder: it
     * writes a token of its own into it and reads the folder's lock file back. (A run removes
     * the lock file before it lets go of the lock, so a run that waited may hold the lock of a
     * removed file.) The token lies before the locked byte, so reading it is never blocked.
     */
    private static boolean lockedFileIsInPlace(FileChannel channel, Path lockFile) throws IOException {
        byte[] token = (ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        try {
            return Arrays.equals(token, Files.readAllBytes(lockFile));
        } catch (NoSuchFileException e) {
            return false;
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

    /**
     * Removes the staging folder (whatever a failed or cancelled run left there) and the lock
     * file, and the folder itself if this run created it and it failed, and releases the folder:
     * a run that fails, even for want of memory, leaves nothing behind.
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            // A run that failed may have failed for want of memory: its cleaning up gets the reserve.
            HeapExhaustion.releaseReserve();
        }
        Throwable failure = null;
        try {
            retrying(this::deleteStaging);
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        try {
            // Removed while the lock is still held: a run waiting for it then sees it gone.
            retrying(() -> Files.deleteIfExists(folder.resolve(LOCK)));
            if (createdFolder && !committed) {
                retrying(() -> deleteIfEmpty(folder));
            }
        } catch (IOException | RuntimeException | Error e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
                permit.release();
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /** A step of cleaning up. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private static final int CLEANUP_ATTEMPTS = 3;

    /**
     * Runs a step of cleaning up, and again after a moment if it fails: right after the heap ran
     * out, memory comes back once the failed run's objects are collected.
     */
    private static void retrying(Step step) throws IOException {
        for (int attempt = 1;; attempt++) {
            try {
                step.run();
                return;
            } catch (IOException | OutOfMemoryError e) {
                if (attempt == CLEANUP_ATTEMPTS) {
                    throw e;
                }
                HeapExhaustion.record(e);
                System.gc();
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // another program's files, or another run's lock file: the folder stays
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
