package org.tactician.forecast.conversion;

import java.time.YearMonth;
import java.util.Objects;

import org.tactician.model.Channel;

/**
 * One cell of the forecast: a channel in a month.
 *
 * @param channel the channel; null for inputs and budget lines without a channel
 * @param month the month
 * @param figures the cell's numbers
 */
public record ChannelMonth(Channel channel, YearMonth month, ForecastFigures figures) {

    /** Checks the components. */
    public ChannelMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(figures, "figures");
    }
}
