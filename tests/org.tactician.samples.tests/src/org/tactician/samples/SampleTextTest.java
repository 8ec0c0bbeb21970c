package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.model.MarketingPlan;
import org.tactician.model.NamedElement;
import org.tactician.model.resource.PlanResource;

/** Text in Arabic, Russian, Vietnamese, Portuguese and Italian survives loading and saving. */
class SampleTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(SamplePlans.ARABIC, "plan", "name", "خطة التسويق الرقمي لدار العنبر 2027",
                        UnicodeScript.ARABIC),
                Arguments.of(SamplePlans.ARABIC, "au-replenish", "name", "تذكير بإعادة شراء البخور بعد ٤٥ يومًا",
                        UnicodeScript.ARABIC),
                Arguments.of(SamplePlans.ARABIC, "per-fatima", "painPoints", "تخاف من العطور المقلدة في منصات التسوق.",
                        UnicodeScript.ARABIC),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "ct-ru-faq", "name", "Доставка и сборка в Латвии и Эстонии",
                        UnicodeScript.CYRILLIC),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "mf-baltics", "description",
                        "Можно ли заказать доставку со сборкой в Риге?", UnicodeScript.CYRILLIC),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "per-mai", "name", "Nguyễn Thị Mai",
                        UnicodeScript.LATIN),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "per-mai", "description",
                        "Căn hộ của tôi nhỏ, nhưng tôi muốn mỗi món đồ đều đẹp và bền.", UnicodeScript.LATIN),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "mf-portugal", "description",
                        "a loja de móveis mais próxima fica a 80 km da nossa casa de férias", UnicodeScript.LATIN),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "km-outdoor-pt", "name",
                        "Móveis de exterior feitos para durar, entregues em casa", UnicodeScript.LATIN),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "ed-terrace-guide-it", "name",
                        "Guida: arredare il terrazzo perché duri nel tempo", UnicodeScript.LATIN),
                Arguments.of(SamplePlans.FURNITURE_RETAILER, "per-giulia", "painPoints",
                        "Molti siti non spiegano perché un mobile costa quello che costa.", UnicodeScript.LATIN));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textSurvivesARoundTrip(SamplePlans sample, String id, String feature, String expected, UnicodeScript script) {
        // Guard the test data itself: each case must really carry non-ASCII text of its script.
        assertTrue(expected.codePoints().anyMatch(c -> c > 0x7F && UnicodeScript.of(c) == script),
                "test data of script " + script + ": " + expected);

        byte[] shipped = LoadedSamples.bytes(sample);
        byte[] utf8 = expected.getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(shipped, utf8) >= 0, sample.fileName() + " holds the text, in UTF-8 (not as character references)");
        assertTrue(value(LoadedSamples.load(sample, shipped), id, feature).contains(expected), "loaded");

        byte[] saved = LoadedSamples.save(LoadedSamples.load(sample, shipped));
        assertTrue(indexOf(saved, utf8) >= 0, "saved as UTF-8");
        assertTrue(value(LoadedSamples.load(sample, saved), id, feature).contains(expected), "reloaded");
    }

    @Test
    void theArabicPlanIsInArabic() {
        MarketingPlan plan = LoadedSamples.plan(SamplePlans.ARABIC);
        assertEquals("ar", plan.getLanguage());
        assertEquals("AED", plan.getCurrency());
        List<String> notArabic = new ArrayList<>();
        for (EObject element : LoadedSamples.elements(SamplePlans.ARABIC)) {
            if (element instanceof NamedElement named) {
                // Names are what every view and document shows: Arabic letters, no Latin ones.
                String name = named.getName();
                if (name != null && (!hasScript(name, UnicodeScript.ARABIC) || hasScript(name, UnicodeScript.LATIN))) {
                    notArabic.add(named.getId() + ": " + name);
                }
                String description = named.getDescription();
                if (description != null && !hasScript(description, UnicodeScript.ARABIC)) {
                    notArabic.add(named.getId() + " (description): " + description);
                }
            }
        }
        assertEquals(List.of(), notArabic);
    }

    private static String value(PlanResource resource, String id, String feature) {
        EObject element = resource.getEObject(id);
        assertNotNull(element, "element " + id);
        EStructuralFeature structuralFeature = element.eClass().getEStructuralFeature(feature);
        assertNotNull(structuralFeature, element.eClass().getName() + "." + feature);
        Object value = element.eGet(structuralFeature);
        assertNotNull(value, id + "." + feature);
        return (String) value;
    }

    private static boolean hasScript(String text, UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && UnicodeScript.of(c) == script);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
