package org.tactician.layout.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MediaType;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianFactory;
import org.tactician.model.Touchpoint;

/**
 * Large journeys for the layout checks: touchpoints spread over the five RACE stages, each with a
 * flow onward, branches (a second flow), loops back to an earlier stage and flows inside a stage,
 * deterministic for a seed.
 */
final class GeneratedJourneys {

    private GeneratedJourneys() {
    }

    static CustomerJourney generate(int touchpoints, long seed) {
        TacticianFactory factory = TacticianFactory.eINSTANCE;
        Random random = new Random(seed);
        CustomerJourney journey = factory.createCustomerJourney();
        journey.setId("gen-journey");
        journey.setName("Generated journey");
        List<Persona> personas = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            Persona persona = factory.createPersona();
            persona.setId("gen-persona-" + p);
            persona.setName(new String[] {"Lena", "Giulia", "João", "Мария"}[p]);
            personas.add(persona);
        }
        journey.getPersonas().addAll(personas);
        RaceStage[] race = RaceStage.values();
        List<List<Touchpoint>> byStage = new ArrayList<>();
        for (int s = 0; s < race.length; s++) {
            JourneyStage stage = factory.createJourneyStage();
            stage.setId("gen-stage-" + s);
            stage.setName("Stage " + race[s].getLiteral());
            stage.setRaceStage(race[s]);
            journey.getStages().add(stage);
            byStage.add(new ArrayList<>());
        }
        List<Touchpoint> all = new ArrayList<>();
        for (int i = 0; i < touchpoints; i++) {
            int s = i < race.length ? i : random.nextInt(race.length);
            Touchpoint touchpoint = factory.createTouchpoint();
            touchpoint.setId("gen-tp-" + i);
            touchpoint.setName((i % 7 == 0 ? "A longer touchpoint name that wraps over lines, number " : "Touchpoint ") + i);
            touchpoint.setMediaType(MediaType.values()[random.nextInt(3)]);
            if (random.nextInt(3) > 0) {
                touchpoint.getPersonas().add(personas.get(random.nextInt(personas.size())));
            }
            if (s == 3 && random.nextInt(3) == 0) {
                touchpoint.setPurchase(random.nextBoolean() ? PurchaseMode.ONLINE : PurchaseMode.OFFLINE);
            }
            journey.getStages().get(s).getTouchpoints().add(touchpoint);
            byStage.get(s).add(touchpoint);
            all.add(touchpoint);
        }
        int flows = 0;
        for (int s = 0; s < race.length; s++) {
            for (Touchpoint source : byStage.get(s)) {
                int onward = Math.min(race.length - 1, s + 1);
                flow(journey, "gen-flow-" + flows++, source, pick(byStage.get(onward), random), null);
                if (random.nextInt(3) == 0) {
                    int to = Math.min(race.length - 1, s + random.nextInt(2) + 1);
                    flow(journey, "gen-flow-" + flows++, source, pick(byStage.get(to), random), "If the basket is full");
                }
                if (s > 1 && random.nextInt(8) == 0) {
                    flow(journey, "gen-flow-" + flows++, source, pick(byStage.get(random.nextInt(s)), random), "Comes back later");
                }
                if (random.nextInt(10) == 0) {
                    flow(journey, "gen-flow-" + flows++, source, pick(byStage.get(s), random), null);
                }
            }
        }
        return journey;
    }

    private static Touchpoint pick(List<Touchpoint> touchpoints, Random random) {
        return touchpoints.get(random.nextInt(touchpoints.size()));
    }

    private static void flow(CustomerJourney journey, String id, Touchpoint source, Touchpoint target, String condition) {
        if (source == target) {
            return;
        }
        JourneyFlow flow = TacticianFactory.eINSTANCE.createJourneyFlow();
        flow.setId(id);
        flow.setName("Goes on " + id.substring(id.lastIndexOf('-') + 1));
        flow.setSource(source);
        flow.setTarget(target);
        flow.setCondition(condition);
        journey.getFlows().add(flow);
    }
}
