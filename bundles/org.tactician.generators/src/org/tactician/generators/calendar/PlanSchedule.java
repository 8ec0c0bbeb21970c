package org.tactician.generators.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.generators.internal.Text;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.ActionItem;
import org.tactician.model.ActionSection;
import org.tactician.model.Activity;
import org.tactician.model.Campaign;
import org.tactician.model.CalendarEntry;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanMoney;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NamedElement;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.OperationsSection;
import org.tactician.model.PlanElement;
import org.tactician.model.SmartObjective;

/** Every dated item of a plan's calendars, in calendar order then model order. */
public final class PlanSchedule {

    private final MarketingPlan plan;
    private final List<ScheduledItem> items;

    private PlanSchedule(MarketingPlan plan, List<ScheduledItem> items) {
        this.plan = plan;
        this.items = Collections.unmodifiableList(items);
    }

    /** Collects the schedule of {@code plan}, with its classifications in the plan's words. */
    public static PlanSchedule of(MarketingPlan plan) {
        return of(plan, PlanTerms.of(plan));
    }

    /** Collects the schedule of {@code plan}, with its classifications in {@code terms}. */
    public static PlanSchedule of(MarketingPlan plan, PlanTerms terms) {
        List<ScheduledItem> items = new ArrayList<>();
        OperationsSection operations = plan.getOperations();
        if (operations != null) {
            if (operations.getEditorialCalendar() != null) {
                entries(terms, items, CalendarKind.EDITORIAL, operations.getEditorialCalendar().getEntries());
            }
            if (operations.getAdvertisingCalendar() != null) {
                entries(terms, items, CalendarKind.ADVERTISING, operations.getAdvertisingCalendar().getEntries());
            }
            if (operations.getDemCalendar() != null) {
                entries(terms, items, CalendarKind.DEM, operations.getDemCalendar().getEntries());
            }
            if (operations.getAutomationPlan() != null) {
                entries(terms, items, CalendarKind.AUTOMATIONS, operations.getAutomationPlan().getEntries());
            }
            if (operations.getCroPlan() != null) {
                entries(terms, items, CalendarKind.CRO, operations.getCroPlan().getEntries());
            }
            if (operations.getLoyaltyPlan() != null) {
                entries(terms, items, CalendarKind.LOYALTY, operations.getLoyaltyPlan().getEntries());
            }
        }
        ActionSection action = plan.getAction();
        if (action != null) {
            for (Campaign campaign : action.getCampaigns()) {
                items.add(new ScheduledItem(CalendarKind.CAMPAIGNS, idOf(campaign), name(campaign),
                        Text.clean(campaign.getDescription()), campaign.getStart(), endOf(campaign.getStart(), campaign.getEnd()),
                        "", name(campaign.getOwner()), campaign.getBudget() != null ? campaign.getBudget()
                                : PlanMoney.plannedSpend(campaign, PlanMoney.linesOf(plan), plan.getCurrency()), "", ""));
            }
            for (NinetyDayPlan ninetyDays : action.getNinetyDayPlans()) {
                for (ActionItem item : ninetyDays.getActions()) {
                    items.add(activity(terms, CalendarKind.MILESTONES, item));
                }
            }
        }
        if (plan.getOpportunity() != null) {
            for (SmartObjective objective : plan.getOpportunity().getObjectives()) {
                items.add(new ScheduledItem(CalendarKind.DEADLINES, idOf(objective), name(objective),
                        Text.clean(objective.getDescription()), objective.getDeadline(), objective.getDeadline(),
                        Text.scope(objective, terms), name(objective.getOwner()), null,
                        Text.value(objective, "raceStage", terms), ""));
            }
        }
        if (operations != null) {
            for (MonthlyObjective objective : operations.getMonthlyObjectives()) {
                items.add(new ScheduledItem(CalendarKind.DEADLINES, idOf(objective), name(objective),
                        Text.clean(objective.getDescription()), objective.getDeadline(), objective.getDeadline(),
                        "", name(objective.getOwner()), null, "", Text.value(objective, "status", terms)));
            }
        }
        return new PlanSchedule(plan, items);
    }

    /** The plan this schedule comes from. */
    public MarketingPlan plan() {
        return plan;
    }

    /** Every item, dated or not. */
    public List<ScheduledItem> items() {
        return items;
    }

    /** The items of one calendar. */
    public List<ScheduledItem> items(CalendarKind kind) {
        return items.stream().filter(item -> item.kind() == kind).toList();
    }

    private static void entries(PlanTerms terms, List<ScheduledItem> items, CalendarKind kind, List<? extends CalendarEntry> entries) {
        for (CalendarEntry entry : entries) {
            items.add(new ScheduledItem(kind, idOf(entry), name(entry), Text.clean(entry.getDescription()),
                    entry.getStart(), endOf(entry.getStart(), entry.getEnd()), name(entry.getChannel()),
                    name(entry.getOwner()), PlanMoney.costOf(entry), Text.value(entry, "raceStage", terms),
                    Text.value(entry, "status", terms)));
        }
    }

    private static ScheduledItem activity(PlanTerms terms, CalendarKind kind, Activity activity) {
        return new ScheduledItem(kind, idOf(activity), name(activity), Text.clean(activity.getDescription()),
                activity.getStart(), endOf(activity.getStart(), activity.getEnd()), name(activity.getChannel()),
                name(activity.getOwner()), activity.getBookedAmount(), Text.value(activity, "raceStage", terms),
                Text.value(activity, "status", terms));
    }

    private static LocalDate endOf(LocalDate start, LocalDate end) {
        if (start == null) {
            return null;
        }
        return end == null || end.isBefore(start) ? start : end;
    }

    private static String name(NamedElement element) {
        return element == null ? "" : Text.clean(element.getName());
    }

    /** The model id; elements saved without one fall back to their path in the plan, which is stable too. */
    static String idOf(PlanElement element) {
        String id = element.getId();
        if (id != null && !id.isBlank()) {
            return id;
        }
        EObject object = element;
        return object.eResource() != null ? object.eResource().getURIFragment(object)
                : EcoreUtil.getURI(object).fragment();
    }
}
