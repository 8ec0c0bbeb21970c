package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public API that lists the samples. */
class SamplePlansTest {

    @Test
    void thereAreAFullAStarterAnArabicAndANeedsWorkSample() {
        assertEquals(Set.of("furniture-retailer", "starter", "arabic-plan", "needs-work"), ids());
        assertEquals(java.util.List.of(SamplePlans.FURNITURE_RETAILER, SamplePlans.STARTER, SamplePlans.ARABIC),
                SamplePlans.exemplary());
        assertTrue(!SamplePlans.NEEDS_WORK.isExemplary());
    }

    @Test
    void idsAndFileNamesAreUnique() {
        Set<String> fileNames = new HashSet<>();
        for (SamplePlans sample : SamplePlans.values()) {
            assertTrue(fileNames.add(sample.fileName()), "duplicate file name " + sample.fileName());
        }
        assertEquals(SamplePlans.values().length, ids().size());
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void everySampleIsDescribed(SamplePlans sample) {
        assertFalse(sample.title().isBlank(), "title");
        assertTrue(sample.description().length() > 40, "a sentence of description");
        assertTrue(sample.fileName().endsWith(".mplan"), sample.fileName());
        assertTrue(sample.url().getPath().endsWith(SamplePlans.FOLDER + sample.fileName()), sample.url().toString());
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void everySampleIsShippedAsAnXmiPlan(SamplePlans sample) throws IOException {
        try (InputStream in = sample.openStream()) {
            String start = new String(in.readNBytes(400), StandardCharsets.UTF_8);
            assertTrue(start.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tactician:MarketingPlan "), start);
        }
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void byIdFindsEverySample(SamplePlans sample) {
        assertEquals(Optional.of(sample), SamplePlans.byId(sample.id()));
    }

    @Test
    void byIdOfAnUnknownSampleIsEmpty() {
        assertEquals(Optional.empty(), SamplePlans.byId("no-such-sample"));
        assertEquals(Optional.empty(), SamplePlans.byId("Starter"));
    }

    private static Set<String> ids() {
        Set<String> ids = new HashSet<>();
        for (SamplePlans sample : SamplePlans.values()) {
            ids.add(sample.id());
        }
        return ids;
    }
}
