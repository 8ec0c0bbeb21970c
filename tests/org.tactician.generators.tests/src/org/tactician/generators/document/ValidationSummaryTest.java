package org.tactician.generators.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.tactician.generators.TestPlans;
import org.tactician.generators.content.Block;
import org.tactician.generators.content.DocumentContent;
import org.tactician.generators.content.PlanAnalysis;
import org.tactician.generators.content.PlanContent;
import org.tactician.model.MarketingPlan;
import org.tactician.validation.RuleCategory;

/** The validation appendix: counts by severity, findings grouped by rule category. */
class ValidationSummaryTest {

    @Test
    void findingsAreCountedAndGroupedByCategory() {
        ValidationSummary summary = ValidationSummary.validate(TestPlans.full("en"));
        assertTrue(summary.count(Diagnostic.ERROR) > 0, "the test plan has a TOWS strategy without SWOT items");
        ValidationSummary.Finding tows = summary.findings().stream()
                .filter(f -> f.rule().equals("tows.strategy.internal-missing")).findFirst().orElseThrow();
        assertEquals(RuleCategory.TOWS, tows.category());
        assertTrue(tows.element().contains("Own a niche"), tows.element());
        assertFalse(tows.message().endsWith("]"), "the rule id has its own column: " + tows.message());
        // Groups follow the catalogue order: TOWS before Naming, whatever the validator's order.
        List<RuleCategory> groups = List.copyOf(summary.byCategory().keySet());
        assertTrue(groups.contains(RuleCategory.TOWS) && groups.size() > 1, groups.toString());
        assertEquals(groups.stream().sorted().toList(), groups, "the groups in the catalogue's order");
    }

    @Test
    void theAppendixHasAGroupPerCategoryWithItsCount() {
        MarketingPlan plan = TestPlans.full("en");
        DocumentContent content = TestPlans.content(plan, false);
        Block.Section appendix = content.sections().get(content.sections().size() - 1);
        assertEquals("Appendix: validation summary", appendix.title());
        ValidationSummary summary = ValidationSummary.validate(plan);
        long towsFindings = summary.byCategory().get(RuleCategory.TOWS).size();
        assertTrue(appendix.blocks().stream().anyMatch(b -> b instanceof Block.Section s && s.title().equals("TOWS (" + towsFindings
                + ")")), appendix.blocks().toString());
        Block.Table counts = (Block.Table) appendix.blocks().get(0);
        assertEquals(List.of("Errors", "Warnings", "Remarks"), counts.headers());
        assertEquals(String.valueOf(summary.count(Diagnostic.ERROR)), counts.rows().get(0).get(0));
    }

    @Test
    void aCleanPlanSaysSo() {
        MarketingPlan plan = TestPlans.full("pt");
        PlanAnalysis analysis = PlanAnalysis.of(plan, new BasicDiagnostic());
        Block.Section appendix = PlanContent.full(analysis).sections().getLast();
        assertTrue(appendix.blocks().contains(new Block.Paragraph("Sem resultados de validação.", Block.Tone.GOOD)),
                appendix.blocks().toString());
        assertEquals(List.of("0", "0", "0"), ((Block.Table) appendix.blocks().get(0)).rows().get(0));
    }
}
