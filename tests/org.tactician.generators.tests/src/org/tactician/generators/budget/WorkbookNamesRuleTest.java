package org.tactician.generators.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.MarketingPlan;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.RuleRegistry;

/**
 * The validator's {@code naming.too-long} and the workbook agree on the names too long for a cell:
 * with every name of a full plan longer than a cell holds, every element budget.xlsx warns it cut
 * is flagged by the rule, and the rule flags only the kinds of element the workbook writes.
 */
class WorkbookNamesRuleTest {

    private static final Pattern CUT = Pattern.compile("\\(id ([^)]+)\\): its name was cut to 32,767 characters");

    @TempDir
    Path out;

    @Test
    void theRuleFlagsEveryNameTheWorkbookCuts() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        // A line of a campaign and an input of a segment, so that the workbook writes those names too.
        plan.getAction().getBudget().getLines().get(0).setCampaign(plan.getAction().getCampaigns().get(0));
        plan.getOpportunity().getForecast().getInputs().get(0).setSegment(plan.getStrategy().getSegments().get(0));
        Map<String, EObject> byId = new HashMap<>();
        List<NamedElement> named = new ArrayList<>();
        plan.eAllContents().forEachRemaining(e -> {
            if (e instanceof NamedElement element) {
                named.add(element);
            }
        });
        for (NamedElement element : named) {
            if (element.getId() == null) {
                element.setId("named-" + byId.size());
            }
            byId.put(element.getId(), element);
            element.setName(element.getId() + " " + "x".repeat(32_767));
        }
        List<String> warnings = new ArrayList<>();

        new PlanGenerator().generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.XLSX), false,
                GenerationProgress.warningsTo(warnings::add));

        Set<String> cut = new TreeSet<>();
        for (String warning : warnings) {
            Matcher matcher = CUT.matcher(warning);
            if (matcher.find()) {
                cut.add(matcher.group(1));
            }
        }
        Set<String> flagged = PlanValidation.findings(PlanValidation.validate(plan)).stream()
                .filter(finding -> finding.rule() == RuleRegistry.NAMING_TOO_LONG)
                .map(finding -> ((PlanElement) finding.object()).getId()).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(cut.isEmpty(), warnings.toString());
        Set<String> missed = new TreeSet<>(cut);
        missed.removeAll(flagged);
        assertEquals(Set.of(), missed, "cut by the workbook but not flagged");
        assertEquals(kinds(cut, byId), kinds(flagged, byId), "the kinds of element flagged are those the workbook cuts");
        assertTrue(flagged.size() < named.size(), "names the workbook never writes are not flagged");
    }

    private static Set<String> kinds(Set<String> ids, Map<String, EObject> byId) {
        return ids.stream().map(id -> byId.get(id).eClass().getName()).collect(Collectors.toCollection(TreeSet::new));
    }
}
