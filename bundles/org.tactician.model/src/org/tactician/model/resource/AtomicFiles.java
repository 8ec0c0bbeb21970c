package org.tactician.model.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way Tactician replaces a file (plans, generated documents, diagram layouts): readers
 * and a crash see either the old or the new version, never a mix. The bytes go to a hidden
 * temporary file in the same folder, are flushed to disk, and the temporary file is then moved
 * over the target in one step.
 *
 * <p>A new file gets the permissions the user's umask gives (it is created like any other
 * file, not as a private temporary file); a replaced file keeps the permissions it had.
 */
public final class AtomicFiles {

    /** Writes a file's whole content; the stream is flushed and closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole file to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content}; see {@link #replace(Path, Content, boolean)}. */
    public static void replace(Path target, byte[] content, boolean keepBackup) throws IOException {
        replace(target, out -> out.write(content), keepBackup);
    }

    /**
     * Replaces {@code target} with what {@code content} writes, atomically where the file
     * system allows; the folder is created when missing. If {@code content} fails, the target
     * is left as it was and no temporary file remains.
     *
     * @param keepBackup whether to copy the previous version to {@code target + ".bak"} first
     */
    public static void replace(Path target, Content content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = createTemporary(folder, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.isRegularFile(absolute)) {
                keepPermissions(absolute, temporary);
                if (keepBackup) {
                    Path backup = absolute.resolveSibling(absolute.getFileName() + PlanResource.BACKUP_SUFFIX);
                    Files.copy(absolute, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty file beside the target, created with the default permissions (the umask
     * applies) rather than {@code Files.createTempFile}'s owner-only ones.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        while (true) {
            Path candidate = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary file: draw another name
            }
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
