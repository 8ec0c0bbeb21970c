package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.COMPLETENESS_AUDIT;
import static org.tactician.validation.RuleRegistry.COMPLETENESS_CANVAS;
import static org.tactician.validation.RuleRegistry.COMPLETENESS_MARKETING_MIX;
import static org.tactician.validation.RuleRegistry.COMPLETENESS_PESTLE;
import static org.tactician.validation.RuleRegistry.COMPLETENESS_TOWS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.model.AuditActivity;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MixImprovement;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PestleCategory;
import org.tactician.model.PestleFactor;
import org.tactician.model.RaceStage;
import org.tactician.model.StrategySection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.validation.RuleMessage;

/**
 * Whether the plan's analyses are complete: the method's TOWS matrix has eight cells, PESTLE six
 * categories, the marketing mix seven Ps, the canvas nine blocks, the RACE audit 25 activities.
 * Information only: a plan may grow section by section.
 */
final class CompletenessRules {

    /** Activities per RACE stage in the standard audit. */
    private static final int AUDIT_PER_STAGE = 5;

    private CompletenessRules() {
    }

    static void check(MarketingPlan plan, Findings findings) {
        OpportunitySection opportunity = plan.getOpportunity();
        StrategySection strategy = plan.getStrategy();
        tows(plan, opportunity, findings);
        pestle(plan, opportunity, findings);
        mix(plan, strategy, findings);
        canvas(plan, strategy, findings);
        audit(plan, strategy, findings);
    }

