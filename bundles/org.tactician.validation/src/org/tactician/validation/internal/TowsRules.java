package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.TOWS_EVIDENCE_POLARITY;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_EXTERNAL_MISSING;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_ITEM_OFF_CELL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tactician.model.ExternalFactor;
import org.tactician.model.OpportunityOrThreat;
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
        if (!strategy.isSetCategory()) {
            return; // not placed in a cell yet: the classification rule asks for it
        }
        TowsCategory cell = strategy.getCategory();
        SwotCategory internal = internalOf(cell);
        SwotCategory external = externalOf(cell);
        boolean hasInternal = false;
        boolean hasExternal = false;
        List<SwotItem> offCell = new ArrayList<>();
        Set<SwotCategory> kinds = EnumSet.noneOf(SwotCategory.class);
        for (SwotItem item : strategy.getSwotItems()) {
            if (!item.isSetCategory()) {
                continue;
            }
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

    /**
     * The evidence of an opportunity is opportunities, of a threat threats; strengths and weaknesses
     * are internal and are not judged here.
     */
    static void checkEvidence(SwotItem item, Findings findings) {
        if (!findings.isOn(TOWS_EVIDENCE_POLARITY) || !item.isSetCategory()
                || item.getCategory() != SwotCategory.OPPORTUNITY && item.getCategory() != SwotCategory.THREAT) {
            return;
        }
        OpportunityOrThreat expected = item.getCategory() == SwotCategory.OPPORTUNITY ? OpportunityOrThreat.OPPORTUNITY
                : OpportunityOrThreat.THREAT;
        List<String> against = new ArrayList<>();
        for (ExternalFactor factor : item.getEvidence()) {
            if (factor.isSetEffect() && factor.getEffect() != expected) {
                against.add(Labels.of(factor) + " (" + word(factor.getEffect()) + ")");
            }
        }
        if (!against.isEmpty()) {
            findings.report(TOWS_EVIDENCE_POLARITY, item, Literals.SWOT_ITEM__EVIDENCE,
                    Labels.capitalised(item) + " is " + (expected == OpportunityOrThreat.OPPORTUNITY ? "an opportunity"
                            : "a threat") + " but its evidence "
                            + String.join(", ", against) + (against.size() == 1 ? " points" : " point")
                            + " the other way: unlink it, or correct the effect of the finding or factor.");
        }
    }

    /** The cell its items make, or null when they do not make exactly one. */
    static TowsCategory cellMadeBy(TowsStrategy strategy) {
        Set<SwotCategory> kinds = EnumSet.noneOf(SwotCategory.class);
        for (SwotItem item : strategy.getSwotItems()) {
            if (item.isSetCategory()) {
                kinds.add(item.getCategory());
            }
        }
        return cellOf(kinds);
    }

    private static String word(org.eclipse.emf.common.util.Enumerator value) {
        return value.getLiteral().toLowerCase(Locale.ROOT);
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

}
