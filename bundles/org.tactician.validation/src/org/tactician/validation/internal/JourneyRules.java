package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.JOURNEY_FLOW_DEAD_END;
import static org.tactician.validation.RuleRegistry.JOURNEY_PERSONA_UNREACHED;

import org.tactician.model.JourneyStage;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/** Customer-journey rules: every persona is reached, and journeys lead on to conversion. */
final class JourneyRules {

    private JourneyRules() {
    }

    static void checkPersona(Persona persona, ValidationRun run, Findings findings) {
        if (findings.isOn(JOURNEY_PERSONA_UNREACHED) && !run.index().isReached(persona)) {
            findings.report(JOURNEY_PERSONA_UNREACHED, persona, Literals.NAMED_ELEMENT__NAME,
                    Labels.capitalised(persona) + " is reached by no touchpoint: add the persona to a touchpoint of "
                            + "a customer journey.");
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
