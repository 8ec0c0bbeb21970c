package org.tactician.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.tactician.cli.PlanCheck;
import org.tactician.model.MarketingPlan;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;

/** The default {@link PlanCheck}: EMF's Diagnostician over the whole plan. */
public final class DiagnosticianCheck implements PlanCheck {

    @Override
    public List<Finding> check(MarketingPlan plan) {
        Diagnostic result = Diagnostician.INSTANCE.validate(plan);
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic child : result.getChildren().isEmpty() && result.getSeverity() != Diagnostic.OK
                ? List.of(result) : result.getChildren()) {
            if (child.getSeverity() < Diagnostic.WARNING) {
                continue;
            }
            String where = !child.getData().isEmpty() && child.getData().get(0) instanceof EObject element
                    ? label(element) + ": " : "";
            findings.add(new Finding(child.getSeverity() >= Diagnostic.ERROR, where + child.getMessage()));
        }
        findings.sort((a, b) -> Boolean.compare(b.error(), a.error()));
        return findings;
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
