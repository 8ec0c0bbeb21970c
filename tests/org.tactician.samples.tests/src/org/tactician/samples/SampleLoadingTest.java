package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.model.PlanElement;
import org.tactician.model.resource.PlanResource;

/** Every sample loads cleanly, resolves every reference and saves back byte for byte. */
class SampleLoadingTest {

    /** Hand-made ids like {@code obj-reach-traffic}: no generated UUIDs in a sample. */
    private static final Pattern READABLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void loadsWithoutErrorsOrWarnings(SamplePlans sample) {
        PlanResource resource = LoadedSamples.load(sample);
        assertEquals(List.of(), resource.getErrors(), sample.fileName() + " errors");
        assertEquals(List.of(), resource.getWarnings(), sample.fileName() + " warnings");
        assertNotNull(LoadedSamples.plan(sample));
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void everyReferenceIsResolvedInsideThePlan(SamplePlans sample) {
        PlanResource resource = LoadedSamples.load(sample);
        assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(resource), "unresolved proxies");
        for (EObject element : LoadedSamples.elements(sample)) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                    continue;
                }
                for (EObject target : targets(element, reference)) {
                    assertTrue(!target.eIsProxy() && target.eResource() == resource,
                            sample.fileName() + ": " + id(element) + "." + reference.getName() + " points outside");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void loadAndSaveIsByteIdentical(SamplePlans sample) {
        byte[] shipped = LoadedSamples.bytes(sample);
        byte[] saved = LoadedSamples.save(LoadedSamples.load(sample, shipped));
        if (!java.util.Arrays.equals(shipped, saved)) {
            // Show the first differing line rather than two arrays of bytes.
            String[] expected = new String(shipped, StandardCharsets.UTF_8).split("\n", -1);
            String[] actual = new String(saved, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
                assertEquals(expected[i], actual[i], sample.fileName() + " line " + (i + 1));
            }
            assertEquals(expected.length, actual.length, sample.fileName() + " line count");
        }
        assertArrayEquals(shipped, saved);
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void everyElementHasAReadableUniqueId(SamplePlans sample) {
        PlanResource resource = LoadedSamples.load(sample);
        Map<String, EObject> seen = new HashMap<>();
        for (EObject element : LoadedSamples.elements(sample)) {
            String id = ((PlanElement) element).getId();
            assertNotNull(id, sample.fileName() + ": an element without id: " + element.eClass().getName());
            assertTrue(READABLE_ID.matcher(id).matches(), sample.fileName() + ": not a readable id: " + id);
            if (seen.put(id, element) != null) {
                fail(sample.fileName() + ": duplicate id " + id);
            }
            assertSame(element, resource.getEObject(id), "the resource finds " + id + " by id");
        }
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void allTextIsPrecomposed(SamplePlans sample) {
        List<String> decomposed = new ArrayList<>();
        for (EObject element : LoadedSamples.elements(sample)) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!attribute.isMany() && element.eGet(attribute) instanceof String text
                        && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    decomposed.add(id(element) + "." + attribute.getName());
                }
            }
        }
        assertEquals(List.of(), decomposed, sample.fileName() + ": text not in NFC");
    }

    @SuppressWarnings("unchecked")
    static List<EObject> targets(EObject element, EReference reference) {
        Object value = element.eGet(reference, false);
        if (value == null) {
            return List.of();
        }
        return reference.isMany() ? (List<EObject>) value : List.of((EObject) value);
    }

    static String id(EObject element) {
        return element instanceof PlanElement planElement ? planElement.getId() : element.eClass().getName();
    }
}
