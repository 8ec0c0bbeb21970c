/**
 * Figures drawn from the plan model for the plan document: the TOWS matrix, the Business Model
 * Canvas and the customer journey.
 *
 * <p>Each figure is an XHTML fragment. Text is always HTML (so the document fonts, shaping and
 * bidi apply to it in the PDF as in a browser); the matrix and the canvas are bordered tables;
 * the journey places its touchpoint boxes absolutely over an inline SVG layer that holds only
 * the flow arrows and stage bands. Browsers draw that SVG natively; for the PDF,
 * {@link org.tactician.generators.figures.FigureSvgDrawer} draws the small SVG subset these
 * figures use, so no SVG library (Batik) is needed.
 */
package org.tactician.generators.figures;
