package org.tactician.forecast.conversion;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> RATIO_WORDS =
            Set.of("rate", "rates", "ratio", "average", "avg", "per", "roi", "roas", "cpa", "cpc", "ctr", "aov", "share",
                    "profitability");

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
     * <p>English words only, matched as whole words or their beginnings: contribution/profit;
     * revenue/turnover; sales (revenue when the unit is a currency code, orders otherwise);
     * order/conversion/transaction/purchase; session/visit/traffic. A ratio word (rate, ratio,
     * average, per, ROI, ROAS, CPA, CPC, CTR, AOV, share) or a % unit rules the metric out.
     *
     * @param metric the metric in words, may be null
     * @param unit the unit of the target, may be null
     */
    public static Optional<ForecastMetric> recognise(String metric, String unit) {
        if (metric == null || metric.isBlank()) {
            return Optional.empty();
        }
        List<String> words = List.of(WORD_BREAK.split(
                Normalizer.normalize(metric, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim()));
        String trimmedUnit = unit == null ? "" : unit.trim();
        if (trimmedUnit.contains("%") || words.stream().anyMatch(RATIO_WORDS::contains)) {
            return Optional.empty();
        }
        if (hasWord(words, "contribution", "profit")) {
            return Optional.of(CONTRIBUTION);
        }
        if (hasWord(words, "revenue", "turnover")) {
            return Optional.of(REVENUE);
        }
        if (hasWord(words, "sale")) {
            return Optional.of(CURRENCY_CODE.matcher(trimmedUnit).matches() ? REVENUE : ORDERS);
        }
        if (hasWord(words, "order", "conversion", "transaction", "purchase")) {
            return Optional.of(ORDERS);
        }
        if (hasWord(words, "session", "visit", "traffic")) {
            return Optional.of(SESSIONS);
        }
        return Optional.empty();
    }

    /** Whether a word starts with one of the stems (so "orders" and "visitors" count). */
    private static boolean hasWord(List<String> words, String... stems) {
        for (String word : words) {
            for (String stem : stems) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
