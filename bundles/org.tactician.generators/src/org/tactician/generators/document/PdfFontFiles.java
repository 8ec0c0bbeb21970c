package org.tactician.generators.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tactician.fonts.DocumentFonts;

/**
 * The font files a PDF is rendered with. PDFBox applies a font's glyph substitutions (its
 * {@code GSUB} table) only through its Indic shapers (Devanagari, Bengali, Gujarati) and a Latin
 * ligature pass, and it does so for every text run it draws, compiling the substitution rules
 * anew each time: with the bundled Noto fonts (which PDFBox takes for Devanagari fonts) that was
 * about three fifths of a plan document's rendering time. Arabic is shaped by ICU before PDFBox
 * sees it and needs no {@code GSUB}; openhtmltopdf measures text without ligatures. So a document
 * without text in one of those Indic scripts is rendered from copies of the fonts without the
 * table (the same glyphs, made once per JVM), and a document with such text from the originals.
 */
final class PdfFontFiles {

    private static final Map<DocumentFonts.Face, byte[]> WITHOUT_SUBSTITUTIONS = new ConcurrentHashMap<>();

    private PdfFontFiles() {
    }

    /** The file of {@code face} to render a document with (do not change the array). */
    static byte[] bytes(DocumentFonts.Face face, boolean indicText) {
        return indicText ? face.bytes() : WITHOUT_SUBSTITUTIONS.computeIfAbsent(face, f -> withoutTable(f.bytes(), "GSUB"));
    }

    /** Whether {@code text} has characters of a script PDFBox shapes through the fonts' substitutions. */
    static boolean hasIndicText(CharSequence text) {
        return text.codePoints().anyMatch(c -> {
            if (c < 0x0900) {
                return false; // the common case, without a script look-up
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.DEVANAGARI || script == Character.UnicodeScript.BENGALI
                    || script == Character.UnicodeScript.GUJARATI;
        });
    }

    /**
     * A copy of the TrueType/OpenType file {@code font} whose table directory no longer lists
     * {@code tag}; the table's bytes stay where they are, so every other table's offset holds.
     * A font collection, or a font without the table, is returned as it is.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        if (font.length < 12 || tag.length() != 4) {
            return font;
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        if (in.getInt(0) == 0x74746366) { // 'ttcf': a collection, not a single font
            return font;
        }
        int tables = Short.toUnsignedInt(in.getShort(4));
        if (12 + 16L * tables > font.length) {
            return font;
        }
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        int found = -1;
        for (int i = 0; i < tables && found < 0; i++) {
            int record = 12 + 16 * i;
            if (font[record] == wanted[0] && font[record + 1] == wanted[1] && font[record + 2] == wanted[2]
                    && font[record + 3] == wanted[3]) {
                found = i;
            }
        }
        if (found < 0) {
            return font;
        }
        byte[] copy = font.clone();
        int removed = 12 + 16 * found;
        int end = 12 + 16 * tables;
        // The later records move up one place (the directory stays sorted by tag); the freed last
        // record becomes padding before the table data.
        System.arraycopy(font, removed + 16, copy, removed, end - removed - 16);
        java.util.Arrays.fill(copy, end - 16, end, (byte) 0);
        int count = tables - 1;
        int selector = count == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(count);
        int range = 16 << selector;
        ByteBuffer out = ByteBuffer.wrap(copy);
        out.putShort(4, (short) count);
        out.putShort(6, (short) range);
        out.putShort(8, (short) selector);
        out.putShort(10, (short) (count * 16 - range));
        return copy;
    }
}
