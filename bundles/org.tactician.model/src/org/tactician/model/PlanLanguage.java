package org.tactician.model;

import java.util.Locale;
import java.util.Set;

/** What a plan's language tag ({@link MarketingPlan#getLanguage()}) means for showing its text. */
public final class PlanLanguage {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    private PlanLanguage() {
    }

    /** Whether text in {@code language} (a BCP 47 tag such as {@code ar} or {@code ar-EG}) reads right to left. */
    public static boolean isRightToLeft(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        return RIGHT_TO_LEFT.contains(language.trim().toLowerCase(Locale.ROOT).split("[-_]")[0]);
    }

    /** Whether {@code plan}'s text reads right to left. */
    public static boolean isRightToLeft(MarketingPlan plan) {
        return plan != null && isRightToLeft(plan.getLanguage());
    }
}
