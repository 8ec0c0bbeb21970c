package org.tactician.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The plan editor's own icons (drawn by releng/icons/make-ui-icons.sh). */
public final class UiImages {

    /** Validate the plan. */
    public static final String VALIDATE = "icons/validate.png";

    /** A plan file. */
    public static final String PLAN = "icons/plan16.png";

    private static final String BUNDLE = "org.tactician.ui";

    private UiImages() {
    }

    /** The descriptor of the icon at {@code path} in this bundle. */
    public static ImageDescriptor descriptor(String path) {
        return ResourceLocator.imageDescriptorFromBundle(BUNDLE, path).orElse(ImageDescriptor.getMissingImageDescriptor());
    }

    /** The icon at {@code path}, shared and freed with the display. */
    public static Image get(String path) {
        return JFaceResources.getResources().create(descriptor(path));
    }
}
