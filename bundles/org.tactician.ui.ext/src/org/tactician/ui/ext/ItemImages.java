package org.tactician.ui.ext;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/**
 * Item-provider images (URLs of the edit bundle's icons, or composed images) as SWT images,
 * cached by the display's shared resource manager and freed with the display.
 */
public final class ItemImages {

    private ItemImages() {
    }

    /** The SWT image of an item-provider image object; null for none or an unknown kind. */
    public static Image get(Object itemImage) {
        ImageDescriptor descriptor = descriptorOf(itemImage);
        return descriptor == null ? null : JFaceResources.getResources().create(descriptor);
    }

    /** The descriptor of an item-provider image object; null for none or an unknown kind. */
    public static ImageDescriptor descriptorOf(Object itemImage) {
        return switch (itemImage) {
            case null -> null;
            case ImageDescriptor descriptor -> descriptor;
            case URL url -> ImageDescriptor.createFromURL(url);
            case ComposedImage composed -> {
                // Overlays are not used by the plan model: its first layer is the icon.
                List<Object> images = composed.getImages();
                yield images.isEmpty() ? null : descriptorOf(images.get(0));
            }
            default -> null;
        };
    }
}
