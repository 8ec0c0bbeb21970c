package org.tactician.ui.internal.calendar;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.ScheduledItem;

/**
 * One dated entry of the calendar view: the plan's schedule item (as the calendar files and the
 * printable calendar have it) and the model element it comes from, which a double-click opens
 * and a drag reschedules.
 *
 * @param item the schedule's item
 * @param element the element in the plan
 */
record CalendarItem(ScheduledItem item, EObject element) {

    CalendarKind kind() {
        return item.kind();
    }

    LocalDate start() {
        return item.start();
    }

    LocalDate end() {
        return item.end();
    }

    /** Whether the item covers any day of {@code from} to {@code to} (inclusive). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !end().isBefore(from) && !start().isAfter(to);
    }
}
