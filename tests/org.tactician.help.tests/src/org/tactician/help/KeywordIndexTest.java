package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IIndexEntry;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.tactician.validation.Rule;
import org.tactician.validation.RuleRegistry;

/** The keyword index: the method's words and every rule id, each leading to a real page. */
class KeywordIndexTest {

    private static List<IIndexEntry> entries(IIndexEntry[] entries) {
        List<IIndexEntry> all = new ArrayList<>();
        for (IIndexEntry entry : entries) {
            all.add(entry);
            all.addAll(entries(entry.getSubentries()));
        }
        return all;
    }

    private static List<IIndexEntry> all() {
        assertNotNull(HelpSystem.getIndex(), "the help system has an index");
        return entries(HelpSystem.getIndex().getEntries());
    }

    @Test
    void theMethodsWordsAndEveryRuleAreIndexed() {
        Set<String> keywords = all().stream().map(IIndexEntry::getKeyword).collect(Collectors.toSet());
        for (String word : List.of("RACE", "SMART objectives", "TOWS matrix", "PESTLE", "command line", "lint profile")) {
            assertTrue(keywords.contains(word), word + " in the index");
        }
        for (Rule rule : RuleRegistry.all()) {
            assertTrue(keywords.contains(rule.id()), rule.id() + " in the index");
        }
    }

    @Test
    void everyIndexedTopicOfTheGuideExists() {
        int ours = 0;
        for (IIndexEntry entry : all()) {
            for (ITopic topic : entry.getTopics()) {
                if (topic.getHref().startsWith(Guide.PREFIX)) {
                    ours++;
                    String page = Guide.read(Guide.pathOf(topic.getHref()));
                    assertNotNull(page, entry.getKeyword() + " leads to " + topic.getHref());
                    String anchor = Guide.anchorOf(topic.getHref());
                    assertTrue(anchor == null || Guide.hasAnchor(page, anchor), topic.getHref() + " has its anchor");
                }
            }
        }
        assertTrue(ours > RuleRegistry.all().size(), "index topics of the guide: " + ours);
    }
}
