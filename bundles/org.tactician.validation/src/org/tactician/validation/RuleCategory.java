package org.tactician.validation;

/** What part of the plan a rule looks at. */
public enum RuleCategory {
    /** The plan as a whole: period, currency, lint profile, dates, classifications. */
    PLAN("Plan"),
    /** SMART: Specific. */
    SPECIFIC("SMART Specific"),
    /** SMART: Measurable. */
    MEASURABLE("SMART Measurable"),
    /** SMART: Achievable. */
    ACHIEVABLE("SMART Achievable"),
    /** SMART: Relevant. */
    RELEVANT("SMART Relevant"),
    /** SMART: Time-bound. */
    TIME_BOUND("SMART Time-bound"),
    /** The TOWS matrix. */
    TOWS("TOWS"),
    /** Coverage of the RACE stages. */
    RACE("RACE coverage"),
    /** Calendars, campaigns and activities. */
    CALENDAR("Calendar"),
    /** Quarterly and monthly objectives. */
    OBJECTIVES("Objectives programme"),
    /** Budget lines and phasing. */
    BUDGET("Budget"),
    /** Customer journeys and personas. */
    JOURNEY("Journey"),
    /** Links between elements. */
    REFERENCES("References"),
    /** Names. */
    NAMING("Naming"),
    /** The conversion forecast and the profitability it shows. */
    FORECAST("Forecast"),
    /** Numbers that cannot be true: negative money, rates and scores out of their range. */
    VALUES("Values"),
    /** Whether the plan's analyses are complete (information: a plan may grow section by section). */
    COMPLETENESS("Completeness");

    private final String label;

    RuleCategory(String label) {
        this.label = label;
    }

    /** The label shown in the catalogue and in editors. */
    public String label() {
        return label;
    }
}
