package org.tactician.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage;

/** The translations: complete in every language, well-formed, and chosen by the plan's language. */
class PlanTermsTest {

    private static Properties file(String language) throws IOException {
        String name = language.equals("en") ? "terms.properties" : "terms_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PlanTerms.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is in the bundle");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt", "ru", "vi", "it", "ar"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
        TreeSet<String> english = new TreeSet<>(file("en").stringPropertyNames());
        TreeSet<String> translated = new TreeSet<>(file(language).stringPropertyNames());
        TreeSet<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        TreeSet<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals(new TreeSet<>(), missing, language + " misses words");
        assertEquals(new TreeSet<>(), extra, language + " has words English lacks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt", "ru", "vi", "it", "ar"})
    void patternsAreWellFormedAndFillEveryArgument(String language) throws IOException {
        Properties words = file(language);
        for (String key : words.stringPropertyNames()) {
            String pattern = words.getProperty(key);
            assertFalse(pattern.isBlank(), language + " " + key + " is blank");
            if (pattern.contains("{")) {
                String filled = new MessageFormat(pattern).format(new Object[] {"A", "B", "C", "D"});
                assertFalse(filled.contains("{") || filled.contains("}"), language + " " + key + ": " + filled);
                assertEquals(english(key).chars().filter(c -> c == '{').count(), pattern.chars().filter(c -> c == '{').count(),
                        language + " " + key + " fills as many arguments as English");
            } else {
                // Patterns are only formatted when they have arguments: a doubled quote would show.
                assertFalse(pattern.contains("''"), language + " " + key);
            }
        }
    }

    private static String english(String key) throws IOException {
        return file("en").getProperty(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt", "ru", "vi", "it", "ar"})
    void theSwotCodesAreDistinctAndAgreeWithTheCellTitlesAndTheStrategyCodes(String language) {
        PlanTerms terms = PlanTerms.of(language);
        java.util.Map<org.tactician.model.SwotCategory, String> codes = new java.util.EnumMap<>(org.tactician.model.SwotCategory.class);
        for (org.tactician.model.SwotCategory category : org.tactician.model.SwotCategory.values()) {
            codes.put(category, terms.code(category));
        }
        assertEquals(4, new java.util.HashSet<>(codes.values()).size(), language + ": four different codes " + codes);
        for (String code : codes.values()) {
            assertFalse(code.isBlank() || code.length() > 2, language + " " + code);
        }
        String[][] titles = {{"figure.tows.strengths", "STRENGTH"}, {"figure.tows.weaknesses", "WEAKNESS"},
                {"figure.tows.opportunities", "OPPORTUNITY"}, {"figure.tows.threats", "THREAT"}};
        for (String[] title : titles) {
            String code = codes.get(org.tactician.model.SwotCategory.valueOf(title[1]));
            assertTrue(terms.text(title[0]).endsWith("(" + code + ")"), language + ": " + terms.text(title[0]) + " shows " + code);
        }
        // a strategy's code is made of its internal factor's code, then its external one's
        for (org.tactician.model.TowsCategory strategy : org.tactician.model.TowsCategory.values()) {
            String internal = codes.get(strategy.getName().charAt(0) == 'S' ? org.tactician.model.SwotCategory.STRENGTH
                    : org.tactician.model.SwotCategory.WEAKNESS);
            String external = codes.get(strategy.getName().charAt(1) == 'O' ? org.tactician.model.SwotCategory.OPPORTUNITY
                    : org.tactician.model.SwotCategory.THREAT);
            String word = terms.literal(strategy);
            assertTrue(word.startsWith(internal) && word.indexOf(external, internal.length()) > 0,
                    language + ": " + word + " is " + internal + " then " + external);
        }
    }

    @Test
    void theCodesAreNumberedInEachListsOrderInThePlansLanguage() {
        org.tactician.model.SwotAnalysis swot = org.tactician.model.TacticianFactory.eINSTANCE.createSwotAnalysis();
        org.tactician.model.SwotCategory[] kinds = {org.tactician.model.SwotCategory.STRENGTH, org.tactician.model.SwotCategory.WEAKNESS,
                org.tactician.model.SwotCategory.STRENGTH, org.tactician.model.SwotCategory.THREAT};
        for (org.tactician.model.SwotCategory kind : kinds) {
            org.tactician.model.SwotItem item = org.tactician.model.TacticianFactory.eINSTANCE.createSwotItem();
            item.setCategory(kind);
            swot.getItems().add(item);
        }
        org.tactician.model.SwotItem unlisted = org.tactician.model.TacticianFactory.eINSTANCE.createSwotItem();
        swot.getItems().add(unlisted);
        org.tactician.model.TowsStrategy strategy = org.tactician.model.TacticianFactory.eINSTANCE.createTowsStrategy();
        strategy.getSwotItems().add(swot.getItems().get(2));
        strategy.getSwotItems().add(swot.getItems().get(3));
        swot.getStrategies().add(strategy);
        SwotCodes portuguese = SwotCodes.of(swot, PlanTerms.of("pt"));
        assertEquals(List.of("F1", "Fr1", "F2", "A1", "?"), swot.getItems().stream().map(portuguese::of).toList());
        assertEquals("F2 + A1", portuguese.of(strategy));
        assertEquals("S2 + T1", SwotCodes.of(swot, PlanTerms.of("en")).of(strategy));
        assertEquals("\u06422 + \u062a1", SwotCodes.of(swot, PlanTerms.of("ar")).of(strategy));
    }

    @Test
    void everyEnumLiteralOfTheModelHasItsWordsInEnglish() throws IOException {
        Properties english = file("en");
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EEnum type) {
                for (EEnumLiteral literal : type.getELiterals()) {
                    String key = type.getName() + "." + literal.getName();
                    if (!english.containsKey(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt", "ru", "vi", "it", "ar"})
    void everyKindOfNamedElementHasItsNewNameTranslated(String language) throws IOException {
        Properties english = file("en");
        Properties translated = file(language);
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()
                    && TacticianPackage.Literals.NAMED_ELEMENT.isSuperTypeOf(type)) {
                String key = "newName." + type.getName();
                if (!english.containsKey(key) || english.getProperty(key).equals(translated.getProperty(key))) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing, "the name a form gives a new element, in English and translated into " + language);
    }

    @Test
    void thePlansLanguageChoosesTheWordsAndEnglishIsTheFallback() {
        assertEquals("Alcançar", PlanTerms.of("pt").literal(RaceStage.REACH));
        assertEquals("Alcançar", PlanTerms.of("pt-BR").literal(RaceStage.REACH));
        assertEquals("Охват", PlanTerms.of("ru").literal(RaceStage.REACH));
        assertEquals("Tiếp cận", PlanTerms.of("vi").literal(RaceStage.REACH));
        assertEquals("Raggiungere", PlanTerms.of("it_IT").literal(RaceStage.REACH));
        assertEquals("الوصول", PlanTerms.of("ar").literal(RaceStage.REACH));
        assertEquals("Reach", PlanTerms.of("en").literal(RaceStage.REACH));
        // Not translated: English, whatever the JVM's own locale is.
        assertEquals("Reach", PlanTerms.of("de").literal(RaceStage.REACH));
        assertEquals("Reach", PlanTerms.of((String) null).literal(RaceStage.REACH));
        assertFalse(PlanTerms.of("de").isTranslated());
        assertTrue(PlanTerms.of("ar").isRightToLeft());
        assertEquals(PlanTerms.of("en").notSet(), PlanTerms.of("en").literal((Enumerator) null));
        assertNotEquals(PlanTerms.of("en").notSet(), PlanTerms.of("pt").notSet());
    }
}
