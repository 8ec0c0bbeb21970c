package org.tactician.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.MarketingPlan;

/**
 * A generator thread that dies outside its task — as when the heap runs out in the task's own
 * bookkeeping, so its file's result never comes — ends the run with its error instead of leaving
 * it waiting for that file forever, and the output folder stays as it was.
 */
class DeadWorkerTest {

    @TempDir
    Path temp;

    /** Every file of {@code folder} (hidden ones included) with its content. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                contents.put(name, Files.isDirectory(file) ? "a folder of " + contents(file).keySet()
                        : Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    @Test
    void aWorkerDyingOutsideItsTaskEndsTheRunWithItsErrorAndChangesNothing() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        Path out = temp.resolve("out");
        // the folder of an earlier run, and a file of the user's
        try (OutputRun run = OutputRun.start(out, f -> { })) {
            run.commit(new PlanGenerator().generate(plan, run.staging(), EnumSet.of(ArtifactFormat.CSV), false,
                    GenerationProgress.NONE));
        }
        Files.writeString(out.resolve("notes.txt"), "the consultant's notes");
        Map<String, String> before = contents(out);
        assertTrue(before.containsKey("budget.csv") && before.containsKey(OutputRun.MANIFEST), before.keySet().toString());

        OutOfMemoryError death = new OutOfMemoryError("Java heap space (the test's)");
        CountDownLatch interrupted = new CountDownLatch(1);
        GenerationProgress dyingWorker = new GenerationProgress() {
            private boolean died;

            @Override
            public synchronized void step(String file) {
                if (died) {
                    return;
                }
                died = true;
                // The worker's thread ends with an error its task never sees, and its file never comes.
                Thread worker = Thread.currentThread();
                worker.getUncaughtExceptionHandler().uncaughtException(worker, death);
                try {
                    Thread.sleep(Duration.ofMinutes(10));
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }

            @Override
            public void warning(String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        OutOfMemoryError thrown = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (OutputRun run = OutputRun.start(out, f -> { })) {
                return assertThrows(OutOfMemoryError.class, () -> new PlanGenerator().generate(plan, run.staging(),
                        EnumSet.of(ArtifactFormat.CSV, ArtifactFormat.ICS), false, dyingWorker));
            }
        }, "the run ends instead of waiting for the dead worker's file");

        assertSame(death, thrown, "the run ends with the worker's error");
        assertEquals(0, interrupted.getCount(), "the stuck worker was stopped before the run returned");
        assertEquals(before, contents(out), "the output folder as it was");
    }

    @Test
    void aRunInterruptedWhileAFileIsWrittenReturnsOnlyWhenItsThreadsHaveStopped() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "the consultant's notes");
        Map<String, String> before = contents(out);

        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch stepped = new CountDownLatch(1);
        long stubbornMillis = 1_500;
        GenerationProgress stubbornWorker = new GenerationProgress() {
            private boolean first = true;

            @Override
            public synchronized void step(String file) {
                if (!first) {
                    return;
                }
                first = false;
                writing.countDown();
                // A file whose writing does not stop at once when interrupted (a long layout, a
                // library that swallows the interruption): its file arrives after the interruption.
                long end = System.nanoTime() + Duration.ofMillis(stubbornMillis).toNanos();
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                    } catch (InterruptedException e) {
                        // swallowed, as such a library would
                    }
                }
                Thread.interrupted();
                stepped.countDown();
            }

            @Override
            public void warning(String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        Throwable[] outcome = new Throwable[1];
        Thread generation = new Thread(() -> {
            try (OutputRun run = OutputRun.start(out, f -> { })) {
                new PlanGenerator().generate(plan, run.staging(), EnumSet.of(ArtifactFormat.CSV), false, stubbornWorker);
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "generation");
        generation.start();
        assertTrue(writing.await(30, java.util.concurrent.TimeUnit.SECONDS), "a file is being written");
        generation.interrupt();
        generation.join(Duration.ofSeconds(30));
        assertTrue(!generation.isAlive(), "the run ended");
        assertTrue(outcome[0] instanceof GenerationCancelledException, String.valueOf(outcome[0]));

        // Any file a thread of the run still wrote would be there by now.
        assertTrue(stepped.await(30, java.util.concurrent.TimeUnit.SECONDS));
        Thread.sleep(500);
        assertEquals(before, contents(out), "the output folder as it was: no staging folder, no late file");
    }
}
