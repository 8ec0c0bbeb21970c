package org.tactician.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.tactician.model.PlanElement;
import org.tactician.model.TacticianPackage;
import org.tactician.validation.internal.Findings;
import org.tactician.validation.internal.PlanRules;
import org.tactician.validation.internal.ValidationRun;

/**
 * The EMF validator of the plan model: EMF's own checks of every object (multiplicity, proxies,
 * containment, data values, ids) followed by the Tactician rules of {@link RuleRegistry}, under the
 * plan's {@link LintProfile}.
 *
 * <p>Registered for {@link TacticianPackage} by {@link #register} (the bundle does it when it
 * starts), so {@code Diagnostician.INSTANCE.validate(plan)} runs it. The profile is the one in the
 * validation context under {@code LintProfile.class}, else the one stored beside the plan's
 * resource, else the defaults. What the rules need from the whole plan (stage coverage, reached
 * personas, journey flows, quarterly breakdowns, bookings, names, the forecast) is gathered once
 * per validation run and kept in the context, so a run stays linear in the size of the plan; call
 * it with a context (as the {@code Diagnostician} does).
 */
public class PlanValidator extends EObjectValidator {

    /** The {@code Diagnostic} source of every Tactician finding. */
    public static final String DIAGNOSTIC_SOURCE = "org.tactician.validation";

    /** The shared instance. */
    public static final PlanValidator INSTANCE = new PlanValidator();

    /** Registers {@link #INSTANCE} for the plan package in {@code registry}. */
    public static void register(EValidator.Registry registry) {
        registry.put(TacticianPackage.eINSTANCE, INSTANCE);
    }

    /** Registers {@link #INSTANCE} in the global {@link EValidator.Registry#INSTANCE}. */
    public static void register() {
        register(EValidator.Registry.INSTANCE);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean result = super.validate(eClass, eObject, diagnostics, context);
        if (eObject.eIsProxy() || !(eObject instanceof PlanElement) || !result && diagnostics == null) {
            return result;
        }
        ValidationRun run = ValidationRun.of(eObject, context);
        Findings findings = new Findings(diagnostics, run.profile());
        PlanRules.check(eObject, run, findings);
        return result && !findings.hasErrors();
    }
}
