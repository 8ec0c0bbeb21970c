/**
 * The conversion-based forecast: {@link org.tactician.forecast.conversion.ConversionModel#forecast}
 * turns the plan's forecast inputs, its margin assumptions and its budget into a
 * {@link org.tactician.forecast.conversion.Forecast} by channel, segment and month.
 *
 * <h2>The model</h2>
 * For every forecast input (one channel, optionally one segment, one month), with the margin
 * figures of its channel and segment ({@link org.tactician.forecast.conversion.ProfitAssumptions}:
 * the plan defaults of the conversion forecast, overridden per channel, segment or both):
 * <pre>
 * orders       = sessions × conversion rate / 100           (exact; the rate is in percent points)
 * revenue      = orders × average order value               (rounded once to the minor unit)
 * returns      = revenue × return rate / 100                (rounded; 0 without a return rate)
 * gross profit = (revenue − returns) × gross margin / 100   (rounded; net revenue minus cost of goods)
 * fulfilment   = orders × fulfilment cost per order         (rounded; 0 without one)
 * </pre>
 * Inputs of the same channel, segment and month add up in one
 * {@link org.tactician.forecast.conversion.ForecastCell cell}. The <b>marketing cost</b> is the
 * {@linkplain org.tactician.forecast.budget budget}'s: what the budget spends on each channel in each
 * month is a cell of its own (without a segment); budget lines without a channel go to the cell of
 * the month without a channel, so they lower the plan's contribution without being charged to any
 * channel. The forecast inputs have no cost of their own, so no money is counted twice.
 * <pre>
 * contribution = gross profit − fulfilment − marketing cost
 * ROI          = contribution / marketing cost × 100   (2 decimals; none without marketing cost)
 * CPA          = marketing cost / orders               (minor unit; none without orders)
 * </pre>
 * Months, quarters, plan years, channels and the plan total are exact sums of the cells;
 * cumulative revenue and contribution run over the months in order, and the break-even month is the
 * first month from which the cumulative contribution stays at or above zero. Rounding follows
 * {@link org.tactician.forecast.Rounding} (half away from zero).
 *
 * <p>An input for which neither an assumption nor the plan sets a gross margin keeps its whole net
 * revenue as gross profit and is listed in
 * {@link org.tactician.forecast.conversion.Forecast#withoutMargin()} (validation reports it: such a
 * contribution is not after the cost of goods). Inputs outside the plan calendar, without a month,
 * or with money in another currency than the plan's are left out and listed in
 * {@link org.tactician.forecast.conversion.Forecast#excluded()}.
 *
 * <p>Objectives are checked against the forecast through their
 * {@linkplain org.tactician.forecast.conversion.ForecastScope scope} and
 * {@linkplain org.tactician.forecast.conversion.ForecastMetric measure}.
 */
package org.tactician.forecast.conversion;
