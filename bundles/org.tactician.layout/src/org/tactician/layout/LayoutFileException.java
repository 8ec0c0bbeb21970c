package org.tactician.layout;

import java.nio.file.Path;

/** A layout side file that is there but cannot be used; the diagram then opens laid out afresh. */
public final class LayoutFileException extends Exception {

    private static final long serialVersionUID = 1L;

    LayoutFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
