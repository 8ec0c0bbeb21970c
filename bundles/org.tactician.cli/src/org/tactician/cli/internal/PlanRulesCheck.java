package org.tactician.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tactician.cli.PlanCheck;
import org.tactician.model.MarketingPlan;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;

/**
 * The default {@link PlanCheck}: the Tactician rules (under the lint profile stored beside the
 * plan) together with EMF's own checks (multiplicities, references).
 */
public final class PlanRulesCheck implements PlanCheck {

    @Override
    public List<Finding> check(MarketingPlan plan) {
        List<Finding> findings = new ArrayList<>();
        collect(PlanValidation.validate(plan), findings);
        findings.sort((a, b) -> Boolean.compare(b.error(), a.error()));
        return findings;
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                findings.add(new Finding(diagnostic.getSeverity() >= Diagnostic.ERROR, describe(diagnostic)));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings);
        }
    }

    /** Tactician rules name the element in their message; EMF's own checks get it prefixed. */
    private static String describe(Diagnostic diagnostic) {
        if (diagnostic instanceof PlanDiagnostic || diagnostic.getData().isEmpty()
                || !(diagnostic.getData().get(0) instanceof EObject element)) {
            return diagnostic.getMessage();
        }
        return label(element) + ": " + diagnostic.getMessage();
    }

    /** E.g. {@code SmartObjective 'Grow traffic'}, or the id when it has no name. */
    private static String label(EObject element) {
        String type = element.eClass().getName();
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return type + " '" + named.getName() + "'";
        }
        return element instanceof PlanElement planElement && planElement.getId() != null
                ? type + " #" + planElement.getId() : type;
    }
}
