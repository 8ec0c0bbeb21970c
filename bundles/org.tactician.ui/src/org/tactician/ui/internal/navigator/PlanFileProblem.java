package org.tactician.ui.internal.navigator;

import org.eclipse.core.resources.IFile;

/** The one child of a plan file that cannot be read: what the loader said. */
public record PlanFileProblem(IFile file, String message) {
}
