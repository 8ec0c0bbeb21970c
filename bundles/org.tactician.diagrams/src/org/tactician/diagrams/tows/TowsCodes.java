package org.tactician.diagrams.tows;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;

/**
 * The short codes of SWOT items — S1, S2, W1, O1, T3 — numbered in the order of each list, as
 * consultants write them in a TOWS matrix ("S2 + O1").
 */
public final class TowsCodes {

    private final Map<SwotItem, String> codes = new IdentityHashMap<>();

    private TowsCodes(SwotAnalysis swot) {
        Map<SwotCategory, Integer> counts = new EnumMap<>(SwotCategory.class);
        for (SwotItem item : swot.getItems()) {
            if (!item.isSetCategory()) {
                continue; // not on any list: no code
            }
            int number = counts.merge(item.getCategory(), 1, Integer::sum);
            codes.put(item, letter(item.getCategory()) + number);
        }
    }

    public static TowsCodes of(SwotAnalysis swot) {
        return new TowsCodes(swot);
    }

    /** E.g. {@code S2}; {@code ?} for an item outside the analysis. */
    public String of(SwotItem item) {
        return codes.getOrDefault(item, "?");
    }

    static String letter(SwotCategory category) {
        return switch (category) {
            case STRENGTH -> "S";
            case WEAKNESS -> "W";
            case OPPORTUNITY -> "O";
            case THREAT -> "T";
        };
    }
}
