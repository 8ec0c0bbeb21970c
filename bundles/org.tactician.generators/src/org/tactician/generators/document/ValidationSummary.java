package org.tactician.generators.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tactician.i18n.FindingText;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
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
     * @param message what is wrong and how to fix it (the rule's own words, in the summary's language)
     */
    public record Finding(int severity, RuleCategory category, String rule, String element, String message) {
    }

    private final List<Finding> findings;

    ValidationSummary(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** The findings of {@code diagnostic} (the result of {@code PlanValidation.validate}), worded in English. */
    public static ValidationSummary of(Diagnostic diagnostic) {
        return of(diagnostic, new FindingText(PlanTerms.of(Locale.ENGLISH)));
    }

    /**
     * The findings of {@code diagnostic} worded by {@code words}: the rules' messages and the elements
     * in its language (the plan's, for a document); EMF's own checks keep their validator's words.
     */
    public static ValidationSummary of(Diagnostic diagnostic, FindingText words) {
        List<Finding> findings = new ArrayList<>();
        collect(diagnostic, words, findings);
        return new ValidationSummary(findings);
    }

    /** Validates {@code plan} and keeps every finding at INFO or above, worded in the plan's language. */
    public static ValidationSummary validate(MarketingPlan plan) {
        return of(PlanValidation.validate(plan), new FindingText(PlanTerms.of(plan)));
    }

    /** The findings, in the order the validator reported them. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many findings have {@code severity} (a {@link Diagnostic} severity). */
    public long count(int severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static void collect(Diagnostic diagnostic, FindingText words, List<Finding> findings) {
        if (diagnostic instanceof PlanDiagnostic finding) {
            // The rule id has its own column: the message is worded without it.
            findings.add(new Finding(finding.getSeverity(), finding.rule().category(), finding.rule().id(),
                    label(finding.object(), words), words.message(finding)));
        } else if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.INFO) {
            // EMF's own checks: no rule id, the code of their validator instead.
            EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
            findings.add(new Finding(diagnostic.getSeverity(), null, diagnostic.getSource() + "#" + diagnostic.getCode(),
                    label(element, words), diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, words, findings);
        }
    }

    /** The element as the findings name it in their language, or nothing. */
    private static String label(EObject element, FindingText words) {
        return element == null ? "" : words.element(element);
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
