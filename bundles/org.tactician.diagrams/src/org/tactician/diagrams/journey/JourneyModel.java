package org.tactician.diagrams.journey;

import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanElement;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/** Finding and making the customer journey part of a plan: the one place the diagram reads the model. */
final class JourneyModel {

    private JourneyModel() {
    }

    /** The journey the diagram shows: the plan's first, or {@code null} when it has none. */
    static CustomerJourney journey(MarketingPlan plan) {
        return plan.getJourneys().isEmpty() ? null : plan.getJourneys().get(0);
    }

    /**
     * The plan's journey; when it has none, a new one with a stage per RACE stage, whose creation
     * is appended to {@code command} (so it undoes with the edit that needed it).
     */
    static CustomerJourney journeyCreatingIn(EditingDomain domain, MarketingPlan plan, CompoundCommand command) {
        CustomerJourney journey = journey(plan);
        if (journey != null) {
            return journey;
        }
        journey = TacticianFactory.eINSTANCE.createCustomerJourney();
        journey.setId(EcoreUtil.generateUUID());
        // plan content: named in the plan's language, as its documents will print it
        org.tactician.i18n.PlanTerms words = org.tactician.i18n.PlanTerms.of(plan);
        journey.setName(words.text("doc.section.journey"));
        for (RaceStage race : RaceStage.values()) {
            JourneyStage stage = TacticianFactory.eINSTANCE.createJourneyStage();
            stage.setId(EcoreUtil.generateUUID());
            stage.setName(words.literal(race));
            stage.setRaceStage(race);
            journey.getStages().add(stage);
        }
        command.append(AddCommand.create(domain, plan, Literals.MARKETING_PLAN__JOURNEYS, journey));
        return journey;
    }

    static Optional<Touchpoint> touchpoint(CustomerJourney journey, String id) {
        if (journey == null || id == null) {
            return Optional.empty();
        }
        for (JourneyStage stage : journey.getStages()) {
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                if (id.equals(touchpoint.getId())) {
                    return Optional.of(touchpoint);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<JourneyFlow> flow(CustomerJourney journey, String id) {
        if (journey == null || id == null) {
            return Optional.empty();
        }
        return journey.getFlows().stream().filter(f -> id.equals(f.getId())).findFirst();
    }

    static Optional<JourneyStage> stage(CustomerJourney journey, String id) {
        if (journey == null || id == null) {
            return Optional.empty();
        }
        return journey.getStages().stream().filter(s -> id.equals(s.getId())).findFirst();
    }

    /** The journey element named by a diagram id: an element, or the owner of a {@code <id>:name} or {@code :label}. */
    static Optional<PlanElement> owner(CustomerJourney journey, String diagramId) {
        if (diagramId == null) {
            return Optional.empty();
        }
        int colon = diagramId.indexOf(':');
        String id = colon < 0 ? diagramId : diagramId.substring(0, colon);
        Optional<PlanElement> found = touchpoint(journey, id).map(PlanElement.class::cast);
        if (found.isEmpty()) {
            found = flow(journey, id).map(PlanElement.class::cast);
        }
        if (found.isEmpty()) {
            found = stage(journey, id).map(PlanElement.class::cast);
        }
        return found;
    }
}
