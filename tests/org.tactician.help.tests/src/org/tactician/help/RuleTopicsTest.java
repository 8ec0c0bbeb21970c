package org.tactician.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.validation.Rule;
import org.tactician.validation.RuleRegistry;

/**
 * Every rule the validator runs has its topic, its toc entry and its F1 context, saying what
 * the registry says; and no topic is left of a rule that is gone.
 */
class RuleTopicsTest {

    static Stream<Rule> rules() {
        return RuleRegistry.all().stream();
    }

    /** How a rule's text reads on its page: the catalogue's markdown without its marks. */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "").replaceAll("\\s+", " ").trim();
    }

    /** The F1 context of a rule, as README.md tells the editors to name it. */
    static String contextOf(Rule rule) {
        return "org.tactician.help.rule_" + rule.id().replaceAll("[^a-z0-9]", "_");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theRuleHasItsTopic(Rule rule) {
        String text = Guide.text(Guide.existing("rules/" + rule.id() + ".html"));
        assertTrue(text.contains(rule.id()), "the page names the rule");
        assertTrue(text.contains("Category " + rule.category().label()), "the page names the category: " + text);
        assertTrue(text.contains("Default severity " + rule.defaultSeverity().key()), "the page gives the severity");
        assertTrue(text.contains("What it checks " + plain(rule.checks())), "the page says what the rule checks");
        assertTrue(text.contains("How to fix it " + plain(rule.fix())), "the page says how to fix it");
        assertTrue(text.contains(rule.id() + " = off"), "the page shows how to switch the rule off");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theRuleHasItsF1Context(Rule rule) {
        IContext context = HelpSystem.getContext(contextOf(rule));
        assertNotNull(context, contextOf(rule) + " is a context of the help system");
        assertTrue(context.getText().contains(plain(rule.checks())), "the context says what the rule checks");
        List<String> topics = Arrays.stream(context.getRelatedTopics()).map(IHelpResource::getHref).toList();
        assertEquals(Guide.PREFIX + "rules/" + rule.id() + ".html", topics.get(0), "the rule's page comes first");
    }

    @Test
    void everyRuleIsInTheTocUnderItsCategory() {
        Map<String, Set<String>> byCategory = Arrays.stream(TableOfContentsTest.rulesEntry().getSubtopics())
                .collect(Collectors.toMap(ITopic::getLabel, category -> TableOfContentsTest
                        .walk(category.getSubtopics()).stream().map(ITopic::getHref).collect(Collectors.toSet())));
        for (Rule rule : RuleRegistry.all()) {
            Set<String> entries = byCategory.get(rule.category().label());
            assertNotNull(entries, "a toc entry for the category " + rule.category().label() + ": " + byCategory.keySet());
            assertTrue(entries.contains(Guide.PREFIX + "rules/" + rule.id() + ".html"), rule.id() + " in the toc");
        }
    }

    @Test
    void everyCategoryPageListsItsRules() {
        for (Map.Entry<String, List<Rule>> category : RuleRegistry.all().stream()
                .collect(Collectors.groupingBy(rule -> rule.category().label())).entrySet()) {
            String slug = category.getKey().toLowerCase().replaceAll("[^a-z0-9]+", "-");
            String page = Guide.existing("rules/" + slug + ".html");
            for (Rule rule : category.getValue()) {
                assertTrue(page.contains("href=\"" + rule.id() + ".html\""), slug + ".html links " + rule.id());
            }
        }
    }

    @Test
    void noPageIsLeftOfARuleThatIsGone() {
        Set<String> ids = RuleRegistry.all().stream().map(Rule::id).collect(Collectors.toSet());
        List<String> stale = Guide.pages().stream().filter(page -> page.startsWith("rules/"))
                .map(page -> page.substring("rules/".length(), page.length() - ".html".length()))
                .filter(name -> name.contains(".") && !ids.contains(name)).toList();
        assertEquals(List.of(), stale, "rule pages without a rule in the registry");
        assertEquals(ids.size(), Guide.pages().stream().filter(page -> page.startsWith("rules/"))
                .filter(page -> page.chars().filter(c -> c == '.').count() > 1).count(), "one page per rule");
    }

    @Test
    void theIndexPageCountsTheRules() {
        String text = Guide.text(Guide.existing("rules/index.html"));
        assertTrue(text.contains("with the " + RuleRegistry.all().size() + " rules below"), text);
    }
}
