package org.tactician.generators.figures;

import java.awt.image.BufferedImage;

/**
 * A figure drawn from the plan model (the TOWS matrix, the Business Model Canvas, a customer
 * journey), in the forms the documents need: XHTML for HTML and PDF (text laid out by the
 * document's fonts, shaping and bidi), and a picture for Word, drawn with Java2D in the bundled
 * fonts; and as a standalone SVG document for slides.
 */
public interface PlanFigure {

    /** A stable identifier, usable in ids and file names ({@code tows}, {@code journey-2}). */
    String id();

    /** The figure as an XHTML fragment; all user text escaped and direction-isolated. */
    String html();

    /**
     * The figure as a picture {@code width} points wide (its height follows from its content), drawn
     * at {@code scale} pixels per point.
     */
    BufferedImage image(double width, double scale);

    /**
     * The figure as a standalone SVG document (for slides): text in the bundled fonts with a
     * generic fallback, escaped, laid out in the plan's direction as in {@link #image}.
     */
    String svg();
}
