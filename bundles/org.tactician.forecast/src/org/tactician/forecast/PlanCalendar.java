package org.tactician.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.tactician.forecast.internal.PlanContents;
import org.tactician.model.BudgetLine;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.Quarter;

/**
 * The months a plan covers, with its plan years and quarters counted from the first month.
 *
 * <p>Which months: the plan period (start to end) when both are set; twelve months from the start
 * (or up to the end) when only one is set or the end lies before the start; without a period, the
 * span of the months the budget phasing and the forecast inputs use; empty when there are none.
 *
 * @param months the months, contiguous and in order
 */
public record PlanCalendar(List<YearMonth> months) {

    private static final int MONTHS_PER_YEAR = 12;
    private static final int MONTHS_PER_QUARTER = 3;

    /** Copies the months and checks they are contiguous. */
    public PlanCalendar {
        months = List.copyOf(months);
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).equals(months.get(i - 1).plusMonths(1))) {
                throw new IllegalArgumentException("Months must be contiguous: " + months);
            }
        }
    }

    /** The months from {@code first} to {@code last}, both included; empty if last is before first. */
    public static PlanCalendar between(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return new PlanCalendar(months);
    }

    /** The calendar of {@code plan} (see the type's documentation for the rules). */
    public static PlanCalendar of(MarketingPlan plan) {
        YearMonth[] span = span(plan);
        return span == null ? new PlanCalendar(List.of()) : between(span[0], span[1]);
    }

    /**
     * How many months {@link #of} gives for {@code plan}, without making them: a mistyped year
     * (20270) makes a period of millions of months.
     */
    public static long monthCount(MarketingPlan plan) {
        YearMonth[] span = span(plan);
        return span == null ? 0 : ChronoUnit.MONTHS.between(span[0], span[1]) + 1;
    }

    /** The first and last month of {@code plan}'s calendar, or null when it has none. */
    private static YearMonth[] span(MarketingPlan plan) {
        LocalDate start = plan.getStart();
        LocalDate end = plan.getEnd();
        if (start != null && end != null && !end.isBefore(start)) {
            return new YearMonth[] {YearMonth.from(start), YearMonth.from(end)};
        }
        if (start != null) {
            YearMonth first = YearMonth.from(start);
            return new YearMonth[] {first, first.plusMonths(MONTHS_PER_YEAR - 1L)};
        }
        if (end != null) {
            YearMonth last = YearMonth.from(end);
            return new YearMonth[] {last.minusMonths(MONTHS_PER_YEAR - 1L), last};
        }
        TreeSet<YearMonth> used = new TreeSet<>();
        for (BudgetLine line : PlanContents.budgetLines(plan)) {
            for (MonthlyAmount month : line.getPhasing()) {
                if (month.getMonth() != null) {
                    used.add(month.getMonth());
                }
            }
        }
        for (ForecastInput input : PlanContents.forecastInputs(plan)) {
            if (input.getMonth() != null) {
                used.add(input.getMonth());
            }
        }
        return used.isEmpty() ? null : new YearMonth[] {used.first(), used.last()};
    }

    /** Whether the calendar has no month. */
    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** The first month; the calendar must not be empty. */
    public YearMonth first() {
        return months.get(0);
    }

    /** The last month; the calendar must not be empty. */
    public YearMonth last() {
        return months.get(months.size() - 1);
    }

    /** Whether {@code month} is one of the calendar's months. */
    public boolean contains(YearMonth month) {
        return !months.isEmpty() && !month.isBefore(first()) && !month.isAfter(last());
    }

    /** Whether {@code date} falls in one of the calendar's months. */
    public boolean contains(LocalDate date) {
        return contains(YearMonth.from(date));
    }

    /**
     * The plan quarter of {@code month}.
     *
     * @throws IllegalArgumentException if the month is not in the calendar
     */
    public PlanQuarter quarterOf(YearMonth month) {
        int index = indexOf(month);
        return new PlanQuarter(index / MONTHS_PER_YEAR + 1,
                Quarter.get(index % MONTHS_PER_YEAR / MONTHS_PER_QUARTER));
    }

    /**
     * The plan year (1-based) of {@code month}.
     *
     * @throws IllegalArgumentException if the month is not in the calendar
     */
    public int yearOf(YearMonth month) {
        return indexOf(month) / MONTHS_PER_YEAR + 1;
    }

    /** The quarters the calendar touches, in order. */
    public List<PlanQuarter> quarters() {
        List<PlanQuarter> result = new ArrayList<>();
        for (YearMonth month : months) {
            PlanQuarter quarter = quarterOf(month);
            if (result.isEmpty() || !result.get(result.size() - 1).equals(quarter)) {
                result.add(quarter);
            }
        }
        return result;
    }

    /** The plan years the calendar touches, in order. */
    public List<Integer> years() {
        // Plan years count twelve months from the first: 1 .. ceil(months / 12), without a walk.
        int count = (months.size() + MONTHS_PER_YEAR - 1) / MONTHS_PER_YEAR;
        List<Integer> result = new ArrayList<>(count);
        for (int year = 1; year <= count; year++) {
            result.add(year);
        }
        return result;
    }

    /** The calendar's months in {@code quarter} (fewer than three at a period's ragged end). */
    public List<YearMonth> monthsOf(PlanQuarter quarter) {
        long from = (quarter.year() - 1L) * MONTHS_PER_YEAR + (long) quarter.quarter().getValue() * MONTHS_PER_QUARTER;
        if (from < 0 || from >= months.size()) {
            return List.of();
        }
        return months.subList((int) from, (int) Math.min(from + MONTHS_PER_QUARTER, months.size()));
    }

    private int indexOf(YearMonth month) {
        if (!contains(month)) {
            throw new IllegalArgumentException(month + " is outside the plan calendar " + this);
        }
        return (int) ChronoUnit.MONTHS.between(first(), month);
    }

    /** E.g. {@code "2026-01..2026-12"}. */
    @Override
    public String toString() {
        return months.isEmpty() ? "(no months)" : first() + ".." + last();
    }
}
