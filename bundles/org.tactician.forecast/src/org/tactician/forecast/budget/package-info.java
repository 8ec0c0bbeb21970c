/**
 * The budget engine: {@link org.tactician.forecast.budget.BudgetEngine#expand} turns the plan's
 * budget lines into a {@link org.tactician.forecast.budget.BudgetMatrix} of months × categories,
 * the one source of numbers for the budget document and the budget spreadsheet.
 *
 * <h2>Where a line's money goes (first rule that applies)</h2>
 * <ol>
 * <li><b>Explicit phasing</b>: a line with monthly amounts puts each amount in its month, whatever
 * its cost type. (Validation reports phasing that does not add up to the line amount; the
 * matrix follows the phasing.)</li>
 * <li><b>One-shot</b> without phasing: the whole amount in one month — the line's own start
 * month, else the start month of its campaign, else the first month of the plan.</li>
 * <li><b>Recurring</b> (or not classified as one-shot or recurring) without phasing: the amount spread evenly over the line's own date range,
 * else the months of its campaign (start to end; a missing end means to the end of the plan, a
 * missing start from its beginning), else over every month of the plan. Each month is rounded down to the minor unit
 * and the last month takes the remainder.</li>
 * </ol>
 * Money that lands outside the {@linkplain org.tactician.forecast.PlanCalendar plan calendar}
 * is kept per row as {@link org.tactician.forecast.budget.BudgetRow#outsidePeriod()} and is in
 * no month, quarter or year total.
 *
 * <h2>Planned and allocated: money counted once</h2>
 * The budget lines are the one source of planned spend. A row's <em>planned</em> amount is the
 * line amount (the phased total when the line has no amount). Its <em>allocated</em> amount is
 * what the plan books on the line: the booked amounts of the activities, calendar entries, media
 * placements and MarTech tools whose {@code budgetLine} is this line. A calendar entry that
 * executes a media placement books nothing of its own (the placement books that money), so an
 * advertising flight never counts its placement twice ({@link org.tactician.model.PlanMoney}).
 *
 * <h2>Categories and what the budget is checked against</h2>
 * A line without a category is in no category total but in every other total
 * ({@link org.tactician.forecast.budget.BudgetMatrix#uncategorised()}). The matrix carries the
 * budget's approved total and category targets in the plan currency, and what the spend inside the
 * plan calendar exceeds them by.
 *
 * <h2>RACE stage of a line</h2>
 * A budget line counts in its own RACE stage when one is set; otherwise it takes the first one
 * found in: (1) its KPIs, in list order; (2) the activities and calendar entries booked on it, in plan order (always-on plan,
 * 90-day plans, then the calendars); (3) the objectives of its campaign, in list order. A line
 * with none of these is unassigned. Each line counts in exactly one stage, so the stage totals
 * add up to the matrix total.
 *
 * <h2>Currency</h2>
 * The matrix is in the plan currency (see
 * {@link org.tactician.forecast.internal.PlanContents#currency}). A line with money in another
 * currency is left out and listed in {@link org.tactician.forecast.budget.BudgetMatrix#excluded()}:
 * there are no exchange rates in a plan.
 */
package org.tactician.forecast.budget;
