package org.tactician.charts.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.fonts.DocumentFonts;

/**
 * The bundled fonts as Java2D fonts, loaded once per JVM, so a chart draws the same glyphs on
 * every machine. A chart uses one family for all its text: the first bundled family, in the
 * documents' fallback order, that has a glyph for every character of it (Java2D does not fall back
 * between physical fonts).
 */
public final class ChartFonts {

    private static volatile Map<String, Font[]> families;

    private ChartFonts() {
    }

    /** The bundled families (regular and bold), in fallback order. */
    private static Map<String, Font[]> families() {
        Map<String, Font[]> loaded = families;
        if (loaded == null) {
            synchronized (ChartFonts.class) {
                loaded = families;
                if (loaded == null) {
                    loaded = load();
                    families = loaded;
                }
            }
        }
        return loaded;
    }

    private static Map<String, Font[]> load() {
        Map<String, Font[]> loaded = new LinkedHashMap<>();
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (DocumentFonts.Face face : DocumentFonts.faces()) {
            try (InputStream in = face.open()) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                environment.registerFont(font);
                Font[] pair = loaded.computeIfAbsent(face.family(), f -> new Font[2]);
                pair[face.weight() >= 600 ? 1 : 0] = font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font " + face.resource() + " is not a TrueType font", e);
            }
        }
        return loaded;
    }

    /** The first bundled family that can show every one of {@code texts}. */
    public static String familyFor(Collection<String> texts) {
        Map<String, Font[]> all = families();
        for (Map.Entry<String, Font[]> family : all.entrySet()) {
            Font regular = family.getValue()[0];
            if (regular != null && texts.stream().allMatch(text -> regular.canDisplayUpTo(text) < 0)) {
                return family.getKey();
            }
        }
        return all.keySet().iterator().next();
    }

    /** The bundled family names, in fallback order. */
    public static List<String> familyNames() {
        return new ArrayList<>(families().keySet());
    }

    /** {@code family} at {@code size} points, bold or not (derived from the loaded face). */
    public static Font font(String family, boolean bold, float size) {
        Font[] pair = families().get(family);
        if (pair == null) {
            pair = families().values().iterator().next();
        }
        Font base = bold && pair[1] != null ? pair[1] : pair[0];
        return base.deriveFont(size);
    }
}
