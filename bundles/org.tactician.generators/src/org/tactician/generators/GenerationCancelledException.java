package org.tactician.generators;

/**
 * Thrown when {@link GenerationProgress#isCancelled()} stopped a generation. Files already
 * finished stay in the output folder; the one being written is never left half-written.
 */
public class GenerationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public GenerationCancelledException() {
        super("generation cancelled");
    }
}
