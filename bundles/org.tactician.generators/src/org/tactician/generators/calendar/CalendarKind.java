package org.tactician.generators.calendar;

import org.tactician.i18n.PlanTerms;

/** The calendars of a plan, each exported as its own ICS file. */
public enum CalendarKind {

    /** Organic content: social posts, blog articles, interviews. */
    EDITORIAL("editorial", "Editorial calendar"),
    /** Paid advertising campaigns and their A/B tests. */
    ADVERTISING("advertising", "Advertising calendar"),
    /** Paid email campaigns on external databases. */
    DEM("dem", "DEM calendar"),
    /** Newsletters, abandoned-cart recovery and other email automations. */
    AUTOMATIONS("automations", "Automations"),
    /** Conversion-rate optimisation plan. */
    CRO("cro", "CRO plan"),
    /** RFM loyalty actions. */
    LOYALTY("rfm-loyalty", "RFM loyalty plan"),
    /** Campaigns of the action plan. */
    CAMPAIGNS("campaigns", "Campaigns"),
    /** Actions of the 90-day plans. */
    MILESTONES("90-day-milestones", "90-day plan milestones"),
    /** Deadlines of the SMART and monthly objectives. */
    DEADLINES("objective-deadlines", "Objective deadlines");

    private final String fileStem;
    private final String title;

    CalendarKind(String fileStem, String title) {
        this.fileStem = fileStem;
        this.title = title;
    }

    /** The ICS file name of this calendar, e.g. {@code calendar-editorial.ics}. */
    public String fileName() {
        return "calendar-" + fileStem + ".ics";
    }

    /** The calendar's title in English (log lines, tests); documents use {@link #title(PlanTerms)}. */
    public String title() {
        return title;
    }

    /** The calendar's title in {@code terms}' words ({@code calendar.editorial}). */
    public String title(PlanTerms terms) {
        return terms.textOr("calendar." + fileStem, title);
    }

    /** The stem of its file name and of its word's key ({@code editorial}, {@code rfm-loyalty}). */
    public String fileStem() {
        return fileStem;
    }
}
