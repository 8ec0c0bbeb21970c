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
 *
 * <p>The CJK faces draw a Kangxi radical (⼀ U+2F00, ⽇ U+2F47, ⾏ U+2F8F) with the glyph of
 * its ideograph (一, 日, 行), and PDFBox's text layer names a glyph by the lowest code point
 * that maps to it: copied or searched, every 一 日 月 行 of a Chinese or Japanese PDF was a
 * radical. Both copies map a radical that shares its glyph to none ({@link #withoutSharedRadicals}),
 * and {@link PlanPdf} prints a radical of the text as its ideograph (the same glyph).
 */
final class PdfFontFiles {

    private static final Map<DocumentFonts.Face, byte[]> WITHOUT_SUBSTITUTIONS = new ConcurrentHashMap<>();
    private static final Map<DocumentFonts.Face, byte[]> WITH_SUBSTITUTIONS = new ConcurrentHashMap<>();

    /** The Kangxi Radicals block (each radical's compatibility form is its ideograph). */
    static final int RADICALS_FIRST = 0x2F00;
    static final int RADICALS_LAST = 0x2FDF;

    private PdfFontFiles() {
    }

    /** The file of {@code face} to render a document with (do not change the array). */
    static byte[] bytes(DocumentFonts.Face face, boolean indicText) {
        return indicText ? WITH_SUBSTITUTIONS.computeIfAbsent(face, f -> withoutSharedRadicals(f.bytes()))
                : WITHOUT_SUBSTITUTIONS.computeIfAbsent(face, f -> withoutSharedRadicals(withoutTable(f.bytes(), "GSUB")));
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

    /**
     * A copy of {@code font} whose full-Unicode character maps (format 12) map no radical
     * (Kangxi Radicals, U+2F00 to U+2FDF) whose glyph another character also maps to: the glyph is named by that
     * character alone. Changed in place (a single-character group's glyph becomes 0, "none"), so
     * every length and offset holds; a font without such a map, or a radical inside a longer
     * group, is left as it is.
     */
    static byte[] withoutSharedRadicals(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int cmap = tableOffset(in, "cmap");
        if (cmap < 0 || cmap + 4 > font.length) {
            return font;
        }
        byte[] copy = null;
        int subtables = Short.toUnsignedInt(in.getShort(cmap + 2));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < subtables && cmap + 12 + 8 * i <= font.length; i++) {
            long start = cmap + Integer.toUnsignedLong(in.getInt(cmap + 4 + 8 * i + 4));
            if (!seen.add(start) || start + 16 > font.length || in.getShort((int) start) != 12) {
                continue;
            }
            int at = (int) start;
            long groups = Integer.toUnsignedLong(in.getInt(at + 12));
            if (at + 16 + 12 * groups > font.length) {
                continue;
            }
            java.util.BitSet elsewhere = new java.util.BitSet();
            for (int g = 0; g < groups; g++) {
                int group = at + 16 + 12 * g;
                long first = Integer.toUnsignedLong(in.getInt(group));
                long last = Integer.toUnsignedLong(in.getInt(group + 4));
                long glyph = Integer.toUnsignedLong(in.getInt(group + 8));
                for (long c = first; c <= last && c - first < 0x110000; c++) {
                    if (c < RADICALS_FIRST || c > RADICALS_LAST) {
                        elsewhere.set((int) Math.min(glyph + c - first, Integer.MAX_VALUE - 1));
                    }
                }
            }
            for (int g = 0; g < groups; g++) {
                int group = at + 16 + 12 * g;
                long first = Integer.toUnsignedLong(in.getInt(group));
                long last = Integer.toUnsignedLong(in.getInt(group + 4));
                long glyph = Integer.toUnsignedLong(in.getInt(group + 8));
                if (first == last && first >= RADICALS_FIRST && first <= RADICALS_LAST && glyph != 0
                        && glyph < Integer.MAX_VALUE && elsewhere.get((int) glyph)) {
                    if (copy == null) {
                        copy = font.clone();
                    }
                    ByteBuffer.wrap(copy).putInt(group + 8, 0);
                }
            }
        }
        return copy == null ? font : copy;
    }

    /** The offset of table {@code tag} of a single font, or -1. */
    private static int tableOffset(ByteBuffer font, String tag) {
        if (font.capacity() < 12 || font.getInt(0) == 0x74746366) {
            return -1;
        }
        int tables = Short.toUnsignedInt(font.getShort(4));
        int wanted = ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
        for (int i = 0; i < tables && 12 + 16 * i + 16 <= font.capacity(); i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == wanted) {
                long offset = Integer.toUnsignedLong(font.getInt(record + 8));
                return offset < font.capacity() ? (int) offset : -1;
            }
        }
        return -1;
    }
}
