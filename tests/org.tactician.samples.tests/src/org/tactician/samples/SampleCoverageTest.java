package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;
import org.tactician.model.TacticianPackage;

/**
 * Together the samples exercise the whole metamodel: computed from the EPackage, so a new class or
 * reference fails here until a sample uses it.
 */
class SampleCoverageTest {

    @Test
    void everyConcreteClassIsInstantiatedInSomeSample() {
        Set<EClass> used = new HashSet<>();
        for (SamplePlans sample : SamplePlans.values()) {
            for (EObject element : LoadedSamples.elements(sample)) {
                used.add(element.eClass());
            }
        }
        List<String> missing = new ArrayList<>();
        for (EClass eClass : classes()) {
            if (!eClass.isAbstract() && !eClass.isInterface() && !used.contains(eClass)) {
                missing.add(eClass.getName());
            }
        }
        assertTrue(used.size() > 50, "the package was read: " + used.size() + " classes used");
        assertEquals(List.of(), missing, "classes no sample instantiates");
    }

    @Test
    void everyCrossReferenceIsSetInSomeSample() {
        List<EReference> references = new ArrayList<>();
        for (EClass eClass : classes()) {
            for (EReference reference : eClass.getEReferences()) {
                // Derived references are computed, not stored: nothing a sample could set.
                if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()
                        && !reference.isTransient()) {
                    references.add(reference);
                }
            }
        }
        Set<EReference> set = new HashSet<>();
        for (SamplePlans sample : SamplePlans.values()) {
            for (EObject element : LoadedSamples.elements(sample)) {
                for (EReference reference : element.eClass().getEAllReferences()) {
                    if (element.eIsSet(reference)) {
                        set.add(reference);
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (EReference reference : references) {
            if (!set.contains(reference)) {
                missing.add(reference.getEContainingClass().getName() + "." + reference.getName());
            }
        }
        assertTrue(references.size() > 50, "the package was read: " + references.size() + " cross-references");
        assertEquals(List.of(), missing, "cross-references no sample sets");
    }

    private static List<EClass> classes() {
        List<EClass> classes = new ArrayList<>();
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                classes.add(eClass);
            }
        }
        return classes;
    }
}
