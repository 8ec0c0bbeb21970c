package org.tactician.forecast.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.RaceStage;

/**
 * One budget line expanded on the plan's months. All amounts are in the matrix currency.
 *
 * @param line the model line (for navigation and labels; the numbers here are a snapshot)
 * @param category the spend category, or null when the line is not classified
 * @param costType one-shot or recurring, or null when the line does not say
 * @param channel the line's channel, or null
 * @param campaign the line's campaign, or null
 * @param raceStage the RACE stage the line counts in, or null when unassigned
 * @param spread how the amount was placed on the months
 * @param planned the line amount (the phased total when the line has no amount)
 * @param allocated what activities, calendar entries, media placements and MarTech tools book on the
 *        line (each amount once: an entry that executes a placement counts through the placement)
 * @param months the amount of each calendar month the line spends in, in month order
 * @param outsidePeriod what the line spends outside the plan calendar
 */
public record BudgetRow(BudgetLine line, BudgetCategory category, CostType costType, Channel channel,
        Campaign campaign, RaceStage raceStage, Spread spread, BigDecimal planned, BigDecimal allocated,
        Map<YearMonth, BigDecimal> months, BigDecimal outsidePeriod) {

    /** Copies the months, keeping their order. */
    public BudgetRow {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(allocated, "allocated");
        Objects.requireNonNull(outsidePeriod, "outsidePeriod");
        months = Collections.unmodifiableMap(new LinkedHashMap<>(months));
    }

    /** The line's name (may be null). */
    public String name() {
        return line.getName();
    }

    /** The amount in {@code month}; zero when the line spends nothing then. */
    public BigDecimal amountIn(YearMonth month) {
        return months.getOrDefault(month, BigDecimal.ZERO);
    }

    /** What the line spends inside the plan calendar. */
    public BigDecimal inPeriod() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : months.values()) {
            total = total.add(amount);
        }
        return total;
    }

    /** Planned minus allocated: negative when more is booked on the line than it has. */
    public BigDecimal remaining() {
        return planned.subtract(allocated);
    }
}
