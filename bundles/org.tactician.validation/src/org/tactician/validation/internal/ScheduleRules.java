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
import org.tactician.validation.RuleMessage;

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
                    RuleMessage.of("schedule.end-before-start", scheduled, scheduled.getEnd(), scheduled.getStart()));
        }
    }

    static void checkEntry(CalendarEntry entry, ValidationRun run, Findings findings) {
        if (entry.getStart() == null) {
            findings.report(CALENDAR_ENTRY_DATE_MISSING, entry, Literals.SCHEDULED__START,
                    RuleMessage.of("calendar.entry.date-missing", entry));
        } else if (isOutside(entry, run)) {
            findings.report(CALENDAR_ENTRY_OUTSIDE_PERIOD, entry, Literals.SCHEDULED__START,
                    RuleMessage.of("calendar.entry.outside-period", entry, range(entry), run.period()));
        }
        checkInsideCampaign(entry, entry.getCampaign(), findings);
        if (entry.getObjective() == null && entry.getCampaign() == null && entry.getActivity() == null
                && !entry.isSetRaceStage()) {
            findings.report(CALENDAR_ENTRY_UNLINKED, entry, Literals.CALENDAR_ENTRY__OBJECTIVE,
                    RuleMessage.of("calendar.entry.unlinked", entry));
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
                    RuleMessage.of("calendar.entry.outside-campaign", element, range(scheduled), campaign, range(campaign)));
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
                ? new QuickFix(RuleMessage.of("fix.activity.link-campaign-objectives", campaign), activity, Literals.ACTIVITY__OBJECTIVES,
                        java.util.List.copyOf(campaign.getObjectives()))
                : null;
        findings.report(ACTIVITY_UNLINKED, activity, Literals.ACTIVITY__OBJECTIVES,
                RuleMessage.of("activity.unlinked", activity), fix);
    }

    static void checkCampaign(Campaign campaign, ValidationRun run, Findings findings) {
        if ((campaign.getStart() != null || campaign.getEnd() != null) && isOutside(campaign, run)) {
            findings.report(CAMPAIGN_OUTSIDE_PERIOD, campaign, campaign.getStart() != null
                    && (run.isBeforePeriod(campaign.getStart()) || run.isAfterPeriod(campaign.getStart()))
                            ? Literals.SCHEDULED__START : Literals.SCHEDULED__END,
                    RuleMessage.of("campaign.outside-period", campaign, range(campaign), run.period()));
        }
        if (campaign.getObjectives().isEmpty()) {
            findings.report(CAMPAIGN_UNLINKED, campaign, Literals.CAMPAIGN__OBJECTIVES,
                    RuleMessage.of("campaign.unlinked", campaign));
        }
        Money budget = campaign.getBudget();
        if (budget != null && findings.isOn(CAMPAIGN_BUDGET_MISMATCH)) {
            Money planned = campaign.getPlannedSpend();
            boolean comparable = planned == null || planned.currency().equals(budget.currency());
            if (comparable && (planned == null ? budget.amount().signum() != 0 : !planned.isSameAmount(budget))) {
                Money spend = planned != null ? planned : Money.zero(budget.currency());
                findings.report(CAMPAIGN_BUDGET_MISMATCH, campaign, Literals.CAMPAIGN__BUDGET,
                        RuleMessage.of("campaign.budget.mismatch", campaign, budget, spend),
                        new QuickFix(RuleMessage.of("fix.campaign.budget-to-planned-spend", spend), campaign, Literals.CAMPAIGN__BUDGET,
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

    private static Object range(Scheduled scheduled) {
        if (scheduled.getStart() == null) {
            return RuleMessage.of("range.until", scheduled.getEnd());
        }
        return scheduled.getEnd() == null ? scheduled.getStart() : RuleMessage.of("period", scheduled.getStart(), scheduled.getEnd());
    }
}
