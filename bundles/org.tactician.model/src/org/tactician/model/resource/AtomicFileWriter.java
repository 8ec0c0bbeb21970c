package org.tactician.model.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content so that readers (and a crash) see either the old or the new
 * version, never a mix: the bytes go to a temporary file in the same folder, are flushed to
 * disk, and the temporary file is then moved over the target in one step.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code content} to {@code target}, atomically where the file system allows.
     *
     * @param keepBackup whether to copy the previous version to {@code target + ".bak"} first
     */
    public static void replace(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (keepBackup && Files.isRegularFile(absolute)) {
                Path backup = absolute.resolveSibling(absolute.getFileName() + PlanResource.BACKUP_SUFFIX);
                Files.copy(absolute, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
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
}
