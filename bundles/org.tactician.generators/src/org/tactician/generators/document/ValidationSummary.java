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
 * The validation appendix of the plan document: how many errors, warnings and remarks the
 * plan's rules find (under the lint profile beside the plan), and each finding grouped by rule
 * category, so the client sees what the consultant knowingly left open.
 */
public final class ValidationSummary {

    /**
     * One line of the appendix.
     *
     * @param severity a {@link Diagnostic} severity
     * @param category the rule category's label, or {@link #MODEL_STRUCTURE}
     * @param rule the rule id
     * @param element the element it is about, in words
     * @param message what is wrong and how to fix it
     */
    public record Finding(int severity, String category, String rule, String element, String message) {
    }

    /** Heading of the group holding EMF's own checks (multiplicities, references). */
    public static final String MODEL_STRUCTURE = "Model structure";

    private final List<Finding> findings;

    ValidationSummary(List<Finding> findings) {
        this.findings = findings;
    }

    /** Validates {@code plan} and keeps every finding at INFO or above. */
    public static ValidationSummary of(EObject plan) {
        List<Finding> findings = new ArrayList<>();
        collect(PlanValidation.validate(plan), findings);
        return new ValidationSummary(findings);
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
            findings.add(new Finding(finding.getSeverity(), finding.rule().category().label(), finding.rule().id(),
                    label(finding.object()), withoutRuleId(finding.getMessage(), finding.rule().id())));
        } else if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.INFO) {
            // EMF's own checks: no rule id, the code of their validator instead.
            EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
            findings.add(new Finding(diagnostic.getSeverity(), MODEL_STRUCTURE, diagnostic.getSource() + "#" + diagnostic.getCode(),
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

    /** Writes the counts and the grouped findings, or that there are none. */
    void write(HtmlWriter out) {
        out.raw("<table class=\"validation-counts\"><thead><tr><th>Errors</th><th>Warnings</th><th>Remarks</th></tr></thead>"
                + "<tbody><tr><td>" + count(Diagnostic.ERROR) + "</td><td>" + count(Diagnostic.WARNING) + "</td><td>"
                + count(Diagnostic.INFO) + "</td></tr></tbody></table>\n");
        if (findings.isEmpty()) {
            out.raw("<p class=\"no-findings\">No problems found.</p>\n");
            return;
        }
        byGroup().forEach((title, group) -> group(out, title, group));
    }

    /**
     * The findings grouped under their headings: rule categories in the catalogue's order, then
     * EMF's own checks ({@link #MODEL_STRUCTURE}); empty groups are left out.
     */
    public Map<String, List<Finding>> byGroup() {
        Map<RuleCategory, List<Finding>> byCategory = new EnumMap<>(RuleCategory.class);
        List<Finding> structure = new ArrayList<>();
        for (Finding finding : findings) {
            RuleCategory category = categoryOf(finding.category());
            if (category == null) {
                structure.add(finding);
            } else {
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(finding);
            }
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        byCategory.forEach((category, group) -> groups.put(category.label(), group));
        if (!structure.isEmpty()) {
            groups.put(MODEL_STRUCTURE, structure);
        }
        return groups;
    }

    private static RuleCategory categoryOf(String label) {
        for (RuleCategory category : RuleCategory.values()) {
            if (category.label().equals(label)) {
                return category;
            }
        }
        return null;
    }

    private static void group(HtmlWriter out, String title, List<Finding> group) {
        out.raw("<h4>").text(title).raw(" (" + group.size() + ")</h4>\n");
        out.raw("<table class=\"findings-list\"><thead><tr><th>Severity</th><th>Rule</th><th>Element</th><th>Message</th>"
                + "</tr></thead><tbody>\n");
        for (Finding finding : group) {
            String severity = severity(finding.severity());
            // Rule ids stay on one line so they can be searched for in the PDF.
            out.raw("<tr><td class=\"severity " + severity.toLowerCase(java.util.Locale.ROOT) + "\">" + severity
                    + "</td><td class=\"rule-id\">").text(finding.rule()).raw("</td><td>").text(finding.element())
                    .raw("</td><td>").text(finding.message()).raw("</td></tr>\n");
        }
        out.raw("</tbody></table>\n");
    }

    /** {@code Error}, {@code Warning} or {@code Remark}. */
    public static String severity(int severity) {
        return severity >= Diagnostic.ERROR ? "Error" : severity >= Diagnostic.WARNING ? "Warning" : "Remark";
    }
}
