package org.tactician.ui.internal.calendar;

import java.util.EnumSet;
import java.util.Set;

import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.ScheduledItem;

/**
 * Which entries the calendar view shows: the calendars ticked, and optionally one channel, one
 * owner and one RACE stage (by the names the schedule gives them; null: any).
 */
final class CalendarFilter {

    private final EnumSet<CalendarKind> kinds = EnumSet.allOf(CalendarKind.class);
    private String channel;
    private String owner;
    private String raceStage;

    boolean accepts(ScheduledItem item) {
        return kinds.contains(item.kind()) && (channel == null || channel.equals(item.channel()))
                && (owner == null || owner.equals(item.owner()))
                && (raceStage == null || raceStage.equals(item.raceStage()));
    }

    boolean shows(CalendarKind kind) {
        return kinds.contains(kind);
    }

    void show(CalendarKind kind, boolean shown) {
        if (shown) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
    }

    Set<CalendarKind> kinds() {
        return EnumSet.copyOf(kinds);
    }

    String channel() {
        return channel;
    }

    void channel(String name) {
        channel = name;
    }

    String owner() {
        return owner;
    }

    void owner(String name) {
        owner = name;
    }

    String raceStage() {
        return raceStage;
    }

    void raceStage(String stage) {
        raceStage = stage;
    }
}
