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

/** A generator that fails is reported as such, naming the file, and leaves no half file. */
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
        assertEquals("could not generate plan.html: IllegalStateException: the channel's name is unreadable", error.getMessage());
        try (Stream<Path> files = Files.exists(folder.path()) ? Files.list(folder.path()) : Stream.empty()) {
            List<String> names = files.map(file -> file.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(name -> name.startsWith("plan") || name.endsWith(".tmp")), names.toString());
        }
    }
}
