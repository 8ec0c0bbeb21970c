package org.tactician.generators.figures;

import java.util.Objects;
import java.util.Optional;

import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;

/**
 * The figures a plan has — its TOWS matrix, its Business Model Canvas, each customer journey laid
 * out — made once per generation run and shared by every artifact that shows them (the document's
 * HTML and PDF, the Word pictures, the standalone SVG files), so a journey is laid out by ELK once.
 * Each figure is made on first use, by the artifact that first needs it (so a failure is that
 * artifact's); a figure is immutable once made, and several threads may draw it at once.
 */
public final class PlanFigures {

    private final MarketingPlan plan;
    private final PlanTerms terms;
    private final String primary;
    private final JourneyLayout layout;
    private TowsFigure tows;
    private CanvasFigure canvas;
    private final JourneyFigure[] journeys;

    /**
     * The figures of {@code plan}, in {@code terms}' words, the matrix's headers in {@code primary}
     * (a CSS colour), the journeys laid out by {@code layout}.
     */
    public PlanFigures(MarketingPlan plan, PlanTerms terms, String primary, JourneyLayout layout) {
        this.plan = Objects.requireNonNull(plan);
        this.terms = Objects.requireNonNull(terms);
        this.primary = Objects.requireNonNull(primary);
        this.layout = Objects.requireNonNull(layout);
        this.journeys = new JourneyFigure[plan.getJourneys().size()];
    }

    /** The TOWS matrix, if the plan has a SWOT analysis. */
    public synchronized Optional<TowsFigure> tows() {
        if (tows == null && plan.getOpportunity() != null && plan.getOpportunity().getSwot() != null) {
            tows = new TowsFigure(plan.getOpportunity().getSwot(), terms, primary);
        }
        return Optional.ofNullable(tows);
    }

    /** The Business Model Canvas, if the plan has one. */
    public synchronized Optional<CanvasFigure> canvas() {
        if (canvas == null && plan.getStrategy() != null && plan.getStrategy().getBusinessModelCanvas() != null) {
            canvas = new CanvasFigure(plan.getStrategy().getBusinessModelCanvas(), terms);
        }
        return Optional.ofNullable(canvas);
    }

    /** How many customer journeys the plan has. */
    public int journeyCount() {
        return journeys.length;
    }

    /** The figure of the plan's customer journey number {@code index} (from 0), laid out on first use. */
    public synchronized JourneyFigure journey(int index) {
        if (journeys[index] == null) {
            journeys[index] = new JourneyFigure(plan.getJourneys().get(index), index, terms, layout);
        }
        return journeys[index];
    }
}
