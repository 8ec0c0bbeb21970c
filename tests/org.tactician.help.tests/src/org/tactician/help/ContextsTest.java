package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.junit.jupiter.api.Test;

/** The F1 contexts: the ones README.md promises exist, lead to real pages, and nothing is undocumented. */
class ContextsTest {

    private static final Pattern CONTEXT_ID = Pattern.compile("`org\\.tactician\\.help\\.([a-z][a-z0-9_]*)`");

    private static Set<String> documented() {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = CONTEXT_ID.matcher(Guide.source("bundles/org.tactician.help/README.md"));
        while (matcher.find()) {
            if (!matcher.group(1).startsWith("rule_")) { // the rule contexts are a pattern; RuleTopicsTest checks them
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    private static Set<String> declared() {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = Pattern.compile("<context id=\"([^\"]+)\"").matcher(Guide.existing("contexts.xml"));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @Test
    void theReadmeDocumentsExactlyTheWrittenContexts() {
        assertTrue(declared().contains("welcome"), "contexts.xml: " + declared());
        assertEquals(declared(), documented(), "contexts.xml and the context ids in README.md");
    }

    @Test
    void everyContextOpensRealPages() {
        for (String id : declared()) {
            IContext context = HelpSystem.getContext(Guide.BUNDLE + "." + id);
            assertNotNull(context, Guide.BUNDLE + "." + id + " is a context of the help system");
            assertFalse(context.getText() == null || context.getText().isBlank(), id + " has a description");
            IHelpResource[] topics = context.getRelatedTopics();
            assertTrue(topics.length > 0, id + " leads to at least one topic");
            for (IHelpResource topic : topics) {
                String page = Guide.read(Guide.pathOf(topic.getHref()));
                assertNotNull(page, id + " leads to " + topic.getHref() + ", which is in the bundle");
                String anchor = Guide.anchorOf(topic.getHref());
                assertTrue(anchor == null || Guide.hasAnchor(page, anchor), topic.getHref() + " has its anchor");
            }
        }
    }

    @Test
    void theEditorPagesHaveTheirContexts() {
        // The plan editor's pages, by their ids in the editor (org.tactician.ui PlanPages).
        for (String page : List.of("overview", "opportunity", "strategy", "action", "operations", "journey")) {
            assertNotNull(HelpSystem.getContext(Guide.BUNDLE + ".plan_editor_" + page), page);
        }
    }
}
