package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.PLAN_PERIOD_IMPLAUSIBLE;
import static org.tactician.validation.RuleRegistry.PLAN_PERIOD_MISSING;
import static org.tactician.validation.RuleRegistry.PLAN_PROFILE_INVALID;
import static org.tactician.validation.RuleRegistry.RACE_STAGE_ACTIVITY_MISSING;
import static org.tactician.validation.RuleRegistry.RACE_STAGE_OBJECTIVE_MISSING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.tactician.model.MarketingPlan;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.LintSetting;
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
        if (findings.isOn(PLAN_PERIOD_IMPLAUSIBLE)) {
            checkPeriodLength(plan, run, findings);
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

    /** A period longer than the profile's period.max-years (a mistyped year: 2062 for 2026, 20260). */
    private static void checkPeriodLength(MarketingPlan plan, ValidationRun run, Findings findings) {
        LocalDate start = plan.getStart();
        LocalDate end = plan.getEnd();
        if (start == null || end == null || end.isBefore(start)) {
            return; // plan.period.missing and schedule.end-before-start say what is wrong
        }
        BigDecimal maxYears = run.profile().setting(LintSetting.PERIOD_MAX_YEARS);
        // In whole months, at least one and at most ten thousand years (beyond that every period passes).
        long maxMonths = Math.max(1, Math.min(120_000, maxYears.multiply(BigDecimal.valueOf(12))
                .setScale(0, RoundingMode.HALF_UP).longValue()));
        try {
            if (!end.isAfter(start.plusMonths(maxMonths).minusDays(1))) {
                return;
            }
        } catch (DateTimeException e) {
            return; // the longest period allowed ends after the last date there is
        }
        long months = ChronoUnit.MONTHS.between(start, end.isBefore(LocalDate.MAX) ? end.plusDays(1) : end);
        RuleMessage length = months < 24 ? RuleMessage.of("plan.period.implausible.months", months)
                : RuleMessage.of("plan.period.implausible.years", months / 12);
        findings.report(PLAN_PERIOD_IMPLAUSIBLE, plan, Literals.SCHEDULED__END,
                RuleMessage.of("plan.period.implausible", plan, start, end, length,
                        RuleMessage.of(maxYears.compareTo(BigDecimal.ONE) == 0 ? "plan.period.implausible.maxYear"
                                : "plan.period.implausible.maxYears", maxYears.stripTrailingZeros())));
    }
}
