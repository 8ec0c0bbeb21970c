package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.tactician.model.Channel;

/**
 * One channel over the whole plan, with its return figures.
 *
 * @param channel the channel
 * @param figures the channel's numbers over all plan months
 * @param roiPercent contribution after margin / marketing cost × 100 (2 decimals); empty when the
 *        channel has no marketing cost
 * @param costPerAcquisition marketing cost / orders (minor unit); empty when the channel has no orders
 */
public record ChannelForecast(Channel channel, ForecastFigures figures, Optional<BigDecimal> roiPercent,
        Optional<BigDecimal> costPerAcquisition) {

    /** Checks the components. */
    public ChannelForecast {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(roiPercent, "roiPercent");
        Objects.requireNonNull(costPerAcquisition, "costPerAcquisition");
    }
}
