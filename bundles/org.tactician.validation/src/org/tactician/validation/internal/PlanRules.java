package org.tactician.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.tactician.model.Activity;
import org.tactician.model.Budget;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.ConversionForecast;
import org.tactician.model.JourneyFlow;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.Persona;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.Scheduled;
import org.tactician.model.Segment;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotItem;
import org.tactician.model.TowsStrategy;
import org.tactician.model.Touchpoint;

/** Runs the rules that apply to one element; called once per element of a validation run. */
public final class PlanRules {

    private PlanRules() {
    }

    /** Checks {@code object} with every rule that applies to its kind. */
    public static void check(EObject object, ValidationRun run, Findings findings) {
        ReferenceRules.check(object, run, findings);
        NamingRules.check(object, run, findings);
        NamingRules.checkLength(object, findings);
        ClassificationRules.check(object, run, findings);
        ValueRules.check(object, findings);
        if (object instanceof Scheduled scheduled) {
            ScheduleRules.checkDates(scheduled, findings);
        }
        if (object instanceof BudgetBooking booking && run.plan() != null) {
            BudgetRules.checkBooking(booking, run, findings);
        }
        switch (object) {
            case MarketingPlan plan -> {
                CoverageRules.check(plan, run, findings);
                CompletenessRules.check(plan, findings);
                JourneyRules.checkAbandonedCart(plan, run, findings);
            }
            case SmartObjective objective -> ObjectiveRules.check(objective, run, findings);
            case QuarterlyObjective quarter -> ObjectiveRules.checkQuarter(quarter, run, findings);
            case MonthlyObjective month -> ObjectiveRules.checkMonth(month, run, findings);
            case TowsStrategy strategy -> TowsRules.check(strategy, findings);
            case SwotItem item -> TowsRules.checkEvidence(item, findings);
            case CalendarEntry entry -> ScheduleRules.checkEntry(entry, run, findings);
            case Campaign campaign -> ScheduleRules.checkCampaign(campaign, run, findings);
            case Activity activity -> ScheduleRules.checkActivity(activity, findings);
            case MediaPlacement placement -> ScheduleRules.checkPlacement(placement, findings);
            case Budget budget -> BudgetRules.checkBudget(budget, run, findings);
            case BudgetLine line -> BudgetRules.checkLine(line, run, findings);
            case MonthlyAmount month -> BudgetRules.checkPhase(month, run, findings);
            case ConversionForecast forecast -> ForecastRules.check(forecast, run, findings);
            case Persona persona -> JourneyRules.checkPersona(persona, run, findings);
            case Touchpoint touchpoint -> JourneyRules.checkTouchpoint(touchpoint, run, findings);
            case JourneyFlow flow -> JourneyRules.checkFlow(flow, findings);
            case Segment segment -> ReferenceRules.checkSegment(segment, findings);
            default -> {
                // no rule of its own
            }
        }
    }
}
