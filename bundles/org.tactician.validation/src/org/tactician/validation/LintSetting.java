package org.tactician.validation;

import java.math.BigDecimal;

/** A number that tunes a rule, set per plan in its {@link LintProfile}. */
public enum LintSetting {
    /**
     * Highest plausible change from baseline to target of a sum or a level, in percent (rule
     * smart.achievable.growth-implausible). The default, +500 %, lets the method's own worked example
     * (traffic from a visual social network up 400 %) pass.
     */
    GROWTH_MAX_PERCENT("growth.max-percent", "500"),
    /** Lowest plausible change of a sum or a level, in percent (rule smart.achievable.growth-implausible). */
    GROWTH_MIN_PERCENT("growth.min-percent", "-100"),
    /** Highest plausible change of a rate, in percent (a conversion rate doubling is already bold). */
    GROWTH_RATE_MAX_PERCENT("growth.rate.max-percent", "100"),
    /** Lowest plausible change of a rate, in percent. */
    GROWTH_RATE_MIN_PERCENT("growth.rate.min-percent", "-75"),
    /** Share of a target the forecast must reach, in percent (rule smart.achievable.forecast-short). */
    FORECAST_MIN_REACH_PERCENT("forecast.min-reach-percent", "100"),
    /** Longest plausible plan period, in years (rule plan.period.implausible). */
    PERIOD_MAX_YEARS("period.max-years", "5");

    private final String key;
    private final BigDecimal defaultValue;

    LintSetting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = new BigDecimal(defaultValue);
    }

    /** The name in a profile file, after the {@code setting.} prefix. */
    public String key() {
        return key;
    }

    /** The value unless a profile says otherwise. */
    public BigDecimal defaultValue() {
        return defaultValue;
    }
}
