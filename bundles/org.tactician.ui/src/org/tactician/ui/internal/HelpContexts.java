package org.tactician.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The F1 context ids of the workbench's parts, defined by the user guide ({@code org.tactician.help},
 * see its README): what F1 shows on an editor page, a wizard, a preference page or a view.
 */
public final class HelpContexts {

    private static final String PREFIX = "org.tactician.help.";

    /** The plan editor as a whole (its error page). */
    public static final String PLAN_EDITOR = PREFIX + "plan_editor";
    /** Anything about plan problems. */
    public static final String VALIDATION = PREFIX + "validation";
    /** The New Marketing Plan wizard. */
    public static final String NEW_PLAN_WIZARD = PREFIX + "new_plan_wizard";
    /** The New Tactician Project wizard. */
    public static final String NEW_PROJECT_WIZARD = PREFIX + "new_project_wizard";
    /** The Generate Documents wizard. */
    public static final String GENERATE_WIZARD = PREFIX + "generate_wizard";
    /** The Tactician preference pages. */
    public static final String PREFERENCES = PREFIX + "preferences";
    /** The plan dashboard. */
    public static final String DASHBOARD = PREFIX + "dashboard";
    /** The calendar view. */
    public static final String CALENDAR_VIEW = PREFIX + "calendar_view";

    private HelpContexts() {
    }

    /** The context of the plan editor page {@code pageId} (as declared in {@code PlanPages}). */
    public static String editorPage(String pageId) {
        return PLAN_EDITOR + "_" + pageId;
    }

    /** The context of the validation rule {@code ruleId}: every character but a-z and 0-9 becomes '_'. */
    public static String rule(String ruleId) {
        return PREFIX + "rule_" + ruleId.replaceAll("[^a-z0-9]", "_");
    }

    /** Sets {@code contextId} as what F1 shows on {@code control} and its children. */
    public static void set(Control control, String contextId) {
        PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
    }
}
