package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_EXTERNAL_MISSING;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_ITEM_OFF_CELL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.validation.QuickFix;

/** TOWS rules: a strategy combines an internal and an external SWOT item of the kinds its cell names. */
final class TowsRules {

    private TowsRules() {
    }

    static void check(TowsStrategy strategy, Findings findings) {
        TowsCategory cell = strategy.getCategory();
        SwotCategory internal = internalOf(cell);
        SwotCategory external = externalOf(cell);
        boolean hasInternal = false;
        boolean hasExternal = false;
        List<SwotItem> offCell = new ArrayList<>();
        Set<SwotCategory> kinds = EnumSet.noneOf(SwotCategory.class);
        for (SwotItem item : strategy.getSwotItems()) {
            kinds.add(item.getCategory());
            if (item.getCategory() == internal) {
                hasInternal = true;
            } else if (item.getCategory() == external) {
                hasExternal = true;
            } else {
                offCell.add(item);
            }
        }
        String label = Labels.capitalised(strategy) + " (" + cell.getLiteral() + ")";
        if (!hasInternal) {
            findings.report(TOWS_STRATEGY_INTERNAL_MISSING, strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS,
                    label + " combines no " + word(internal) + ": link the " + word(internal)
                            + " it builds on.");
        }
        if (!hasExternal) {
            findings.report(TOWS_STRATEGY_EXTERNAL_MISSING, strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS,
                    label + " combines no " + word(external) + ": link the " + word(external) + " it answers.");
        }
        if (!offCell.isEmpty()) {
            TowsCategory made = cellOf(kinds);
            QuickFix fix = made != null && made != cell
                    ? new QuickFix("Move the strategy to " + made.getLiteral(), strategy,
                            Literals.TOWS_STRATEGY__CATEGORY, made)
                    : null;
            List<String> names = offCell.stream().map(item -> Labels.of(item) + " (" + word(item.getCategory()) + ")")
                    .toList();
            findings.report(TOWS_STRATEGY_ITEM_OFF_CELL, strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS,
                    label + " combines " + String.join(", ", names) + ", which " + cell.getLiteral()
                            + " does not use: unlink " + (names.size() == 1 ? "it" : "them")
                            + (made != null && made != cell ? " or move the strategy to " + made.getLiteral() : "")
                            + ".", fix);
        }
    }

    /** SO and ST build on strengths, WO and WT on weaknesses. */
    static SwotCategory internalOf(TowsCategory cell) {
        return cell == TowsCategory.SO || cell == TowsCategory.ST ? SwotCategory.STRENGTH : SwotCategory.WEAKNESS;
    }

    /** SO and WO answer opportunities, ST and WT threats. */
    static SwotCategory externalOf(TowsCategory cell) {
        return cell == TowsCategory.SO || cell == TowsCategory.WO ? SwotCategory.OPPORTUNITY : SwotCategory.THREAT;
    }

    /** The cell that exactly one internal and one external kind make; null when that is not clear. */
    private static TowsCategory cellOf(Set<SwotCategory> kinds) {
        for (TowsCategory cell : TowsCategory.VALUES) {
            if (kinds.equals(EnumSet.of(internalOf(cell), externalOf(cell)))) {
                return cell;
            }
        }
        return null;
    }

    private static String word(SwotCategory category) {
        return category.getLiteral().toLowerCase(Locale.ROOT);
    }
}
