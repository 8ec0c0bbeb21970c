package org.tactician.model.internal;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.tactician.model.TacticianPackage;

/**
 * The SAX handler of plan files. It reads the current format as EMF does, and a plan written by
 * Tactician 0.1.0 (namespace {@value PlanMigration#LEGACY_NAMESPACE}) as the current model: the
 * old namespace resolves to the current package, renamed attributes go to their new features,
 * and the values of removed attributes are kept for {@link PlanMigration} to convert once the
 * whole file is read.
 */
public final class LegacyPlanHandler extends SAXXMIHandler {

    private final PlanMigration migration;

    /**
     * @param migration where a 0.1.0 file's removed values are kept (one per load)
     */
    public LegacyPlanHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, PlanMigration migration) {
        super(resource, helper, options);
        this.migration = migration;
    }

    @Override
    protected EPackage getPackageForURI(String uri) {
        if (PlanMigration.LEGACY_NAMESPACE.equals(uri)) {
            migration.legacyNamespaceSeen();
            return TacticianPackage.eINSTANCE;
        }
        return super.getPackageForURI(uri);
    }

    @Override
    protected void setAttribValue(EObject object, String name, String value) {
        if (migration.isLegacy()) {
            String renamed = migration.attribute(object, name, value, getLineNumber(), getColumnNumber());
            if (renamed == null) {
                return; // kept for the migration
            }
            super.setAttribValue(object, renamed, value);
            return;
        }
        super.setAttribValue(object, name, value);
    }
}
