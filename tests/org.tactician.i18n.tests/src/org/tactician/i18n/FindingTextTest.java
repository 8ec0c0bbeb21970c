package org.tactician.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;
import org.tactician.model.BudgetLine;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.OpportunitySection;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.RuleMessage;
import org.tactician.validation.RuleRegistry;

/** Findings worded in a language: the rule's translated pattern filled with that language's words and formats. */
class FindingTextTest {

    private static final TacticianFactory MODEL = TacticianFactory.eINSTANCE;

    private static SmartObjective objectiveWithoutTarget(String language) {
        MarketingPlan plan = MODEL.createMarketingPlan();
        plan.setName("Loja");
        plan.setLanguage(language);
        OpportunitySection opportunity = MODEL.createOpportunitySection();
        plan.setOpportunity(opportunity);
        SmartObjective objective = MODEL.createSmartObjective();
        objective.setName("Crescer a receita");
        opportunity.getObjectives().add(objective);
        return objective;
    }

    private static PlanDiagnostic finding(SmartObjective objective, org.tactician.validation.Rule rule) {
        return PlanValidation.findings(PlanValidation.validate(objective.eContainer().eContainer())).stream()
                .filter(f -> f.rule() == rule && f.object() == objective).findFirst().orElseThrow();
    }

    @Test
    void aFindingReadsInThePlansLanguage() {
        SmartObjective objective = objectiveWithoutTarget("pt");
        PlanDiagnostic finding = finding(objective, RuleRegistry.SMART_MEASURABLE_TARGET_MISSING);

        assertEquals("Objetivo SMART «Crescer a receita» não tem meta: indique o número que tem de atingir.",
                new FindingText(PlanTerms.of("pt")).message(finding));
        assertEquals("SMART-цель «Crescer a receita»: нет целевого значения — укажите число, которого нужно достичь.",
                new FindingText(PlanTerms.of("ru")).message(finding));
        // The diagnostic itself keeps the rule's English, with the rule id, for EMF and scripts.
        assertEquals("SMART objective 'Crescer a receita' has no target: enter the number it must reach. "
                + "[smart.measurable.target-missing]", finding.getMessage());
    }

    @Test
    void numbersMoneyAndDatesAreInTheLanguagesFormat() {
        BudgetLine line = MODEL.createBudgetLine();
        line.setName("Pesquisa paga");
        RuleMessage message = RuleMessage.of("budget.line.over-allocated", new Money(new BigDecimal("12500.50"), "EUR"), line,
                new Money(new BigDecimal("10000"), "EUR"));
        String portuguese = new FindingText(PlanTerms.of("pt")).message(message);
        assertTrue(portuguese.contains("12.500,50"), portuguese);
        assertTrue(portuguese.contains("linha orçamental «Pesquisa paga»"), portuguese);
        assertFalse(portuguese.contains("12500.50"), portuguese);
        String english = new FindingText(PlanTerms.of("en")).message(message);
        assertTrue(english.contains("12,500.50") && english.contains("budget line 'Pesquisa paga'"), english);

        RuleMessage period = RuleMessage.of("period", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        String italian = new FindingText(PlanTerms.of("it")).message(period);
        assertTrue(italian.startsWith("Dal ") && italian.contains("2027") && !italian.contains("2027-01-01"), italian);
        assertEquals("2027-01-01 to 2027-12-31", period.toString(), "the English message keeps ISO dates");
    }

    @Test
    void enumLiteralsAndListsAreTheLanguagesWords() {
        MarketingPlan plan = MODEL.createMarketingPlan();
        plan.setName("Loja");
        RuleMessage message = RuleMessage.of("race.stage.objective-missing", RaceStage.REACH, plan);
        String portuguese = new FindingText(PlanTerms.of("pt")).message(message);
        assertTrue(portuguese.startsWith("A etapa " + PlanTerms.of("pt").literal(RaceStage.REACH) + " de plano de marketing «Loja»"),
                portuguese);
        assertFalse(portuguese.contains("Reach"), portuguese);
        RuleMessage list = RuleMessage.of("completeness.pestle.categories", plan,
                List.of(org.tactician.model.PestleCategory.LEGAL, org.tactician.model.PestleCategory.SOCIAL));
        String vietnamese = new FindingText(PlanTerms.of("vi")).message(list);
        assertTrue(vietnamese.contains(PlanTerms.of("vi").literal(org.tactician.model.PestleCategory.LEGAL) + ", "
                + PlanTerms.of("vi").literal(org.tactician.model.PestleCategory.SOCIAL)), vietnamese);
    }

    @Test
    void theUsersLocaleChoosesTheWordsAndEnglishKeepsTheRulesOwn() {
        assertTrue(FindingText.forUser(Locale.ENGLISH).isEmpty());
        assertTrue(FindingText.forUser(Locale.US).isEmpty());
        assertTrue(FindingText.forUser(Locale.ROOT).isEmpty(), "the C locale");
        assertTrue(FindingText.forUser(Locale.GERMAN).isEmpty(), "a language without Tactician's words");
        assertEquals("pt", FindingText.forUser(Locale.forLanguageTag("pt-BR")).orElseThrow().terms().locale().getLanguage());
        assertTrue(FindingText.forUser(Locale.forLanguageTag("ar")).isPresent());
    }

    @Test
    void theFeaturesFindingsNameAreTheLanguagesWords() {
        MarketingPlan plan = MODEL.createMarketingPlan();
        plan.setName("Loja");
        RuleMessage message = RuleMessage.of("value.percentage.out-of-range", TacticianPackage.Literals.CONVERSION_FORECAST__GROSS_MARGIN,
                plan, new BigDecimal("150.5"));
        assertEquals("O campo margem bruta de plano de marketing «Loja» é 150,5 %, fora de 0 a 100 %: indique-o em pontos "
                + "percentuais (2,5 para 2,5 %).", new FindingText(PlanTerms.of("pt")).message(message));
        // Every feature a rule can name — links, amounts, percentages, the lists whose names must be unique, scores.
        PlanTerms english = PlanTerms.of("en");
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass eClass)) {
                continue;
            }
            for (org.eclipse.emf.ecore.EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                boolean link = feature instanceof org.eclipse.emf.ecore.EReference reference && !reference.isContainment()
                        && !reference.isDerived() && !reference.isTransient() && !reference.isContainer();
                boolean amount = feature.getEType() == TacticianPackage.Literals.MONEY
                        || feature.getEType() == TacticianPackage.Literals.PERCENTAGE;
                if (link || amount) {
                    assertTrue(english.has("feature." + feature.getName()), eClass.getName() + "." + feature.getName());
                }
            }
        }
        for (String name : List.of("importance", "priority", "impact", "likelihood", "capability", "recencyScore", "frequencyScore",
                "monetaryScore", "team", "channels", "journeys", "objectives", "items", "strategies", "segments", "personas",
                "campaigns", "martechStack", "lines", "kpis", "stages")) {
            assertTrue(english.has("feature." + name), name);
        }
    }

    @Test
    void everyKindOfElementHasItsWordsInEveryLanguage() {
        PlanTerms english = PlanTerms.of("en");
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                assertTrue(english.has("type." + eClass.getName()), "type." + eClass.getName());
                for (String language : List.of("pt", "ru", "vi", "it", "ar")) {
                    assertFalse(PlanTerms.of(language).text("type." + eClass.getName()).equals(english.text("type." + eClass.getName()))
                            && english.text("type." + eClass.getName()).contains(" "), eClass.getName() + " in " + language);
                }
            }
        }
    }
}
