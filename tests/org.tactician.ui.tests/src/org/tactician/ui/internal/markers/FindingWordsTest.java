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

    @Test
    void aMarkersQuickFixSpeaksTheWorkbenchsLanguageToo() {
        TacticianFactory model = TacticianFactory.eINSTANCE;
        MarketingPlan plan = model.createMarketingPlan();
        plan.setName("Shop");
        plan.setStart(java.time.LocalDate.of(2027, 1, 1));
        plan.setEnd(java.time.LocalDate.of(2027, 12, 31));
        OpportunitySection opportunity = model.createOpportunitySection();
        plan.setOpportunity(opportunity);
        SmartObjective objective = model.createSmartObjective();
        objective.setName("Grow revenue");
        opportunity.getObjectives().add(objective);
        Finding finding = Finding.of(PlanValidation.findings(PlanValidation.validate(plan)).stream()
                .filter(f -> f.rule() == RuleRegistry.SMART_TIME_BOUND_DEADLINE_MISSING).findFirst().orElseThrow(), plan);

        Locale.setDefault(Locale.US);
        assertEquals("Set the deadline to the plan end (2027-12-31)", PlanMarkers.attributesOf(finding).get(PlanMarkers.QUICK_FIX));
        Map<String, String> starts = Map.of("it-IT", "Imposta la scadenza alla fine del piano (", "pt-BR",
                "Definir o prazo para o fim do plano (", "ru-RU", "Перенести срок на конец плана (", "vi-VN",
                "Đặt hạn chót vào ngày kết thúc kế hoạch (", "ar-EG", "اجعل الموعد النهائي نهاية الخطة (");
        starts.forEach((language, start) -> {
            Locale.setDefault(Locale.forLanguageTag(language));
            String label = (String) PlanMarkers.attributesOf(finding).get(PlanMarkers.QUICK_FIX);
            assertTrue(label.startsWith(start) && label.endsWith(")"), language + ": " + label);
        });
    }
}
