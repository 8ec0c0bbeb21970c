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
