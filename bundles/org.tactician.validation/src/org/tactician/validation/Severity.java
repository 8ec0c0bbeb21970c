package org.tactician.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** How loudly a rule reports: a profile may switch a rule {@link #OFF} or change its severity. */
public enum Severity {
    /** The rule does not run. */
    OFF(Diagnostic.OK),
    /** A remark. */
    INFO(Diagnostic.INFO),
    /** Something to look at; the plan is usable. */
    WARNING(Diagnostic.WARNING),
    /** The plan is wrong or its documents and numbers would be. */
    ERROR(Diagnostic.ERROR);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic} severity ({@link Diagnostic#OK} for {@link #OFF}). */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** The word used in profiles and in the rule catalogue: {@code off}, {@code info}, {@code warning}, {@code error}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity named by {@code text} (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException if it names none
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not off, info, warning or error");
    }
}
