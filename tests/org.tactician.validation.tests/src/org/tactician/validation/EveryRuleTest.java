package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.validation.RuleCases.Expected;
import org.tactician.validation.internal.Labels;

/** Every rule passes on the clean plan and fails, pointing at the right element, on its broken copy. */
class EveryRuleTest {

    static Stream<Rule> rules() {
        return RuleRegistry.all().stream();
    }

    @Test
    void everyRuleHasAFailingModel() {
        assertEquals(Set.copyOf(RuleRegistry.all()), RuleCases.BREAKERS.keySet());
    }

    @Test
    void theCleanPlanIsClean() {
        CleanPlan clean = new CleanPlan();

        Diagnostic diagnostic = clean.validate();

        assertEquals(List.of(), clean.findings().stream().map(Diagnostic::getMessage).toList());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.getChildren().stream()
                .map(d -> d.getMessage() + (d.getException() == null ? "" : " " + stackOf(d.getException())))
                .collect(Collectors.joining("\n")));
    }

    private static String stackOf(Throwable throwable) {
        java.io.StringWriter text = new java.io.StringWriter();
        throwable.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void passesOnTheCleanPlan(Rule rule) {
        assertEquals(List.of(), new CleanPlan().findings(rule));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void failsOnItsBrokenPlan(Rule rule) {
        CleanPlan plan = new CleanPlan();
        Expected expected = RuleCases.BREAKERS.get(rule).apply(plan);

        List<PlanDiagnostic> findings = plan.findings(rule);

        assertFalse(findings.isEmpty(), rule.id() + " found nothing");
        PlanDiagnostic finding = findings.stream().filter(f -> f.object() == expected.object()).findFirst()
                .orElseThrow(() -> new AssertionError(rule.id() + " did not point at " + Labels.of(expected.object())
                        + " but at " + findings.stream().map(f -> Labels.of(f.object())).toList()));
        assertEquals(expected.feature(), finding.feature());
        assertEquals(rule.defaultSeverity().diagnosticSeverity(), finding.getSeverity());
        assertEquals(PlanValidator.DIAGNOSTIC_SOURCE, finding.getSource());
        assertEquals(rule.code(), finding.getCode());
        assertEquals(expected.object(), finding.getData().get(0));
        assertEquals(expected.feature(), finding.getData().get(1));
        assertTrue(finding.getMessage().endsWith("[" + rule.id() + "]"), finding.getMessage());
        assertTrue(finding.getMessage().contains(": "), "the message says how to fix it: " + finding.getMessage());
    }
}
