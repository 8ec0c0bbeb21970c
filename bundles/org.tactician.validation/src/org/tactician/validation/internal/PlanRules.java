package org.tactician.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.Persona;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.Scheduled;
import org.tactician.model.SmartObjective;
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
        if (object instanceof Scheduled scheduled) {
            ScheduleRules.checkDates(scheduled, findings);
        }
        switch (object) {
            case MarketingPlan plan -> CoverageRules.check(plan, run, findings);
            case SmartObjective objective -> ObjectiveRules.check(objective, run, findings);
            case QuarterlyObjective quarter -> ObjectiveRules.checkQuarter(quarter, run, findings);
            case TowsStrategy strategy -> TowsRules.check(strategy, findings);
            case CalendarEntry entry -> ScheduleRules.checkEntry(entry, run, findings);
            case Campaign campaign -> ScheduleRules.checkCampaign(campaign, run, findings);
            case BudgetLine line -> BudgetRules.checkLine(line, run, findings);
            case MonthlyAmount month -> BudgetRules.checkPhase(month, run, findings);
            case Persona persona -> JourneyRules.checkPersona(persona, run, findings);
            case Touchpoint touchpoint -> JourneyRules.checkTouchpoint(touchpoint, run, findings);
            default -> {
                // no rule of its own
            }
        }
    }
}
