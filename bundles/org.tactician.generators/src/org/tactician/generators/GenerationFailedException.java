package org.tactician.generators;

import java.util.Optional;

/**
 * Thrown when a generator itself failed (not the output folder): it names the file that was
 * being produced and keeps the cause. Files finished before stay complete; the one being
 * written is never left half-written.
 */
public class GenerationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file the file being produced, or {@code null} when the plan's figures were being
     *        prepared for every file
     */
    public GenerationFailedException(String file, RuntimeException cause) {
        super((file == null ? "could not prepare the plan for generation" : "could not generate " + file) + ": "
                + describe(cause), cause);
        this.file = file;
    }

    /**
     * A plan the generators refuse before writing anything, for {@code reason} (in the plan
     * author's words).
     */
    public GenerationFailedException(String reason) {
        super(reason);
        this.file = null;
    }

    /** The file that was being produced, if the failure happened while producing one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String kind = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
