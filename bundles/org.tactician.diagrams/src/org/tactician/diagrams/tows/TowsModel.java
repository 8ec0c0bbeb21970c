package org.tactician.diagrams.tows;

import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tactician.model.MarketingPlan;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PlanElement;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsStrategy;

/** Finding and making the TOWS part of a plan. */
final class TowsModel {

    private TowsModel() {
    }

    /** The plan's SWOT analysis, or {@code null} when it has none yet. */
    static SwotAnalysis swot(MarketingPlan plan) {
        OpportunitySection opportunity = plan.getOpportunity();
        return opportunity == null ? null : opportunity.getSwot();
    }

    /**
     * The plan's SWOT analysis; when it has none, a new one whose creation is appended to
     * {@code command} (so it undoes with the edit that needed it).
     */
    static SwotAnalysis swotCreatingIn(EditingDomain domain, MarketingPlan plan, CompoundCommand command) {
        OpportunitySection opportunity = plan.getOpportunity();
        if (opportunity == null) {
            opportunity = TacticianFactory.eINSTANCE.createOpportunitySection();
            opportunity.setId(EcoreUtil.generateUUID());
            command.append(SetCommand.create(domain, plan, Literals.MARKETING_PLAN__OPPORTUNITY, opportunity));
        }
        SwotAnalysis swot = opportunity.getSwot();
        if (swot == null) {
            swot = TacticianFactory.eINSTANCE.createSwotAnalysis();
            swot.setId(EcoreUtil.generateUUID());
            command.append(SetCommand.create(domain, opportunity, Literals.OPPORTUNITY_SECTION__SWOT, swot));
        }
        return swot;
    }

    /** The SWOT item or TOWS strategy with plan id {@code id} in the plan's matrix. */
    static Optional<PlanElement> card(MarketingPlan plan, String id) {
        SwotAnalysis swot = swot(plan);
        if (swot == null || id == null) {
            return Optional.empty();
        }
        for (SwotItem item : swot.getItems()) {
            if (id.equals(item.getId())) {
                return Optional.of(item);
            }
        }
        for (TowsStrategy strategy : swot.getStrategies()) {
            if (id.equals(strategy.getId())) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }

    /** The plan element named by a diagram id: a card, or the owner of a {@code <id>:name} label. */
    static Optional<PlanElement> owner(MarketingPlan plan, String diagramId) {
        if (diagramId == null) {
            return Optional.empty();
        }
        int colon = diagramId.indexOf(':');
        return card(plan, colon < 0 ? diagramId : diagramId.substring(0, colon));
    }

    static boolean isIn(EObject object, SwotAnalysis swot) {
        return swot != null && EcoreUtil.isAncestor(swot, object);
    }
}
