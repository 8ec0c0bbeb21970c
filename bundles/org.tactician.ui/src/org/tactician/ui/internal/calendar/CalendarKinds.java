package org.tactician.ui.internal.calendar;

import org.tactician.generators.calendar.CalendarKind;
import org.tactician.ui.internal.Messages;

/** The calendars' names as the workbench shows them. */
final class CalendarKinds {

    private CalendarKinds() {
    }

    static String label(CalendarKind kind) {
        return switch (kind) {
            case EDITORIAL -> Messages.calendar_kindEditorial;
            case ADVERTISING -> Messages.calendar_kindAdvertising;
            case DEM -> Messages.calendar_kindDem;
            case AUTOMATIONS -> Messages.calendar_kindAutomations;
            case CRO -> Messages.calendar_kindCro;
            case LOYALTY -> Messages.calendar_kindLoyalty;
            case CAMPAIGNS -> Messages.calendar_kindCampaigns;
            case MILESTONES -> Messages.calendar_kindMilestones;
            case DEADLINES -> Messages.calendar_kindDeadlines;
        };
    }
}
