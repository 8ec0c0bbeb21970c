package org.tactician.validation.internal;

import org.eclipse.emf.ecore.EValidator;
import org.tactician.model.TacticianPackage;
import org.tactician.validation.PlanValidator;

/**
 * The Declarative Services component {@code org.tactician.validation.globalRegistration}: keeps
 * {@link PlanValidator} in EMF's global validator registry while the validation bundle runs, so
 * every EMF-aware tool that validates through {@code Diagnostician.INSTANCE} runs the plan rules.
 */
public final class GlobalValidatorRegistration {

    /** Called by Declarative Services when the component starts. */
    public void activate() {
        PlanValidator.register();
    }

    /** Called by Declarative Services when the component stops. */
    public void deactivate() {
        // Only take out what we put in: someone may have registered another validator since.
        if (EValidator.Registry.INSTANCE.get(TacticianPackage.eINSTANCE) == PlanValidator.INSTANCE) {
            EValidator.Registry.INSTANCE.remove(TacticianPackage.eINSTANCE);
        }
    }
}
