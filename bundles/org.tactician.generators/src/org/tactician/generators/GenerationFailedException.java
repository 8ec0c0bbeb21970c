package org.tactician.generators;

import java.util.Optional;

import org.tactician.generators.internal.ElementFailure;

/**
 * Thrown when a generator itself failed (not the output folder): it names the file that was
 * being produced and, when the failure happened while one plan element was rendered, that
 * element ({@code could not generate budget.xlsx, at budget line 'Paid search Q3' (id bl-q3): ...}),
 * so the user knows what to fix; it keeps the cause. Files finished before stay complete; the
 * one being written is never left half-written.
 */
public class GenerationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String element;

    /**
     * @param file the file being produced, or {@code null} when the plan's figures were being
     *        prepared for every file
     * @param cause the failure; when it came from rendering a plan element, the element is named
     *        and the element's failure is the cause
     */
    public GenerationFailedException(String file, RuntimeException cause) {
        this(file, ElementFailure.in(cause), cause instanceof ElementFailure at ? (RuntimeException) at.getCause() : cause);
    }

    private GenerationFailedException(String file, ElementFailure at, RuntimeException cause) {
        super((file == null ? "could not prepare the plan for generation" : "could not generate " + file)
                + (at == null ? "" : ", at " + at.element()) + ": " + describe(cause), cause);
        this.file = file;
        this.element = at == null ? null : at.element();
    }

    /**
     * A plan the generators refuse before writing anything, for {@code reason} (in the plan
     * author's words).
     */
    public GenerationFailedException(String reason) {
        super(reason);
        this.file = null;
        this.element = null;
    }

    /** The file that was being produced, if the failure happened while producing one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The plan element being rendered when it failed, in words with its id
     * ({@code budget line 'Paid search Q3' (id bl-q3)}), if the failure happened in one.
     */
    public Optional<String> element() {
        return Optional.ofNullable(element);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String kind = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
