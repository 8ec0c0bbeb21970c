package org.tactician.ui.internal.markers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.editing.Finding;
import org.tactician.model.MarketingPlan;
import org.tactician.model.OpportunitySection;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianFactory;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.RuleRegistry;

/** The markers word a finding in the workbench's language (its locale), and in the rules' English for English. */
class FindingWordsTest {

    private final Locale workbench = Locale.getDefault();

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(workbench);
    }

    private static Finding deadlineMissing() {
        TacticianFactory model = TacticianFactory.eINSTANCE;
        MarketingPlan plan = model.createMarketingPlan();
        plan.setName("Shop");
        OpportunitySection opportunity = model.createOpportunitySection();
        plan.setOpportunity(opportunity);
        SmartObjective objective = model.createSmartObjective();
        objective.setName("Grow revenue");
        opportunity.getObjectives().add(objective);
        PlanDiagnostic finding = PlanValidation.findings(PlanValidation.validate(plan)).stream()
                .filter(f -> f.rule() == RuleRegistry.SMART_TIME_BOUND_DEADLINE_MISSING).findFirst().orElseThrow();
        return Finding.of(finding, plan);
    }

    @Test
    void aMarkerSpeaksTheWorkbenchsLanguage() {
        Finding finding = deadlineMissing();

        Locale.setDefault(Locale.forLanguageTag("it-IT"));
        Map<String, Object> italian = PlanMarkers.attributesOf(finding);
        assertEquals("Obiettivo SMART «Grow revenue» non ha una scadenza: imposta la data entro cui va raggiunto. "
                + "[smart.time-bound.deadline-missing]", italian.get(IMarker.MESSAGE));
        assertTrue(((String) italian.get(IMarker.LOCATION)).startsWith("Obiettivo SMART «Grow revenue»"), italian.toString());

        Locale.setDefault(Locale.US);
        Map<String, Object> english = PlanMarkers.attributesOf(finding);
        assertEquals("SMART objective 'Grow revenue' has no deadline: set the date it must be reached by. "
                + "[smart.time-bound.deadline-missing]", english.get(IMarker.MESSAGE));
        assertEquals(finding.message(), english.get(IMarker.MESSAGE), "English markers say what the rule says");
    }
}
