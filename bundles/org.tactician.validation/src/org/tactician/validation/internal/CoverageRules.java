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
        if (findings.isOn(PLAN_PERIOD_IMPLAUSIBLE)) {
            checkPeriodLength(plan, run, findings);
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
        String length = months < 24 ? months + " months" : String.format(java.util.Locale.ROOT, "%,d years", months / 12);
        findings.report(PLAN_PERIOD_IMPLAUSIBLE, plan, Literals.SCHEDULED__END,
                Labels.capitalised(plan) + " runs from " + start + " to " + end + ", " + length
                        + ": a marketing plan usually covers one year and rarely more than "
                        + maxYears.stripTrailingZeros().toPlainString()
                        + (maxYears.compareTo(BigDecimal.ONE) == 0 ? " year" : " years")
                        + ", so a year is probably mistyped. Correct the start or end date, or raise period.max-years"
                        + " in the lint profile for a long-range plan (documents are generated for at most 25 years).");
    }
}
