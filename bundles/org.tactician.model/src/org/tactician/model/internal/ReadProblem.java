package org.tactician.model.internal;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A problem of a plan file found while reading it, already in the plan author's words, with
 * where it is (1-based line and column; 0 when unknown).
 *
 * <p>The message is one line of reasonable length whatever the file holds: it quotes the file
 * (values, names, the parser's view of broken XML), so line breaks and other control characters
 * are shown escaped ({@code \n}, {@code \u001b}) and a message longer than
 * {@value #MAXIMUM_LENGTH} characters is cut.
 */
public record ReadProblem(String message, String location, int line, int column) implements Resource.Diagnostic {

    /** The longest message kept: a quoted value can be a whole file. */
    static final int MAXIMUM_LENGTH = 400;

    /** Makes {@code message} one line of at most {@value #MAXIMUM_LENGTH} characters. */
    public ReadProblem {
        message = oneLine(message);
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), MAXIMUM_LENGTH) + 8);
        for (int i = 0; i < text.length() && line.length() < MAXIMUM_LENGTH; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        if (line.length() >= MAXIMUM_LENGTH && line.length() < text.length()) {
            line.setLength(MAXIMUM_LENGTH - 1);
            if (Character.isHighSurrogate(line.charAt(line.length() - 1))) {
                line.setLength(line.length() - 1);
            }
            line.append('…');
        }
        return line.toString();
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }
}
