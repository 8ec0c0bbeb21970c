package org.tactician.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The workbench's own icons (drawn by releng/icons/make-ui-icons.py). */
public final class UiImages {

    /** Validate the plan. */
    public static final String VALIDATE = "icons/validate.png";

    /** A plan file. */
    public static final String PLAN = "icons/plan16.png";

    /** New Marketing Plan. */
    public static final String NEW_PLAN = "icons/new-plan.png";

    /** New Tactician Project. */
    public static final String NEW_PROJECT = "icons/new-project.png";

    /** Generate Documents. */
    public static final String GENERATE = "icons/generate.png";

    /** The Plan Calendar view. */
    public static final String CALENDAR = "icons/calendar.png";

    /** The calendar's month layout. */
    public static final String CALENDAR_MONTH = "icons/calendar-month.png";

    /** The calendar's quarter layout. */
    public static final String CALENDAR_QUARTER = "icons/calendar-quarter.png";

    /** The Plan Dashboard view. */
    public static final String DASHBOARD = "icons/dashboard.png";

    /** Export a chart. */
    public static final String EXPORT = "icons/export.png";

    /** Banner of the New Marketing Plan wizard. */
    public static final String NEW_PLAN_BANNER = "icons/wizban/new-plan.png";

    /** Banner of the New Tactician Project wizard. */
    public static final String NEW_PROJECT_BANNER = "icons/wizban/new-project.png";

    /** Banner of the Generate Documents wizard. */
    public static final String GENERATE_BANNER = "icons/wizban/generate.png";

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
