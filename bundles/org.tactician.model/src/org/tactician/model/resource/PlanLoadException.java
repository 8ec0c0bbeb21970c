package org.tactician.model.resource;

import java.io.IOException;
import java.util.List;

/**
 * A plan file that cannot be opened: malformed or truncated XML, a foreign namespace, an
 * unknown element or attribute, a reference to an element that does not exist, a DOCTYPE...
 * The message names the file, the line and what is wrong, in one line; {@link #problems()}
 * lists every problem found.
 */
public class PlanLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final List<Problem> problems;

    /**
     * One thing wrong with a plan file.
     *
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param message what is wrong, in words a plan author understands
     */
    public record Problem(int line, int column, String message) {

        /** {@code line:column: message}, or just the message when the position is unknown. */
        public String describe() {
            if (line <= 0) {
                return message;
            }
            return column > 0 ? line + ":" + column + ": " + message : line + ": " + message;
        }
    }

    /**
     * @param file the file as the user knows it (a path or URI)
     * @param problems what is wrong, the most important first; never empty
     * @param cause the underlying exception, if any
     */
    public PlanLoadException(String file, List<Problem> problems, Throwable cause) {
        super(file + ":" + problems.get(0).describe()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""), cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file that could not be loaded. */
    public String file() {
        return file;
    }

    /** Every problem found, the first being the one the message reports. */
    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's line (1-based), or 0 when unknown. */
    public int line() {
        return problems.get(0).line();
    }
}
