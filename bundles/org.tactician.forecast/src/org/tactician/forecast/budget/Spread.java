package org.tactician.forecast.budget;

/** How the engine placed a budget line's amount on the months (see the package documentation). */
public enum Spread {
    /** The line's own monthly phasing. */
    PHASING,
    /** The whole amount in one month (a one-shot cost without phasing). */
    ONE_SHOT,
    /** The amount spread evenly over a range of months (a recurring cost without phasing). */
    RECURRING,
    /** Nothing to place: the line has neither an amount nor a phasing. */
    NONE
}
