package org.tactician.generators.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.PlanLabels;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.RuleCategory;

/**
 * The findings of the plan's validation as the document's appendix shows them: every finding at
 * INFO or above (Tactician's rules under the lint profile beside the plan, and EMF's own checks),
 * grouped by rule category. Built from the diagnostic the generation run already has (see
 * {@link org.tactician.generators.content.PlanAnalysis}), so a plan is validated once per run.
 */
public final class ValidationSummary {

    /**
     * One finding.
     *
     * @param severity a {@link Diagnostic} severity
     * @param category the rule's category, or null for EMF's own checks (the "model structure" group)
     * @param rule the rule id (for EMF's checks, their validator's source and code)
     * @param element the element it is about, in words
     * @param message what is wrong and how to fix it (the rule's own words)
     */
    public record Finding(int severity, RuleCategory category, String rule, String element, String message) {
    }

    private final List<Finding> findings;

    ValidationSummary(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** The findings of {@code diagnostic} (the result of {@code PlanValidation.validate}). */
    public static ValidationSummary of(Diagnostic diagnostic) {
        List<Finding> findings = new ArrayList<>();
        collect(diagnostic, findings);
        return new ValidationSummary(findings);
    }

    /** Validates {@code plan} and keeps every finding at INFO or above. */
    public static ValidationSummary validate(EObject plan) {
        return of(PlanValidation.validate(plan));
    }

    /** The findings, in the order the validator reported them. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many findings have {@code severity} (a {@link Diagnostic} severity). */
    public long count(int severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static void collect(Diagnostic diagnostic, List<Finding> findings) {
        if (diagnostic instanceof PlanDiagnostic finding) {
            findings.add(new Finding(finding.getSeverity(), finding.rule().category(), finding.rule().id(),
                    label(finding.object()), withoutRuleId(finding.getMessage(), finding.rule().id())));
        } else if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.INFO) {
            // EMF's own checks: no rule id, the code of their validator instead.
            EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
            findings.add(new Finding(diagnostic.getSeverity(), null, diagnostic.getSource() + "#" + diagnostic.getCode(),
                    label(element), diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings);
        }
    }

    /** Rule messages end in {@code [rule.id]}; the appendix shows the id in its own column. */
    private static String withoutRuleId(String message, String ruleId) {
        String suffix = "[" + ruleId + "]";
        String trimmed = message == null ? "" : message.strip();
        return trimmed.endsWith(suffix) ? trimmed.substring(0, trimmed.length() - suffix.length()).strip() : trimmed;
    }

    /** The element in the words every Tactician message uses ({@link PlanLabels}), or nothing. */
    private static String label(EObject element) {
        return element == null ? "" : PlanLabels.capitalised(element);
    }

    /**
     * The findings grouped by rule category, in the catalogue's order, then EMF's own checks
     * (under the key null); empty groups are left out.
     */
    public Map<RuleCategory, List<Finding>> byCategory() {
        Map<RuleCategory, List<Finding>> byCategory = new EnumMap<>(RuleCategory.class);
        List<Finding> structure = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.category() == null) {
                structure.add(finding);
            } else {
                byCategory.computeIfAbsent(finding.category(), c -> new ArrayList<>()).add(finding);
            }
        }
        Map<RuleCategory, List<Finding>> groups = new LinkedHashMap<>(byCategory);
        if (!structure.isEmpty()) {
            groups.put(null, structure);
        }
        return groups;
    }
}
