package org.tactician.generators.calendar;

import java.time.LocalDate;

import org.tactician.model.Money;

/**
 * One dated item of a plan's calendars, flattened from the model for the calendar writers.
 *
 * @param kind the calendar it belongs to
 * @param id the model id of the element (stable across saves); never null
 * @param title the element's name
 * @param description the element's description, may be empty
 * @param start the first day, or null when the element has no date yet
 * @param end the last day (inclusive), never before {@code start}; equals {@code start} for one-day items
 * @param channel the channel's name, may be empty
 * @param owner the owner's name, may be empty
 * @param cost what it costs, or null
 * @param raceStage the RACE stage in words, may be empty
 * @param status the status in words, may be empty
 */
public record ScheduledItem(CalendarKind kind, String id, String title, String description, LocalDate start,
        LocalDate end, String channel, String owner, Money cost, String raceStage, String status) {

    /** Whether the item has a date and can go into a calendar file. */
    public boolean isDated() {
        return start != null;
    }
}
