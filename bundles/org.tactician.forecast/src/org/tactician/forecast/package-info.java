/**
 * The plan's numbers: the {@linkplain org.tactician.forecast.budget budget engine} and the
 * {@linkplain org.tactician.forecast.conversion conversion forecast}, plus what both share — the
 * plan's {@link org.tactician.forecast.PlanCalendar calendar} of months, quarters and years, and
 * the {@link org.tactician.forecast.Rounding rounding policy}.
 *
 * <p>Everything here is headless and reads the model without changing it. Results are immutable
 * snapshots (records and unmodifiable collections); the model objects they point at are there
 * for navigation and labels only.
 */
package org.tactician.forecast;
