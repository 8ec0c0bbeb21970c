package org.tactician.generators.figures;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

import org.tactician.fonts.DocumentFonts;
import org.tactician.generators.internal.Text;

/**
 * A standalone SVG document of a figure, for slides: the XML declaration, the SVG namespace, a
 * size in points with a matching view box, and text in the bundled fonts with a generic fallback
 * (the fonts are referenced, not embedded: a viewer without them uses its own sans-serif). The
 * figures measure and wrap the text with Java2D in the bundled fonts, so each line is placed
 * where the Word picture draws it.
 */
final class SvgDocument {

    /** The font list of every text: the documents' chain, then the generic family. */
    static final String FONT_FAMILY = DocumentFonts.FONT_FAMILY_CHAIN + ", sans-serif";

    private final StringBuilder out = new StringBuilder(16384);

    /** A document {@code width} by {@code height} CSS px, the user units of its content. */
    SvgDocument(double width, double height, boolean rightToLeft) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" viewBox=\"0 0 ")
                .append(number(width)).append(' ').append(number(height)).append("\" font-family=\"")
                .append(Text.html(FONT_FAMILY)).append("\"").append(rightToLeft ? " direction=\"rtl\"" : "").append(">\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>\n");
    }

    /** Appends raw SVG markup (shapes built by the figure, no user text). */
    SvgDocument shape(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    /** A rectangle; {@code stroke} may be null for none. */
    SvgDocument rect(double x, double y, double width, double height, double radius, Color fill, Color stroke, double strokeWidth,
            boolean dashed) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(number(radius)).append('"');
        }
        out.append(" fill=\"").append(hex(fill)).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(hex(stroke)).append("\" stroke-width=\"").append(number(strokeWidth)).append('"');
            if (dashed) {
                out.append(" stroke-dasharray=\"3 2\"");
            }
        }
        out.append("/>\n");
        return this;
    }

    /**
     * One line of user text (escaped) in {@code font}, starting at {@code x} on {@code baseline};
     * {@code anchor} is {@code start}, {@code middle} or {@code end} in the line's direction.
     */
    SvgDocument text(String text, Font font, Color colour, double x, double baseline, String anchor, boolean rightToLeft) {
        String escaped = Text.html(text);
        if (escaped.isBlank()) {
            return this;
        }
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(baseline)).append("\" font-size=\"")
                .append(number(font.getSize2D())).append('"').append(bold(font) ? " font-weight=\"bold\"" : "")
                .append(" fill=\"").append(hex(colour)).append('"').append(rightToLeft ? " direction=\"rtl\"" : " direction=\"ltr\"")
                .append(" text-anchor=\"").append(anchor).append("\">").append(escaped).append("</text>\n");
        return this;
    }

    /** Whether {@code font} is bold: a bundled bold face is a plain font of a bold file, so its name tells. */
    private static boolean bold(Font font) {
        return font.isBold() || font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold");
    }

    /** The finished document. */
    String finish() {
        return out.append("</svg>\n").toString();
    }

    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%06x", colour.getRGB() & 0xffffff);
    }

    /** A coordinate with at most two decimals, in the root locale. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
