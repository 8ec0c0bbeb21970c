package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.PLAN_PERIOD_MISSING;
import static org.tactician.validation.RuleRegistry.PLAN_PROFILE_INVALID;
import static org.tactician.validation.RuleRegistry.RACE_STAGE_ACTIVITY_MISSING;
import static org.tactician.validation.RuleRegistry.RACE_STAGE_OBJECTIVE_MISSING;

import java.util.List;

import org.tactician.model.MarketingPlan;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;

/** Rules about the plan as a whole: its period, its lint profile and its coverage of the RACE stages. */
final class CoverageRules {

    /** The funnel stages every plan must cover; PLAN is the planning itself, not a funnel stage. */
    static final List<RaceStage> FUNNEL = List.of(RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE);

    private CoverageRules() {
    }

    static void check(MarketingPlan plan, ValidationRun run, Findings findings) {
        if (findings.isOn(PLAN_PERIOD_MISSING) && (plan.getStart() == null || plan.getEnd() == null)) {
            findings.report(PLAN_PERIOD_MISSING, plan, plan.getStart() == null ? Literals.SCHEDULED__START
                    : Literals.SCHEDULED__END, Labels.capitalised(plan) + " has no "
                            + (plan.getStart() == null && plan.getEnd() == null ? "period"
                                    : plan.getStart() == null ? "start date" : "end date")
                            + ": set its start and end (usually one year), the dates every deadline, campaign and "
                            + "calendar entry is checked against.");
        }
        if (findings.isOn(PLAN_PROFILE_INVALID) && !run.profile().problems().isEmpty()) {
            findings.report(PLAN_PROFILE_INVALID, plan, Literals.NAMED_ELEMENT__NAME,
                    "The lint profile of " + Labels.of(plan) + " has entries that were ignored: "
                            + String.join("; ", run.profile().problems())
                            + ". Correct or delete them (rule ids and values are in RULES.md).");
        }
        for (RaceStage stage : FUNNEL) {
            if (findings.isOn(RACE_STAGE_OBJECTIVE_MISSING) && !run.index().hasObjective(stage)) {
                findings.report(RACE_STAGE_OBJECTIVE_MISSING, plan.getOpportunity() != null ? plan.getOpportunity() : plan,
                        plan.getOpportunity() != null ? Literals.OPPORTUNITY_SECTION__OBJECTIVES
                                : Literals.MARKETING_PLAN__OPPORTUNITY,
                        "The " + Labels.stage(stage) + " stage of " + Labels.of(plan)
                                + " has no SMART objective: add one for " + Labels.stage(stage)
                                + " or set the RACE stage of an existing objective.");
            }
            if (findings.isOn(RACE_STAGE_ACTIVITY_MISSING) && !run.index().hasActivity(stage)) {
                findings.report(RACE_STAGE_ACTIVITY_MISSING, plan.getAction() != null ? plan.getAction() : plan,
                        plan.getAction() != null ? Literals.ACTION_SECTION__ALWAYS_ON_PLAN
                                : Literals.MARKETING_PLAN__ACTION,
                        "The " + Labels.stage(stage) + " stage of " + Labels.of(plan)
                                + " has no activity or calendar entry: plan an always-on or 90-day activity, or a "
                                + "calendar entry, for " + Labels.stage(stage) + ".");
            }
        }
    }
}
