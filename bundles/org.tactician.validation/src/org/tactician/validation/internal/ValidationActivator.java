package org.tactician.validation.internal;

import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.tactician.model.TacticianPackage;
import org.tactician.validation.PlanValidator;

/**
 * Registers the plan validator globally while the bundle runs, so every EMF-aware tool that uses
 * {@code Diagnostician.INSTANCE} (e.g. an editor's Validate action) runs the Tactician rules.
 */
public final class ValidationActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        PlanValidator.register();
    }

    @Override
    public void stop(BundleContext context) {
        // Only take out what we put in: someone may have registered another validator since.
        if (EValidator.Registry.INSTANCE.get(TacticianPackage.eINSTANCE) == PlanValidator.INSTANCE) {
            EValidator.Registry.INSTANCE.remove(TacticianPackage.eINSTANCE);
        }
    }
}
