package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tactician.model.Channel;
import org.tactician.model.ConversionForecast;
import org.tactician.model.MarketingPlan;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.Segment;

/**
 * The margin figures of a plan's conversion forecast: the plan defaults and the assumptions that
 * override them for a channel, a segment or both, resolved for one forecast input.
 *
 * <p>Each figure is resolved on its own, from the most specific assumption that sets it: one for
 * the input's channel and segment, then one for its segment (or a segment it refines), then one
 * for its channel, then the plan default. Assumptions in a currency other than the plan's are
 * skipped (validation reports them).
 */
public final class ProfitAssumptions {

    /**
     * The margin figures of one input.
     *
     * @param grossMargin gross margin in percent of net revenue; null when neither an assumption nor
     *        the plan sets one (the forecast then cannot compute a contribution after margin)
     * @param returnRate share of revenue returned, in percent (zero when unset)
     * @param fulfilmentCostPerOrder variable cost of one order (zero when unset)
     */
    public record Economics(BigDecimal grossMargin, BigDecimal returnRate, BigDecimal fulfilmentCostPerOrder) {
    }

    private final ConversionForecast forecast;
    private final List<ProfitAssumption> assumptions;
    private final String currency;

    private ProfitAssumptions(ConversionForecast forecast, String currency) {
        this.forecast = forecast;
        this.assumptions = forecast == null ? List.of() : new ArrayList<>(forecast.getAssumptions());
        this.currency = currency;
    }

    /** The assumptions of {@code plan}'s forecast, in {@code currency}. */
    public static ProfitAssumptions of(MarketingPlan plan, String currency) {
        return new ProfitAssumptions(plan.getOpportunity() == null ? null : plan.getOpportunity().getForecast(), currency);
    }

    /** The figures of an input on {@code channel} for {@code segment} (either may be null). */
    public Economics resolve(Channel channel, Segment segment) {
        List<ProfitAssumption> order = new ArrayList<>();
        Set<Segment> lineage = lineage(segment);
        for (ProfitAssumption assumption : assumptions) {
            if (assumption.getChannel() != null && assumption.getChannel() == channel && assumption.getSegment() != null
                    && lineage.contains(assumption.getSegment())) {
                order.add(assumption);
            }
        }
        for (ProfitAssumption assumption : assumptions) {
            if (assumption.getChannel() == null && assumption.getSegment() != null
                    && lineage.contains(assumption.getSegment())) {
                order.add(assumption);
            }
        }
        for (ProfitAssumption assumption : assumptions) {
            if (assumption.getSegment() == null && assumption.getChannel() != null && assumption.getChannel() == channel) {
                order.add(assumption);
            }
        }
        BigDecimal margin = null;
        BigDecimal returns = null;
        BigDecimal fulfilment = null;
        for (ProfitAssumption assumption : order) {
            margin = margin != null ? margin : assumption.getGrossMargin();
            returns = returns != null ? returns : assumption.getReturnRate();
            fulfilment = fulfilment != null ? fulfilment : money(assumption.getFulfilmentCostPerOrder());
        }
        if (forecast != null) {
            margin = margin != null ? margin : forecast.getGrossMargin();
            returns = returns != null ? returns : forecast.getReturnRate();
            fulfilment = fulfilment != null ? fulfilment : money(forecast.getFulfilmentCostPerOrder());
        }
        return new Economics(margin, returns != null ? returns : BigDecimal.ZERO,
                fulfilment != null ? fulfilment : BigDecimal.ZERO);
    }

    private BigDecimal money(org.tactician.model.Money money) {
        return money == null || currency != null && !currency.equals(money.currency()) ? null : money.amount();
    }

    /** A segment and the segments it refines, stopping at a cycle (validation reports those). */
    private static Set<Segment> lineage(Segment segment) {
        Set<Segment> result = new HashSet<>();
        for (Segment current = segment; current != null && result.add(current); current = current.getParent()) {
            // walk up
        }
        return result;
    }
}
