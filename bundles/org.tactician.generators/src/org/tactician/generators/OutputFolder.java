package org.tactician.generators;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.tactician.model.resource.AtomicFiles;

/**
 * The folder generated files go to. Every file is written to a temporary file beside its
 * target and moved into place in one step, so a reader (or a crash, or a cancellation) never
 * sees half a file; names that would leave the folder are rejected.
 */
public final class OutputFolder {

    /** A plain file name: no separators, no leading dot, no control characters. */
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]{0,199}");

    /** Writes content to a stream; the stream is closed by the output folder. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole file to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;

    /** The output folder {@code folder}; it is created on the first write if missing. */
    public OutputFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The folder itself. */
    public Path path() {
        return folder;
    }

    /**
     * The file {@code name} inside this folder.
     *
     * @throws IllegalArgumentException if {@code name} is not a plain file name or would
     *         resolve outside the folder
     */
    public Path resolve(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not a plain file name for the output folder: '" + name + "'");
        }
        Path file = folder.resolve(name).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IllegalArgumentException("file name leaves the output folder: '" + name + "'");
        }
        return file;
    }

    /** Writes {@code bytes} as the file {@code name}, atomically. */
    public Path write(String name, byte[] bytes) throws IOException {
        return write(name, out -> out.write(bytes));
    }

    /**
     * Writes the file {@code name} from {@code content}, atomically (through {@link AtomicFiles}):
     * the previous version (if any) stays until the new one is complete.
     */
    public Path write(String name, Content content) throws IOException {
        Path target = resolve(name);
        AtomicFiles.replace(target, content::writeTo, false);
        return target;
    }
}
