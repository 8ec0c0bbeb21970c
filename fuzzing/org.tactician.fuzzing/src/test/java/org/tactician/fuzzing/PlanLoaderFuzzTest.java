package org.tactician.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a plan file: loading either gives a plan that saves and loads back as the same
 * plan, or refuses the file with problems a plan author can read. A runtime exception, a
 * message with Java internals or a plan that does not survive a save is a bug.
 *
 * <p>The build replays the seeds and every input that once failed
 * ({@code PlanLoaderFuzzTestInputs/load}); {@code fuzzing/README.md} says how to fuzz.
 */
class PlanLoaderFuzzTest {

    /** What a message for a plan author never shows: class names, object hashes, stack frames. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile("Impl@[0-9a-f]|\\b(java|javax|jdk|sun|com\\.sun|org\\.eclipse"
            + "|org\\.tactician|org\\.xml|org\\.apache)\\.[a-z]|\\b[A-Z]\\w*(Exception|Error)\\b|\\bat [\\w$.]+\\(|\\bnull\\b");

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|<[^>]*>|\"[^\"]*\"");

    private static Path folder;
    private static Path file;
    private static Path copy;

    @BeforeAll
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("tactician-fuzz-load");
        file = folder.resolve("fuzzed.mplan");
        copy = folder.resolve("saved.mplan");
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path each : files.toList()) {
                Files.delete(each);
            }
        }
        Files.delete(folder);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void load(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        MarketingPlan plan;
        try {
            plan = PlanFiles.load(file);
        } catch (PlanLoadException refused) {
            assertReadable(refused);
            return;
        }
        // A plan that loads saves, and the saved file loads as the same plan.
        PlanFiles.save(EcoreUtil.copy(plan), copy);
        MarketingPlan again = PlanFiles.load(copy);
        assertTrue(EcoreUtil.equals(plan, again), "the saved copy loads as the plan that was saved");
    }

    private static void assertReadable(PlanLoadException refused) {
        assertFalse(refused.problems().isEmpty(), "a refused file has at least one problem");
        if (refused.getCause() instanceof IOException io && io.getCause() instanceof RuntimeException bug) {
            throw bug; // the loader's own defect, wrapped: report the original
        }
        for (PlanLoadException.Problem problem : refused.problems()) {
            String message = problem.message();
            assertFalse(message.isBlank(), "a problem says what is wrong");
            // What the file itself holds is quoted: only the words around it are the loader's.
            String words = QUOTED.matcher(message).replaceAll("''");
            assertFalse(JAVA_INTERNALS.matcher(words).find(), () -> "Java internals in: " + message);
            assertEquals(-1, message.indexOf('\n'), () -> "one line per problem: " + message);
        }
    }
}
