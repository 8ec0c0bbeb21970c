package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.validation.RuleCases.Expected;

/** Every quick fix a rule offers on its broken plan repairs what it found, as an editor would apply it. */
class QuickFixTest {

    /** The prefix of the quick fixes' keys in the rule messages. */
    static final String KEYS = "fix.";

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static final List<String> LANGUAGES = List.of("pt", "ru", "vi", "it", "ar");

    /** The quick fix of {@code rule}'s finding on its broken plan, with the plan, if it offers one. */
    private static Optional<Broken> broken(Rule rule) {
        CleanPlan plan = new CleanPlan();
        Expected expected = RuleCases.BREAKERS.get(rule).apply(plan);
        return plan.findings(rule).stream().filter(finding -> finding.object() == expected.object())
                .flatMap(finding -> finding.quickFix().stream()).findFirst().map(fix -> new Broken(plan, fix));
    }

    private record Broken(CleanPlan plan, QuickFix fix) {
    }

    static Stream<Rule> rulesWithQuickFixes() {
        return RuleRegistry.all().stream().filter(rule -> broken(rule).isPresent());
    }

    @Test
    void theObviousFixesAreOffered() {
        List<String> fixed = rulesWithQuickFixes().map(Rule::id).toList();
        assertTrue(fixed.containsAll(List.of("plan.currency.invalid", "plan.classification.missing",
                "smart.specific.owner-missing", "smart.measurable.measure-inconsistent", "smart.measurable.kpi-mismatch",
                "campaign.budget.mismatch", "objectives.monthly.sum-mismatch",
                "objectives.monthly.deadline-outside-month", "budget.booking.duplicate", "budget.booking.line-missing",
                "reference.segment-cycle", "value.money.negative", "value.score.out-of-range")), fixed.toString());
    }

    @ParameterizedTest
    @MethodSource("rulesWithQuickFixes")
    void theQuickFixSpeaksEveryLanguageFromAKeyOfItsOwnWithItsArguments(Rule rule) {
        QuickFix fix = broken(rule).orElseThrow().fix();
        String key = fix.text().key();
        assertTrue(key.startsWith(KEYS), rule.id() + "'s fix is worded from " + key);
        String english = RuleMessages.format(fix.text(), Locale.ROOT, String::valueOf);
        assertEquals(fix.label(), RuleMessages.english(fix.text()));
        for (String language : LANGUAGES) {
            ResourceBundle words = RuleMessages.bundle(Locale.forLanguageTag(language));
            assertEquals(language, words.getLocale().getLanguage(), key + " has a file for " + language);
            String pattern = words.getString(key);
            // Every argument the fix states is in every language's words, and no other.
            Set<Integer> used = new TreeSet<>();
            Matcher matcher = ARGUMENT.matcher(pattern);
            while (matcher.find()) {
                used.add(Integer.valueOf(matcher.group(1)));
            }
            Set<Integer> stated = new TreeSet<>();
            for (int i = 0; i < fix.text().arguments().size(); i++) {
                stated.add(i);
            }
            assertEquals(stated, used, key + " in " + language + ": " + pattern);
            String worded = RuleMessages.format(fix.text(), Locale.forLanguageTag(language), String::valueOf);
            assertFalse(worded.equals(english), key + " reads as in English in " + language + ": " + worded);
            for (Object argument : fix.text().arguments()) {
                assertTrue(argument == null || worded.contains(String.valueOf(argument)), key + " in " + language + " states " + argument + ": " + worded);
            }
        }
    }

    @Test
    void everyQuickFixKeyIsInEveryLanguage() {
        Set<String> english = new TreeSet<>(RuleMessages.bundle(Locale.ROOT).keySet());
        english.removeIf(key -> !key.startsWith(KEYS));
        assertTrue(english.size() >= 25, "the fixes' words: " + english);
        for (String language : LANGUAGES) {
            ResourceBundle words = RuleMessages.bundle(Locale.forLanguageTag(language));
            for (String key : english) {
                String pattern = words.getString(key);
                assertFalse(pattern.equals(RuleMessages.bundle(Locale.ROOT).getString(key)), key + " untranslated in " + language);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rulesWithQuickFixes")
    void applyingTheQuickFixRemovesTheFinding(Rule rule) {
        Broken broken = broken(rule).orElseThrow();
        QuickFix fix = broken.fix();

        fix.object().eSet(fix.feature(), fix.value());

        assertEquals(List.of(), broken.plan().findings(rule).stream().filter(f -> f.object() == fix.object())
                .map(PlanDiagnostic::getMessage).toList(), fix.label());
    }
}
