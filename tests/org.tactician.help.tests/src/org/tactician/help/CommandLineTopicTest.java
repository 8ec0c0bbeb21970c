package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tactician.cli.TacticianCommandLine;
import org.tactician.generators.ArtifactFormat;

/**
 * The command line reference keeps up with the command line: every command, option, format and
 * exit code that {@code tactician --help} shows is documented in topics/cli.html.
 */
class CommandLineTopicTest {

    private static String usage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new TacticianCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("--help");
        assertEquals(TacticianCommandLine.OK, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static final String REFERENCE = Guide.existing("topics/cli.html");

    @Test
    void everyCommandIsDocumented() {
        Set<String> commands = all(Pattern.compile("(?m)^\\s*tactician ([a-z-]+)"), usage());
        assertTrue(commands.containsAll(Set.of("validate", "generate", "--help")), "commands in the usage: " + commands);
        for (String command : commands) {
            assertTrue(REFERENCE.contains("tactician " + command), "cli.html shows 'tactician " + command + "'");
        }
        assertTrue(REFERENCE.contains("id=\"validate\"") && REFERENCE.contains("id=\"generate\""),
                "a section per command");
    }

    @Test
    void everyOptionIsDocumented() {
        Set<String> options = all(Pattern.compile("(--[a-z][a-z-]*)"), usage());
        assertTrue(options.containsAll(Set.of("--out", "--format", "--summary-only", "--force", "--verbose")),
                "options in the usage: " + options);
        for (String option : options) {
            assertTrue(REFERENCE.contains("<code>" + option), "cli.html documents " + option);
        }
    }

    @Test
    void everyFormatIsDocumented() {
        for (ArtifactFormat format : ArtifactFormat.values()) {
            assertTrue(usage().contains(format.id()), "the usage lists " + format.id());
            assertTrue(REFERENCE.contains("<td><code>" + format.id() + "</code></td>"),
                    "cli.html says what --format " + format.id() + " writes");
        }
    }

    @Test
    void everyExitCodeIsDocumented() {
        Matcher line = Pattern.compile("Exit codes: (.*)").matcher(usage());
        assertTrue(line.find(), "the usage states the exit codes");
        Set<String> codes = all(Pattern.compile("(\\d+) [a-z]"), line.group(1));
        assertEquals(Set.of(String.valueOf(TacticianCommandLine.OK), String.valueOf(TacticianCommandLine.INVALID),
                String.valueOf(TacticianCommandLine.BAD_INPUT)), codes, "the usage's exit codes are the command line's");
        String table = REFERENCE.substring(REFERENCE.indexOf("id=\"exit-codes\""));
        for (String code : codes) {
            assertTrue(table.contains("<tr><td><code>" + code + "</code></td>"), "cli.html explains exit code " + code);
        }
    }
}
