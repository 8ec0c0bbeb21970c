package org.tactician.ui.internal.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;

/** The plan file behind an editor input: a workspace file, or a file anywhere on disk. */
final class EditorInputs {

    private EditorInputs() {
    }

    /** The file of {@code input}, or null when it is no local file. */
    static Path fileOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fileInput) {
            IPath location = fileInput.getFile().getLocation();
            return location == null ? null : location.toPath();
        }
        if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        }
        if (input instanceof IPathEditorInput pathInput) {
            return pathInput.getPath().toPath();
        }
        return null;
    }

    /** The workspace file of {@code input}, or null for a file outside the workspace. */
    static IFile workspaceFileOf(IEditorInput input) {
        return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }
}
