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

    /** The plan currency is an ISO 4217 code. */
    public static final Rule PLAN_CURRENCY_INVALID = new Rule("plan.currency.invalid", 104, RuleCategory.PLAN, Severity.ERROR,
            "The plan currency is an ISO 4217 code (EUR, USD, AED...), not a symbol or a name.",
            "Enter the three-letter code; the quick fix turns a known symbol (€, $, £, ¥...) into its code.");
    /** Classifications are set, not left to a default. */
    public static final Rule PLAN_CLASSIFICATION_MISSING = new Rule("plan.classification.missing", 105, RuleCategory.PLAN, Severity.WARNING,
            "Every classification is set: SWOT category, TOWS cell, PESTLE category, finding area and effect, channel kind and media type, segment layer, content format and RACE stage, 7P, communication type, canvas block, budget category and cost type, media type of placements, flights and touchpoints, MarTech category, quarter, phase, workstream, automation trigger, RACE stage of activities, KPIs, audit activities and journey stages, category of a spend target, and an objective's scope, measure kind and direction.",
            "Choose the value (the quick fix does where the element says it elsewhere, e.g. the media type of its channel).");
    /** The plan period is one a marketing plan can have. */
    public static final Rule PLAN_PERIOD_IMPLAUSIBLE = new Rule("plan.period.implausible", 106, RuleCategory.PLAN,
            Severity.WARNING,
            "The plan period is at most five years long (setting period.max-years, default 5): a longer one is "
                    + "usually a mistyped year.",
            "Correct the start or end year (a marketing plan usually covers one year); raise period.max-years in the "
                    + "lint profile for a long-range plan. Documents are generated for at most 25 years.");
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
    /** An objective's scope names what it counts. */
    public static final Rule SMART_SPECIFIC_SCOPE_INCOMPLETE = new Rule("smart.specific.scope-incomplete", 203, RuleCategory.SPECIFIC, Severity.WARNING,
            "A SMART objective measured on channels lists its channels, one measured on segments lists its segments, and one that lists channels or segments is measured on them.",
            "List the channels or segments, or change the scope (the quick fix sets the scope the lists say).");
    /** An objective has an owner. */
    public static final Rule SMART_SPECIFIC_OWNER_MISSING = new Rule("smart.specific.owner-missing", 204, RuleCategory.SPECIFIC, Severity.WARNING,
            "A SMART objective has an owner who answers for it.",
            "Name the owner; the quick fix uses the plan owner.");
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
            "A SMART objective's target differs from its baseline, unless it holds the baseline.",
            "Set a target that changes something, or drop the objective.");
    /** Direction and measure kind agree with the numbers. */
    public static final Rule SMART_MEASURABLE_MEASURE_INCONSISTENT = new Rule("smart.measurable.measure-inconsistent", 214, RuleCategory.MEASURABLE, Severity.WARNING,
            "A SMART objective's direction agrees with its baseline and target, a rate (a percentage, a conversion rate, an average order value) is measured as a rate, and a figure that adds up is not.",
            "Correct the direction (the quick fix follows baseline and target) or the measure kind.");
    /** An objective and its KPI agree. */
    public static final Rule SMART_MEASURABLE_KPI_MISMATCH = new Rule("smart.measurable.kpi-mismatch", 215, RuleCategory.MEASURABLE, Severity.WARNING,
            "A SMART objective and the dashboard KPI that measures it agree on baseline, target, unit and RACE stage.",
            "Correct the objective or the KPI; the quick fix copies the KPI's value to the objective.");
    /** Growth is plausible. */
    public static final Rule SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE = new Rule("smart.achievable.growth-implausible",
            220, RuleCategory.ACHIEVABLE, Severity.WARNING,
            "The change from baseline to target lies in the plausible band of its measure kind: sums and levels "
                    + "from growth.min-percent (default -100) to growth.max-percent (default +500, so the method's "
                    + "worked example of traffic up 400 % passes), rates from growth.rate.min-percent (-75) to "
                    + "growth.rate.max-percent (+100).",
            "Lower the target or split it over more periods; widen the band in the lint profile if it is "
                    + "justified.");
    /** The forecast reaches the target. */
    public static final Rule SMART_ACHIEVABLE_FORECAST_SHORT = new Rule("smart.achievable.forecast-short", 221,
            RuleCategory.ACHIEVABLE, Severity.WARNING,
            "The conversion forecast reaches the target of an objective (or its quarterly breakdown) that names "
                    + "its forecast measure, on the objective's scope: a sum from the plan start to the deadline, a "
                    + "level or rate in the deadline month, at or below the target when it decreases (setting "
                    + "forecast.min-reach-percent, default 100).",
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
    /** Something serves every objective. */
    public static final Rule SMART_RELEVANT_UNSERVED = new Rule("smart.relevant.unserved", 232, RuleCategory.RELEVANT, Severity.WARNING,
            "Something serves every SMART objective: an activity, a campaign, a calendar entry, or an activity of its quarterly breakdown.",
            "Link an activity, campaign or calendar entry to the objective, or drop the objective.");
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

    /** SWOT evidence points the same way as the item. */
    public static final Rule TOWS_EVIDENCE_POLARITY = new Rule("tows.evidence.polarity", 303, RuleCategory.TOWS, Severity.WARNING,
            "The evidence of an opportunity is findings and factors that are opportunities, and the evidence of a threat is threats.",
            "Unlink the evidence, or correct the effect of the finding or factor.");
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

    /** Entries and placements lie inside their campaign. */
    public static final Rule CALENDAR_ENTRY_OUTSIDE_CAMPAIGN = new Rule("calendar.entry.outside-campaign", 505, RuleCategory.CALENDAR, Severity.WARNING,
            "A calendar entry or media placement of a campaign lies inside the campaign's dates.",
            "Move it into the campaign's dates, extend the campaign, or link the entry to an activity instead.");
    /** Every activity serves an objective. */
    public static final Rule ACTIVITY_UNLINKED = new Rule("activity.unlinked", 506, RuleCategory.CALENDAR, Severity.WARNING,
            "An always-on or 90-day activity serves at least one SMART objective.",
            "Link the objectives the activity serves; the quick fix links its campaign's objectives.");
    /** A campaign budget equals its placements. */
    public static final Rule CAMPAIGN_BUDGET_MISMATCH = new Rule("campaign.budget.mismatch", 507, RuleCategory.CALENDAR, Severity.WARNING,
            "A campaign's approved budget equals its planned spend: what its media placements book plus the budget lines assigned to it that no placement books from.",
            "Correct the placements or the budget; the quick fix sets the budget to the planned spend.");
    // --- objectives programme ---

    /** Quarterly targets add up to the annual one. */
    public static final Rule OBJECTIVES_QUARTERLY_SUM_MISMATCH = new Rule("objectives.quarterly.sum-mismatch", 600,
            RuleCategory.OBJECTIVES, Severity.WARNING,
            "The quarterly objectives of an annual objective measured as a sum that share its unit add up to "
                    + "its target when all four quarters are there, and stay below it otherwise.",
            "Correct the quarterly targets or the annual target (the quick fix sets the annual target to the "
                    + "sum of the four quarters).");

    /** Monthly targets add up to their quarter. */
    public static final Rule OBJECTIVES_MONTHLY_SUM_MISMATCH = new Rule("objectives.monthly.sum-mismatch", 601, RuleCategory.OBJECTIVES, Severity.WARNING,
            "The monthly objectives of a quarterly objective of a sum that share its unit add up to its target when all three months are there, and stay below it otherwise.",
            "Correct the monthly targets or the quarterly target (the quick fix sets it to the sum of the three months).");
    /** A monthly objective is due in its month. */
    public static final Rule OBJECTIVES_MONTHLY_DEADLINE_OUTSIDE_MONTH = new Rule("objectives.monthly.deadline-outside-month", 602, RuleCategory.OBJECTIVES, Severity.WARNING,
            "A monthly objective's deadline lies in its month.",
            "Move the deadline into the month; the quick fix uses the month's last day.");
    /** A monthly objective lies in its quarter. */
    public static final Rule OBJECTIVES_MONTHLY_OUTSIDE_QUARTER = new Rule("objectives.monthly.month-outside-quarter", 603, RuleCategory.OBJECTIVES, Severity.WARNING,
            "The month of a monthly objective lies in the quarter of its quarterly objective.",
            "Link the quarterly objective of the month's quarter, or correct the month.");
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

    /** Money is booked once. */
    public static final Rule BUDGET_BOOKING_DUPLICATE = new Rule("budget.booking.duplicate", 704, RuleCategory.BUDGET, Severity.ERROR,
            "A calendar entry that executes a media placement books no amount of its own and names no other budget line: the placement books that money.",
            "Clear the entry's booked amount (quick fix) and let the placement book it.");
    /** Paid entries and bookings name their budget line. */
    public static final Rule BUDGET_BOOKING_LINE_MISSING = new Rule("budget.booking.line-missing", 705, RuleCategory.BUDGET, Severity.WARNING,
            "A paid entry (an advertising flight on paid media or a DEM send), and anything that books an amount, names the budget line that pays it, directly or through its media placement.",
            "Choose the budget line; the quick fix uses the line of the entry's channel when there is exactly one.");
    /** Spend stays within the approved total. */
    public static final Rule BUDGET_APPROVED_TOTAL_EXCEEDED = new Rule("budget.approved-total.exceeded", 706, RuleCategory.BUDGET, Severity.WARNING,
            "What the budget lines spend in the plan period stays within the approved total.",
            "Cut or move spend, or get a higher total approved.");
    /** Spend of a category stays within its target. */
    public static final Rule BUDGET_CATEGORY_OVER_TARGET = new Rule("budget.category.over-target", 707, RuleCategory.BUDGET, Severity.WARNING,
            "What a budget category spends in the plan period stays within its target.",
            "Move spend to another category or raise the target.");
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

    /** A flow leads somewhere else. */
    public static final Rule JOURNEY_FLOW_SELF_LOOP = new Rule("journey.flow.self-loop", 802, RuleCategory.JOURNEY, Severity.WARNING,
            "A journey flow leads from one touchpoint to another, not back to itself.",
            "Point the flow at the next touchpoint or delete it.");
    /** Every persona has content in every stage. */
    public static final Rule JOURNEY_CONTENT_GAP = new Rule("journey.content.gap", 803, RuleCategory.JOURNEY, Severity.INFO,
            "The content map has content for every persona in every funnel stage (Reach, Act, Convert, Engage).",
            "Map content to the persona for the stages named in the message.");
    /** Online shops recover abandoned carts. */
    public static final Rule JOURNEY_ABANDONED_CART_MISSING = new Rule("journey.abandoned-cart.missing", 804, RuleCategory.JOURNEY, Severity.WARNING,
            "A plan that sells online (a touchpoint with an online purchase, or a forecast) runs an abandoned-cart automation.",
            "Add an automation with the trigger ABANDONED_CART to the automation plan.");
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

    /** Segments form a tree. */
    public static final Rule REFERENCE_SEGMENT_CYCLE = new Rule("reference.segment-cycle", 902, RuleCategory.REFERENCES, Severity.ERROR,
            "A segment refines a broader one: it is not its own parent, directly or through other segments.",
            "Clear the parent (quick fix) or choose a broader segment.");
    // --- names ---

    /** Names are unique where they must be. */
    public static final Rule NAMING_DUPLICATE = new Rule("naming.duplicate", 1000, RuleCategory.NAMING,
            Severity.ERROR,
            "Names are unique (ignoring case and spacing) among the plan's team members, channels, journeys, "
                    + "SMART objectives, SWOT items, TOWS strategies, segments, personas, campaigns, MarTech "
                    + "tools, budget lines and KPIs, and among the stages of a journey.",
            "Rename one of them.");
    /** The names the budget workbook writes fit in a spreadsheet cell. */
    public static final Rule NAMING_TOO_LONG = new Rule("naming.too-long", 1001, RuleCategory.NAMING, Severity.WARNING,
            "The names the budget workbook writes (of budget lines, channels, campaigns and segments) fit in a spreadsheet cell: at most 32,767 characters.",
            "Shorten the name and keep the long text in the description; otherwise budget.xlsx cuts the name at 32,767 characters.");

    /** The forecast knows the gross margin. */
    public static final Rule FORECAST_MARGIN_MISSING = new Rule("forecast.margin.missing", 1100, RuleCategory.FORECAST, Severity.ERROR,
            "Every forecast input has a gross margin, from the conversion forecast or an assumption for its channel or segment, so contribution is after the cost of goods.",
            "Enter the plan's gross margin in the conversion forecast, or one per channel or segment.");
    /** No month loses money. */
    public static final Rule FORECAST_MONTH_NEGATIVE = new Rule("forecast.month.negative-contribution", 1101, RuleCategory.FORECAST, Severity.WARNING,
            "The forecast contribution after margin and marketing cost is not negative in any month.",
            "Move spend to months that earn it back, or raise sessions, conversion or order value there; accept it knowingly for a launch.");
    /** Money is not negative. */
    public static final Rule VALUE_MONEY_NEGATIVE = new Rule("value.money.negative", 1200, RuleCategory.VALUES, Severity.ERROR,
            "Amounts of money are not negative (only a past profit may be).",
            "Enter the amount without its minus sign (quick fix) or correct it.");
    /** Percentages are in their range. */
    public static final Rule VALUE_PERCENTAGE_OUT_OF_RANGE = new Rule("value.percentage.out-of-range", 1201, RuleCategory.VALUES, Severity.ERROR,
            "Rates and shares (conversion rates, margins, return and retention rates) lie between 0 and 100 %, changes (growth, uplift, year on year) are not below -100 %.",
            "Enter the percentage in percent points (2.5 for 2.5 %).");
    /** Scores are from 1 to 5. */
    public static final Rule VALUE_SCORE_OUT_OF_RANGE = new Rule("value.score.out-of-range", 1202, RuleCategory.VALUES, Severity.ERROR,
            "Scores (importance, priority, impact, likelihood, capability, RFM scores) lie between 1 and 5, or are 0 for not scored.",
            "Enter a score from 1 (low) to 5 (high); the quick fix takes the nearest.");
    /** All eight TOWS cells. */
    public static final Rule COMPLETENESS_TOWS = new Rule("completeness.tows.cells", 1300, RuleCategory.COMPLETENESS, Severity.INFO,
            "The TOWS matrix has all eight cells: strengths, weaknesses, opportunities and threats, and SO, WO, ST and WT strategies.",
            "Fill the empty cells named in the message.");
    /** All six PESTLE categories. */
    public static final Rule COMPLETENESS_PESTLE = new Rule("completeness.pestle.categories", 1301, RuleCategory.COMPLETENESS, Severity.INFO,
            "The PESTLE analysis has a factor in each of its six categories.",
            "Add factors for the categories named in the message.");
    /** All 7Ps. */
    public static final Rule COMPLETENESS_MARKETING_MIX = new Rule("completeness.marketing-mix", 1302, RuleCategory.COMPLETENESS, Severity.INFO,
            "The marketing mix plans an improvement for each of the 7Ps.",
            "Add improvements for the Ps named in the message.");
    /** All nine canvas blocks. */
    public static final Rule COMPLETENESS_CANVAS = new Rule("completeness.canvas.blocks", 1303, RuleCategory.COMPLETENESS, Severity.INFO,
            "The Business Model Canvas has items in all nine blocks.",
            "Add items to the blocks named in the message.");
    /** The 25-activity RACE audit. */
    public static final Rule COMPLETENESS_AUDIT = new Rule("completeness.audit.activities", 1304, RuleCategory.COMPLETENESS, Severity.INFO,
            "The RACE communications audit has its 25 activities, five for each of Plan, Reach, Act, Convert and Engage.",
            "Add (or move) audit activities until every stage has five.");
    private static final List<Rule> ALL = List.of(PLAN_PERIOD_MISSING, PLAN_CURRENCY_MISMATCH, PLAN_PROFILE_INVALID,
            SCHEDULE_END_BEFORE_START, PLAN_CURRENCY_INVALID, PLAN_CLASSIFICATION_MISSING, PLAN_PERIOD_IMPLAUSIBLE,
            SMART_SPECIFIC_NAME_MISSING,
            SMART_SPECIFIC_DESCRIPTION_MISSING, SMART_SPECIFIC_METRIC_MISSING, SMART_SPECIFIC_SCOPE_INCOMPLETE,
            SMART_SPECIFIC_OWNER_MISSING, SMART_MEASURABLE_TARGET_MISSING, SMART_MEASURABLE_UNIT_MISSING,
            SMART_MEASURABLE_BASELINE_MISSING, SMART_MEASURABLE_TARGET_EQUALS_BASELINE,
            SMART_MEASURABLE_MEASURE_INCONSISTENT, SMART_MEASURABLE_KPI_MISMATCH, SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE,
            SMART_ACHIEVABLE_FORECAST_SHORT, SMART_RELEVANT_RACE_STAGE_MISSING, SMART_RELEVANT_STRATEGY_MISSING,
            SMART_RELEVANT_UNSERVED, SMART_TIME_BOUND_DEADLINE_MISSING, SMART_TIME_BOUND_DEADLINE_OUTSIDE_PERIOD,
            TOWS_STRATEGY_INTERNAL_MISSING, TOWS_STRATEGY_EXTERNAL_MISSING, TOWS_STRATEGY_ITEM_OFF_CELL,
            TOWS_EVIDENCE_POLARITY, RACE_STAGE_OBJECTIVE_MISSING, RACE_STAGE_ACTIVITY_MISSING,
            CALENDAR_ENTRY_DATE_MISSING, CALENDAR_ENTRY_OUTSIDE_PERIOD, CALENDAR_ENTRY_UNLINKED, CAMPAIGN_OUTSIDE_PERIOD,
            CAMPAIGN_UNLINKED, CALENDAR_ENTRY_OUTSIDE_CAMPAIGN, ACTIVITY_UNLINKED, CAMPAIGN_BUDGET_MISMATCH,
            OBJECTIVES_QUARTERLY_SUM_MISMATCH, OBJECTIVES_MONTHLY_SUM_MISMATCH, OBJECTIVES_MONTHLY_DEADLINE_OUTSIDE_MONTH,
            OBJECTIVES_MONTHLY_OUTSIDE_QUARTER, BUDGET_LINE_AMOUNT_MISSING, BUDGET_PHASING_SUM_MISMATCH,
            BUDGET_PHASING_OUTSIDE_PERIOD, BUDGET_LINE_OVER_ALLOCATED, BUDGET_BOOKING_DUPLICATE,
            BUDGET_BOOKING_LINE_MISSING, BUDGET_APPROVED_TOTAL_EXCEEDED, BUDGET_CATEGORY_OVER_TARGET,
            JOURNEY_PERSONA_UNREACHED, JOURNEY_FLOW_DEAD_END, JOURNEY_FLOW_SELF_LOOP, JOURNEY_CONTENT_GAP,
            JOURNEY_ABANDONED_CART_MISSING, REFERENCE_DANGLING, REFERENCE_CROSS_PLAN, REFERENCE_SEGMENT_CYCLE,
            NAMING_DUPLICATE, NAMING_TOO_LONG, FORECAST_MARGIN_MISSING, FORECAST_MONTH_NEGATIVE, VALUE_MONEY_NEGATIVE,
            VALUE_PERCENTAGE_OUT_OF_RANGE, VALUE_SCORE_OUT_OF_RANGE, COMPLETENESS_TOWS, COMPLETENESS_PESTLE,
            COMPLETENESS_MARKETING_MIX, COMPLETENESS_CANVAS, COMPLETENESS_AUDIT);

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
