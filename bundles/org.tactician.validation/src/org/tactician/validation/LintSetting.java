package org.tactician.validation;

import java.math.BigDecimal;

/** A number that tunes a rule, set per plan in its {@link LintProfile}. */
public enum LintSetting {
    /** Highest plausible growth from baseline to target, in percent (rule smart.achievable.growth-implausible). */
    GROWTH_MAX_PERCENT("growth.max-percent", "300"),
    /** Lowest plausible change from baseline to target, in percent (rule smart.achievable.growth-implausible). */
    GROWTH_MIN_PERCENT("growth.min-percent", "-100"),
    /** Share of a target the forecast must reach, in percent (rule smart.achievable.forecast-short). */
    FORECAST_MIN_REACH_PERCENT("forecast.min-reach-percent", "100");

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
