package org.tactician.layout;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks box text into lines where the layout is computed (the diagram server, the document
 * generators), so every box's height is known without a measuring round trip to a renderer. The
 * width per character is a deliberately generous average of the diagram font (13 px sans), so
 * text breaks a little early rather than overflow.
 */
public final class TextLines {

    /** Average width of a character of the diagram font (13 px sans), generous on purpose. */
    public static final double CHAR_WIDTH = 7.6;
    /** Height of one line of 13 px text. */
    public static final int LINE_HEIGHT = 17;
    /** More lines than this are cut with an ellipsis. */
    public static final int MAX_LINES = 12;

    private TextLines() {
    }

    /** {@code text} in lines of at most {@code width} pixels (at most {@link #MAX_LINES}, the last cut with …). */
    public static List<String> wrap(String text, double width) {
        String normal = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        int perLine = Math.max(4, (int) Math.floor(width / CHAR_WIDTH));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        BreakIterator words = BreakIterator.getLineInstance();
        words.setText(normal);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = normal.substring(start, end);
            while (word.strip().length() > perLine) {
                // A word longer than the card: break it where it must be broken.
                if (!line.isEmpty()) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                int cut = cutIndex(word, perLine);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (line.length() + word.strip().length() > perLine && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word);
        }
        if (!line.toString().isBlank() || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = cut.get(MAX_LINES - 1);
            cut.set(MAX_LINES - 1, (last.length() >= perLine ? last.substring(0, cutIndex(last, perLine - 1)) : last) + "…");
            return cut;
        }
        return lines;
    }

    /** Where to cut {@code word} to at most {@code length} chars without splitting a surrogate pair. */
    private static int cutIndex(String word, int length) {
        int cut = Math.min(length, word.length());
        if (cut > 0 && cut < word.length() && Character.isHighSurrogate(word.charAt(cut - 1))) {
            cut--;
        }
        return Math.max(1, cut);
    }

    /** Height of {@code lineCount} lines. */
    public static int height(int lineCount) {
        return lineCount * LINE_HEIGHT;
    }
}
