package org.tactician.generators.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.layout.journey.JourneyLayout.Options;
import org.tactician.layout.journey.internal.ElkJourney;
import org.tactician.model.CustomerJourney;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Persona;
import org.tactician.model.Touchpoint;

/**
 * Compute once, render many: a generation run of every format lays each journey out with ELK
 * once per distinct set of options — the PDF's pages, the whole figure, the Word pictures and the
 * full-size {@code journey.svg} share that drawing — and the next run lays it out anew, so a
 * changed journey is never drawn from a stale layout.
 */
class JourneyLaidOutOnceTest {

    @TempDir
    Path temp;

    /** Every layout a run of every format makes, by journey, with the options of each. */
    private static Map<CustomerJourney, List<Options>> layoutsOfARun(MarketingPlan plan, Path out) throws Exception {
        Map<CustomerJourney, List<Options>> layouts = Collections.synchronizedMap(new IdentityHashMap<>());
        try (ElkJourney.Watch watch = ElkJourney.watch(
                (journey, options) -> layouts.computeIfAbsent(journey, j -> Collections.synchronizedList(new ArrayList<>())).add(options))) {
            new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.allOf(ArtifactFormat.class), false,
                    GenerationProgress.NONE);
        }
        return layouts;
    }

    private static void assertOncePerOptions(MarketingPlan plan, Map<CustomerJourney, List<Options>> layouts) {
        assertEquals(plan.getJourneys().size(), layouts.size(), "every journey laid out, no other");
        for (CustomerJourney journey : plan.getJourneys()) {
            List<Options> options = layouts.get(journey);
            assertEquals(options.stream().distinct().count(), options.size(),
                    "one layout per distinct options of " + journey.getName() + ": " + options);
        }
    }

    @Test
    void aRunOfEveryFormatLaysTheSampleJourneyOutOnce() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        Map<CustomerJourney, List<Options>> layouts = layoutsOfARun(plan, temp.resolve("out"));
        assertOncePerOptions(plan, layouts);
        assertEquals(1, layouts.get(plan.getJourneys().get(0)).size(), "one ELK layout for every format");
        assertTrue(Files.size(temp.resolve("out").resolve(PlanGenerator.JOURNEY_SVG)) > 1000, "journey.svg drawn");
    }

    @Test
    void aJourneyCutIntoPagesIsLaidOutOnceAndAfreshInTheNextRun() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        JourneyOnPaperTest.grow(journey, personas, 200);
        Map<CustomerJourney, List<Options>> first = layoutsOfARun(plan, temp.resolve("first"));
        assertOncePerOptions(plan, first);
        assertEquals(1, first.get(journey).size(), "pages, whole figure, Word pieces and SVG from one layout");

        // the model changes between runs: the next run lays the journey out again and draws the change
        Touchpoint renamed = journey.getStages().get(0).getTouchpoints().get(0);
        renamed.setName("Quokkaroom");
        Map<CustomerJourney, List<Options>> second = layoutsOfARun(plan, temp.resolve("second"));
        assertEquals(1, second.get(journey).size(), "a new run, a new layout");
        assertTrue(Files.readString(temp.resolve("second").resolve(PlanGenerator.JOURNEY_SVG)).contains("Quokkaroom"),
                "the second run's journey.svg shows the renamed touchpoint");
    }
}
