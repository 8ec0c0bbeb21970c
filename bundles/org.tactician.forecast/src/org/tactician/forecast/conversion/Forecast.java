package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.model.Channel;
import org.tactician.model.ForecastInput;

/**
 * The conversion forecast of a plan by channel and month, and its totals (see the
 * {@linkplain org.tactician.forecast.conversion package} for the model and the rounding).
 *
 * @param currency the ISO 4217 code of every amount (null only for a plan without any money)
 * @param calendar the plan months the forecast covers
 * @param cells one cell per channel and month with inputs or budget, ordered by channel (plan
 *        order, the cells without a channel last) then month
 * @param inputCount how many forecast inputs went into the cells
 * @param excluded inputs left out (outside the calendar, without a month, or in another currency)
 */
public record Forecast(String currency, PlanCalendar calendar, List<ChannelMonth> cells, int inputCount,
        List<ForecastInput> excluded) {

    /** Copies the lists. */
    public Forecast {
        Objects.requireNonNull(calendar, "calendar");
        cells = List.copyOf(cells);
        excluded = List.copyOf(excluded);
    }

    /** Every calendar month (zeros included) with cumulative revenue and contribution. */
    public List<MonthForecast> months() {
        Map<YearMonth, ForecastFigures> byMonth = new LinkedHashMap<>();
        for (YearMonth month : calendar.months()) {
            byMonth.put(month, ForecastFigures.ZERO);
        }
        for (ChannelMonth cell : cells) {
            byMonth.merge(cell.month(), cell.figures(), ForecastFigures::plus);
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

    /** Every channel with cells, in cell order, with its ROI and cost per acquisition. */
    public List<ChannelForecast> channels() {
        Map<Channel, ForecastFigures> byChannel = new LinkedHashMap<>();
        for (ChannelMonth cell : cells) {
            if (cell.channel() != null) {
                byChannel.merge(cell.channel(), cell.figures(), ForecastFigures::plus);
            }
        }
        List<ChannelForecast> result = new ArrayList<>();
        byChannel.forEach((channel, figures) -> result.add(new ChannelForecast(channel, figures,
                figures.roiPercent(), figures.costPerAcquisition(currency))));
        return List.copyOf(result);
    }

    /** The cells without a channel together: inputs and budget lines not tied to a channel. */
    public ForecastFigures unattributed() {
        ForecastFigures total = ForecastFigures.ZERO;
        for (ChannelMonth cell : cells) {
            if (cell.channel() == null) {
                total = total.plus(cell.figures());
            }
        }
        return total;
    }

    /** The whole plan. */
    public ForecastFigures total() {
        ForecastFigures total = ForecastFigures.ZERO;
        for (ChannelMonth cell : cells) {
            total = total.plus(cell.figures());
        }
        return total;
    }

    /** Every plan quarter the calendar touches (zeros included), in order. */
    public Map<PlanQuarter, ForecastFigures> byQuarter() {
        Map<PlanQuarter, ForecastFigures> result = new LinkedHashMap<>();
        for (PlanQuarter quarter : calendar.quarters()) {
            result.put(quarter, ForecastFigures.ZERO);
        }
        for (ChannelMonth cell : cells) {
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
        for (ChannelMonth cell : cells) {
            result.merge(calendar.yearOf(cell.month()), cell.figures(), ForecastFigures::plus);
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * The numbers of {@code channel} (every cell, the channel-less ones included, when null) from
     * {@code from} to {@code to}, both months included.
     */
    public ForecastFigures figures(Channel channel, YearMonth from, YearMonth to) {
        ForecastFigures total = ForecastFigures.ZERO;
        for (ChannelMonth cell : cells) {
            if ((channel == null || cell.channel() == channel) && !cell.month().isBefore(from)
                    && !cell.month().isAfter(to)) {
                total = total.plus(cell.figures());
            }
        }
        return total;
    }

    /** The value of {@code metric} for {@code channel} (null: whole plan) from {@code from} to {@code to}. */
    public BigDecimal value(ForecastMetric metric, Channel channel, YearMonth from, YearMonth to) {
        return metric.of(figures(channel, from, to));
    }
}
