package org.tactician.generators.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.tactician.generators.TestPlans;

/** The validation appendix: counts by severity, findings grouped by rule category. */
class ValidationSummaryTest {

    @Test
    void findingsAreCountedAndGroupedByCategory() {
        ValidationSummary summary = ValidationSummary.of(TestPlans.full("en"));
        assertTrue(summary.count(Diagnostic.ERROR) > 0, "the test plan has a TOWS strategy without SWOT items");
        ValidationSummary.Finding tows = summary.findings().stream()
                .filter(f -> f.rule().equals("tows.strategy.internal-missing")).findFirst().orElseThrow();
        assertEquals("TOWS", tows.category());
        assertTrue(tows.element().contains("Own a niche"), tows.element());
        assertTrue(!tows.message().endsWith("]"), "the rule id has its own column: " + tows.message());
        HtmlWriter out = new HtmlWriter();
        summary.write(out);
        String html = out.toString();
        assertTrue(html.contains("<h4><bdi>TOWS</bdi> ("), html);
    }

    @Test
    void groupsFollowTheCatalogueOrderWhateverTheValidatorsOrder() {
        // Found in the validator's order Naming, then TOWS: the catalogue puts TOWS first.
        HtmlWriter out = new HtmlWriter();
        new ValidationSummary(List.of(
                new ValidationSummary.Finding(Diagnostic.WARNING, "Naming", "naming.duplicate", "Campaign ‘A’", "Rename"),
                new ValidationSummary.Finding(Diagnostic.ERROR, "TOWS", "tows.strategy.internal-missing", "Strategy ‘B’",
                        "Link a strength or weakness"))).write(out);
        String html = out.toString();
        int towsGroup = html.indexOf("<bdi>TOWS</bdi>");
        int namingGroup = html.indexOf("<bdi>Naming</bdi>");
        assertTrue(towsGroup >= 0 && namingGroup >= 0, html);
        assertTrue(towsGroup < namingGroup, html);
    }

    @Test
    void aCleanPlanSaysSo() {
        HtmlWriter out = new HtmlWriter();
        new ValidationSummary(List.of()).write(out);
        assertTrue(out.toString().contains("No problems found."));
        assertTrue(out.toString().contains("<td>0</td><td>0</td><td>0</td>"));
    }

    @Test
    void userTextInFindingsIsEscaped() {
        HtmlWriter out = new HtmlWriter();
        new ValidationSummary(List.of(new ValidationSummary.Finding(Diagnostic.WARNING, "Naming", "naming.x",
                "Campaign ‘" + TestPlans.HOSTILE_MARKUP + "’", "Rename " + TestPlans.HOSTILE_MARKUP))).write(out);
        assertTrue(!out.toString().contains("<script"), out.toString());
        assertTrue(out.toString().contains("&lt;script&gt;"));
    }
}
