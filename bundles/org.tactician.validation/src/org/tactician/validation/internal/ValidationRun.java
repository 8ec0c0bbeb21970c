package org.tactician.validation.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.model.MarketingPlan;
import org.tactician.validation.LintProfile;
import org.tactician.validation.RuleMessage;

/**
 * One validation of one plan: its profile, and what the rules need from the whole plan, built
 * once on first use and kept in the validation context (keyed by the root element) so that every
 * later element of the same run reuses it.
 */
public final class ValidationRun {

    private final EObject root;
    private final MarketingPlan plan;
    private final LintProfile profile;
    private PlanIndex index;
    private PlanCalendar calendar;
    private BudgetMatrix budget;
    private Forecast forecast;
    private boolean forecastDone;

    private final ReusableFacts facts;

    private ValidationRun(EObject root, LintProfile profile, ReusableFacts facts) {
        this.root = root;
        this.facts = facts;
        this.plan = root instanceof MarketingPlan marketingPlan ? marketingPlan : null;
        this.profile = profile;
    }

    /**
     * The run {@code object} belongs to: the one in {@code context} for its root, created there
     * on first use. Without a context every call builds a new run (correct, but not linear).
     */
    @SuppressWarnings("unchecked")
    public static ValidationRun of(EObject object, Map<Object, Object> context) {
        EObject root = EcoreUtil.getRootContainer(object);
        if (context == null) {
            return new ValidationRun(root, LintProfile.besidePlan(root.eResource()), null);
        }
        Map<EObject, ValidationRun> runs =
                (Map<EObject, ValidationRun>) context.computeIfAbsent(ValidationRun.class, key -> new HashMap<>());
        return runs.computeIfAbsent(root, key -> new ValidationRun(key,
                context.get(LintProfile.class) instanceof LintProfile given ? given : LintProfile.besidePlan(key.eResource()),
                context.get(ReusableFacts.class) instanceof ReusableFacts reusable ? reusable : null));
    }

    /** The root of the validated tree. */
    public EObject root() {
        return root;
    }

    /** The plan being validated; null when the root is not a plan (a detached fragment). */
    public MarketingPlan plan() {
        return plan;
    }

    /** The profile the rules report under. */
    public LintProfile profile() {
        return profile;
    }

    /** The index of the whole tree. */
    public PlanIndex index() {
        if (index == null) {
            index = facts == null ? new PlanIndex(root) : facts.index(root, () -> new PlanIndex(root));
        }
        return index;
    }

    /**
     * The longest period the month-by-month checks (forecast, budget by month, plan quarters) run
     * over, in months: the generators' limit of 25 years. A mistyped year (20260, or the last date
     * there is) would make a calendar of millions or billions of months; plan.period.implausible
     * reports such a period, and these checks skip it.
     */
    static final long LONGEST_MONTHLY_PERIOD = 25 * 12;

    /** Whether the plan's period is short enough for the month-by-month checks. */
    private boolean hasMonthlyCalendar() {
        return plan != null && PlanCalendar.monthCount(plan) <= LONGEST_MONTHLY_PERIOD;
    }

    /** The plan calendar; null without a plan or when its period is absurdly long ({@link #LONGEST_MONTHLY_PERIOD}). */
    public PlanCalendar calendar() {
        if (calendar == null && hasMonthlyCalendar()) {
            calendar = PlanCalendar.of(plan);
        }
        return calendar;
    }

    /** The budget matrix of the plan; null without a plan or when its period is absurdly long. */
    public BudgetMatrix budget() {
        if (budget == null && hasMonthlyCalendar()) {
            budget = BudgetEngine.expand(plan);
        }
        return budget;
    }

    /** The conversion forecast of the plan; null without a plan or without forecast inputs. */
    public Forecast forecast() {
        if (!forecastDone) {
            forecastDone = true;
            if (hasMonthlyCalendar() && index().hasForecastInputs()) {
                forecast = facts == null ? ConversionModel.forecast(plan, budget())
                        : facts.forecast(plan, () -> ConversionModel.forecast(plan, budget()));
            }
        }
        return forecast;
    }

    /** Whether {@code date} lies before the plan period (false when the plan has no start). */
    public boolean isBeforePeriod(LocalDate date) {
        return plan != null && plan.getStart() != null && date.isBefore(plan.getStart());
    }

    /** Whether {@code date} lies after the plan period (false when the plan has no end). */
    public boolean isAfterPeriod(LocalDate date) {
        return plan != null && plan.getEnd() != null && date.isAfter(plan.getEnd());
    }

    /** The plan period for messages, e.g. {@code 2026-01-01 to 2026-12-31} ("?" for a missing date). */
    public RuleMessage period() {
        return RuleMessage.of("period", plan == null ? null : plan.getStart(), plan == null ? null : plan.getEnd());
    }
}
