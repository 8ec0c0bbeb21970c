package org.tactician.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A validation rule: what it is called, what it checks and how to fix what it finds. The id is
 * stable (profiles and editors refer to it); the code is the {@code Diagnostic} code of its
 * findings. The catalogue of all rules is {@link RuleRegistry}.
 *
 * @param id the stable id, e.g. {@code smart.measurable.target-missing}
 * @param code the diagnostic code, unique among the rules
 * @param category what part of the plan the rule looks at
 * @param defaultSeverity the severity unless a profile says otherwise (never {@link Severity#OFF})
 * @param checks what the rule checks, one sentence
 * @param fix how to fix what it finds, one sentence
 */
public record Rule(String id, int code, RuleCategory category, Severity defaultSeverity, String checks, String fix) {

    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");

    /** Checks the components. */
    public Rule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(fix, "fix");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Rule ids are dotted lower-case words: " + id);
        }
        if (defaultSeverity == null || defaultSeverity == Severity.OFF) {
            throw new IllegalArgumentException("A rule must report by default: " + id);
        }
    }
}
