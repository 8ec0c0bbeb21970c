package org.tactician.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.Channel;
import org.tactician.model.MarketingPlan;
import org.tactician.model.impl.ChannelImpl;

/**
 * A generator that fails is reported as such, naming the file and the plan element it was
 * rendering, and leaves no half file.
 */
class PlanGeneratorFailureTest {

    @TempDir
    Path temp;

    /**
     * A channel whose name cannot be read while the document's content is built (the analysis, the
     * calendars and the workbook read it fine): the document fails on it.
     */
    private static Channel brokenChannel(IllegalStateException failure) {
        Channel channel = new ChannelImpl() {
            @Override
            public String getName() {
                if (StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().endsWith(".PlanContent")))) {
                    throw failure;
                }
                return "Broken";
            }
        };
        channel.setId("broken-channel");
        return channel;
    }

    @Test
    void aFailingDocumentIsNamedAndTheCauseKept() throws IOException {
        MarketingPlan plan = TestPlans.full("en");
        IllegalStateException failure = new IllegalStateException("the channel's name is unreadable");
        plan.getChannels().add(brokenChannel(failure));
        OutputFolder folder = new OutputFolder(temp.resolve("out"));

        GenerationFailedException error = assertThrows(GenerationFailedException.class,
                () -> new PlanGenerator().generate(plan, folder, EnumSet.of(ArtifactFormat.ICS, ArtifactFormat.HTML), false,
                        GenerationProgress.NONE));

        assertEquals(Optional.of("plan.html"), error.file());
        assertSame(failure, error.getCause());
        // The channel cannot say its name (that is what failed): its kind and id say which it is.
        assertEquals(Optional.of("channel (id broken-channel)"), error.element());
        assertEquals("could not generate plan.html, at channel (id broken-channel): IllegalStateException: the channel's name is unreadable",
                error.getMessage());
        try (Stream<Path> files = Files.exists(folder.path()) ? Files.list(folder.path()) : Stream.empty()) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(name -> name.startsWith("plan") || name.endsWith(".tmp")), names.toString());
        }
    }

    /**
     * A budget line with a wordy name whose channel's name cannot be read while the workbook's
     * budget sheet is written (the analysis and every other reader read it fine).
     */
    static MarketingPlan withUnreadableChannelOnABudgetLine() {
        MarketingPlan plan = TestPlans.full("en");
        Channel channel = new ChannelImpl() {
            @Override
            public String getName() {
                if (StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().endsWith(".BudgetSheet")))) {
                    throw new IllegalStateException("the channel's name is unreadable");
                }
                return "Search";
            }
        };
        channel.setId("ch-unreadable");
        plan.getChannels().add(channel);
        org.tactician.model.BudgetLine line = org.tactician.model.TacticianFactory.eINSTANCE.createBudgetLine();
        line.setId("bl-paid-search-q3");
        line.setName("Paid search Q3 " + "keywords ".repeat(40));
        line.setCategory(org.tactician.model.BudgetCategory.MEDIA);
        line.setAmount(org.tactician.model.Money.of("900.00", "EUR"));
        line.setChannel(channel);
        plan.getAction().getBudget().getLines().add(line);
        return plan;
    }

    @Test
    void aWorkbookThatFailsOnABudgetLineNamesTheLine() throws IOException {
        OutputFolder folder = new OutputFolder(temp.resolve("xlsx"));

        GenerationFailedException error = assertThrows(GenerationFailedException.class,
                () -> new PlanGenerator().generate(withUnreadableChannelOnABudgetLine(), folder, EnumSet.of(ArtifactFormat.XLSX), false,
                        GenerationProgress.NONE));

        assertEquals(Optional.of("budget.xlsx"), error.file());
        // The name is quoted short (its first 60 characters), and the id finds the line.
        String element = "budget line 'Paid search Q3 keywords keywords keywords keywords keywords…' (id bl-paid-search-q3)";
        assertEquals(Optional.of(element), error.element());
        assertEquals("could not generate budget.xlsx, at " + element + ": IllegalStateException: the channel's name is unreadable",
                error.getMessage());
        assertTrue(error.getCause() instanceof IllegalStateException, String.valueOf(error.getCause()));
        try (Stream<Path> files = Files.exists(folder.path()) ? Files.list(folder.path()) : Stream.empty()) {
            assertEquals(List.of(), files.map(file -> file.getFileName().toString()).toList());
        }
    }

    @Test
    void aDocumentThatFailsOnACampaignNamesTheCampaignAndTheNextRunItsOwnElement() throws IOException {
        MarketingPlan plan = TestPlans.full("en");
        IllegalStateException failure = new IllegalStateException("the goals are unreadable");
        org.tactician.model.Campaign campaign = new org.tactician.model.impl.CampaignImpl() {
            @Override
            public String getGoals() {
                if (StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().endsWith(".PlanContent")))) {
                    throw failure;
                }
                return "";
            }
        };
        campaign.setId("camp-back-to-school");
        campaign.setName("Back to school");
        plan.getAction().getCampaigns().add(campaign);

        GenerationFailedException error = assertThrows(GenerationFailedException.class,
                () -> new PlanGenerator().generate(plan, new OutputFolder(temp.resolve("docx")), EnumSet.of(ArtifactFormat.DOCX), false,
                        GenerationProgress.NONE));

        assertEquals("could not generate plan.docx, at campaign 'Back to school' (id camp-back-to-school): "
                + "IllegalStateException: the goals are unreadable", error.getMessage());
        assertSame(failure, error.getCause());

        // The next run knows nothing of this one: it names the element it failed on.
        GenerationFailedException next = assertThrows(GenerationFailedException.class,
                () -> new PlanGenerator().generate(withUnreadableChannelOnABudgetLine(), new OutputFolder(temp.resolve("next")),
                        EnumSet.of(ArtifactFormat.XLSX), false, GenerationProgress.NONE));
        assertTrue(next.element().orElseThrow().endsWith("(id bl-paid-search-q3)"), next.getMessage());
        assertTrue(!next.getMessage().contains("Back to school"), next.getMessage());
    }
}
