package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.JOURNEY_ABANDONED_CART_MISSING;
import static org.tactician.validation.RuleRegistry.JOURNEY_CONTENT_GAP;
import static org.tactician.validation.RuleRegistry.JOURNEY_FLOW_DEAD_END;
import static org.tactician.validation.RuleRegistry.JOURNEY_FLOW_SELF_LOOP;
import static org.tactician.validation.RuleRegistry.JOURNEY_PERSONA_UNREACHED;

import java.util.List;
import java.util.Set;

import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/**
 * Customer-journey rules: every persona is reached and has content in every funnel stage, journeys
 * lead on to conversion without looping on one touchpoint, and an online shop recovers abandoned
 * carts.
 */
final class JourneyRules {

    private JourneyRules() {
    }

    static void checkPersona(Persona persona, ValidationRun run, Findings findings) {
        if (findings.isOn(JOURNEY_PERSONA_UNREACHED) && !run.index().isReached(persona)) {
            findings.report(JOURNEY_PERSONA_UNREACHED, persona, Literals.NAMED_ELEMENT__NAME,
                    Labels.capitalised(persona) + " is reached by no touchpoint: add the persona to a touchpoint of "
                            + "a customer journey.");
        }
        if (findings.isOn(JOURNEY_CONTENT_GAP)) {
            Set<RaceStage> covered = run.index().contentStagesOf(persona);
            List<String> missing = CoverageRules.FUNNEL.stream().filter(stage -> !covered.contains(stage))
                    .map(Labels::stage).toList();
            if (!missing.isEmpty()) {
                findings.report(JOURNEY_CONTENT_GAP, persona, Literals.NAMED_ELEMENT__NAME,
                        Labels.capitalised(persona) + " has no content in the " + String.join(", ", missing)
                                + (missing.size() == 1 ? " stage" : " stages") + ": map content of the content map to "
                                + "the persona there.");
            }
        }
    }

    static void checkFlow(JourneyFlow flow, Findings findings) {
        if (flow.getSource() != null && flow.getSource() == flow.getTarget()) {
            findings.report(JOURNEY_FLOW_SELF_LOOP, flow, Literals.JOURNEY_FLOW__TARGET,
                    Labels.capitalised(flow) + " leads from " + Labels.of(flow.getSource()) + " back to itself: point it "
                            + "at the next touchpoint or delete it.");
        }
    }

    static void checkAbandonedCart(MarketingPlan plan, ValidationRun run, Findings findings) {
        if (findings.isOn(JOURNEY_ABANDONED_CART_MISSING) && run.index().sellsOnline()
                && !run.index().hasAbandonedCartAutomation()) {
            boolean automations = plan.getOperations() != null && plan.getOperations().getAutomationPlan() != null;
            findings.report(JOURNEY_ABANDONED_CART_MISSING, automations ? plan.getOperations().getAutomationPlan()
                    : plan.getOperations() != null ? plan.getOperations() : plan,
                    automations ? Literals.AUTOMATION_PLAN__ENTRIES : plan.getOperations() != null
                            ? Literals.OPERATIONS_SECTION__AUTOMATION_PLAN : Literals.MARKETING_PLAN__OPERATIONS,
                    Labels.capitalised(plan) + " sells online but runs no abandoned-cart automation: add one (trigger "
                            + "ABANDONED_CART) to the automation plan; it recovers the carts visitors leave behind.");
        }
    }

    /**
     * A touchpoint a flow leads to is a dead end when nothing leads on from it, no purchase happens
     * there and its stage comes before Convert; touchpoints outside any flow are not judged.
     */
    static void checkTouchpoint(Touchpoint touchpoint, ValidationRun run, Findings findings) {
        if (!findings.isOn(JOURNEY_FLOW_DEAD_END) || touchpoint.getPurchase() != PurchaseMode.NONE
                || !(touchpoint.eContainer() instanceof JourneyStage stage) || !stage.isSetRaceStage()
                || stage.getRaceStage().getValue() >= RaceStage.CONVERT_VALUE) {
            return;
        }
        if (run.index().hasFlowTo(touchpoint) && !run.index().hasFlowFrom(touchpoint)) {
            findings.report(JOURNEY_FLOW_DEAD_END, touchpoint, Literals.TOUCHPOINT__PURCHASE,
                    "The journey ends at " + Labels.of(touchpoint) + " in the " + Labels.stage(stage.getRaceStage())
                            + " stage, before Convert: add a flow from it towards conversion, or set where the "
                            + "purchase happens.");
        }
    }
}
