package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.PLAN_PERIOD_MISSING;
import static org.tactician.validation.RuleRegistry.PLAN_PROFILE_INVALID;
import static org.tactician.validation.RuleRegistry.RACE_STAGE_ACTIVITY_MISSING;
import static org.tactician.validation.RuleRegistry.RACE_STAGE_OBJECTIVE_MISSING;

import java.util.List;

import org.tactician.model.MarketingPlan;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.RuleMessage;

/** Rules about the plan as a whole: its period, its lint profile and its coverage of the RACE stages. */
final class CoverageRules {

    /** The funnel stages every plan must cover; PLAN is the planning itself, not a funnel stage. */
    static final List<RaceStage> FUNNEL = List.of(RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE);

    private CoverageRules() {
    }

    static void check(MarketingPlan plan, ValidationRun run, Findings findings) {
        if (findings.isOn(PLAN_PERIOD_MISSING) && (plan.getStart() == null || plan.getEnd() == null)) {
            findings.report(PLAN_PERIOD_MISSING, plan, plan.getStart() == null ? Literals.SCHEDULED__START
                    : Literals.SCHEDULED__END, RuleMessage.of("plan.period.missing", plan,
                            RuleMessage.of(plan.getStart() == null && plan.getEnd() == null ? "plan.period.missing.period"
                                    : plan.getStart() == null ? "plan.period.missing.start" : "plan.period.missing.end")));
        }
        if (findings.isOn(PLAN_PROFILE_INVALID) && !run.profile().problems().isEmpty()) {
            findings.report(PLAN_PROFILE_INVALID, plan, Literals.NAMED_ELEMENT__NAME,
                    RuleMessage.of("plan.profile.invalid", plan, String.join("; ", run.profile().problems())));
        }
        for (RaceStage stage : FUNNEL) {
            if (findings.isOn(RACE_STAGE_OBJECTIVE_MISSING) && !run.index().hasObjective(stage)) {
                findings.report(RACE_STAGE_OBJECTIVE_MISSING, plan.getOpportunity() != null ? plan.getOpportunity() : plan,
                        plan.getOpportunity() != null ? Literals.OPPORTUNITY_SECTION__OBJECTIVES
                                : Literals.MARKETING_PLAN__OPPORTUNITY,
                        RuleMessage.of("race.stage.objective-missing", stage, plan));
            }
            if (findings.isOn(RACE_STAGE_ACTIVITY_MISSING) && !run.index().hasActivity(stage)) {
                findings.report(RACE_STAGE_ACTIVITY_MISSING, plan.getAction() != null ? plan.getAction() : plan,
                        plan.getAction() != null ? Literals.ACTION_SECTION__ALWAYS_ON_PLAN
                                : Literals.MARKETING_PLAN__ACTION,
                        RuleMessage.of("race.stage.activity-missing", stage, plan));
            }
        }
    }
}
