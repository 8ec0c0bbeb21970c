package org.tactician.generators.document;

import java.util.List;

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

    /** A heading with an anchor id (ids are ours, never user text). */
    HtmlWriter heading(int level, String id, String title) {
        out.append("<h").append(level).append(" id=\"").append(id).append("\"><bdi>")
                .append(Text.html(title)).append("</bdi></h").append(level).append(">\n");
        return this;
    }

    /** A paragraph of user text, with an optional label of ours before it. */
    HtmlWriter field(String label, String userText) {
        if (userText == null || userText.isBlank()) {
            return this;
        }
        out.append("<p><span class=\"label\"><bdi>").append(Text.html(label)).append(":</bdi></span> ");
        text(userText);
        out.append("</p>\n");
        return this;
    }

    /** A table: our column headers, rows of user text; nothing when there are no rows. */
    HtmlWriter table(String cssClass, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            out.append("<p class=\"empty\">—</p>\n");
            return this;
        }
        out.append("<table class=\"").append(cssClass).append("\"><thead><tr>");
        for (String header : headers) {
            out.append("<th><bdi>").append(Text.html(header)).append("</bdi></th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>");
                text(cell);
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        return this;
    }

    /** A bulleted list of user text. */
    HtmlWriter list(List<String> items) {
        out.append("<ul>");
        for (String item : items) {
            out.append("<li>");
            text(item);
            out.append("</li>");
        }
        out.append("</ul>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
