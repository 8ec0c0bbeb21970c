package org.tactician.model.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.Channel;
import org.tactician.model.MarketingPlan;
import org.tactician.model.TacticianFactory;

/** Saving never tears the user's file and keeps the previous version. */
class AtomicSaveTest {

    @TempDir
    Path folder;

    private List<String> folderContent() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void previousVersionIsKeptAsBackup() throws IOException {
        Path file = folder.resolve("plan.mplan");
        MarketingPlan plan = TestPlans.small("Version one");
        PlanFiles.save(plan, file);
        byte[] first = Files.readAllBytes(file);

        plan.setName("Version two");
        PlanFiles.save(plan, file);

        Path backup = folder.resolve("plan.mplan.bak");
        assertArrayEquals(first, Files.readAllBytes(backup));
        assertEquals("Version two", PlanFiles.load(file).getName());
        assertEquals(List.of("plan.mplan", "plan.mplan.bak"), folderContent(), "no temporary files remain");
    }

    @Test
    void failedSaveLeavesTheFileAsItWas() throws IOException {
        Path file = folder.resolve("plan.mplan");
        MarketingPlan plan = TestPlans.small("Good version");
        PlanFiles.save(plan, file);
        byte[] good = Files.readAllBytes(file);

        // A reference to a channel outside any plan cannot be written: the save must fail
        // before the file is touched.
        Channel stray = TacticianFactory.eINSTANCE.createChannel();
        stray.setId("stray");
        plan.setName("Broken version");
        plan.getOpportunity().getObjectives().get(0).getChannels().add(stray);

        IOException error = assertThrows(IOException.class, () -> PlanFiles.save(plan, file));
        assertTrue(error.getMessage().contains("SMART objective 'Grow social traffic' refers in 'channels'"), error.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file));
        assertFalse(Files.exists(folder.resolve("plan.mplan.bak")), "no backup of a save that did not happen");
        assertEquals(List.of("plan.mplan"), folderContent());
    }

    @Test
    void backupCanBeSwitchedOff() throws IOException {
        Path file = folder.resolve("plan.mplan");
        MarketingPlan plan = TestPlans.small("One");
        PlanFiles.save(plan, file);
        plan.setName("Two");
        plan.eResource().save(java.util.Map.of(PlanResource.OPTION_KEEP_BACKUP, Boolean.FALSE));
        assertEquals(List.of("plan.mplan"), folderContent());
        assertTrue(Files.readString(file).contains("Two"));
    }

    @Test
    void textAPlanFileCannotStoreIsRefusedBeforeTheFileIsTouched() throws IOException {
        Path file = folder.resolve("plan.mplan");
        MarketingPlan plan = TestPlans.small("Good version");
        PlanFiles.save(plan, file);
        byte[] good = Files.readAllBytes(file);

        plan.getOpportunity().getObjectives().get(0).setName("Bell\u0007 and escape\u001b[31m");
        IOException error = assertThrows(IOException.class, () -> PlanFiles.save(plan, file));

        assertEquals("SMART objective 'Bell\u0007 and escape\u001b[31m': 'name' holds the control character U+0007,"
                + " which a plan file cannot store; remove it", error.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file));
        assertEquals(List.of("plan.mplan"), folderContent());

        plan.getOpportunity().getObjectives().get(0).setName("Tabs\tand\nline breaks are fine");
        PlanFiles.save(plan, file);
        assertEquals("Tabs\tand\nline breaks are fine", PlanFiles.load(file).getOpportunity().getObjectives().get(0).getName());
    }
}
