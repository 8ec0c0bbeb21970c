package org.tactician.app;

/**
 * Identifiers of the Tactician workbench contributions that other bundles and tests refer to.
 */
public final class TacticianIds {

    /** The Tactician perspective: plan explorer, editors, outline, problems and properties. */
    public static final String PERSPECTIVE = "org.tactician.app.perspective";

    /** The standalone product defined by this bundle. */
    public static final String PRODUCT = "org.tactician.app.product";

    /** The product's welcome (an intro part): shown on the first start, and by Help → Welcome. */
    public static final String WELCOME = "org.tactician.app.welcome";

    /**
     * The new-wizard that creates a marketing plan, contributed by the plan editor's bundle. The
     * welcome's "New plan" opens it when it is installed and File → New otherwise.
     */
    public static final String NEW_PLAN_WIZARD = "org.tactician.ui.newPlanWizard";

    /** The workspace project into which "Open the sample plan" copies the sample. */
    public static final String SAMPLES_PROJECT = "Tactician Samples";

    /** F1 context of the welcome (defined by org.tactician.help, see its README). */
    public static final String WELCOME_HELP_CONTEXT = "org.tactician.help.welcome";

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
