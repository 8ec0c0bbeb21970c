package org.tactician.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.tactician.model.PlanLabels;
import org.tactician.validation.internal.ReusableFacts;

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
        return new PlanDiagnostician().validate(element);
    }

    /** Validates {@code element} and everything it contains under {@code profile}. */
    public static Diagnostic validate(EObject element, LintProfile profile) {
        return new PlanDiagnostician().validate(element, Map.of(LintProfile.class, profile));
    }

    /**
     * Validates each of {@code elements} on its own, without its contents, in one run under
     * {@code profile} (what the rules need from the whole plan is gathered once), and hands each
     * element's findings (EMF's checks and the Tactician rules, possibly none) to {@code sink}.
     * Re-validating a {@link ValidationScope} this way is what editors do after an edit; over
     * every element of a plan it finds what {@link #validate(EObject, LintProfile)} finds.
     */
    public static void validateEach(Iterable<? extends EObject> elements, LintProfile profile,
            BiConsumer<? super EObject, List<Diagnostic>> sink) {
        validateEach(elements, profile, null, sink);
    }

    /**
     * {@link #validateEach(Iterable, LintProfile, BiConsumer)}, reusing what {@code scope} (which
     * saw every change of the plan since) knows is unchanged from earlier runs: the conversion
     * forecast, which the objectives' forecast check reads and which costs a pass over the
     * forecast inputs and the budget.
     *
     * @param scope the scope of the edits since the last run, or null
     */
    public static void validateEach(Iterable<? extends EObject> elements, LintProfile profile, ValidationScope scope,
            BiConsumer<? super EObject, List<Diagnostic>> sink) {
        Diagnostician diagnostician = new ElementDiagnostician();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(LintProfile.class, profile);
        if (scope != null) {
            context.put(ReusableFacts.class, scope.facts());
        }
        for (EObject element : elements) {
            BasicDiagnostic chain = new BasicDiagnostic();
            diagnostician.validate(element.eClass(), element, chain, context);
            sink.accept(element, chain.getChildren());
        }
    }

    /** EMF's diagnostician with the plan rules, naming elements and features in the plan's words. */
    private static class PlanDiagnostician extends Diagnostician {

        PlanDiagnostician() {
            super(REGISTRY);
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            return PlanLabels.of(eObject);
        }

        @Override
        public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
            return PlanLabels.words(eStructuralFeature);
        }
    }

    /** A diagnostician that validates one element, not its contents. */
    private static final class ElementDiagnostician extends PlanDiagnostician {

        @Override
        protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
            return true;
        }
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
