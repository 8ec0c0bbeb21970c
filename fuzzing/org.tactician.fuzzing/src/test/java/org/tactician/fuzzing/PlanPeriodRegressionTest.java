package org.tactician.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.forecast.PlanCalendar;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GenerationFailedException;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;

/**
 * Found by fuzzing the generators: a plan whose end year is mistyped (a period of tens of
 * thousands of years) made generation run for hours (quarter labels and month lists walked the
 * whole calendar per quarter). Now such a plan is refused at once, in words, and nothing is written.
 */
class PlanPeriodRegressionTest {

    @TempDir
    Path folder;

    private MarketingPlan starter() throws IOException {
        Path file = folder.resolve("starter.mplan");
        try (InputStream in = SamplePlans.STARTER.openStream()) {
            Files.copy(in, file);
        }
        return PlanFiles.load(file);
    }

    @Test
    void aMistypedEndYearIsRefusedAtOnceAndNothingIsWritten() throws IOException {
        MarketingPlan plan = starter();
        plan.setEnd(LocalDate.of(20270, 12, 31));
        Path out = folder.resolve("out");
        GenerationFailedException refused = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(GenerationFailedException.class, () -> new PlanGenerator(Instant.EPOCH)
                        .generate(plan, new OutputFolder(out), EnumSet.allOf(ArtifactFormat.class), false,
                                GenerationProgress.NONE)));
        assertTrue(refused.getMessage().contains("Tactician generates plans of at most 25 years: check the plan's start and"
                + " end dates"), refused.getMessage());
        assertTrue(refused.getMessage().contains("+20270-12-31"), refused.getMessage());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void aLongCalendarCountsItsYearsAndQuartersWithoutWalkingItPerQuarter() {
        PlanCalendar calendar = PlanCalendar.between(java.time.YearMonth.of(2027, 1), java.time.YearMonth.of(2126, 6));
        assertEquals(100, calendar.years().size());
        assertEquals(1194, calendar.months().size());
        // The last quarter of a ragged end: plan year 100, Q2 holds 2126-04 to 2126-06.
        var last = calendar.quarters().get(calendar.quarters().size() - 1);
        assertEquals(java.util.List.of(java.time.YearMonth.of(2126, 4), java.time.YearMonth.of(2126, 5),
                java.time.YearMonth.of(2126, 6)), calendar.monthsOf(last));
    }
}
