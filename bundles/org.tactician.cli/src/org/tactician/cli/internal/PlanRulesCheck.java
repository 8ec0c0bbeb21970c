package org.tactician.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tactician.cli.PlanCheck;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanLabels;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;

/**
 * The default {@link PlanCheck}: the Tactician rules (under the lint profile stored beside the
 * plan) together with EMF's own checks (multiplicities, references).
 */
public final class PlanRulesCheck implements PlanCheck {

    @Override
    public List<Finding> check(MarketingPlan plan) {
        return findings(PlanValidation.validate(plan));
    }

    /** The findings of {@code validation} (a result of {@link PlanValidation#validate}), most severe first. */
    public static List<Finding> findings(Diagnostic validation) {
        List<Finding> findings = new ArrayList<>();
        collect(validation, findings);
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
        return PlanLabels.capitalised(element) + ": " + diagnostic.getMessage();
    }
}
