package org.tactician.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tactician.model.MarketingPlan;
import org.tactician.model.internal.PlanReader;
import org.tactician.model.internal.PlanReader.Reading;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.model.resource.PlanResource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as a plan file: loading either gives a plan that saves and loads back as the same
 * plan, or refuses the file with problems a plan author can read. A runtime exception, a
 * message with Java internals or a plan that does not survive a save is a bug. So is any
 * difference between loading's two paths: the tokenizer reads a file itself only when the SAX
 * parser accepts it with the same model, and hands every other file to the parser (same problems,
 * lines and columns, same model, ids and migration).
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
        assertBothPathsAgree(bytes);
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

    /** What one load gives, in comparable form. */
    private record Outcome(List<EObject> contents, List<String> errors, List<String> ids, String migratedFrom,
            List<String> notes) {
    }

    private static Outcome read(byte[] bytes, Reading reading) {
        return read(bytes, reading, 64 * 1024);
    }

    /** The load of {@code bytes}, the tokenizer reading {@code chunk} bytes at a time. */
    private static Outcome read(byte[] bytes, Reading reading, int chunk) {
        ResourceSet resources = PlanFiles.newResourceSet();
        PlanResource resource = (PlanResource) resources.createResource(URI.createFileURI("/fuzz/plan.mplan"));
        try {
            resource.load(new ByteArrayInputStream(bytes), Map.of(PlanReader.OPTION_READING, reading, PlanReader.OPTION_CHUNK, chunk));
        } catch (IOException refused) {
            // the problems are in the errors
        }
        List<EObject> all = new ArrayList<>();
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            all.add(contents.next());
        }
        List<String> ids = new ArrayList<>();
        resource.getIntrinsicIDToEObjectMap().forEach((id, element) -> ids.add(id + "@" + all.indexOf(element)));
        ids.sort(null);
        List<String> errors = new ArrayList<>();
        for (Resource.Diagnostic problem : resource.getErrors()) {
            errors.add(problem.getLine() + ":" + problem.getColumn() + " " + problem.getMessage());
        }
        return new Outcome(List.copyOf(resource.getContents()), errors, ids, resource.migratedFrom().orElse(""),
                resource.migrationNotes());
    }

    private static void assertBothPathsAgree(byte[] bytes) {
        Outcome parser = read(bytes, Reading.PARSER);
        Outcome loaded = read(bytes, Reading.TOKENIZER_OR_PARSER);
        assertEquals(parser.errors(), loaded.errors(), "loading reports what the parser reports");
        assertEquals(parser.ids(), loaded.ids(), "loading indexes the parser's ids");
        assertEquals(parser.migratedFrom(), loaded.migratedFrom(), "loading migrates as the parser's load does");
        assertEquals(parser.notes(), loaded.notes(), "the same migration notes");
        assertTrue(new EcoreUtil.EqualityHelper().equals(parser.contents(), loaded.contents()), "loading gives the parser's model");
        Outcome tokenizer = read(bytes, Reading.TOKENIZER);
        // Its buffer's refills change nothing: a byte at a time, or a few, it reads or declines alike.
        for (int chunk : new int[] { 1, 7 }) {
            Outcome inChunks = read(bytes, Reading.TOKENIZER, chunk);
            assertEquals(tokenizer.errors(), inChunks.errors(), chunk + " bytes at a time: the tokenizer's verdict");
            assertTrue(new EcoreUtil.EqualityHelper().equals(tokenizer.contents(), inChunks.contents()),
                    chunk + " bytes at a time: the tokenizer's model");
        }
        if (tokenizer.errors().isEmpty()) {
            assertEquals(List.of(), parser.errors(), "the tokenizer read a file that the parser refuses");
            assertTrue(new EcoreUtil.EqualityHelper().equals(parser.contents(), tokenizer.contents()),
                    "the tokenizer reads the parser's model");
        }
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
