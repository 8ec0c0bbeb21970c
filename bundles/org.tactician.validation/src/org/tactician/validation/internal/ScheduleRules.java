package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_DATE_MISSING;
import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_OUTSIDE_PERIOD;
import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_UNLINKED;
import static org.tactician.validation.RuleRegistry.CAMPAIGN_OUTSIDE_PERIOD;
import static org.tactician.validation.RuleRegistry.CAMPAIGN_UNLINKED;
import static org.tactician.validation.RuleRegistry.SCHEDULE_END_BEFORE_START;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.Scheduled;
import org.tactician.model.TacticianPackage.Literals;

/** Rules about dates: ranges, calendar entries and campaigns inside the plan period, and what they serve. */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static void checkDates(Scheduled scheduled, Findings findings) {
        if (scheduled.getStart() != null && scheduled.getEnd() != null && scheduled.getEnd().isBefore(scheduled.getStart())) {
            findings.report(SCHEDULE_END_BEFORE_START, (EObject) scheduled, Literals.SCHEDULED__END,
                    Labels.capitalised((EObject) scheduled) + " ends (" + scheduled.getEnd() + ") before it starts ("
                            + scheduled.getStart() + "): correct the end date or swap the dates.");
        }
    }

    static void checkEntry(CalendarEntry entry, ValidationRun run, Findings findings) {
        if (entry.getStart() == null) {
            findings.report(CALENDAR_ENTRY_DATE_MISSING, entry, Literals.SCHEDULED__START,
                    Labels.capitalised(entry) + " has no date: set the day it happens (the first day of its range).");
        } else if (isOutside(entry, run)) {
            findings.report(CALENDAR_ENTRY_OUTSIDE_PERIOD, entry, Literals.SCHEDULED__START,
                    Labels.capitalised(entry) + " (" + range(entry) + ") lies outside the plan period ("
                            + run.period() + "): move it into the period or extend the period.");
        }
        if (entry.getObjective() == null && entry.getCampaign() == null && entry.getActivity() == null
                && !entry.isSetRaceStage()) {
            findings.report(CALENDAR_ENTRY_UNLINKED, entry, Literals.CALENDAR_ENTRY__OBJECTIVE,
                    Labels.capitalised(entry) + " serves nothing: link the objective, campaign or activity it "
                            + "serves, or at least its RACE stage.");
        }
    }

    static void checkCampaign(Campaign campaign, ValidationRun run, Findings findings) {
        if ((campaign.getStart() != null || campaign.getEnd() != null) && isOutside(campaign, run)) {
            findings.report(CAMPAIGN_OUTSIDE_PERIOD, campaign, campaign.getStart() != null
                    && (run.isBeforePeriod(campaign.getStart()) || run.isAfterPeriod(campaign.getStart()))
                            ? Literals.SCHEDULED__START : Literals.SCHEDULED__END,
                    Labels.capitalised(campaign) + " (" + range(campaign) + ") lies outside the plan period ("
                            + run.period() + "): move its dates into the period or extend the period.");
        }
        if (campaign.getObjectives().isEmpty()) {
            findings.report(CAMPAIGN_UNLINKED, campaign, Literals.CAMPAIGN__OBJECTIVES,
                    Labels.capitalised(campaign) + " serves no SMART objective: link the objectives it serves.");
        }
    }

    private static boolean isOutside(Scheduled scheduled, ValidationRun run) {
        LocalDate first = scheduled.getStart() != null ? scheduled.getStart() : scheduled.getEnd();
        LocalDate last = scheduled.getEnd() != null ? scheduled.getEnd() : scheduled.getStart();
        return run.isBeforePeriod(first) || run.isAfterPeriod(first) || run.isBeforePeriod(last)
                || run.isAfterPeriod(last);
    }

    private static String range(Scheduled scheduled) {
        if (scheduled.getStart() == null) {
            return "until " + scheduled.getEnd();
        }
        return scheduled.getEnd() == null ? scheduled.getStart().toString()
                : scheduled.getStart() + " to " + scheduled.getEnd();
    }
}
