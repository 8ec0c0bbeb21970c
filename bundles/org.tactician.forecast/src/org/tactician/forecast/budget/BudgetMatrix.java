package org.tactician.forecast.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.tactician.forecast.Breakdown;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.RaceStage;

/**
 * The plan's budget as a month × category matrix, with its totals and what it is checked against.
 * Every total is an exact sum of the row amounts inside the plan calendar, so the month totals, the
 * quarter totals, the year totals, the category totals (with the {@linkplain #uncategorised()
 * unclassified lines}) and each breakdown all add up to {@link #total()}.
 *
 * @param currency the ISO 4217 code of every amount (null only for a plan without any money)
 * @param calendar the plan months the matrix covers
 * @param rows one row per budget line, in plan order (excluded lines have none)
 * @param excluded lines left out because their money is in another currency
 * @param approvedTotal the total the client approved for the plan period, or null when the budget
 *        names none (or names it in another currency)
 * @param categoryTargets the spend target of each category that has one
 */
public record BudgetMatrix(String currency, PlanCalendar calendar, List<BudgetRow> rows,
        List<BudgetLine> excluded, BigDecimal approvedTotal, Map<BudgetCategory, BigDecimal> categoryTargets) {

    /** Copies the lists. */
    public BudgetMatrix {
        Objects.requireNonNull(calendar, "calendar");
        rows = List.copyOf(rows);
        excluded = List.copyOf(excluded);
        Map<BudgetCategory, BigDecimal> targets = new EnumMap<>(BudgetCategory.class);
        targets.putAll(categoryTargets);
        categoryTargets = Collections.unmodifiableMap(targets);
    }

    /** A matrix without an approved total or category targets. */
    public BudgetMatrix(String currency, PlanCalendar calendar, List<BudgetRow> rows, List<BudgetLine> excluded) {
        this(currency, calendar, rows, excluded, null, Map.of());
    }

    /** The approved total, if the budget has one. */
    public Optional<BigDecimal> approved() {
        return Optional.ofNullable(approvedTotal);
    }

    /** What the plan spends inside its calendar beyond the approved total; zero when within it or without one. */
    public BigDecimal overApproved() {
        return approvedTotal == null ? BigDecimal.ZERO : total().subtract(approvedTotal).max(BigDecimal.ZERO);
    }

    /** What the budget lines without a category spend inside the plan calendar. */
    public BigDecimal uncategorised() {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            if (row.category() == null) {
                total = total.add(row.inPeriod());
            }
        }
        return total;
    }

    /** The row of {@code line}, if it has one. */
    public Optional<BudgetRow> row(BudgetLine line) {
        return rows.stream().filter(row -> row.line() == line).findFirst();
    }

    /** What the plan spends inside its calendar. */
    public BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            total = total.add(row.inPeriod());
        }
        return total;
    }

    /** The amount of {@code category} in {@code month}. */
    public BigDecimal amount(YearMonth month, BudgetCategory category) {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            if (row.category() == category) {
                total = total.add(row.amountIn(month));
            }
        }
        return total;
    }

    /**
     * The matrix itself: for every calendar month, the amount of every category (zeros included);
     * unclassified lines are in no category (see {@link #uncategorised()}).
     */
    public Map<YearMonth, Map<BudgetCategory, BigDecimal>> byMonthAndCategory() {
        Map<YearMonth, Map<BudgetCategory, BigDecimal>> result = new LinkedHashMap<>();
        for (YearMonth month : calendar.months()) {
            Map<BudgetCategory, BigDecimal> cells = new EnumMap<>(BudgetCategory.class);
            for (BudgetCategory category : BudgetCategory.VALUES) {
                cells.put(category, BigDecimal.ZERO);
            }
            result.put(month, cells);
        }
        for (BudgetRow row : rows) {
            if (row.category() != null) {
                row.months().forEach((month, amount) -> result.get(month).merge(row.category(), amount, BigDecimal::add));
            }
        }
        result.replaceAll((month, cells) -> Collections.unmodifiableMap(cells));
        return Collections.unmodifiableMap(result);
    }

    /** The total of every calendar month (zeros included), in month order. */
    public Map<YearMonth, BigDecimal> byMonth() {
        Map<YearMonth, BigDecimal> result = new LinkedHashMap<>();
        for (YearMonth month : calendar.months()) {
            result.put(month, BigDecimal.ZERO);
        }
        for (BudgetRow row : rows) {
            row.months().forEach((month, amount) -> result.merge(month, amount, BigDecimal::add));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * The matrix folded into plan quarters: quarter → category → amount, every quarter and
     * category present (zero where nothing is spent), in order.
     */
    public Map<PlanQuarter, Map<BudgetCategory, BigDecimal>> byQuarterAndCategory() {
        Map<PlanQuarter, Map<BudgetCategory, BigDecimal>> result = new LinkedHashMap<>();
        for (PlanQuarter quarter : calendar.quarters()) {
            Map<BudgetCategory, BigDecimal> cells = new EnumMap<>(BudgetCategory.class);
            for (BudgetCategory category : BudgetCategory.VALUES) {
                cells.put(category, BigDecimal.ZERO);
            }
            result.put(quarter, cells);
        }
        byMonthAndCategory().forEach((month, cells) -> cells.forEach((category, amount) ->
                result.get(calendar.quarterOf(month)).merge(category, amount, BigDecimal::add)));
        result.replaceAll((quarter, cells) -> Collections.unmodifiableMap(cells));
        return Collections.unmodifiableMap(result);
    }

    /** The total of every plan quarter the calendar touches, in order. */
    public Map<PlanQuarter, BigDecimal> byQuarter() {
        Map<PlanQuarter, BigDecimal> result = new LinkedHashMap<>();
        for (PlanQuarter quarter : calendar.quarters()) {
            result.put(quarter, BigDecimal.ZERO);
        }
        byMonth().forEach((month, amount) -> result.merge(calendar.quarterOf(month), amount, BigDecimal::add));
        return Collections.unmodifiableMap(result);
    }

    /** The total of every plan year (1-based) the calendar touches, in order. */
    public Map<Integer, BigDecimal> byYear() {
        Map<Integer, BigDecimal> result = new LinkedHashMap<>();
        for (Integer year : calendar.years()) {
            result.put(year, BigDecimal.ZERO);
        }
        byMonth().forEach((month, amount) -> result.merge(calendar.yearOf(month), amount, BigDecimal::add));
        return Collections.unmodifiableMap(result);
    }

    /** The total of every category (zeros included), in enum order; unclassified lines are in none. */
    public Map<BudgetCategory, BigDecimal> byCategory() {
        Map<BudgetCategory, BigDecimal> result = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory category : BudgetCategory.VALUES) {
            result.put(category, BigDecimal.ZERO);
        }
        for (BudgetRow row : rows) {
            if (row.category() != null) {
                result.merge(row.category(), row.inPeriod(), BigDecimal::add);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** The totals by channel, in order of first appearance; lines without a channel are unassigned. */
    public Breakdown<Channel> byChannel() {
        return breakdown(BudgetRow::channel);
    }

    /** The totals by campaign, in order of first appearance; lines without one are unassigned. */
    public Breakdown<Campaign> byCampaign() {
        return breakdown(BudgetRow::campaign);
    }

    /**
     * The totals by RACE stage, in stage order, every stage present; lines without a stage (see
     * the package documentation) are unassigned.
     */
    public Breakdown<RaceStage> byRaceStage() {
        Map<RaceStage, BigDecimal> stages = new EnumMap<>(RaceStage.class);
        for (RaceStage stage : RaceStage.VALUES) {
            stages.put(stage, BigDecimal.ZERO);
        }
        Breakdown<RaceStage> found = breakdown(BudgetRow::raceStage);
        found.assigned().forEach((stage, amount) -> stages.merge(stage, amount, BigDecimal::add));
        return new Breakdown<>(stages, found.unassigned());
    }

    /**
     * The categories whose spend inside the plan calendar exceeds their target, with the amount
     * over it, in enum order.
     */
    public Map<BudgetCategory, BigDecimal> overTarget() {
        Map<BudgetCategory, BigDecimal> result = new EnumMap<>(BudgetCategory.class);
        Map<BudgetCategory, BigDecimal> spent = byCategory();
        categoryTargets.forEach((category, target) -> {
            BigDecimal over = spent.get(category).subtract(target);
            if (over.signum() > 0) {
                result.put(category, over);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** The sum of the planned amounts of all rows (inside and outside the calendar). */
    public BigDecimal planned() {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            total = total.add(row.planned());
        }
        return total;
    }

    /** The sum of the allocated amounts of all rows. */
    public BigDecimal allocated() {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            total = total.add(row.allocated());
        }
        return total;
    }

    /** What the rows spend outside the plan calendar. */
    public BigDecimal outsidePeriod() {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            total = total.add(row.outsidePeriod());
        }
        return total;
    }

    private <K> Breakdown<K> breakdown(Function<BudgetRow, K> key) {
        Map<K, BigDecimal> assigned = new LinkedHashMap<>();
        BigDecimal unassigned = BigDecimal.ZERO;
        for (BudgetRow row : rows) {
            K k = key.apply(row);
            if (k == null) {
                unassigned = unassigned.add(row.inPeriod());
            } else {
                assigned.merge(k, row.inPeriod(), BigDecimal::add);
            }
        }
        return new Breakdown<>(assigned, unassigned);
    }
}
