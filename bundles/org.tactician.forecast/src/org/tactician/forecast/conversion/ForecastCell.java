package org.tactician.forecast.conversion;

import java.time.YearMonth;
import java.util.Objects;

import org.tactician.model.Channel;
import org.tactician.model.Segment;

/**
 * One cell of the forecast: a channel and an audience segment in a month. The forecast inputs of
 * the same channel, segment and month add up in one cell; the budget's marketing cost of a
 * channel and month is a cell without a segment.
 *
 * @param channel the channel; null for inputs and budget lines without a channel
 * @param segment the audience segment; null for inputs without one and for the budget's cost
 * @param month the month
 * @param figures the cell's numbers
 */
public record ForecastCell(Channel channel, Segment segment, YearMonth month, ForecastFigures figures) {

    /** Checks the components. */
    public ForecastCell {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(figures, "figures");
    }
}
