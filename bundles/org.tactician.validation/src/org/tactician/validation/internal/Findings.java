package org.tactician.validation.internal;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.validation.LintProfile;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.QuickFix;
import org.tactician.validation.Rule;
import org.tactician.validation.RuleMessage;
import org.tactician.validation.Severity;

/** Where rules report: applies the profile's severities and adds the findings to the chain. */
public final class Findings {

    private final DiagnosticChain chain;
    private final LintProfile profile;
    private boolean errors;

    /** Reports into {@code chain} (may be null: then only {@link #hasErrors()} is kept) under {@code profile}. */
    public Findings(DiagnosticChain chain, LintProfile profile) {
        this.chain = chain;
        this.profile = profile;
    }

    /** Whether {@code rule} runs: rules skip their work when it does not. */
    public boolean isOn(Rule rule) {
        return profile.isEnabled(rule);
    }

    /** Reports a finding without a quick fix. */
    public void report(Rule rule, EObject object, EStructuralFeature feature, RuleMessage message) {
        report(rule, object, feature, message, null);
    }

    /**
     * Reports a finding; the message says what is wrong with which element and how to fix it, the
     * rule id is appended so users can find it in their profile.
     */
    public void report(Rule rule, EObject object, EStructuralFeature feature, RuleMessage message, QuickFix fix) {
        Severity severity = profile.severityOf(rule);
        if (severity == Severity.OFF) {
            return;
        }
        errors |= severity == Severity.ERROR;
        if (chain != null) {
            chain.add(new PlanDiagnostic(rule, severity, message, object, feature, fix));
        }
    }

    /** Whether an error-level finding was reported. */
    public boolean hasErrors() {
        return errors;
    }
}
