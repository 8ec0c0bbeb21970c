package org.tactician.diagrams.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanLanguage;

/**
 * Which way a plan's diagrams read: right to left (mirrored, as the plan documents are) when the
 * plan's language is written right to left (Arabic), whatever the workbench's language; the
 * words stay the workbench's. Every diagram stores its places direction-neutral (as laid out left
 * to right) and mirrors them for the screen, so a plan whose language changes keeps its layout.
 */
public final class ReadingDirection {

    /** The graph argument (and CSS class {@code rtl} of the root) that tells the page to mirror what it draws itself. */
    public static final String ARGUMENT = "rightToLeft";

    private ReadingDirection() {
    }

    /** Whether the plan that holds {@code element} (or is it) reads right to left; {@code false} outside a plan. */
    public static boolean rightToLeft(EObject element) {
        return element != null && EcoreUtil.getRootContainer(element) instanceof MarketingPlan plan
                && PlanLanguage.isRightToLeft(plan);
    }

    /** {@code x} of something {@code width} wide in a space {@code extent} wide, mirrored when {@code rightToLeft}. */
    public static int x(boolean rightToLeft, int x, int width, int extent) {
        return rightToLeft ? extent - x - width : x;
    }
}
