package org.tactician.model.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.Channel;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TowsStrategy;

class PlanFilesTest {

    @TempDir
    Path folder;

    @Test
    void savedPlanLoadsWithItsReferences() throws IOException {
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);

        MarketingPlan loaded = PlanFiles.load(file);
        SmartObjective objective = loaded.getOpportunity().getObjectives().get(0);
        assertEquals("Casa Nova 2027", loaded.getName());
        assertEquals(new BigDecimal("50000"), objective.getTarget());
        assertEquals(List.of(loaded.getChannels().get(0)), objective.getChannels());
        assertSame(loaded.getOpportunity().getSwot().getStrategies().get(0), objective.getStrategy());
        assertEquals(2, objective.getStrategy().getSwotItems().size());
    }

    @Test
    void equalDecimalsKeepTheScaleTheyWereWrittenWith() throws IOException {
        // The reader shares equal decimals; 50000 and 50000.00 are equal numbers but not the same text.
        MarketingPlan plan = TestPlans.small("Casa Nova 2027");
        SmartObjective objective = plan.getOpportunity().getObjectives().get(0);
        objective.setBaseline(new BigDecimal("50000.00"));
        objective.setTarget(new BigDecimal("50000"));
        Path file = folder.resolve("scales.mplan");
        PlanFiles.save(plan, file);

        SmartObjective loaded = PlanFiles.load(file).getOpportunity().getObjectives().get(0);
        assertEquals("50000.00", loaded.getBaseline().toPlainString());
        assertEquals("50000", loaded.getTarget().toPlainString());
    }

    @Test
    void linksBackAndForwardInTheFileBothResolve() throws IOException {
        // Links to elements read before are set at once, the others at the end of the file: move
        // the channel after the objective that links to it.
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        String text = Files.readString(file);
        String channel = text.substring(text.indexOf("  <channels id=\"ch-search\""));
        channel = channel.substring(0, channel.indexOf('\n') + 1);
        text = text.replace(channel, "").replace("</tactician:MarketingPlan>", channel + "</tactician:MarketingPlan>");
        assertTrue(text.indexOf("channels=\"ch-search\"") < text.indexOf("id=\"ch-search\""), "a link forward");
        assertTrue(text.indexOf("id=\"so-templates\"") < text.indexOf("strategy=\"so-templates\""), "a link back");
        Files.writeString(file, text);

        MarketingPlan loaded = PlanFiles.load(file);
        SmartObjective objective = loaded.getOpportunity().getObjectives().get(0);
        assertSame(loaded.getChannels().get(0), objective.getChannels().get(0));
        assertEquals("ch-search", objective.getChannels().get(0).getId());
        assertSame(loaded.getOpportunity().getSwot().getStrategies().get(0), objective.getStrategy());
        assertEquals(2, objective.getStrategy().getSwotItems().size());
    }

    @Test
    void loadAndSaveOfAnUnchangedPlanIsByteIdentical() throws IOException {
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        byte[] first = Files.readAllBytes(file);

        MarketingPlan loaded = PlanFiles.load(file);
        Path copy = folder.resolve("copy.mplan");
        PlanFiles.save(loaded, copy);

        assertArrayEquals(first, Files.readAllBytes(copy));
    }

    @Test
    void oneFieldChangeIsOneLineOfDiff() throws IOException {
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        List<String> before = Files.readAllLines(file);

        MarketingPlan loaded = PlanFiles.load(file);
        loaded.getOpportunity().getObjectives().get(0).setTarget(new BigDecimal("60000"));
        PlanFiles.save(loaded, file);
        List<String> after = Files.readAllLines(file);

        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(1, changed.size(), "changed lines: " + changed);
        assertTrue(after.get(changed.get(0)).contains("60000"));
    }

    @Test
    void referencesAreWrittenAsIdsAndSurviveReordering() throws IOException {
        MarketingPlan plan = TestPlans.small("Casa Nova 2027");
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(plan, file);
        String text = Files.readString(file);
        assertTrue(text.contains("strategy=\"so-templates\""), text);
        assertTrue(text.contains("swotItems=\"s-catalogue o-social\""), text);

        MarketingPlan loaded = PlanFiles.load(file);
        ECollections.reverse(loaded.getOpportunity().getSwot().getItems());
        PlanFiles.save(loaded, file);

        MarketingPlan reloaded = PlanFiles.load(file);
        TowsStrategy strategy = reloaded.getOpportunity().getSwot().getStrategies().get(0);
        List<String> names = strategy.getSwotItems().stream().map(SwotItem::getName).toList();
        assertEquals(List.of("Wide catalogue", "Visual social network ads"), names);
        assertEquals("o-social", reloaded.getOpportunity().getSwot().getItems().get(0).getId());
    }

    @Test
    void newElementsGetAStableIdWhenTheyEnterAPlan() throws IOException {
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        MarketingPlan loaded = PlanFiles.load(file);

        Channel email = TacticianFactory.eINSTANCE.createChannel();
        email.setName("Email");
        loaded.getChannels().add(email);
        assertNotNull(email.getId());
        assertNotEquals(loaded.getChannels().get(0).getId(), email.getId());

        PlanFiles.save(loaded, file);
        assertEquals(email.getId(), PlanFiles.load(file).getChannels().get(1).getId());
    }

    @Test
    void textInEveryScriptSurvivesARoundTrip() throws IOException {
        String[] names = {
            "خطة التسويق الرقمي ٢٠٢٧", // Arabic (right-to-left)
            "Маркетинговый план на 2027 год", // Russian
            "Kế hoạch tiếp thị số năm 2027", // Vietnamese
            "Plano de marketing digital — promoção de verão", // Portuguese
            "Piano di marketing: più qualità, però meno costi", // Italian
            "Emoji and symbols: 🚀 → ✓ « » & < > \" '",
        };
        for (String name : names) {
            Path file = folder.resolve("plan.mplan");
            PlanFiles.save(TestPlans.small(name), file);
            assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("UTF-8"));
            assertEquals(name, PlanFiles.load(file).getName());
        }
    }

    @Test
    void filesUseLfLineEndsAndNoSchemaLocation() throws IOException {
        Path file = folder.resolve("plan.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        String text = Files.readString(file);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text);
        assertTrue(!text.contains("\r"), "no CR in the file");
        assertTrue(!text.contains("schemaLocation"), "no schema location");
    }
}
