package org.tactician.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled fonts as Java2D fonts, each family loaded once per JVM when something first needs it
 * (and registered with the local graphics environment), so charts and figure images draw the same
 * glyphs on every machine. Java2D does not fall back from one physical font to another: a drawing
 * picks one family for its text with {@link #familyFor}. {@link #missing} tells which characters
 * no bundled font has, for the "glyph missing" warnings of the generators.
 */
public final class Java2DFonts {

    /** Loaded families: regular and bold (bold may be the regular face). */
    private static final Map<String, Font[]> LOADED = new ConcurrentHashMap<>();

    private Java2DFonts() {
    }

    private static Font[] loaded(DocumentFonts.Family family) {
        return LOADED.computeIfAbsent(family.name(), name -> load(family));
    }

    private static Font[] load(DocumentFonts.Family family) {
        Font[] pair = new Font[2];
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (DocumentFonts.Face face : family.faces()) {
            try (InputStream in = face.open()) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                environment.registerFont(font);
                pair[face.weight() >= 600 ? 1 : 0] = font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font " + face.resource() + " is not a TrueType font", e);
            }
        }
        if (pair[1] == null) {
            pair[1] = pair[0];
        }
        return pair;
    }

    /** Whether {@code family}'s regular face has a glyph for {@code codePoint} (loads the family). */
    static boolean canDisplay(DocumentFonts.Family family, int codePoint) {
        return loaded(family)[0].canDisplay(codePoint);
    }

    /** Whether a character needs a glyph at all: white space and invisible format characters do not. */
    static boolean needsGlyph(int codePoint) {
        return !(Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || Character.isSpaceChar(codePoint)
                // variation selectors pick a presentation (text or emoji); they print nothing
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF));
    }

    /**
     * The first bundled family that can show every one of {@code texts}; when none can, the one
     * that shows most of their characters. Only families the texts need are loaded.
     */
    public static String familyFor(Collection<String> texts) {
        String best = null;
        long bestShown = -1;
        for (DocumentFonts.Family family : DocumentFonts.familiesFor(String.join("\n", texts), null)) {
            Font regular = loaded(family)[0];
            long shown = texts.stream().flatMapToInt(String::codePoints).filter(Java2DFonts::needsGlyph)
                    .filter(regular::canDisplay).count();
            long needed = texts.stream().flatMapToInt(String::codePoints).filter(Java2DFonts::needsGlyph).count();
            if (shown == needed) {
                return family.name();
            }
            if (shown > bestShown) {
                best = family.name();
                bestShown = shown;
            }
        }
        return best;
    }

    /** The bundled family names, in fallback order. */
    public static List<String> familyNames() {
        return DocumentFonts.families(null).stream().map(DocumentFonts.Family::name).toList();
    }

    /**
     * The code points of {@code text} that no bundled font has a glyph for (in order, each once);
     * white space and invisible format characters (joiners, bidi marks, variation selectors) are
     * never missing.
     */
    public static List<Integer> missing(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<Integer> missing = new LinkedHashSet<>();
        // The families every document uses first: the others are loaded only for what those lack.
        List<DocumentFonts.Family> families = new java.util.ArrayList<>(DocumentFonts.families(null));
        families.sort(java.util.Comparator.comparing(family -> !family.always()));
        text.codePoints().filter(Java2DFonts::needsGlyph).forEach(codePoint -> {
            if (families.stream().noneMatch(family -> canDisplay(family, codePoint))) {
                missing.add(codePoint);
            }
        });
        return List.copyOf(missing);
    }

    /** {@code family} at {@code size} points, bold or not (derived from the loaded face). */
    public static Font font(String family, boolean bold, float size) {
        DocumentFonts.Family chosen = DocumentFonts.families(null).stream().filter(f -> f.name().equals(family)).findFirst()
                .orElse(DocumentFonts.families(null).get(0));
        Font[] pair = loaded(chosen);
        return (bold ? pair[1] : pair[0]).deriveFont(size);
    }

    /**
     * The width of {@code text} in em (font sizes), each character measured in the first bundled
     * family that shows it, as a PDF prints it: what a table column needs so the text fits on one line.
     */
    public static double widthInEm(String text, boolean bold) {
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
        List<DocumentFonts.Family> families = DocumentFonts.familiesFor(text, null);
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.FORMAT) {
                continue;
            }
            for (DocumentFonts.Family family : families) {
                Font face = loaded(family)[bold ? 1 : 0];
                if (face.canDisplay(codePoint)) {
                    width += face.deriveFont(100f).getStringBounds(new String(Character.toChars(codePoint)), context).getWidth() / 100;
                    break;
                }
            }
        }
        return width;
    }
}
