package org.tactician.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every Tactician validation rule, in catalogue order. {@code RULES.md} in this bundle documents
 * the same list one line per rule ({@link #catalogueLine}); a test keeps the two in step.
 */
public final class RuleRegistry {

    // --- plan ---

    /** The plan period is set. */
    public static final Rule PLAN_PERIOD_MISSING = new Rule("plan.period.missing", 100, RuleCategory.PLAN,
            Severity.WARNING, "The plan has a start and an end date (its period).",
            "Set the plan's start and end (usually one year).");
    /** Money is in the plan currency. */
    public static final Rule PLAN_CURRENCY_MISMATCH = new Rule("plan.currency.mismatch", 101, RuleCategory.PLAN,
            Severity.ERROR, "Every amount is in the plan currency.",
            "Enter the amount in the plan currency (a plan has no exchange rates) or change the plan currency.");
    /** The lint profile can be read. */
    public static final Rule PLAN_PROFILE_INVALID = new Rule("plan.profile.invalid", 102, RuleCategory.PLAN,
            Severity.WARNING,
            "The lint profile beside the plan (`<plan>.mplan.lint`) can be read and names only known rules, "
                    + "severities and settings.",
            "Correct or delete the entries named in the message (ids and values are listed in RULES.md).");
    /** Nothing ends before it starts. */
    public static final Rule SCHEDULE_END_BEFORE_START = new Rule("schedule.end-before-start", 103,
            RuleCategory.PLAN, Severity.ERROR,
            "A dated element (plan, campaign, activity, calendar entry, media placement...) does not end before "
                    + "it starts.",
            "Correct the end date or swap the two dates.");

    // --- SMART ---

    /** An objective has a name. */
    public static final Rule SMART_SPECIFIC_NAME_MISSING = new Rule("smart.specific.name-missing", 200,
            RuleCategory.SPECIFIC, Severity.ERROR, "A SMART objective has a name.",
            "Name the objective after what changes, e.g. 'Grow online revenue'.");
    /** An objective has a description. */
    public static final Rule SMART_SPECIFIC_DESCRIPTION_MISSING = new Rule("smart.specific.description-missing", 201,
            RuleCategory.SPECIFIC, Severity.WARNING, "A SMART objective has a description.",
            "Describe what changes, for whom and through which channel.");
    /** An objective names its metric. */
    public static final Rule SMART_SPECIFIC_METRIC_MISSING = new Rule("smart.specific.metric-missing", 202,
            RuleCategory.SPECIFIC, Severity.ERROR,
            "A SMART objective names its metric, in words or as the dashboard KPI that measures it.",
            "Enter the metric or link the KPI.");
    /** An objective has a target. */
    public static final Rule SMART_MEASURABLE_TARGET_MISSING = new Rule("smart.measurable.target-missing", 210,
            RuleCategory.MEASURABLE, Severity.ERROR, "A SMART objective has a numeric target.",
            "Enter the target value.");
    /** An objective has a unit. */
    public static final Rule SMART_MEASURABLE_UNIT_MISSING = new Rule("smart.measurable.unit-missing", 211,
            RuleCategory.MEASURABLE, Severity.WARNING, "A SMART objective states the unit of its target.",
            "Enter the unit (%, sessions, EUR...); the quick fix copies the KPI's unit.");
    /** An objective has a baseline. */
    public static final Rule SMART_MEASURABLE_BASELINE_MISSING = new Rule("smart.measurable.baseline-missing", 212,
            RuleCategory.MEASURABLE, Severity.WARNING, "A SMART objective has a baseline to measure progress from.",
            "Enter today's value; the quick fix copies the KPI's baseline.");
    /** Target and baseline differ. */
    public static final Rule SMART_MEASURABLE_TARGET_EQUALS_BASELINE = new Rule(
            "smart.measurable.target-equals-baseline", 213, RuleCategory.MEASURABLE, Severity.WARNING,
            "A SMART objective's target differs from its baseline.",
            "Set a target that changes something, or drop the objective.");
    /** Growth is plausible. */
    public static final Rule SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE = new Rule("smart.achievable.growth-implausible",
            220, RuleCategory.ACHIEVABLE, Severity.WARNING,
            "The change from baseline to target lies in the plausible band (settings growth.min-percent, "
                    + "default -100, and growth.max-percent, default 300).",
            "Lower the target or split it over more periods; widen the band in the lint profile if it is "
                    + "justified.");
    /** The forecast reaches the target. */
    public static final Rule SMART_ACHIEVABLE_FORECAST_SHORT = new Rule("smart.achievable.forecast-short", 221,
            RuleCategory.ACHIEVABLE, Severity.WARNING,
            "The conversion forecast reaches the target of an objective or quarterly objective whose metric it "
                    + "computes (revenue, orders, sessions, contribution) by its deadline or in its quarter "
                    + "(setting forecast.min-reach-percent, default 100).",
            "Raise sessions, conversion rate, order value or budget in the forecast, or lower the target.");
    /** An objective has a RACE stage. */
    public static final Rule SMART_RELEVANT_RACE_STAGE_MISSING = new Rule("smart.relevant.race-stage-missing", 230,
            RuleCategory.RELEVANT, Severity.WARNING, "A SMART objective is linked to the RACE stage it serves.",
            "Set the RACE stage; the quick fix copies the KPI's stage.");
    /** An objective implements a strategy or serves a named business goal. */
    public static final Rule SMART_RELEVANT_STRATEGY_MISSING = new Rule("smart.relevant.strategy-missing", 231,
            RuleCategory.RELEVANT, Severity.WARNING,
            "A SMART objective is linked to the TOWS strategy it implements, or names the business goal it serves.",
            "Link the strategy (add it to the TOWS matrix first if needed), or state the business goal.");
    /** An objective has a deadline. */
    public static final Rule SMART_TIME_BOUND_DEADLINE_MISSING = new Rule("smart.time-bound.deadline-missing", 240,
            RuleCategory.TIME_BOUND, Severity.ERROR, "A SMART objective has a deadline.",
            "Set the deadline; the quick fix uses the plan end.");
    /** The deadline is inside the plan period. */
    public static final Rule SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD = new Rule(
            "smart.time-bound.deadline-outside-period", 241, RuleCategory.TIME_BOUND, Severity.ERROR,
            "A SMART objective's deadline lies inside the plan period.",
            "Move the deadline into the plan period; the quick fix uses the plan end.");

    // --- TOWS ---

    /** A strategy uses an internal item of its kind. */
    public static final Rule TOWS_STRATEGY_INTERNAL_MISSING = new Rule("tows.strategy.internal-missing", 300,
            RuleCategory.TOWS, Severity.ERROR,
            "A TOWS strategy combines at least one internal SWOT item of its kind (SO and ST: a strength; WO "
                    + "and WT: a weakness).",
            "Link the strength or weakness the strategy builds on.");
    /** A strategy uses an external item of its kind. */
    public static final Rule TOWS_STRATEGY_EXTERNAL_MISSING = new Rule("tows.strategy.external-missing", 301,
            RuleCategory.TOWS, Severity.ERROR,
            "A TOWS strategy combines at least one external SWOT item of its kind (SO and WO: an opportunity; "
                    + "ST and WT: a threat).",
            "Link the opportunity or threat the strategy answers.");
    /** A strategy uses only items of its cell. */
    public static final Rule TOWS_STRATEGY_ITEM_OFF_CELL = new Rule("tows.strategy.item-off-cell", 302,
            RuleCategory.TOWS, Severity.WARNING,
            "A TOWS strategy combines only SWOT items of its cell (no weakness in an SO strategy, and so on).",
            "Unlink the item, or move the strategy to the cell its items make (the quick fix does when that "
                    + "cell is clear).");

    // --- RACE coverage ---

    /** Every stage has an objective. */
    public static final Rule RACE_STAGE_OBJECTIVE_MISSING = new Rule("race.stage.objective-missing", 400,
            RuleCategory.RACE, Severity.WARNING,
            "Every RACE stage (Reach, Act, Convert, Engage) has at least one SMART objective.",
            "Add an objective for the stage or set the stage of an existing one.");
    /** Every stage has an activity. */
    public static final Rule RACE_STAGE_ACTIVITY_MISSING = new Rule("race.stage.activity-missing", 401,
            RuleCategory.RACE, Severity.WARNING,
            "Every RACE stage (Reach, Act, Convert, Engage) has at least one activity or calendar entry.",
            "Plan an always-on or 90-day activity, or a calendar entry, for the stage.");

    // --- calendars and campaigns ---

    /** A calendar entry has a date. */
    public static final Rule CALENDAR_ENTRY_DATE_MISSING = new Rule("calendar.entry.date-missing", 500,
            RuleCategory.CALENDAR, Severity.WARNING, "A calendar entry has a date.",
            "Set its date (the first day of its range).");
    /** A calendar entry is inside the plan period. */
    public static final Rule CALENDAR_ENTRY_OUTSIDE_PERIOD = new Rule("calendar.entry.outside-period", 501,
            RuleCategory.CALENDAR, Severity.WARNING, "A calendar entry lies inside the plan period.",
            "Move the entry into the plan period or extend the period.");
    /** A calendar entry serves something. */
    public static final Rule CALENDAR_ENTRY_UNLINKED = new Rule("calendar.entry.unlinked", 502,
            RuleCategory.CALENDAR, Severity.WARNING,
            "A calendar entry serves an objective, a campaign, an activity or a RACE stage.",
            "Link what the entry serves.");
    /** A campaign is inside the plan period. */
    public static final Rule CAMPAIGN_OUTSIDE_PERIOD = new Rule("campaign.outside-period", 503,
            RuleCategory.CALENDAR, Severity.WARNING, "A campaign lies inside the plan period.",
            "Move the campaign's dates into the plan period or extend the period.");
    /** A campaign serves an objective. */
    public static final Rule CAMPAIGN_UNLINKED = new Rule("campaign.unlinked", 504, RuleCategory.CALENDAR,
            Severity.WARNING, "A campaign serves at least one SMART objective.",
            "Link the objectives the campaign serves.");

    // --- objectives programme ---

    /** Quarterly targets add up to the annual one. */
    public static final Rule OBJECTIVES_QUARTERLY_SUM_MISMATCH = new Rule("objectives.quarterly.sum-mismatch", 600,
            RuleCategory.OBJECTIVES, Severity.WARNING,
            "The quarterly objectives of an annual objective that share its unit (not a percentage) add up to "
                    + "its target when all four quarters are there, and stay below it otherwise.",
            "Correct the quarterly targets or the annual target (the quick fix sets the annual target to the "
                    + "sum of the four quarters).");

    // --- budget ---

    /** A budget line has an amount. */
    public static final Rule BUDGET_LINE_AMOUNT_MISSING = new Rule("budget.line.amount-missing", 700,
            RuleCategory.BUDGET, Severity.WARNING, "A budget line has an amount.",
            "Enter the amount; the quick fix uses the phased total.");
    /** Phasing adds up to the line amount. */
    public static final Rule BUDGET_PHASING_SUM_MISMATCH = new Rule("budget.phasing.sum-mismatch", 701,
            RuleCategory.BUDGET, Severity.ERROR, "A budget line's monthly phasing adds up to the line amount.",
            "Correct the monthly amounts, or set the line amount to their sum (quick fix).");
    /** Phasing is inside the plan period. */
    public static final Rule BUDGET_PHASING_OUTSIDE_PERIOD = new Rule("budget.phasing.outside-period", 702,
            RuleCategory.BUDGET, Severity.WARNING, "Every month of a budget line's phasing lies in the plan period.",
            "Move the amount to a month of the plan or extend the period.");
    /** A line is not over-allocated. */
    public static final Rule BUDGET_LINE_OVER_ALLOCATED = new Rule("budget.line.over-allocated", 703,
            RuleCategory.BUDGET, Severity.WARNING,
            "What activities, calendar entries and media placements book on a budget line does not exceed its "
                    + "amount.",
            "Raise the line amount or book less on it.");

    // --- journeys ---

    /** Every persona is reached. */
    public static final Rule JOURNEY_PERSONA_UNREACHED = new Rule("journey.persona.unreached", 800,
            RuleCategory.JOURNEY, Severity.WARNING, "Every persona is reached by at least one journey touchpoint.",
            "Add the persona to a touchpoint of a customer journey.");
    /** Journeys lead on to conversion. */
    public static final Rule JOURNEY_FLOW_DEAD_END = new Rule("journey.flow.dead-end", 801, RuleCategory.JOURNEY,
            Severity.WARNING,
            "A touchpoint that a journey flow leads to, in a stage before Convert and without a purchase, leads "
                    + "on to another touchpoint.",
            "Add a flow from the touchpoint towards conversion, or set where the purchase happens.");

    // --- references ---

    /** References point to live elements. */
    public static final Rule REFERENCE_DANGLING = new Rule("reference.dangling", 900, RuleCategory.REFERENCES,
            Severity.ERROR,
            "Every reference points to an element that is still in a plan (not deleted, not a link that cannot "
                    + "be resolved).",
            "Link an existing element instead, or clear the reference.");
    /** References stay in the plan. */
    public static final Rule REFERENCE_CROSS_PLAN = new Rule("reference.cross-plan", 901, RuleCategory.REFERENCES,
            Severity.ERROR, "Every reference stays inside the plan (no links into another plan).",
            "Link an element of this plan instead, copying it over if needed.");

    // --- names ---

    /** Names are unique where they must be. */
    public static final Rule NAMING_DUPLICATE = new Rule("naming.duplicate", 1000, RuleCategory.NAMING,
            Severity.ERROR,
            "Names are unique (ignoring case and spacing) among the plan's team members, channels, journeys, "
                    + "SMART objectives, SWOT items, TOWS strategies, segments, personas, campaigns, MarTech "
                    + "tools, budget lines and KPIs, and among the stages of a journey.",
            "Rename one of them.");

    private static final List<Rule> ALL = List.of(PLAN_PERIOD_MISSING, PLAN_CURRENCY_MISMATCH, PLAN_PROFILE_INVALID,
            SCHEDULE_END_BEFORE_START, SMART_SPECIFIC_NAME_MISSING, SMART_SPECIFIC_DESCRIPTION_MISSING,
            SMART_SPECIFIC_METRIC_MISSING, SMART_MEASURABLE_TARGET_MISSING, SMART_MEASURABLE_UNIT_MISSING,
            SMART_MEASURABLE_BASELINE_MISSING, SMART_MEASURABLE_TARGET_EQUALS_BASELINE,
            SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE, SMART_ACHIEVABLE_FORECAST_SHORT, SMART_RELEVANT_RACE_STAGE_MISSING,
            SMART_RELEVANT_STRATEGY_MISSING, SMART_TIME_BOUND_DEADLINE_MISSING, SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD,
            TOWS_STRATEGY_INTERNAL_MISSING, TOWS_STRATEGY_EXTERNAL_MISSING, TOWS_STRATEGY_ITEM_OFF_CELL,
            RACE_STAGE_OBJECTIVE_MISSING, RACE_STAGE_ACTIVITY_MISSING, CALENDAR_ENTRY_DATE_MISSING,
            CALENDAR_ENTRY_OUTSIDE_PERIOD, CALENDAR_ENTRY_UNLINKED, CAMPAIGN_OUTSIDE_PERIOD, CAMPAIGN_UNLINKED,
            OBJECTIVES_QUARTERLY_SUM_MISMATCH, BUDGET_LINE_AMOUNT_MISSING, BUDGET_PHASING_SUM_MISMATCH,
            BUDGET_PHASING_OUTSIDE_PERIOD, BUDGET_LINE_OVER_ALLOCATED, JOURNEY_PERSONA_UNREACHED,
            JOURNEY_FLOW_DEAD_END, REFERENCE_DANGLING, REFERENCE_CROSS_PLAN, NAMING_DUPLICATE);

    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        Set<Integer> codes = new HashSet<>();
        for (Rule rule : ALL) {
            if (BY_ID.put(rule.id(), rule) != null || !codes.add(rule.code())) {
                throw new IllegalStateException("Duplicate rule id or code: " + rule);
            }
        }
    }

    private RuleRegistry() {
    }

    /** Every rule, in catalogue order. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with {@code id}, if there is one. */
    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * The line of {@code rule} in the Markdown table of {@code RULES.md}:
     * {@code | `id` | category | severity | checks | fix |}.
     */
    public static String catalogueLine(Rule rule) {
        return "| `" + rule.id() + "` | " + rule.category().label() + " | " + rule.defaultSeverity().key() + " | "
                + rule.checks() + " | " + rule.fix() + " |";
    }
}
