package org.tactician.charts;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * How charts look: the colours of their series (in order, repeated when a chart has more), of
 * text and grid lines, and the font size. A firm's theme changes the palette; the fonts are
 * always the bundled ones (see {@link ChartRenderer}).
 *
 * @param palette the series colours, at least one
 * @param text the colour of titles, labels and the legend
 * @param grid the colour of grid lines and axes
 * @param fontSize the size of labels in points (titles are larger)
 */
public record ChartStyle(List<Color> palette, Color text, Color grid, float fontSize) {

    /** Tactician's own look: a blue-led palette that stays apart in grey print. */
    public static final ChartStyle STANDARD = new ChartStyle(List.of(new Color(0x2a5d8f), new Color(0xe08a2c),
            new Color(0x4d8a3c), new Color(0xb0413e), new Color(0x7a5c99), new Color(0x3f9fa6), new Color(0xc9a227),
            new Color(0x8c6d4f)), new Color(0x222222), new Color(0xc8c8c8), 9f);

    /** Checks the palette. */
    public ChartStyle {
        palette = List.copyOf(palette);
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("a chart style needs at least one colour");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(grid, "grid");
    }

    /** The colour of the {@code index}-th series. */
    public Color colour(int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }

    /** This style with {@code first} and {@code second} leading the palette (a firm's colours). */
    public ChartStyle withLeadingColours(Color first, Color second) {
        List<Color> colours = new java.util.ArrayList<>();
        colours.add(first);
        if (second != null) {
            colours.add(second);
        }
        for (Color colour : palette) {
            if (!colours.contains(colour)) {
                colours.add(colour);
            }
        }
        return new ChartStyle(colours, text, grid, fontSize);
    }
}
