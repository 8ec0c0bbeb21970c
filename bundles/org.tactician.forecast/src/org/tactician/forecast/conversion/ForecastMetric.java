package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The additive numbers the forecast computes, which an objective's target can be checked against.
 */
public enum ForecastMetric {
    /** Visits. */
    SESSIONS,
    /** Conversions (orders, sales counted in units). */
    ORDERS,
    /** Revenue in the plan currency. */
    REVENUE,
    /** Revenue minus variable and budgeted cost, in the plan currency. */
    CONTRIBUTION;

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final String[] RATIOS = {"rate", "ratio", "average", "per ", "roi", "cpa", "share", "%"};

    /** Whether values of this metric are money. */
    public boolean isMoney() {
        return this == REVENUE || this == CONTRIBUTION;
    }

    /** The value of this metric in {@code figures}. */
    public BigDecimal of(ForecastFigures figures) {
        return switch (this) {
            case SESSIONS -> BigDecimal.valueOf(figures.sessions());
            case ORDERS -> figures.orders();
            case REVENUE -> figures.revenue();
            case CONTRIBUTION -> figures.contribution();
        };
    }

    /**
     * The forecast metric an objective measures, recognised from the words of its metric (or KPI
     * name) and its unit; empty when it is not one the forecast computes, or is a ratio (a
     * conversion rate, an average order value, an ROI...) that does not add up over months.
     *
     * <p>English words only: contribution/profit; revenue/turnover; sales (revenue when the unit is
     * a currency code, orders otherwise); order/conversion/transaction/purchase; session/visit/traffic.
     *
     * @param metric the metric in words, may be null
     * @param unit the unit of the target, may be null
     */
    public static Optional<ForecastMetric> recognise(String metric, String unit) {
        if (metric == null || metric.isBlank()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(metric, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String trimmedUnit = unit == null ? "" : unit.trim();
        if (trimmedUnit.contains("%")) {
            return Optional.empty();
        }
        for (String ratio : RATIOS) {
            if (text.contains(ratio)) {
                return Optional.empty();
            }
        }
        if (text.contains("contribution") || text.contains("profit")) {
            return Optional.of(CONTRIBUTION);
        }
        if (text.contains("revenue") || text.contains("turnover")) {
            return Optional.of(REVENUE);
        }
        if (text.contains("sales")) {
            return Optional.of(CURRENCY_CODE.matcher(trimmedUnit).matches() ? REVENUE : ORDERS);
        }
        if (text.contains("order") || text.contains("conversion") || text.contains("transaction")
                || text.contains("purchase")) {
            return Optional.of(ORDERS);
        }
        if (text.contains("session") || text.contains("visit") || text.contains("traffic")) {
            return Optional.of(SESSIONS);
        }
        return Optional.empty();
    }
}
