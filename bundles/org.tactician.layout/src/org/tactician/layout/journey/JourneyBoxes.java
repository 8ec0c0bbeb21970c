package org.tactician.layout.journey;

import java.util.List;

import org.tactician.layout.TextLines;
import org.tactician.model.JourneyFlow;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Touchpoint;

/**
 * The sizes of a journey's boxes and flow labels, the same for the diagram and the documents:
 * a touchpoint box shows its name (wrapped), a line with its media type and channel, a row of
 * persona chips and, where a purchase happens, a purchase badge; a flow label shows its name and
 * its condition.
 */
public final class JourneyBoxes {

    public static final int BOX_WIDTH = 200;
    public static final int PADDING = 8;
    public static final int MEDIA_LINE = 16;
    public static final int CHIPS_ROW = 20;
    public static final int PURCHASE_BADGE = 20;
    public static final int LABEL_WIDTH = 150;
    /** Label text is drawn at 11 px: its lines are that much narrower than 13 px text. */
    static final double LABEL_SCALE = 11.0 / 13.0;
    public static final int LABEL_LINE_HEIGHT = 14;

    private JourneyBoxes() {
    }

    /** The lines of a touchpoint's name in its box. */
    public static List<String> nameLines(Touchpoint touchpoint) {
        String name = touchpoint.getName();
        return TextLines.wrap(name == null || name.isBlank() ? "(unnamed)" : name, BOX_WIDTH - 2 * PADDING);
    }

    /** The box's height: name, media line, persona chips (if any), purchase badge (if one). */
    public static int height(Touchpoint touchpoint) {
        int height = PADDING + TextLines.height(nameLines(touchpoint).size()) + 2 + MEDIA_LINE;
        if (!touchpoint.getPersonas().isEmpty()) {
            height += 4 + CHIPS_ROW;
        }
        if (purchase(touchpoint) != PurchaseMode.NONE) {
            height += 4 + PURCHASE_BADGE;
        }
        return height + PADDING;
    }

    /** Where a purchase happens at {@code touchpoint} (never {@code null}). */
    public static PurchaseMode purchase(Touchpoint touchpoint) {
        return touchpoint.getPurchase() == null ? PurchaseMode.NONE : touchpoint.getPurchase();
    }

    /** The lines of a flow's label: its name, then "if …" with its condition. */
    public static List<String> labelLines(JourneyFlow flow) {
        List<String> lines = new java.util.ArrayList<>();
        double width = LABEL_WIDTH / LABEL_SCALE;
        if (flow.getName() != null && !flow.getName().isBlank()) {
            lines.addAll(TextLines.wrap(flow.getName(), width));
        }
        if (flow.getCondition() != null && !flow.getCondition().isBlank()) {
            lines.addAll(TextLines.wrap("if " + flow.getCondition().strip(), width));
        }
        return lines;
    }

    /** The label's width: its longest line, at most {@link #LABEL_WIDTH}. */
    public static int labelWidth(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        return (int) Math.ceil(Math.min(LABEL_WIDTH, longest * TextLines.CHAR_WIDTH * LABEL_SCALE + 6));
    }

    public static int labelHeight(List<String> lines) {
        return lines.size() * LABEL_LINE_HEIGHT + 2;
    }
}
