package org.tactician.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.MarketingPlan;

/** A generation run reaches its folder as a whole, or not at all, and runs take turns. */
class OutputRunTest {

    @TempDir
    Path temp;

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static GeneratedArtifact stage(OutputRun run, String name, String content) throws IOException {
        return new GeneratedArtifact(ArtifactFormat.HTML, run.staging().write(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRunThatIsNotCommittedChangesNothing() throws IOException {
        Path folder = temp.resolve("out");
        try (OutputRun run = OutputRun.start(folder, f -> { })) {
            run.commit(List.of(stage(run, "plan.html", "first")));
        }
        Set<String> before = names(folder);

        try (OutputRun run = OutputRun.start(folder, f -> { })) {
            stage(run, "plan.html", "second, never committed");
            stage(run, "plan.pdf", "half");
            // the generator fails here: no commit
        }

        assertEquals(before, names(folder), "no staging folder, no new file left");
        assertEquals("first", Files.readString(folder.resolve("plan.html")));
    }

    @Test
    void aCommittedRunReplacesTheEarlierSetAndLeavesOtherFilesAlone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Files.writeString(folder.resolve("brief.docx"), "the user's");
        try (OutputRun run = OutputRun.start(folder, f -> { })) {
            run.commit(List.of(stage(run, "plan.html", "a"), stage(run, "calendar-all.ics", "a")));
        }
        OutputRun.Result result;
        try (OutputRun run = OutputRun.start(folder, f -> { })) {
            result = run.commit(List.of(stage(run, "plan.html", "b")));
        }
        assertEquals(List.of("calendar-all.ics"), result.removed());
        assertEquals(List.of(folder.toAbsolutePath().normalize().resolve("plan.html")),
                result.written().stream().map(GeneratedArtifact::file).toList());
        assertEquals(Set.of("plan.html", "brief.docx", OutputRun.MANIFEST), names(folder), "no lock file left");
        assertEquals("b", Files.readString(folder.resolve("plan.html")));
    }

    @Test
    void aRunThatRunsOutOfMemoryLeavesNothingBehindNotEvenTheFolderItMade() throws IOException {
        Path folder = temp.resolve("new-folder");
        assertThrows(OutOfMemoryError.class, () -> {
            try (OutputRun run = OutputRun.start(folder, f -> { })) {
                assertTrue(Files.exists(folder.resolve(".tactician-output.lock")), "held while the run runs");
                stage(run, "plan.html", "half");
                throw new OutOfMemoryError("Java heap space");
            }
        });
        assertFalse(Files.exists(folder), "the folder the failed run made is gone");

        Path existing = Files.createDirectories(temp.resolve("existing"));
        try (OutputRun run = OutputRun.start(existing, f -> { })) {
            stage(run, "plan.html", "never committed");
        }
        assertEquals(Set.of(), names(existing), "a folder that was there stays, empty");
    }

    @Test
    void aRunWaitingForAnotherProcessTakesTheNextLockFileWhenTheFirstRemovesIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("shared"));
        Path lockFile = folder.resolve(".tactician-output.lock");
        Process other = LockHolder.start(lockFile);
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            CompletableFuture<Set<String>> run = CompletableFuture.supplyAsync(() -> {
                try (OutputRun mine = OutputRun.start(folder, f -> waiting.countDown())) {
                    Set<String> during = names(folder);
                    mine.commit(List.of(stage(mine, "plan.html", "mine")));
                    return during;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(waiting.await(30, TimeUnit.SECONDS), "the run waits for the other process");
            assertFalse(run.isDone());
            LockHolder.finish(other);
            Set<String> during = run.get(30, TimeUnit.SECONDS);
            assertTrue(during.contains(".tactician-output.lock"), "the run holds a lock file in the folder: " + during);
        } finally {
            other.destroyForcibly();
        }
        assertEquals(Set.of("plan.html", OutputRun.MANIFEST), names(folder));
    }

    @Test
    void aManifestNameThatLeavesTheFolderIsNeverDeleted() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Path outside = Files.writeString(temp.resolve("precious.txt"), "keep me");
        Files.writeString(folder.resolve(OutputRun.MANIFEST), "../precious.txt\n/etc/hostname\n");
        try (OutputRun run = OutputRun.start(folder, f -> { })) {
            assertEquals(List.of(), run.commit(List.of(stage(run, "plan.html", "x"))).removed());
        }
        assertEquals("keep me", Files.readString(outside));
    }

    @Test
    void twoRunsIntoOneFolderTakeTurns() throws Exception {
        Path folder = temp.resolve("out");
        CountDownLatch secondIsWaiting = new CountDownLatch(1);
        CompletableFuture<List<String>> second;
        try (OutputRun first = OutputRun.start(folder, f -> { })) {
            second = CompletableFuture.supplyAsync(() -> {
                try (OutputRun run = OutputRun.start(folder, f -> secondIsWaiting.countDown())) {
                    return run.commit(List.of(stage(run, "plan.html", "second plan"))).removed();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(secondIsWaiting.await(30, TimeUnit.SECONDS), "the second run waits for the first");
            assertFalse(second.isDone());
            first.commit(List.of(stage(first, "plan.html", "first plan"), stage(first, "budget.csv", "first plan")));
        }
        assertEquals(List.of("budget.csv"), second.get(30, TimeUnit.SECONDS));
        assertEquals("second plan", Files.readString(folder.resolve("plan.html")));
        assertFalse(Files.exists(folder.resolve("budget.csv")), "no mix of the two plans");
    }

    @Test
    void theFileNamesOfARunAreTheOnesTheGeneratorWrites() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        for (boolean summaryOnly : List.of(false, true)) {
            Path folder = temp.resolve("names-" + summaryOnly);
            List<GeneratedArtifact> written = new PlanGenerator().generate(plan, new OutputFolder(folder),
                    EnumSet.allOf(ArtifactFormat.class), summaryOnly, GenerationProgress.NONE);
            assertEquals(PlanGenerator.fileNames(EnumSet.allOf(ArtifactFormat.class), summaryOnly),
                    written.stream().map(artifact -> artifact.file().getFileName().toString())
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        }
        assertThrows(IllegalStateException.class, () -> {
            try (OutputRun run = OutputRun.start(temp.resolve("twice"), f -> { })) {
                run.commit(List.of());
                run.commit(List.of());
            }
        });
    }
}
