package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.model.Channel;
import org.tactician.model.ForecastInput;

/**
 * The conversion forecast of a plan by channel, segment and month, after margin, and its totals
 * (see the {@linkplain org.tactician.forecast.conversion package} for the model and the rounding).
 *
 * @param currency the ISO 4217 code of every amount (null only for a plan without any money)
 * @param calendar the plan months the forecast covers
 * @param cells one cell per channel, segment and month with inputs or budget, ordered by channel
 *        (plan order, the cells without a channel last), segment, then month
 * @param inputCount how many forecast inputs went into the cells
 * @param excluded inputs left out (outside the calendar, without a month, or in another currency)
 * @param withoutMargin inputs for which neither an assumption nor the plan sets a gross margin:
 *        their gross profit is their whole net revenue, so the contribution is overstated
 */
public record Forecast(String currency, PlanCalendar calendar, List<ForecastCell> cells, int inputCount,
        List<ForecastInput> excluded, List<ForecastInput> withoutMargin) {

    /** Copies the lists. */
    public Forecast {
        Objects.requireNonNull(calendar, "calendar");
        cells = List.copyOf(cells);
        excluded = List.copyOf(excluded);
        withoutMargin = List.copyOf(withoutMargin);
    }

    /** Whether every input has a gross margin, so contribution is after the cost of goods. */
    public boolean hasMargin() {
        return withoutMargin.isEmpty();
    }

    /** Every calendar month (zeros included) with cumulative revenue and contribution. */
    public List<MonthForecast> months() {
        return months(cell -> true);
    }

    /** Every calendar month of the cells {@code scope} keeps, with cumulative revenue and contribution. */
    public List<MonthForecast> months(Predicate<ForecastCell> scope) {
        Map<YearMonth, ForecastFigures> byMonth = new LinkedHashMap<>();
        for (YearMonth month : calendar.months()) {
            byMonth.put(month, ForecastFigures.ZERO);
        }
        for (ForecastCell cell : cells) {
            if (scope.test(cell)) {
                byMonth.merge(cell.month(), cell.figures(), ForecastFigures::plus);
            }
        }
        List<MonthForecast> result = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal contribution = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, ForecastFigures> month : byMonth.entrySet()) {
            revenue = revenue.add(month.getValue().revenue());
            contribution = contribution.add(month.getValue().contribution());
            result.add(new MonthForecast(month.getKey(), month.getValue(), revenue, contribution));
        }
        return List.copyOf(result);
    }

    /**
     * The break-even month: the first month from which the cumulative contribution stays at or
     * above zero to the end of the plan; empty when the plan ends below zero (or has no months).
     */
    public Optional<YearMonth> breakEvenMonth() {
        List<MonthForecast> months = months();
        YearMonth breakEven = null;
        for (int i = months.size() - 1; i >= 0 && months.get(i).cumulativeContribution().signum() >= 0; i--) {
            breakEven = months.get(i).month();
        }
        return Optional.ofNullable(breakEven);
    }

    /** The months whose contribution is below zero, in order. */
    public List<MonthForecast> negativeMonths() {
        return months().stream().filter(month -> month.figures().contribution().signum() < 0).toList();
    }

    /** Every channel with cells, in cell order, with its ROI and cost per acquisition. */
    public List<ChannelForecast> channels() {
        Map<Channel, ForecastFigures> byChannel = new LinkedHashMap<>();
        for (ForecastCell cell : cells) {
            if (cell.channel() != null) {
                byChannel.merge(cell.channel(), cell.figures(), ForecastFigures::plus);
            }
        }
        List<ChannelForecast> result = new ArrayList<>();
        byChannel.forEach((channel, figures) -> result.add(new ChannelForecast(channel, figures,
                figures.roiPercent(), figures.costPerAcquisition(currency))));
        return List.copyOf(result);
    }

    /** The numbers of {@code channel} (null: the cells without a channel) in each calendar month. */
    public Map<YearMonth, ForecastFigures> byMonth(Channel channel) {
        Map<YearMonth, ForecastFigures> result = new LinkedHashMap<>();
        for (MonthForecast month : months(cell -> cell.channel() == channel)) {
            result.put(month.month(), month.figures());
        }
        return Collections.unmodifiableMap(result);
    }

    /** The cells without a channel together: inputs and budget lines not tied to a channel. */
    public ForecastFigures unattributed() {
        return figures(cell -> cell.channel() == null);
    }

    /** The whole plan. */
    public ForecastFigures total() {
        return figures(cell -> true);
    }

    /** Every plan quarter the calendar touches (zeros included), in order. */
    public Map<PlanQuarter, ForecastFigures> byQuarter() {
        Map<PlanQuarter, ForecastFigures> result = new LinkedHashMap<>();
        for (PlanQuarter quarter : calendar.quarters()) {
            result.put(quarter, ForecastFigures.ZERO);
        }
        for (ForecastCell cell : cells) {
            result.merge(calendar.quarterOf(cell.month()), cell.figures(), ForecastFigures::plus);
        }
        return Collections.unmodifiableMap(result);
    }

    /** Every plan year (1-based) the calendar touches (zeros included), in order. */
    public Map<Integer, ForecastFigures> byYear() {
        Map<Integer, ForecastFigures> result = new LinkedHashMap<>();
        for (Integer year : calendar.years()) {
            result.put(year, ForecastFigures.ZERO);
        }
        for (ForecastCell cell : cells) {
            result.merge(calendar.yearOf(cell.month()), cell.figures(), ForecastFigures::plus);
        }
        return Collections.unmodifiableMap(result);
    }

    /** The numbers of the cells {@code scope} keeps. */
    public ForecastFigures figures(Predicate<ForecastCell> scope) {
        ForecastFigures total = ForecastFigures.ZERO;
        for (ForecastCell cell : cells) {
            if (scope.test(cell)) {
                total = total.plus(cell.figures());
            }
        }
        return total;
    }

    /** The numbers of the cells {@code scope} keeps from {@code from} to {@code to}, both months included. */
    public ForecastFigures figures(Predicate<ForecastCell> scope, YearMonth from, YearMonth to) {
        return figures(scope.and(cell -> !cell.month().isBefore(from) && !cell.month().isAfter(to)));
    }

    /**
     * The value of {@code metric} over the cells {@code scope} keeps from {@code from} to {@code to}:
     * a sum for the additive metrics, the ratio of the sums for the rates; null when a rate is
     * undefined there (no sessions, no orders).
     */
    public BigDecimal value(ForecastMetric metric, Predicate<ForecastCell> scope, YearMonth from, YearMonth to) {
        return metric.of(figures(scope, from, to), currency);
    }
}
