package org.tactician.app;

/**
 * Identifiers of the Tactician workbench contributions that other bundles and tests refer to.
 */
public final class TacticianIds {

    /** The Tactician perspective: plan explorer, editors, outline, problems and properties. */
    public static final String PERSPECTIVE = "org.tactician.app.perspective";

    /** The standalone product defined by this bundle. */
    public static final String PRODUCT = "org.tactician.app.product";

    /** Project Explorer view (from the IDE). */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    /** Problems view (from the IDE). */
    public static final String PROBLEMS = "org.eclipse.ui.views.ProblemView";

    /** Properties view. */
    public static final String PROPERTIES = "org.eclipse.ui.views.PropertySheet";

    /** Outline view. */
    public static final String OUTLINE = "org.eclipse.ui.views.ContentOutline";

    private TacticianIds() {
    }
}
