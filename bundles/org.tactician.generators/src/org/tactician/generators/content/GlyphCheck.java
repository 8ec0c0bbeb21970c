package org.tactician.generators.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.tactician.fonts.Java2DFonts;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.calendar.ScheduledItem;

/**
 * The characters of a document that no bundled font can show: in a PDF they would print as
 * {@code #}, in a picture as a box. The generator reports them as warnings (with where they are),
 * so nobody hands a client a document with holes in it without knowing.
 */
public final class GlyphCheck {

    private static final int MAX_REPORTED = 10;

    /** Each missing character with the first text it was found in. */
    private final Map<Integer, String> missing;

    private GlyphCheck(Map<Integer, String> missing) {
        this.missing = missing;
    }

    /** Checks every text of {@code document} (and of {@code schedule}'s entries, when given: the wall calendar). */
    public static GlyphCheck of(DocumentContent document, PlanSchedule schedule) {
        Map<Integer, String> missing = new LinkedHashMap<>();
        Consumer<String> check = text -> {
            for (int codePoint : Java2DFonts.missing(text)) {
                missing.putIfAbsent(codePoint, text);
            }
        };
        document.forEachText(check);
        if (schedule != null) {
            for (ScheduledItem item : schedule.items()) {
                check.accept(item.title());
            }
        }
        return new GlyphCheck(missing);
    }

    /** The missing characters, in order of appearance. */
    public List<Integer> missing() {
        return List.copyOf(missing.keySet());
    }

    /** One warning per missing character (at most ten, then how many more), naming where it is. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        int count = 0;
        for (Map.Entry<Integer, String> entry : missing.entrySet()) {
            if (++count > MAX_REPORTED) {
                warnings.add((missing.size() - MAX_REPORTED) + " more character(s) have no glyph in the bundled fonts");
                break;
            }
            int codePoint = entry.getKey();
            warnings.add(String.format(java.util.Locale.ROOT, "no bundled font has a glyph for U+%04X %s (in \"%s\"): it prints as # "
                    + "in the PDF and as a box in pictures", codePoint, Character.getName(codePoint) == null ? "" : Character.getName(codePoint),
                    excerpt(entry.getValue(), codePoint)));
        }
        return warnings;
    }

    private static String excerpt(String text, int codePoint) {
        int at = text.indexOf(new String(Character.toChars(codePoint)));
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + 20);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
