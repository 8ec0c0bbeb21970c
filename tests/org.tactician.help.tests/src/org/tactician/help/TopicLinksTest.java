package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every link and image of every page of the guide, written or generated, leads somewhere real. */
class TopicLinksTest {

    static Stream<String> pages() {
        return Guide.pages().stream();
    }

    @Test
    void theGuideHasItsWrittenAndGeneratedPages() {
        List<String> pages = Guide.pages();
        assertTrue(pages.contains("topics/overview.html"), "written topics: " + pages);
        assertTrue(pages.contains("rules/index.html"), "generated rule topics (RulesHelp in the build): " + pages);
        assertTrue(pages.contains("rules/lint-profile.html"), "the lint profile page from its template: " + pages);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyLinkOfThePageResolves(String page) {
        String html = Guide.existing(page);
        List<String> broken = new ArrayList<>();
        for (String link : Guide.links(html)) {
            if (link.matches("^(https?|mailto):.*")) {
                broken.add(link + " (the guide works offline: no links out of it)");
                continue;
            }
            URI target = URI.create("bundle:/" + page).resolve(link);
            String path = target.getPath().replaceFirst("^/", "");
            String content = path.equals(page) ? html : Guide.read(path);
            if (content == null) {
                broken.add(link + " (no " + path + " in the bundle)");
            } else if (target.getFragment() != null && !Guide.hasAnchor(content, target.getFragment())) {
                broken.add(link + " (" + path + " has no id=\"" + target.getFragment() + "\")");
            }
        }
        assertEquals(List.of(), broken, "broken links in " + page);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageIsAFinishedTopic(String page) {
        String html = Guide.existing(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"), page + " is HTML5");
        assertTrue(html.contains("<meta charset=\"UTF-8\">"), page + " declares UTF-8");
        assertTrue(html.contains("href=\"../css/help.css\""), page + " uses the guide's style sheet");
        assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), page + " has a title");
        assertTrue(html.matches("(?s).*<h1>.+</h1>.*"), page + " has a heading");
        assertFalse(Guide.text(html).contains("<!--@"), page + " has no template mark left");
        assertFalse(Guide.text(html).matches("(?i).*\\b(stub|todo|lorem)\\b.*"), page + " is written, not a stub");
    }

    @Test
    void theStyleSheetAndImagesAreThere() {
        assertNotNull(Guide.read("css/help.css"));
        assertNotNull(Guide.read("images/welcome.png"));
    }
}
