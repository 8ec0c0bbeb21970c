package org.tactician.generators;

import java.util.function.Consumer;

/**
 * How a generator reports what it is doing and learns that the user wants it to stop. It has
 * no UI dependency: the command line prints the steps, a workbench job forwards them to its
 * progress monitor.
 */
public interface GenerationProgress {

    /** Reports nothing and never cancels. */
    GenerationProgress NONE = new GenerationProgress() {
        @Override
        public void step(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Hands each warning to {@code warnings}; reports no steps and never cancels. */
    static GenerationProgress warningsTo(Consumer<String> warnings) {
        return new GenerationProgress() {
            @Override
            public void step(String message) {
            }

            @Override
            public void warning(String message) {
                warnings.accept(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Called before each artifact is produced, e.g. {@code "calendar-editorial.ics"}. */
    void step(String message);

    /**
     * Something the reader of the generated files should know, in one sentence (a glyph no
     * bundled font has, a theme value that could not be used); generation goes on.
     */
    default void warning(String message) {
    }

    /** Whether generation should stop as soon as possible; polled between artifacts and entries. */
    boolean isCancelled();

    /**
     * Throws {@link GenerationCancelledException} when {@link #isCancelled()}.
     */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new GenerationCancelledException();
        }
    }
}
