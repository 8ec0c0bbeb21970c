package org.tactician.diagrams.tows;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks card text into lines on the server, so the server knows every card's height without a
 * measuring round trip to the browser. The width per character is a deliberately generous
 * average of the diagram font (13 px sans), so text breaks a little early rather than overflow.
 */
final class TextLines {

    static final double CHAR_WIDTH = 7.6;
    static final int LINE_HEIGHT = 17;
    static final int MAX_LINES = 12;

    private TextLines() {
    }

    /** {@code text} in lines of at most {@code width} pixels (at most {@link #MAX_LINES}, the last cut with …). */
    static List<String> wrap(String text, double width) {
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
    static int height(int lineCount) {
        return lineCount * LINE_HEIGHT;
    }
}
