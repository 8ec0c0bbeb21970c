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
import org.tactician.validation.RuleMessage;

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
                    RuleMessage.of("journey.persona.unreached", persona));
        }
        if (findings.isOn(JOURNEY_CONTENT_GAP)) {
            Set<RaceStage> covered = run.index().contentStagesOf(persona);
            List<RaceStage> missing = CoverageRules.FUNNEL.stream().filter(stage -> !covered.contains(stage)).toList();
            if (!missing.isEmpty()) {
                findings.report(JOURNEY_CONTENT_GAP, persona, Literals.NAMED_ELEMENT__NAME,
                        RuleMessage.of(missing.size() == 1 ? "journey.content.gap.one" : "journey.content.gap.many", persona,
                                missing));
            }
        }
    }

    static void checkFlow(JourneyFlow flow, Findings findings) {
        if (flow.getSource() != null && flow.getSource() == flow.getTarget()) {
            findings.report(JOURNEY_FLOW_SELF_LOOP, flow, Literals.JOURNEY_FLOW__TARGET,
                    RuleMessage.of("journey.flow.self-loop", flow, flow.getSource()));
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
                    RuleMessage.of("journey.abandoned-cart.missing", plan));
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
                    RuleMessage.of("journey.flow.dead-end", touchpoint, stage.getRaceStage()));
        }
    }
}
