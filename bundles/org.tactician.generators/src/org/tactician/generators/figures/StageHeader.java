package org.tactician.generators.figures;

import java.util.ArrayList;
import java.util.List;

import org.tactician.fonts.Java2DFonts;
import org.tactician.generators.internal.Text;
import org.tactician.model.JourneyStage;

/**
 * A stage's header in the printed journey: its RACE stage on the first line, then its name wrapped
 * to the column's width, so a narrow column shows the whole name ("Research and plan" on two lines,
 * not "Research"). The name is 7.5 pt; a word too wide for its column at that size gets the 7 pt
 * floor of the print; nothing is clipped. The layout makes the row of headers as tall as its
 * longest name needs, and the PDF, the Word picture and the SVG all draw these lines.
 */
record StageHeader(List<String> lines, float px) {

    /** The headers' text: 7.5 pt, 10 px on paper ({@link JourneyFigure#PT_PER_PX}). */
    static final float LABEL_PX = 10f;
    /** The print's smallest text, 7 pt. */
    static final float FLOOR_PX = (float) (7 / JourneyFigure.PT_PER_PX);
    /** One line of a header, in px. */
    static final double LINE_PX = 12;
    /** Room left at the sides of a line: the PDF's font measures a little wider than Java2D's. */
    private static final double SLACK_PX = 3;

    /** The header of {@code stage} in a label {@code width} px wide. */
    static StageHeader of(JourneyStage stage, double width) {
        return of(Text.clean(stage.getName()).strip(), width);
    }

    /** The lines of {@code name} in a label {@code width} px wide, at 7.5 pt, or 7 pt where a word needs it. */
    static StageHeader of(String name, double width) {
        double room = Math.max(1, width - SLACK_PX);
        List<String> lines = wrap(name, room, LABEL_PX);
        if (lines != null) {
            return new StageHeader(lines, LABEL_PX);
        }
        List<String> smaller = wrap(name, room, FLOOR_PX);
        // a word wider than the column even at 7 pt: on a line of its own, whole (it runs over the column's edge)
        return new StageHeader(smaller != null ? smaller : wrapWords(name, room, FLOOR_PX), FLOOR_PX);
    }

    /** The number of lines the name takes (at least one, for the row's height). */
    int count() {
        return Math.max(1, lines.size());
    }

    /** The height of the row of stage headers whose longest name takes {@code nameLines} lines: its RACE line too. */
    static double rowHeight(int nameLines) {
        return 4 + LINE_PX * (1 + Math.max(1, nameLines));
    }

    /** {@code name} in lines no wider than {@code room} at {@code px}; {@code null} when one word is wider. */
    private static List<String> wrap(String name, double room, float px) {
        for (String word : words(name)) {
            if (width(word, px) > room) {
                return null;
            }
        }
        return wrapWords(name, room, px);
    }

    private static List<String> wrapWords(String name, double room, float px) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(name)) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(longer, px) <= room) {
                line.setLength(0);
                line.append(longer);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> words(String name) {
        return name.isBlank() ? List.of() : List.of(name.strip().split("\\s+"));
    }

    /** The width of {@code text} in the bundled bold fonts at {@code px}, as the PDF prints it. */
    private static double width(String text, float px) {
        return Java2DFonts.widthInEm(text, true) * px;
    }
}
