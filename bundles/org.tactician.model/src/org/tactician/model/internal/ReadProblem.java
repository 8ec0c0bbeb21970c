package org.tactician.model.internal;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A problem of a plan file found while reading it, already in the plan author's words, with
 * where it is (1-based line and column; 0 when unknown).
 */
public record ReadProblem(String message, String location, int line, int column) implements Resource.Diagnostic {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }
}
