package org.tactician.generators.document;

import org.tactician.generators.internal.Text;

/**
 * Builds well-formed XHTML (openhtmltopdf parses it as XML; browsers read it as HTML). Every
 * piece of user text goes through {@link #text}, which escapes it and isolates its direction
 * in a {@code <bdi>}, so Arabic inside an English table (or the reverse) keeps its order.
 */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Appends markup written by us (never user text). */
    HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends user text, escaped and direction-isolated. */
    HtmlWriter text(String userText) {
        String escaped = Text.html(userText);
        if (!escaped.isEmpty()) {
            out.append("<bdi>").append(escaped).append("</bdi>");
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
