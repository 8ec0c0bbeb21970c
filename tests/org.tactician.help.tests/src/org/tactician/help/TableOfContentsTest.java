package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;

/** The guide's table of contents, as the help system builds it from toc.xml and the generated rules toc. */
class TableOfContentsTest {

    static IToc guide() {
        IToc[] tocs = HelpSystem.getTocs();
        IToc guide = Arrays.stream(tocs).filter(toc -> (Guide.PREFIX + "toc.xml").equals(toc.getHref())).findFirst()
                .orElse(null);
        assertNotNull(guide, "the user guide is a book of the help system; books: "
                + Arrays.stream(tocs).map(IToc::getLabel).toList());
        return guide;
    }

    /** Every topic of the tree under {@code topics}, depth first. */
    static List<ITopic> walk(ITopic[] topics) {
        List<ITopic> all = new ArrayList<>();
        for (ITopic topic : topics) {
            all.add(topic);
            all.addAll(walk(topic.getSubtopics()));
        }
        return all;
    }

    private static Set<String> tocPages() {
        Set<String> pages = new LinkedHashSet<>();
        pages.add(Guide.pathOf(guide().getTopic(null).getHref()));
        for (ITopic topic : walk(guide().getTopics())) {
            if (topic.getHref() != null) {
                pages.add(Guide.pathOf(topic.getHref()));
            }
        }
        return pages;
    }

    @Test
    void theGuideIsABookWithItsChapters() {
        IToc guide = guide();
        assertEquals("Tactician User Guide", guide.getLabel());
        assertEquals(Guide.PREFIX + "topics/overview.html", guide.getTopic(null).getHref());
        assertEquals(List.of("Getting started", "The planning method", "The sections of a plan", "Validation",
                "Generated documents", "Command line reference"),
                Arrays.stream(guide.getTopics()).map(ITopic::getLabel).toList());
    }

    @Test
    void everyEntryOpensAnExistingTopic() {
        List<ITopic> topics = walk(guide().getTopics());
        assertTrue(topics.size() > 40, "the toc has the written topics and the rule topics: " + topics.size());
        for (ITopic topic : topics) {
            assertNotNull(topic.getHref(), "'" + topic.getLabel() + "' opens a page");
            String page = Guide.read(Guide.pathOf(topic.getHref()));
            assertNotNull(page, "'" + topic.getLabel() + "' opens " + topic.getHref() + ", which is in the bundle");
            String anchor = Guide.anchorOf(topic.getHref());
            assertTrue(anchor == null || Guide.hasAnchor(page, anchor), topic.getHref() + " has the anchor");
            assertTrue(page.contains("<h1"), topic.getHref() + " has a heading");
        }
    }

    @Test
    void everyPageOfTheGuideIsInTheToc() {
        Set<String> inToc = tocPages();
        List<String> orphans = Guide.pages().stream().filter(page -> !inToc.contains(page)).toList();
        assertEquals(List.of(), orphans, "pages that no toc entry leads to");
    }

    /** The "Validation rules" entry under "Validation", where the generated toc is linked. */
    static ITopic rulesEntry() {
        ITopic validation = Arrays.stream(guide().getTopics()).filter(topic -> topic.getLabel().equals("Validation"))
                .findFirst().orElseThrow();
        return Arrays.stream(validation.getSubtopics())
                .filter(topic -> topic.getHref().equals(Guide.PREFIX + "rules/index.html")).findFirst()
                .orElseThrow(() -> new AssertionError("Validation has the rules index"));
    }

    @Test
    void theLintProfileHangsUnderTheRules() {
        List<String> under = walk(rulesEntry().getSubtopics()).stream().map(ITopic::getHref).toList();
        assertTrue(under.contains(Guide.PREFIX + "rules/lint-profile.html"), "lint profiles under the rules: " + under);
    }
}
