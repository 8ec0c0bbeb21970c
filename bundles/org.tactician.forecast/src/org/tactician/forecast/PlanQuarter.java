package org.tactician.forecast;

import java.util.Comparator;
import java.util.Objects;

import org.tactician.model.Quarter;

/**
 * A quarter of the plan: its plan year (1 for the first twelve months from the plan start) and
 * the quarter within that year. Quarters count from the plan start, not from January, so a plan
 * that starts in April has April–June as Q1 of year 1.
 *
 * @param year the plan year, 1-based
 * @param quarter the quarter of that plan year
 */
public record PlanQuarter(int year, Quarter quarter) implements Comparable<PlanQuarter> {

    private static final Comparator<PlanQuarter> ORDER =
            Comparator.comparingInt(PlanQuarter::year).thenComparing(PlanQuarter::quarter);

    /** Validates the components. */
    public PlanQuarter {
        Objects.requireNonNull(quarter, "quarter");
        if (year < 1) {
            throw new IllegalArgumentException("Plan years count from 1: " + year);
        }
    }

    @Override
    public int compareTo(PlanQuarter other) {
        return ORDER.compare(this, other);
    }

    /** A short label, e.g. {@code "Y1 Q3"}. */
    @Override
    public String toString() {
        return "Y" + year + " " + quarter.getLiteral();
    }
}
