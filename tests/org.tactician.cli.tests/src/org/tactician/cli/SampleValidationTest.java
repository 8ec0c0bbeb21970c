package org.tactician.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanElement;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;

/**
 * The shipped samples under the plan validation: the exemplary ones have no warning and no error
 * (information-level remarks only), the "needs work" one has exactly the findings documented in
 * {@code releng/samples-generator/README.md}, one per deliberate mistake.
 */
class SampleValidationTest {

    /** The documented findings of the "needs work" sample: severity, rule id and the element's id. */
    static final Set<String> NEEDS_WORK_FINDINGS = Set.of(
            "error forecast.margin.missing forecast",
            "warning smart.specific.owner-missing obj-engage-assinaturas",
            "warning smart.relevant.unserved obj-engage-assinaturas",
            "warning smart.achievable.growth-implausible obj-reach-seguidores",
            "warning smart.achievable.forecast-short obj-convert-receita",
            "warning smart.measurable.kpi-mismatch obj-convert-receita",
            "warning activity.unlinked ao-provas",
            "warning plan.classification.missing bl-fotografia",
            "warning budget.approved-total.exceeded budget",
            "warning campaign.budget.mismatch camp-natal",
            "warning calendar.entry.outside-campaign ed-natal-teaser",
            "warning budget.booking.line-missing ad-black-friday",
            "warning journey.abandoned-cart.missing operations",
            "info completeness.tows.cells swot",
            "info completeness.pestle.categories opportunity",
            "info completeness.marketing-mix strategy",
            "info completeness.canvas.blocks strategy",
            "info completeness.audit.activities strategy",
            "info journey.content.gap per-marta");

    @TempDir
    Path temp;

    static List<SamplePlans> exemplary() {
        return SamplePlans.exemplary();
    }

    private List<PlanDiagnostic> findings(SamplePlans sample) throws Exception {
        Path file = temp.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, file);
        }
        MarketingPlan plan = PlanFiles.load(file);
        Diagnostic diagnostic = PlanValidation.validate(plan);
        // Nothing but Tactician's own findings: no EMF constraint or reference problem either.
        for (Diagnostic child : diagnostic.getChildren()) {
            assertTrue(child instanceof PlanDiagnostic, child.getMessage());
        }
        return PlanValidation.findings(diagnostic);
    }

    private static String key(PlanDiagnostic finding) {
        String severity = switch (finding.getSeverity()) {
            case Diagnostic.ERROR -> "error";
            case Diagnostic.WARNING -> "warning";
            default -> "info";
        };
        String id = finding.object() instanceof PlanElement element ? element.getId() : String.valueOf(finding.object());
        return severity + " " + finding.rule().id() + " " + id;
    }

    @ParameterizedTest
    @MethodSource("exemplary")
    void anExemplarySampleHasNoWarningAndNoError(SamplePlans sample) throws Exception {
        Set<String> serious = new TreeSet<>();
        for (PlanDiagnostic finding : findings(sample)) {
            if (finding.getSeverity() >= Diagnostic.WARNING) {
                serious.add(key(finding) + ": " + finding.getMessage());
            }
        }
        assertEquals(Set.of(), serious, sample.fileName());
    }

    @Test
    void theNeedsWorkSampleHasExactlyItsDocumentedFindings() throws Exception {
        Set<String> found = new TreeSet<>();
        for (PlanDiagnostic finding : findings(SamplePlans.NEEDS_WORK)) {
            assertTrue(found.add(key(finding)), "reported once: " + key(finding));
        }
        assertEquals(new TreeSet<>(NEEDS_WORK_FINDINGS), found);
    }

    @Test
    void theSamplesReadmeListsTheNeedsWorkFindings() throws Exception {
        Path readme = Path.of("..", "..", "releng", "samples-generator", "README.md");
        String text = Files.readString(readme);
        for (String finding : NEEDS_WORK_FINDINGS) {
            String[] parts = finding.split(" ");
            assertTrue(text.contains("`" + parts[1] + "`") && text.contains("`" + parts[2] + "`"),
                    "README lists " + finding);
        }
    }
}
