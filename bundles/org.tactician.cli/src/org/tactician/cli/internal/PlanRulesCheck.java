package org.tactician.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tactician.cli.PlanCheck;
import org.tactician.i18n.FindingText;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanLabels;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;

/**
 * The default {@link PlanCheck}: the Tactician rules (under the lint profile stored beside the
 * plan) together with EMF's own checks (multiplicities, references). Findings are worded in the
 * user's language ({@link Locale#getDefault()}: {@code LANG}, {@code LC_ALL}); under an English or
 * C locale, and for a language Tactician has no words for, they are the rules' own English
 * messages, byte for byte what scripts have always read.
 */
public final class PlanRulesCheck implements PlanCheck {

    private final Optional<FindingText> words;

    /** Words the findings in the JVM's default locale. */
    public PlanRulesCheck() {
        this(Locale.getDefault());
    }

    /** Words the findings in {@code locale}'s language. */
    public PlanRulesCheck(Locale locale) {
        this.words = FindingText.forUser(locale);
    }

    @Override
    public List<Finding> check(MarketingPlan plan) {
        return findings(PlanValidation.validate(plan));
    }

    /** The findings of {@code validation} (a result of {@link PlanValidation#validate}), most severe first. */
    public List<Finding> findings(Diagnostic validation) {
        List<Finding> findings = new ArrayList<>();
        collect(validation, findings);
        findings.sort((a, b) -> Boolean.compare(b.error(), a.error()));
        return findings;
    }

    private void collect(Diagnostic diagnostic, List<Finding> findings) {
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
    private String describe(Diagnostic diagnostic) {
        if (diagnostic instanceof PlanDiagnostic finding) {
            return words.map(text -> text.messageWithRuleId(finding.ruleMessage(), finding.rule().id()))
                    .orElse(finding.getMessage());
        }
        if (diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject element)) {
            return diagnostic.getMessage();
        }
        String label = words.map(text -> text.element(element)).orElseGet(() -> PlanLabels.capitalised(element));
        return label + ": " + diagnostic.getMessage();
    }
}
