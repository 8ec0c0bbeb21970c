package org.tactician.model.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.tactician.model.resource.PlanLoadException.Problem;

/**
 * The problems of a plan file as a plan author reads them: what {@link PlanReader} found (each
 * already in the plan's words, with its line and column), or why the file could not be read at
 * all.
 */
public final class LoadProblems {

    private LoadProblems() {
    }

    /** The problems of a load of {@code resource} that ended with {@code failure} (may be null). */
    public static List<Problem> of(Resource resource, IOException failure) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(new Problem(Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0),
                    error instanceof ReadProblem ? error.getMessage() : clean(error.getMessage())));
        }
        if (failure != null && problems.isEmpty()) {
            problems.add(fromFailure(failure));
        }
        return new ArrayList<>(problems);
    }

    /** A file that could not be read at all (permissions, a folder, a device that failed). */
    private static Problem fromFailure(IOException failure) {
        if (failure instanceof AccessDeniedException || String.valueOf(failure.getMessage()).contains("Permission denied")) {
            return new Problem(0, 0, "permission denied: the file cannot be read");
        }
        if (failure.getCause() instanceof RuntimeException bug) {
            // A defect of Tactician, not of the file: say so rather than guess at the file.
            return new Problem(0, 0, "Tactician could not read this file (internal error "
                    + bug.getClass().getSimpleName() + "); please report it with the file");
        }
        return new Problem(0, 0, "cannot be read: " + clean(failure.getMessage()));
    }

    /** Drops the trailing period and the location Java appends to some messages. */
    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unknown problem";
        }
        String text = message.strip();
        int location = text.indexOf(" (file:");
        if (location > 0) {
            text = text.substring(0, location);
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
