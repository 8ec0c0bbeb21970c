package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.TOWS_EVIDENCE_POLARITY;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_EXTERNAL_MISSING;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_INTERNAL_MISSING;
import static org.tactician.validation.RuleRegistry.TOWS_STRATEGY_ITEM_OFF_CELL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tactician.model.ExternalFactor;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;

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
        RuleMessage label = RuleMessage.of("tows.strategy.label", strategy, cell);
        if (!hasInternal) {
            findings.report(TOWS_STRATEGY_INTERNAL_MISSING, strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS,
                    RuleMessage.of("tows.strategy.internal-missing", label, internal));
        }
        if (!hasExternal) {
            findings.report(TOWS_STRATEGY_EXTERNAL_MISSING, strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS,
                    RuleMessage.of("tows.strategy.external-missing", label, external));
        }
        if (!offCell.isEmpty()) {
            TowsCategory made = cellOf(kinds);
            QuickFix fix = made != null && made != cell
                    ? new QuickFix(RuleMessage.of("fix.tows.move-strategy", made), strategy,
                            Literals.TOWS_STRATEGY__CATEGORY, made)
                    : null;
            List<RuleMessage> names = offCell.stream()
                    .map(item -> RuleMessage.of("tows.strategy.item-off-cell.item", item, item.getCategory())).toList();
            findings.report(TOWS_STRATEGY_ITEM_OFF_CELL, strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS,
                    made != null && made != cell
                            ? RuleMessage.of(names.size() == 1 ? "tows.strategy.item-off-cell.oneOrMove"
                                    : "tows.strategy.item-off-cell.manyOrMove", label, names, cell, made)
                            : RuleMessage.of(names.size() == 1 ? "tows.strategy.item-off-cell.one"
                                    : "tows.strategy.item-off-cell.many", label, names, cell), fix);
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
        List<RuleMessage> against = new ArrayList<>();
        for (ExternalFactor factor : item.getEvidence()) {
            if (factor.isSetEffect() && factor.getEffect() != expected) {
                against.add(RuleMessage.of("tows.evidence.polarity.factor", factor, factor.getEffect()));
            }
        }
        if (!against.isEmpty()) {
            findings.report(TOWS_EVIDENCE_POLARITY, item, Literals.SWOT_ITEM__EVIDENCE,
                    RuleMessage.of("tows.evidence.polarity." + (expected == OpportunityOrThreat.OPPORTUNITY ? "opportunity" : "threat")
                            + (against.size() == 1 ? ".one" : ".many"), item, against));
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
