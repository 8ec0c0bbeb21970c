package org.tactician.generators.figures;

import org.tactician.model.CustomerJourney;

/**
 * Where a customer journey's stages, touchpoints and flows go in its figure: the one place a
 * layout algorithm plugs in. {@link JourneyFigure} draws whatever diagram the layout returns, as
 * XHTML for HTML and PDF and as a picture for Word, so another layout (ELK's layered algorithm,
 * say) replaces {@link #LAYERED} without touching the renderers.
 */
@FunctionalInterface
public interface JourneyLayout {

    /** Tactician's own layout: a column per stage, touchpoints stacked, loops underneath. */
    JourneyLayout LAYERED = new LayeredJourneyLayout();

    /**
     * Lays {@code journey} out {@code width} px wide.
     *
     * @param rightToLeft whether the plan reads right to left (the first stage on the right)
     */
    JourneyDiagram layout(CustomerJourney journey, boolean rightToLeft, double width);
}
