package org.tactician.generators.figures;

import java.util.List;

import org.tactician.model.CustomerJourney;

/**
 * Where a customer journey's stages, touchpoints and flows go in its figure. {@link JourneyFigure}
 * draws whatever diagram the layout returns, as XHTML for HTML and PDF and as a picture for Word.
 * The documents use the Eclipse Layout Kernel's layout of {@code org.tactician.layout}, the one
 * the journey diagram editor shows ({@link #forPlan}).
 */
@FunctionalInterface
public interface JourneyLayout {

    /** ELK's layered layout with nothing pinned. */
    JourneyLayout ELK = new ElkJourneyLayout(java.util.Map.of());

    /**
     * ELK's layered layout with the touchpoints the consultant moved in the journey diagram kept
     * where the side file beside {@code plan}'s file has them (the automatic layout without one).
     * Made for one generation run ({@code PlanAnalysis} owns it): it lays each journey out once
     * and keeps the drawing for every figure of the run, so it must not outlive the run.
     */
    static JourneyLayout forPlan(org.tactician.model.MarketingPlan plan) {
        return ElkJourneyLayout.forPlan(plan);
    }

    /**
     * Lays {@code journey} out {@code width} px wide.
     *
     * @param rightToLeft whether the plan reads right to left (the first stage on the right)
     */
    JourneyDiagram layout(CustomerJourney journey, boolean rightToLeft, double width);

    /**
     * Lays {@code journey} out on pages {@code width} × {@code height} px: as many as it takes
     * to keep its text readable on paper, in reading order (by default one, {@link #layout}).
     */
    default List<JourneyDiagram> pages(CustomerJourney journey, boolean rightToLeft, double width, double height) {
        return List.of(layout(journey, rightToLeft, width));
    }
}
