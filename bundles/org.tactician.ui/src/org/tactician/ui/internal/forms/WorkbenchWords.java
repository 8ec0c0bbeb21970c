package org.tactician.ui.internal.forms;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;

/**
 * The workbench's own words (labels, buttons, hints) on a page laid out in the plan's direction.
 * An English label on an Arabic plan's right-to-left page would otherwise take the page's
 * direction and show its end punctuation at the wrong end ("?Where are we now", "...Choose"):
 * a text that starts or ends with punctuation is marked with the workbench's direction at both
 * ends. The marks are invisible, and change nothing on a page that runs the workbench's way.
 */
final class WorkbenchWords {

    /** LEFT-TO-RIGHT MARK, or RIGHT-TO-LEFT MARK in a right-to-left workbench. */
    private static final String MARK = Window.getDefaultOrientation() == SWT.RIGHT_TO_LEFT ? "\u200F" : "\u200E";

    private WorkbenchWords() {
    }

    /** {@code text}, marked with the workbench's direction when an end of it is not a letter. */
    static String directed(String text) {
        if (text == null || text.isEmpty() || text.startsWith(MARK)
                || (isStrong(text.codePointAt(0)) && isStrong(text.codePointBefore(text.length())))) {
            return text;
        }
        return MARK + text + MARK;
    }

    /** Whether {@code codePoint} has a direction of its own (a letter of a script). */
    private static boolean isStrong(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
