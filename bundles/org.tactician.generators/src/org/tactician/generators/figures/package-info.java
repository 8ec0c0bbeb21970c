/**
 * Figures drawn from the plan model for the plan document: the TOWS matrix, the Business Model
 * Canvas and the customer journey ({@link org.tactician.generators.figures.PlanFigure}), as XHTML
 * for HTML and PDF and as a Java2D picture for Word. The journey's geometry comes from a
 * {@link org.tactician.generators.figures.JourneyLayout} (the one place another layout plugs in).
 *
 * <p>In XHTML: Text is always HTML (so the document fonts, shaping and
 * bidi apply to it in the PDF as in a browser); the matrix and the canvas are bordered tables;
 * the journey places its touchpoint boxes absolutely over an inline SVG layer that holds only
 * the flow arrows and stage bands. Browsers draw that SVG natively; for the PDF,
 * {@link org.tactician.generators.figures.FigureSvgDrawer} draws the small SVG subset these
 * figures use, so no SVG library (Batik) is needed; the charts' SVG
 * ({@code data-chart}) is drawn by the chart engine itself onto the PDF page.
 */
package org.tactician.generators.figures;