    private static void tows(MarketingPlan plan, OpportunitySection opportunity, Findings findings) {
        if (!findings.isOn(COMPLETENESS_TOWS)) {
            return;
        }
        SwotAnalysis swot = opportunity == null ? null : opportunity.getSwot();
        Set<SwotCategory> lists = EnumSet.noneOf(SwotCategory.class);
        Set<TowsCategory> cells = EnumSet.noneOf(TowsCategory.class);
        if (swot != null) {
            for (SwotItem item : swot.getItems()) {
                if (item.isSetCategory()) {
                    lists.add(item.getCategory());
                }
            }
            for (TowsStrategy strategy : swot.getStrategies()) {
                if (strategy.isSetCategory()) {
                    cells.add(strategy.getCategory());
                }
            }
        }
        List<RuleMessage> missing = new ArrayList<>();
        for (SwotCategory category : SwotCategory.VALUES) {
            if (!lists.contains(category)) {
                missing.add(RuleMessage.of("completeness.tows.cells.list." + category.getName().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        for (TowsCategory category : TowsCategory.VALUES) {
            if (!cells.contains(category)) {
                missing.add(RuleMessage.of("completeness.tows.cells.cell", category));
            }
        }
        if (!missing.isEmpty()) {
            report(findings, COMPLETENESS_TOWS, plan, opportunity, swot, Literals.OPPORTUNITY_SECTION__SWOT,
                    Literals.SWOT_ANALYSIS__STRATEGIES, RuleMessage.of("completeness.tows.cells", plan, missing));
        }
    }

    private static void pestle(MarketingPlan plan, OpportunitySection opportunity, Findings findings) {
        if (!findings.isOn(COMPLETENESS_PESTLE)) {
            return;
        }
        Set<PestleCategory> present = EnumSet.noneOf(PestleCategory.class);
        if (opportunity != null && opportunity.getPestle() != null) {
            for (PestleFactor factor : opportunity.getPestle().getFactors()) {
                if (factor.isSetCategory()) {
                    present.add(factor.getCategory());
                }
            }
        }
        List<PestleCategory> missing = PestleCategory.VALUES.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            report(findings, COMPLETENESS_PESTLE, plan, opportunity, opportunity == null ? null : opportunity.getPestle(),
                    Literals.OPPORTUNITY_SECTION__PESTLE, Literals.PESTLE_ANALYSIS__FACTORS,
                    RuleMessage.of("completeness.pestle.categories", plan, missing));
        }
    }

    private static void mix(MarketingPlan plan, StrategySection strategy, Findings findings) {
        if (!findings.isOn(COMPLETENESS_MARKETING_MIX)) {
            return;
        }
        Set<MarketingMixElement> present = EnumSet.noneOf(MarketingMixElement.class);
        if (strategy != null) {
            for (MixImprovement improvement : strategy.getMarketingMix()) {
                if (improvement.isSetElement()) {
                    present.add(improvement.getElement());
                }
            }
        }
        List<MarketingMixElement> missing = MarketingMixElement.VALUES.stream().filter(e -> !present.contains(e)).toList();
        if (!missing.isEmpty()) {
            report(findings, COMPLETENESS_MARKETING_MIX, plan, strategy, strategy, Literals.MARKETING_PLAN__STRATEGY,
                    Literals.STRATEGY_SECTION__MARKETING_MIX, RuleMessage.of("completeness.marketing-mix", plan, missing));
        }
    }

    private static void canvas(MarketingPlan plan, StrategySection strategy, Findings findings) {
        if (!findings.isOn(COMPLETENESS_CANVAS)) {
            return;
        }
        Set<CanvasBlock> present = EnumSet.noneOf(CanvasBlock.class);
        if (strategy != null && strategy.getBusinessModelCanvas() != null) {
            for (CanvasItem item : strategy.getBusinessModelCanvas().getItems()) {
                if (item.isSetBlock()) {
                    present.add(item.getBlock());
                }
            }
        }
        List<CanvasBlock> missing = CanvasBlock.VALUES.stream().filter(b -> !present.contains(b)).toList();
        if (!missing.isEmpty()) {
            report(findings, COMPLETENESS_CANVAS, plan, strategy, strategy == null ? null : strategy.getBusinessModelCanvas(),
                    Literals.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS, Literals.BUSINESS_MODEL_CANVAS__ITEMS,
                    RuleMessage.of("completeness.canvas.blocks", plan, missing));
        }
    }

    private static void audit(MarketingPlan plan, StrategySection strategy, Findings findings) {
        if (!findings.isOn(COMPLETENESS_AUDIT)) {
            return;
        }
        CommunicationsStrategy communications = strategy == null ? null : strategy.getCommunications();
        Map<RaceStage, Integer> counts = new EnumMap<>(RaceStage.class);
        for (RaceStage stage : RaceStage.VALUES) {
            counts.put(stage, 0);
        }
        if (communications != null) {
            for (AuditActivity activity : communications.getAudit()) {
                if (activity.isSetRaceStage()) {
                    counts.merge(activity.getRaceStage(), 1, Integer::sum);
                }
            }
        }
        List<RuleMessage> off = new ArrayList<>();
        counts.forEach((stage, count) -> {
            if (count != AUDIT_PER_STAGE) {
                off.add(RuleMessage.of("completeness.audit.activities.stage", stage, count));
            }
        });
        if (!off.isEmpty()) {
            report(findings, COMPLETENESS_AUDIT, plan, strategy, communications, Literals.STRATEGY_SECTION__COMMUNICATIONS,
                    Literals.COMMUNICATIONS_STRATEGY__AUDIT, RuleMessage.of("completeness.audit.activities", plan, off));
        }
    }

    /** Reports on the analysis, else on the section that would hold it, else on the plan. */
    private static void report(Findings findings, org.tactician.validation.Rule rule, MarketingPlan plan, EObject section,
            EObject analysis, EStructuralFeature sectionFeature, EStructuralFeature analysisFeature, RuleMessage message) {
        if (analysis != null) {
            findings.report(rule, analysis, analysisFeature, message);
        } else if (section != null && section != plan) {
            findings.report(rule, section, sectionFeature, message);
        } else {
            findings.report(rule, plan, section == null ? containerOf(sectionFeature) : sectionFeature, message);
        }
    }

    /** The plan feature that holds the section of {@code feature}. */
    private static EStructuralFeature containerOf(EStructuralFeature feature) {
        return feature.getEContainingClass() == Literals.OPPORTUNITY_SECTION ? Literals.MARKETING_PLAN__OPPORTUNITY
                : feature.getEContainingClass() == Literals.MARKETING_PLAN ? feature : Literals.MARKETING_PLAN__STRATEGY;
    }
}
