package org.tactician.editing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;
import org.tactician.validation.Severity;

/**
 * One validation finding of an open plan, as editors, markers and diagrams show it: a plan
 * rule's finding or one of EMF's own checks, on an element and (usually) one of its features.
 * Two findings are equal when they say the same thing about the same element and feature, so an
 * unchanged finding survives a re-validation as the same marker.
 */
public final class Finding {

    /** Rule-id prefix of EMF's own checks (multiplicity, dangling references, data values...). */
    public static final String EMF_RULE_PREFIX = "emf.";

    private final Severity severity;
    private final String ruleId;
    private final String message;
    private final EObject element;
    private final EStructuralFeature feature;
    private final QuickFix quickFix;
    private final RuleMessage ruleMessage;

    /**
     * @param severity how serious it is (never {@link Severity#OFF})
     * @param ruleId the rule's id ({@code smart.time-bound.deadline-missing}), or {@code emf.<check>}
     * @param message what is wrong and how to fix it
     * @param element the element at fault
     * @param feature its feature at fault, or null
     * @param quickFix the rule's obvious fix, or null
     */
    public Finding(Severity severity, String ruleId, String message, EObject element, EStructuralFeature feature,
            QuickFix quickFix) {
        this(severity, ruleId, message, element, feature, quickFix, null);
    }

    private Finding(Severity severity, String ruleId, String message, EObject element, EStructuralFeature feature,
            QuickFix quickFix, RuleMessage ruleMessage) {
        this.ruleMessage = ruleMessage;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.message = Objects.requireNonNull(message, "message");
        this.element = Objects.requireNonNull(element, "element");
        this.feature = feature;
        this.quickFix = quickFix;
    }

    /**
     * The finding {@code diagnostic} reports about {@code validated} (its data names the element
     * at fault and the feature, when it has them).
     */
    public static Finding of(Diagnostic diagnostic, EObject validated) {
        if (diagnostic instanceof PlanDiagnostic finding) {
            Severity severity = severityOf(finding.getSeverity());
            return new Finding(severity, finding.rule().id(), finding.getMessage(), finding.object(), finding.feature(),
                    finding.quickFix().orElse(null), finding.ruleMessage());
        }
        // EMF's checks put the element first and the feature next in the data.
        List<?> data = diagnostic.getData();
        EObject element = !data.isEmpty() && data.get(0) instanceof EObject first && !(first instanceof EStructuralFeature)
                ? first : validated;
        EStructuralFeature feature = (EStructuralFeature) data.stream()
                .filter(EStructuralFeature.class::isInstance).findFirst().orElse(null);
        return new Finding(severityOf(diagnostic.getSeverity()), ruleIdOf(diagnostic), diagnostic.getMessage(),
                element, feature, null);
    }

    /**
     * A plan rule's message before it is worded (its key and facts), so a surface can word it in its
     * user's language; empty for EMF's own checks, which have English words only.
     */
    public Optional<RuleMessage> ruleMessage() {
        return Optional.ofNullable(ruleMessage);
    }

    private static Severity severityOf(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return Severity.ERROR;
        }
        return diagnosticSeverity >= Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
    }

    /** {@code emf.<check>} for EMF's checks, {@code <source>.<code>} for any other validator. */
    private static String ruleIdOf(Diagnostic diagnostic) {
        if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return diagnostic.getSource() + "." + diagnostic.getCode();
        }
        String check = switch (diagnostic.getCode()) {
            case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> "multiplicity";
            case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> "data-value";
            case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> "dangling-reference";
            case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> "unresolved-proxy";
            case EObjectValidator.EOBJECT__UNIQUE_ID -> "duplicate-id";
            case EObjectValidator.EOBJECT__EVERY_KEY_UNIQUE -> "duplicate-key";
            case EObjectValidator.EOBJECT__EVERY_MAP_ENTRY_UNIQUE -> "duplicate-map-entry";
            case EObjectValidator.EOBJECT__EVERY_BIDIRECTIONAL_REFERENCE_IS_PAIRED -> "unpaired-reference";
            case EObjectValidator.EOBJECT__NO_CIRCULAR_CONTAINMENT -> "circular-containment";
            default -> String.valueOf(diagnostic.getCode());
        };
        return EMF_RULE_PREFIX + check;
    }

    /** How serious it is. */
    public Severity severity() {
        return severity;
    }

    /** The rule's id, e.g. {@code smart.time-bound.deadline-missing}, or {@code emf.<check>} for EMF's checks. */
    public String ruleId() {
        return ruleId;
    }

    /** What is wrong and how to fix it. */
    public String message() {
        return message;
    }

    /** The element at fault. */
    public EObject element() {
        return element;
    }

    /** Its feature at fault, if known. */
    public Optional<EStructuralFeature> feature() {
        return Optional.ofNullable(feature);
    }

    /** The rule's obvious fix, if it offers one (apply it with {@link PlanCommands#quickFix}). */
    public Optional<QuickFix> quickFix() {
        return Optional.ofNullable(quickFix);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && severity == that.severity && ruleId.equals(that.ruleId)
                && message.equals(that.message) && element == that.element && feature == that.feature;
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, ruleId, message, System.identityHashCode(element), feature);
    }

    @Override
    public String toString() {
        return severity.key() + " " + ruleId + ": " + message;
    }
}
