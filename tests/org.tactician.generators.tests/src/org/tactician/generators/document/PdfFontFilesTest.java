package org.tactician.generators.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.tactician.fonts.DocumentFonts;

/**
 * The PDF's font files without glyph substitutions, read back by FontBox (the parser PDFBox embeds
 * them with): the same glyphs and character map, every other table kept, and no {@code GSUB}.
 */
class PdfFontFilesTest {

    /** Text of the plans' scripts: Latin with Vietnamese and Portuguese marks, Cyrillic, Arabic presentation forms. */
    private static final String SAMPLE = "Oportunidade Estratégia Ação Khuyến mãi Летняя распродажа ﺣﻤﻠﺔ → ✓ 0123 €";

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    @Test
    void everyBundledFaceLosesItsSubstitutionsAndKeepsItsGlyphs() throws IOException {
        // The faces every document uses (the others are read only for the scripts they cover).
        for (DocumentFonts.Face face : DocumentFonts.facesFor("Plan", "en")) {
            byte[] original = face.bytes();
            byte[] stripped = PdfFontFiles.bytes(face, false);
            try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
                assertTrue(before.getTableMap().containsKey("GSUB"), face + " has substitutions to begin with");
                assertFalse(after.getTableMap().containsKey("GSUB"), face + " without GSUB");
                Set<String> others = new HashSet<>(before.getTableMap().keySet());
                others.remove("GSUB");
                assertEquals(others, after.getTableMap().keySet(), face + " keeps its other tables");
                assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs(), face.toString());
                var beforeMap = before.getUnicodeCmapLookup();
                var afterMap = after.getUnicodeCmapLookup();
                SAMPLE.codePoints().forEach(c -> assertEquals(beforeMap.getGlyphId(c), afterMap.getGlyphId(c),
                        face + " maps U+" + Integer.toHexString(c) + " to the same glyph"));
                int glyph = beforeMap.getGlyphId('A');
                assertNotEquals(0, glyph, face + " has an A");
                assertEquals(before.getAdvanceWidth(glyph), after.getAdvanceWidth(glyph));
                assertEquals(before.getGlyph().getGlyph(glyph).getPath().getBounds2D(),
                        after.getGlyph().getGlyph(glyph).getPath().getBounds2D(), face + " draws its A the same");
            }
            assertTrue(PdfFontFiles.bytes(face, false) == stripped, "made once per JVM");
            assertTrue(PdfFontFiles.bytes(face, true) == original, "a document with Indic text gets the original file");
        }
    }

    @Test
    void aFontWithoutTheTableIsReturnedAsItIs() {
        byte[] stripped = PdfFontFiles.bytes(DocumentFonts.faces().get(0), false);
        assertTrue(PdfFontFiles.withoutTable(stripped, "GSUB") == stripped);
        byte[] notAFont = { 1, 2, 3 };
        assertTrue(PdfFontFiles.withoutTable(notAFont, "GSUB") == notAFont);
    }

    @Test
    void onlyTheScriptsPdfBoxShapesNeedTheSubstitutions() {
        assertTrue(PdfFontFiles.hasIndicText("Brand नमस्ते"), "Devanagari");
        assertTrue(PdfFontFiles.hasIndicText("নমস্কার"), "Bengali");
        assertTrue(PdfFontFiles.hasIndicText("નમસ્તે"), "Gujarati");
        assertFalse(PdfFontFiles.hasIndicText(SAMPLE));
        assertFalse(PdfFontFiles.hasIndicText("حملة الأثاث الصيفية · Khuyến mãi mùa hè · 東京"));
    }
}
