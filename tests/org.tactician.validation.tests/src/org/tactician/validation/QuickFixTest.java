package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.validation.RuleCases.Expected;

/** Every quick fix a rule offers on its broken plan repairs what it found, as an editor would apply it. */
class QuickFixTest {

    /** The quick fix of {@code rule}'s finding on its broken plan, with the plan, if it offers one. */
    private static Optional<Broken> broken(Rule rule) {
        CleanPlan plan = new CleanPlan();
        Expected expected = RuleCases.BREAKERS.get(rule).apply(plan);
        return plan.findings(rule).stream().filter(finding -> finding.object() == expected.object())
                .flatMap(finding -> finding.quickFix().stream()).findFirst().map(fix -> new Broken(plan, fix));
    }

    private record Broken(CleanPlan plan, QuickFix fix) {
    }

    static Stream<Rule> rulesWithQuickFixes() {
        return RuleRegistry.all().stream().filter(rule -> broken(rule).isPresent());
    }

    @Test
    void theObviousFixesAreOffered() {
        List<String> fixed = rulesWithQuickFixes().map(Rule::id).toList();
        assertTrue(fixed.containsAll(List.of("plan.currency.invalid", "plan.classification.missing",
                "smart.specific.owner-missing", "smart.measurable.measure-inconsistent", "smart.measurable.kpi-mismatch",
                "campaign.budget.mismatch", "objectives.monthly.sum-mismatch",
                "objectives.monthly.deadline-outside-month", "budget.booking.duplicate", "budget.booking.line-missing",
                "reference.segment-cycle", "value.money.negative", "value.score.out-of-range")), fixed.toString());
    }

    @ParameterizedTest
    @MethodSource("rulesWithQuickFixes")
    void applyingTheQuickFixRemovesTheFinding(Rule rule) {
        Broken broken = broken(rule).orElseThrow();
        QuickFix fix = broken.fix();

        fix.object().eSet(fix.feature(), fix.value());

        assertEquals(List.of(), broken.plan().findings(rule).stream().filter(f -> f.object() == fix.object())
                .map(PlanDiagnostic::getMessage).toList(), fix.label());
    }
}
