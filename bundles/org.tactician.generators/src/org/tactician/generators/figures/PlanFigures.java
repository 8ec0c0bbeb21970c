package org.tactician.generators.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;

/**
 * The figures a plan has — its TOWS matrix, its Business Model Canvas, each customer journey laid
 * out — made once per generation run and shared by every artifact that shows them (the document's
 * HTML and PDF, the Word pictures, the standalone SVG files), so a journey is laid out by ELK once.
 * A figure is immutable once made; several threads may draw it at once.
 *
 * @param tows the TOWS matrix, if the plan has a SWOT analysis
 * @param canvas the canvas, if the plan has one
 * @param journeys one figure per customer journey, in the plan's order
 */
public record PlanFigures(Optional<TowsFigure> tows, Optional<CanvasFigure> canvas, List<JourneyFigure> journeys) {

    /** Copies the journeys. */
    public PlanFigures {
        journeys = List.copyOf(journeys);
    }

    /**
     * The figures of {@code plan}, in {@code terms}' words, the matrix's headers in {@code primary}
     * (a CSS colour), the journeys laid out by {@code layout}.
     */
    public static PlanFigures of(MarketingPlan plan, PlanTerms terms, String primary, JourneyLayout layout) {
        Optional<TowsFigure> tows = Optional.ofNullable(plan.getOpportunity()).map(o -> o.getSwot())
                .map(swot -> new TowsFigure(swot, terms, primary));
        Optional<CanvasFigure> canvas = Optional.ofNullable(plan.getStrategy()).map(s -> s.getBusinessModelCanvas())
                .map(bmc -> new CanvasFigure(bmc, terms));
        List<JourneyFigure> journeys = new ArrayList<>();
        for (int i = 0; i < plan.getJourneys().size(); i++) {
            journeys.add(new JourneyFigure(plan.getJourneys().get(i), i, terms, layout));
        }
        return new PlanFigures(tows, canvas, journeys);
    }
}
