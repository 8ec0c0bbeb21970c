package org.tactician.i18n;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotItem;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsStrategy;

/**
 * The short codes of a SWOT analysis's items in one language — S1, S2, W1, O1, T3 in English,
 * F1, Fr1, O1, A1 in Portuguese — numbered in the order of each list, as consultants write them
 * in a TOWS matrix ("S2 + O1"). The one source of the codes: the TOWS diagram's cards and link
 * badges and the plan documents' TOWS figure both take them from here.
 */
public final class SwotCodes {

    private final Map<SwotItem, String> codes = new IdentityHashMap<>();

    private SwotCodes(SwotAnalysis swot, PlanTerms terms) {
        Map<SwotCategory, Integer> counts = new EnumMap<>(SwotCategory.class);
        for (SwotItem item : swot.getItems()) {
            if (!item.isSetCategory()) {
                continue; // not on any list: no code
            }
            int number = counts.merge(item.getCategory(), 1, Integer::sum);
            codes.put(item, terms.code(item.getCategory()) + number);
        }
    }

    /** The codes of {@code swot}'s items in {@code terms}' language. */
    public static SwotCodes of(SwotAnalysis swot, PlanTerms terms) {
        return new SwotCodes(swot, terms);
    }

    /** E.g. {@code S2}; {@code ?} for an item outside the analysis or on no list. */
    public String of(SwotItem item) {
        return codes.getOrDefault(item, "?");
    }

    /** The codes of the factors a strategy combines, joined as consultants write them: "S2 + O1"; empty for none. */
    public String of(TowsStrategy strategy) {
        List<String> combined = strategy.getSwotItems().stream().map(this::of).toList();
        return String.join(" + ", combined);
    }
}
