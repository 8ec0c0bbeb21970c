package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** RULES.md documents exactly the rules of the registry, one line each, in the same order. */
class RuleCatalogueTest {

    @Test
    void theCatalogueListsEveryRuleOfTheRegistry() throws IOException {
        // The rows of the rule table: from its header to the first line that is not a table row.
        List<String> documented = catalogue().lines().dropWhile(line -> !line.startsWith("| id |")).skip(2)
                .takeWhile(line -> line.startsWith("|")).toList();

        List<String> registered = RuleRegistry.all().stream().map(RuleRegistry::catalogueLine).toList();

        assertEquals(registered, documented, "RULES.md and RuleRegistry disagree; the registry's lines are:\n"
                + String.join("\n", registered));
    }

    @Test
    void idsAndCodesAreUniqueAndFindable() {
        assertEquals(RuleRegistry.all().size(), RuleRegistry.all().stream().map(Rule::id).distinct().count());
        assertEquals(RuleRegistry.all().size(), RuleRegistry.all().stream().mapToInt(Rule::code).distinct().count());
        assertEquals(Optional.of(RuleRegistry.SMART_MEASURABLE_TARGET_MISSING),
                RuleRegistry.find("smart.measurable.target-missing"));
        assertEquals(Optional.empty(), RuleRegistry.find("smart.measurable.nothing"));
    }

    /** RULES.md as shipped in the bundle; from the source tree when the bundle runs from its folder. */
    private static String catalogue() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(RuleRegistry.class);
        URL entry = bundle == null ? null : bundle.getEntry("RULES.md");
        if (entry != null) {
            try (InputStream in = entry.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Path source = Path.of("..", "..", "bundles", "org.tactician.validation", "RULES.md");
        assertTrue(Files.exists(source), "RULES.md not found in the bundle nor at " + source.toAbsolutePath());
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertNotNull(text);
        return text;
    }
}
