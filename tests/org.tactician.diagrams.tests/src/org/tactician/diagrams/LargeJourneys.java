package org.tactician.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaType;
import org.tactician.model.TacticianFactory;
import org.tactician.model.Touchpoint;

/** A plan's journey replaced by a large one, for the speed benchmark: n touchpoints over its stages. */
final class LargeJourneys {

    private LargeJourneys() {
    }

    /** Fills the first journey of {@code plan} with {@code count} touchpoints; flows on, branch and loop back. */
    static void fill(MarketingPlan plan, int count, long seed) {
        CustomerJourney journey = plan.getJourneys().get(0);
        journey.getFlows().clear();
        List<JourneyStage> stages = journey.getStages();
        stages.forEach(stage -> stage.getTouchpoints().clear());
        Random random = new Random(seed);
        List<List<Touchpoint>> byStage = new ArrayList<>();
        stages.forEach(stage -> byStage.add(new ArrayList<>()));
        for (int i = 0; i < count; i++) {
            int s = i < stages.size() ? i : random.nextInt(stages.size());
            Touchpoint touchpoint = TacticianFactory.eINSTANCE.createTouchpoint();
            touchpoint.setId("big-tp-" + i);
            touchpoint.setName("Touchpoint " + i + (i % 5 == 0 ? " with a name long enough to wrap" : ""));
            touchpoint.setMediaType(MediaType.get(i % 3));
            stages.get(s).getTouchpoints().add(touchpoint);
            byStage.get(s).add(touchpoint);
        }
        int id = 0;
        for (int s = 0; s < stages.size(); s++) {
            for (Touchpoint from : byStage.get(s)) {
                int next = Math.min(stages.size() - 1, s + 1);
                id = flow(journey, id, from, byStage.get(next).get(random.nextInt(byStage.get(next).size())), null);
                if (random.nextInt(4) == 0 && s + 2 < stages.size()) {
                    id = flow(journey, id, from, byStage.get(s + 2).get(random.nextInt(byStage.get(s + 2).size())), "Ready to buy");
                }
                if (s >= 3 && random.nextInt(6) == 0) {
                    id = flow(journey, id, from, byStage.get(1).get(random.nextInt(byStage.get(1).size())), "Comes back");
                }
            }
        }
    }

    private static int flow(CustomerJourney journey, int id, Touchpoint from, Touchpoint to, String condition) {
        if (from != to) {
            JourneyFlow flow = TacticianFactory.eINSTANCE.createJourneyFlow();
            flow.setId("big-flow-" + id);
            flow.setName("Step " + id);
            flow.setSource(from);
            flow.setTarget(to);
            flow.setCondition(condition);
            journey.getFlows().add(flow);
        }
        return id + 1;
    }
}
