package org.tactician.validation;

import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A finding of a Tactician rule. Its data is {@code [object, feature]}, or
 * {@code [object, feature, quickFix]} when there is an obvious fix, so EMF editors can select the
 * element and highlight the feature; its source is {@link PlanValidator#DIAGNOSTIC_SOURCE} and its
 * code the rule's {@link Rule#code()}.
 */
public final class PlanDiagnostic extends BasicDiagnostic {

    private final Rule rule;
    private final EObject object;
    private final EStructuralFeature feature;
    private final QuickFix quickFix;
    private final RuleMessage ruleMessage;

    /**
     * Creates a finding.
     *
     * @param rule the rule that found it
     * @param severity the severity after the profile (not {@link Severity#OFF})
     * @param message what is wrong with which element and how to fix it; the diagnostic's message is
     *        its English words followed by the rule id in brackets, so users can find it in their profile
     * @param object the element at fault
     * @param feature its feature at fault
     * @param quickFix an obvious fix, or null
     */
    public PlanDiagnostic(Rule rule, Severity severity, RuleMessage message, EObject object, EStructuralFeature feature,
            QuickFix quickFix) {
        super(severity.diagnosticSeverity(), PlanValidator.DIAGNOSTIC_SOURCE, rule.code(),
                RuleMessages.english(message) + " [" + rule.id() + "]",
                quickFix == null ? new Object[] {object, feature} : new Object[] {object, feature, quickFix});
        this.rule = rule;
        this.object = object;
        this.feature = feature;
        this.quickFix = quickFix;
        this.ruleMessage = message;
    }

    /** The message before it is worded: its key and facts, to word it in another language ({@link RuleMessages}). */
    public RuleMessage ruleMessage() {
        return ruleMessage;
    }

    /** The rule that found it. */
    public Rule rule() {
        return rule;
    }

    /** The element at fault. */
    public EObject object() {
        return object;
    }

    /** The feature at fault. */
    public EStructuralFeature feature() {
        return feature;
    }

    /** The obvious fix, if there is one. */
    public Optional<QuickFix> quickFix() {
        return Optional.ofNullable(quickFix);
    }
}
