package org.tactician.layout;

/** Where a diagram element sits, in whole pixels relative to its container. */
public record Bounds(int x, int y, int width, int height) {

    /** {@code value} rounded to a whole pixel, so stored layouts diff cleanly. */
    public static int pixels(double value) {
        return (int) Math.round(value);
    }
}
