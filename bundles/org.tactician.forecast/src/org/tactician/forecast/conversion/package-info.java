/**
 * The conversion-based forecast: {@link org.tactician.forecast.conversion.ConversionModel#forecast}
 * turns the plan's forecast inputs and its budget into a
 * {@link org.tactician.forecast.conversion.Forecast} by channel and month.
 *
 * <h2>The model</h2>
 * For every forecast input (one channel, optionally one segment, one month):
 * <pre>
 * orders  = sessions × conversion rate / 100          (exact; the rate is in percent points)
 * revenue = orders × average order value              (rounded once to the minor unit, half-even)
 * </pre>
 * Inputs of the same channel and month (e.g. one per segment) add up in one
 * {@link org.tactician.forecast.conversion.ChannelMonth cell}. Each cell then carries two costs:
 * <ul>
 * <li><b>variable cost</b>: the inputs' {@code cost} (costs that scale with the channel's
 * activity and are not budget lines — e.g. fulfilment or marketplace commissions);</li>
 * <li><b>budgeted cost</b>: what the {@linkplain org.tactician.forecast.budget budget matrix}
 * spends on the channel that month. Budget lines without a channel, and inputs without a channel,
 * go to the cell of the month without a channel, so they lower the plan's contribution without
 * being charged to any channel.</li>
 * </ul>
 * <pre>
 * contribution = revenue − variable cost − budgeted cost
 * ROI          = contribution / (variable + budgeted cost) × 100   (2 decimals; none without cost)
 * CPA          = (variable + budgeted cost) / orders               (minor unit; none without orders)
 * </pre>
 * Months, quarters, plan years, channels and the plan total are exact sums of the cells;
 * cumulative revenue and contribution run over the months in order.
 *
 * <p>Inputs outside the plan calendar, without a month, or with money in another currency
 * than the plan's are left out and listed in {@link org.tactician.forecast.conversion.Forecast#excluded()}.
 */
package org.tactician.forecast.conversion;
