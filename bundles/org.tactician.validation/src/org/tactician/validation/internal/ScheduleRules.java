package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.ACTIVITY_UNLINKED;
import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_DATE_MISSING;
import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_OUTSIDE_CAMPAIGN;
import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_OUTSIDE_PERIOD;
import static org.tactician.validation.RuleRegistry.CALENDAR_ENTRY_UNLINKED;
import static org.tactician.validation.RuleRegistry.CAMPAIGN_BUDGET_MISMATCH;
import static org.tactician.validation.RuleRegistry.CAMPAIGN_OUTSIDE_PERIOD;
import static org.tactician.validation.RuleRegistry.CAMPAIGN_UNLINKED;
import static org.tactician.validation.RuleRegistry.SCHEDULE_END_BEFORE_START;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.tactician.model.Activity;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.Scheduled;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.QuickFix;

/**
 * Rules about dates and links: ranges, calendar entries and campaigns inside the plan period and
 * entries inside their campaign, what entries, campaigns and activities serve, and a campaign's
 * budget against its placements.
 */
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
        checkInsideCampaign(entry, entry.getCampaign(), findings);
        if (entry.getObjective() == null && entry.getCampaign() == null && entry.getActivity() == null
                && !entry.isSetRaceStage()) {
            findings.report(CALENDAR_ENTRY_UNLINKED, entry, Literals.CALENDAR_ENTRY__OBJECTIVE,
                    Labels.capitalised(entry) + " serves nothing: link the objective, campaign or activity it "
                            + "serves, or at least its RACE stage.");
        }
    }

    /** A calendar entry or media placement of a campaign lies inside the campaign's dates. */
    static void checkInsideCampaign(Scheduled scheduled, Campaign campaign, Findings findings) {
        if (campaign == null || scheduled.getStart() == null || campaign.getStart() == null && campaign.getEnd() == null) {
            return;
        }
        LocalDate first = scheduled.getStart();
        LocalDate last = scheduled.getEnd() != null ? scheduled.getEnd() : scheduled.getStart();
        boolean early = campaign.getStart() != null && first.isBefore(campaign.getStart());
        boolean late = campaign.getEnd() != null && last.isAfter(campaign.getEnd());
        if (early || late) {
            EObject element = (EObject) scheduled;
            findings.report(CALENDAR_ENTRY_OUTSIDE_CAMPAIGN, element, early ? Literals.SCHEDULED__START
                    : scheduled.getEnd() != null ? Literals.SCHEDULED__END : Literals.SCHEDULED__START,
                    Labels.capitalised(element) + " (" + range(scheduled) + ") lies outside " + Labels.of(campaign) + " ("
                            + range(campaign) + "): move it into the campaign's dates, extend the campaign, or link it "
                            + "to an activity instead.");
        }
    }

    static void checkPlacement(MediaPlacement placement, Findings findings) {
        if (placement.eContainer() instanceof Campaign campaign) {
            checkInsideCampaign(placement, campaign, findings);
        }
    }

    static void checkActivity(Activity activity, Findings findings) {
        if (!activity.getObjectives().isEmpty()) {
            return;
        }
        Campaign campaign = activity.getCampaign();
        QuickFix fix = campaign != null && !campaign.getObjectives().isEmpty()
                ? new QuickFix("Link the objectives of " + Labels.of(campaign), activity, Literals.ACTIVITY__OBJECTIVES,
                        java.util.List.copyOf(campaign.getObjectives()))
                : null;
        findings.report(ACTIVITY_UNLINKED, activity, Literals.ACTIVITY__OBJECTIVES,
                Labels.capitalised(activity) + " serves no SMART objective: link the objectives it works towards.", fix);
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
        Money budget = campaign.getBudget();
        if (budget != null && findings.isOn(CAMPAIGN_BUDGET_MISMATCH)) {
            Money planned = campaign.getPlannedSpend();
            boolean comparable = planned == null || planned.currency().equals(budget.currency());
            if (comparable && (planned == null ? budget.amount().signum() != 0 : !planned.isSameAmount(budget))) {
                Money spend = planned != null ? planned : Money.zero(budget.currency());
                findings.report(CAMPAIGN_BUDGET_MISMATCH, campaign, Literals.CAMPAIGN__BUDGET,
                        "The budget of " + Labels.of(campaign) + " is " + budget + " but its media placements and "
                                + "budget lines plan " + spend + ": correct the placements or the budget.",
                        new QuickFix("Set the budget to the planned spend: " + spend, campaign, Literals.CAMPAIGN__BUDGET,
                                spend));
            }
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
