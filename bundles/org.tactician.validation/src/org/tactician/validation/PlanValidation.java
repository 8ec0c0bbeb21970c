package org.tactician.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates plans with the Tactician rules, whether or not {@link PlanValidator} is registered
 * globally (e.g. from the command line or a test).
 */
public final class PlanValidation {

    private static final EValidator.Registry REGISTRY = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);

    static {
        PlanValidator.register(REGISTRY);
    }

    private PlanValidation() {
    }

    /**
     * Validates {@code element} and everything it contains, under the profile stored beside its
     * plan (or the defaults).
     */
    public static Diagnostic validate(EObject element) {
        return new Diagnostician(REGISTRY).validate(element);
    }

    /** Validates {@code element} and everything it contains under {@code profile}. */
    public static Diagnostic validate(EObject element, LintProfile profile) {
        return new Diagnostician(REGISTRY).validate(element, Map.of(LintProfile.class, profile));
    }

    /** The Tactician findings in {@code diagnostic} and its children, in order. */
    public static List<PlanDiagnostic> findings(Diagnostic diagnostic) {
        List<PlanDiagnostic> result = new ArrayList<>();
        collect(diagnostic, result);
        return result;
    }

    private static void collect(Diagnostic diagnostic, List<PlanDiagnostic> result) {
        if (diagnostic instanceof PlanDiagnostic finding) {
            result.add(finding);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, result);
        }
    }
}
