package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.model.NamedElement;
import org.tactician.model.TacticianPackage.Literals;

/**
 * {@code naming.too-long}: a name the budget workbook writes may fill a spreadsheet cell, 32,767
 * characters (UTF-16 units, as the format counts them), and no more.
 */
class NameLengthRuleTest {

    private static final Rule RULE = RuleRegistry.NAMING_TOO_LONG;

    /** The elements whose names go into budget.xlsx. */
    static Stream<Arguments> workbookNames() {
        return Stream.of(Arguments.of("budget line", (Function<CleanPlan, NamedElement>) p -> p.searchAds),
                Arguments.of("channel", (Function<CleanPlan, NamedElement>) p -> p.search),
                Arguments.of("campaign", (Function<CleanPlan, NamedElement>) p -> p.spring),
                Arguments.of("segment", (Function<CleanPlan, NamedElement>) p -> p.parents));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbookNames")
    void aNameThatFillsACellIsClean(String kind, Function<CleanPlan, NamedElement> element) {
        CleanPlan plan = new CleanPlan();
        element.apply(plan).setName("a".repeat(32_767));

        assertEquals(List.of(), plan.findings(RULE).stream().map(PlanDiagnostic::getMessage).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbookNames")
    void aNameOneCharacterLongerIsFlaggedWithItsLengthAndTheLimit(String kind, Function<CleanPlan, NamedElement> element) {
        CleanPlan plan = new CleanPlan();
        NamedElement named = element.apply(plan);
        named.setId("long-one");
        named.setName("a".repeat(32_768));

        List<PlanDiagnostic> findings = plan.findings(RULE);

        assertEquals(1, findings.size(), findings.toString());
        PlanDiagnostic finding = findings.get(0);
        assertEquals(named, finding.object());
        assertEquals(Literals.NAMED_ELEMENT__NAME, finding.feature());
        assertEquals(Severity.WARNING.diagnosticSeverity(), finding.getSeverity());
        assertEquals("The name of the " + kind + " with id long-one is 32,768 characters long, more than a spreadsheet "
                + "cell holds (32,767): shorten it and keep the long text in the description, or budget.xlsx cuts it. "
                + "[naming.too-long]", finding.getMessage());
    }

    @Test
    void anElementWithoutAnIdIsNamedByItsKind() {
        CleanPlan plan = new CleanPlan();
        plan.search.setId(null);
        plan.search.setName("b".repeat(40_000));

        assertEquals(List.of("The name of a channel is 40,000 characters long, more than a spreadsheet cell holds "
                + "(32,767): shorten it and keep the long text in the description, or budget.xlsx cuts it. [naming.too-long]"),
                plan.findings(RULE).stream().map(PlanDiagnostic::getMessage).toList());
    }

    @Test
    void charactersAreCountedAsTheCellCountsThem() {
        // 16,384 characters outside the BMP are 32,768 UTF-16 units: one more than a cell holds.
        CleanPlan plan = new CleanPlan();
        plan.searchAds.setName("\uD83D\uDE00".repeat(16_384));

        assertEquals(1, plan.findings(RULE).size());
    }

    @Test
    void aLongNameTheWorkbookDoesNotWriteIsNotFlagged() {
        // Personas appear in documents that wrap text, never in a spreadsheet cell.
        CleanPlan plan = new CleanPlan();
        plan.parent.setName("c".repeat(40_000));

        assertEquals(List.of(), plan.findings(RULE));
    }

    @Test
    void theProfileCanSwitchItOff() {
        CleanPlan plan = new CleanPlan();
        plan.searchAds.setName("d".repeat(32_768));
        plan.profile = RuleCases.read("naming.too-long = off\n");

        assertEquals(List.of(), plan.findings(RULE));
    }
}
