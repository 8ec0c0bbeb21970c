package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The findings' words: every language has exactly the English keys, each translation fills the
 * same arguments as the English pattern, every key belongs to a rule (or is a shared part), and
 * every rule's findings are worded from keys of their own.
 */
class RuleMessagesTest {

    /** Parts of messages several rules share. */
    private static final Set<String> SHARED = Set.of("period", "range.until", "tows.strategy.label");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** Only the file of the language itself, without the English root behind it. */
    private static Set<String> fileKeys(String language) throws IOException {
        Properties file = new Properties();
        try (InputStream in = RuleMessages.class.getResourceAsStream("messages_" + language + ".properties")) {
            assertTrue(in != null, "a file of its own for " + language);
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(file.stringPropertyNames());
    }

    private static Set<String> ownKeys(ResourceBundle bundle) {
        return new TreeSet<>(bundle.keySet());
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(Integer.parseInt(matcher.group(1)));
        }
        return arguments;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt", "ru", "vi", "it", "ar"})
    void everyLanguageHasExactlyTheEnglishKeysWithTheSameArguments(String language) throws IOException {
        ResourceBundle english = RuleMessages.bundle(Locale.ROOT);
        ResourceBundle translated = RuleMessages.bundle(Locale.forLanguageTag(language));
        assertEquals(language, translated.getLocale().getLanguage());
        Set<String> englishKeys = ownKeys(english);
        Set<String> translatedKeys = fileKeys(language);
        Set<String> missing = new TreeSet<>(englishKeys);
        missing.removeAll(translatedKeys);
        Set<String> extra = new TreeSet<>(translatedKeys);
        extra.removeAll(englishKeys);
        assertEquals(Set.of(), missing, "missing in " + language);
        assertEquals(Set.of(), extra, "not in English: " + language);
        for (String key : englishKeys) {
            String pattern = translated.getString(key);
            assertEquals(arguments(english.getString(key)), arguments(pattern), key + " in " + language + ": " + pattern);
            // A valid MessageFormat that keeps its words: a lone apostrophe would swallow the text after it.
            Object[] marks = arguments(pattern).stream().map(i -> "<" + i + ">").toArray();
            String filled = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(marks.length == 0 ? null : padded(marks));
            assertFalse(filled.contains("{"), key + " in " + language + " leaves a placeholder: " + filled);
            assertEquals(pattern.replace("''", "'").replaceAll("\\{(\\d+)}", "<$1>"), filled, key + " in " + language);
            assertFalse(pattern.equals(english.getString(key)) && pattern.matches(".*[a-z]{4,} [a-z]{4,}.*"),
                    key + " is not translated into " + language + ": " + pattern);
        }
    }

    /** The marks at their argument's index, whatever indices a pattern skips. */
    private static Object[] padded(Object[] marks) {
        int max = 0;
        for (Object mark : marks) {
            max = Math.max(max, Integer.parseInt(mark.toString().replaceAll("\\D", "")));
        }
        Object[] arguments = new Object[max + 1];
        for (int i = 0; i <= max; i++) {
            arguments[i] = "<" + i + ">";
        }
        return arguments;
    }

    @Test
    void everyKeyBelongsToARuleAndEveryRuleHasItsWords() {
        List<String> ids = RuleRegistry.all().stream().map(Rule::id).toList();
        List<String> orphans = new ArrayList<>();
        for (String key : ownKeys(RuleMessages.bundle(Locale.ROOT))) {
            // fix.*: the quick fixes' words, shared by the rules that offer them (QuickFixTest checks them)
            if (!SHARED.contains(key) && !key.startsWith(QuickFixTest.KEYS)
                    && ids.stream().noneMatch(id -> key.equals(id) || key.startsWith(id + "."))) {
                orphans.add(key);
            }
        }
        assertEquals(List.of(), orphans, "keys of no rule");
        Set<String> keys = ownKeys(RuleMessages.bundle(Locale.ROOT));
        for (String id : ids) {
            assertTrue(keys.stream().anyMatch(key -> key.equals(id) || key.startsWith(id + ".")), id + " has no message");
        }
    }

    static List<Rule> rules() {
        return RuleRegistry.all();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void aRulesFindingsAreWordedFromItsOwnKeysInEveryLanguage(Rule rule) {
        CleanPlan plan = new CleanPlan();
        RuleCases.BREAKERS.get(rule).apply(plan);
        List<PlanDiagnostic> findings = plan.findings(rule);
        assertFalse(findings.isEmpty(), rule.id());
        for (PlanDiagnostic finding : findings) {
            String key = finding.ruleMessage().key();
            assertTrue(key.equals(rule.id()) || key.startsWith(rule.id() + "."), rule.id() + " worded by " + key);
            assertEquals(RuleMessages.english(finding.ruleMessage()) + " [" + rule.id() + "]", finding.getMessage());
            for (String language : List.of("pt", "ru", "vi", "it", "ar")) {
                String worded = RuleMessages.format(finding.ruleMessage(), Locale.forLanguageTag(language), String::valueOf);
                assertFalse(worded.isBlank(), rule.id() + " in " + language);
                assertFalse(worded.equals(RuleMessages.format(finding.ruleMessage(), Locale.ROOT, String::valueOf)),
                        rule.id() + " reads as in English in " + language + ": " + worded);
            }
        }
    }
}
