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

    /** Printed: a box is at most this wide, its name wrapped inside. */
    public static final int PRINT_MAX_WIDTH = 150;
    public static final int PRINT_MIN_WIDTH = 84;
    public static final int PRINT_PADDING = 5;
    /** Printed: a flow's label is its number in a badge this big. */
    public static final int BADGE_WIDTH = 20;
    public static final int BADGE_HEIGHT = 14;

    private JourneyBoxes() {
    }

    /** Printed, the lines of a touchpoint's name. */
    public static List<String> printNameLines(Touchpoint touchpoint) {
        String name = touchpoint.getName();
        // bold text: a little wider than the average the lines are measured with
        return TextLines.wrap(name == null || name.isBlank() ? "(unnamed)" : name, (PRINT_MAX_WIDTH - 2 * PRINT_PADDING) / 1.08);
    }

    /** Printed, the media line (media type and channel) as long as it may be. */
    static String printMediaLine(Touchpoint touchpoint) {
        String media = touchpoint.isSetMediaType() ? touchpoint.getMediaType().getLiteral() : "Not set";
        String channel = touchpoint.getChannel() == null || touchpoint.getChannel().getName() == null ? ""
                : touchpoint.getChannel().getName();
        // room for the media type in a longer language than English
        return "x".repeat(Math.max(media.length(), 12)) + (channel.isBlank() ? "" : " · " + channel);
    }

    /** Printed, the box's width: its longest line of name or media line, within the print limits. */
    public static int printWidth(Touchpoint touchpoint) {
        double longest = 0;
        for (String line : printNameLines(touchpoint)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()) * TextLines.CHAR_WIDTH * 1.08);
        }
        for (String line : TextLines.wrap(printMediaLine(touchpoint), PRINT_MAX_WIDTH - 2 * PRINT_PADDING)) {
            longest = Math.max(longest, line.codePointCount(0, line.length()) * TextLines.CHAR_WIDTH);
        }
        return (int) Math.ceil(Math.max(PRINT_MIN_WIDTH, Math.min(PRINT_MAX_WIDTH, longest + 2 * PRINT_PADDING + 2)));
    }

    /** Printed, the box's height: its name's lines and its media line's, at the diagram's line height. */
    public static int printHeight(Touchpoint touchpoint) {
        int media = TextLines.wrap(printMediaLine(touchpoint), printWidth(touchpoint) - 2 * PRINT_PADDING - 2).size();
        return 2 * PRINT_PADDING + 2 + TextLines.height(printNameLines(touchpoint).size() + media);
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

    /** How a flow's condition is introduced in English: {@code {0}} is the condition. */
    public static final String CONDITION = "if {0}";

    /** The lines of a flow's label: its name, then "if …" with its condition. */
    public static List<String> labelLines(JourneyFlow flow) {
        return labelLines(flow, CONDITION);
    }

    /** The lines of a flow's label: its name, then its condition in {@code condition} ("if {0}", "se {0}"). */
    public static List<String> labelLines(JourneyFlow flow, String condition) {
        List<String> lines = new java.util.ArrayList<>(nameLines(flow));
        if (flow.getCondition() != null && !flow.getCondition().isBlank()) {
            lines.addAll(TextLines.wrap(condition.replace("{0}", flow.getCondition().strip()), LABEL_WIDTH / LABEL_SCALE));
        }
        return lines;
    }

    /** The lines of a flow label's name (the condition's come after them). */
    public static List<String> nameLines(JourneyFlow flow) {
        return flow.getName() == null || flow.getName().isBlank() ? List.of()
                : TextLines.wrap(flow.getName(), LABEL_WIDTH / LABEL_SCALE);
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
