package org.tactician.forecast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tactician.model.ActionSection;
import org.tactician.model.Activity;
import org.tactician.model.Campaign;
import org.tactician.model.CalendarEntry;
import org.tactician.model.BudgetLine;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaPlacement;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.OperationsSection;

/**
 * The parts of a plan the engines read, found by following the fixed containment paths of the
 * metamodel instead of walking the whole tree: a 100,000-element plan costs only what the budget
 * and the forecast contain.
 */
public final class PlanContents {

    private PlanContents() {
    }

    /** The budget lines, in plan order. */
    public static List<BudgetLine> budgetLines(MarketingPlan plan) {
        ActionSection action = plan.getAction();
        if (action == null || action.getBudget() == null) {
            return List.of();
        }
        return action.getBudget().getLines();
    }

    /** The forecast inputs, in plan order. */
    public static List<ForecastInput> forecastInputs(MarketingPlan plan) {
        if (plan.getOpportunity() == null || plan.getOpportunity().getForecast() == null) {
            return List.of();
        }
        return plan.getOpportunity().getForecast().getInputs();
    }

    /** The campaigns, in plan order. */
    public static List<Campaign> campaigns(MarketingPlan plan) {
        return plan.getAction() == null ? List.of() : plan.getAction().getCampaigns();
    }

    /** Activities: the always-on plan, then the 90-day plans. */
    public static List<Activity> activities(MarketingPlan plan) {
        List<Activity> result = new ArrayList<>();
        ActionSection action = plan.getAction();
        if (action != null) {
            if (action.getAlwaysOnPlan() != null) {
                result.addAll(action.getAlwaysOnPlan().getActivities());
            }
            for (NinetyDayPlan quarter : action.getNinetyDayPlans()) {
                result.addAll(quarter.getActions());
            }
        }
        return result;
    }

    /** Calendar entries: editorial, advertising, DEM, automation, CRO and loyalty, in that order. */
    public static List<CalendarEntry> calendarEntries(MarketingPlan plan) {
        List<CalendarEntry> result = new ArrayList<>();
        OperationsSection operations = plan.getOperations();
        if (operations != null) {
            if (operations.getEditorialCalendar() != null) {
                result.addAll(operations.getEditorialCalendar().getEntries());
            }
            if (operations.getAdvertisingCalendar() != null) {
                result.addAll(operations.getAdvertisingCalendar().getEntries());
            }
            if (operations.getDemCalendar() != null) {
                result.addAll(operations.getDemCalendar().getEntries());
            }
            if (operations.getAutomationPlan() != null) {
                result.addAll(operations.getAutomationPlan().getEntries());
            }
            if (operations.getCroPlan() != null) {
                result.addAll(operations.getCroPlan().getEntries());
            }
            if (operations.getLoyaltyPlan() != null) {
                result.addAll(operations.getLoyaltyPlan().getEntries());
            }
        }
        return result;
    }

    /** The MarTech tools. */
    public static List<org.tactician.model.MarTechTool> martechTools(MarketingPlan plan) {
        return plan.getAction() == null ? List.of() : plan.getAction().getMartechStack();
    }

    /** The media-plan lines of all campaigns. */
    public static List<MediaPlacement> mediaPlacements(MarketingPlan plan) {
        List<MediaPlacement> result = new ArrayList<>();
        for (Campaign campaign : campaigns(plan)) {
            result.addAll(campaign.getMediaPlan());
        }
        return result;
    }

    /**
     * The plan currency: the plan's ISO code, or, when the plan has none (or something that is no
     * code, such as a currency symbol), the currency of the first budget amount or forecast order
     * value; null when there is no money in the plan.
     */
    public static String currency(MarketingPlan plan) {
        String code = plan.getCurrency();
        if (code != null && code.trim().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
            return code.trim().toUpperCase(Locale.ROOT);
        }
        for (BudgetLine line : budgetLines(plan)) {
            if (line.getAmount() != null) {
                return line.getAmount().currency();
            }
        }
        for (ForecastInput input : forecastInputs(plan)) {
            if (input.getAverageOrderValue() != null) {
                return input.getAverageOrderValue().currency();
            }
        }
        return null;
    }
}
