package org.tactician.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.PlanElement;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.NewPlans.Content;
import org.tactician.samples.NewPlans.Settings;

/** New plans: a blank one with the chosen facts, and samples moved to the chosen period and currency. */
class NewPlansTest {

    @Test
    void aBlankPlanHasTheChosenFactsAndNothingElse() throws Exception {
        MarketingPlan plan = NewPlans.create(Content.BLANK,
                new Settings("Plano 2028", "pt-BR", "BRL", YearMonth.of(2028, 4), 12, "Ana Souza"));

        assertEquals("Plano 2028", plan.getName());
        assertEquals("pt-BR", plan.getLanguage());
        assertEquals("BRL", plan.getCurrency());
        assertEquals(LocalDate.of(2028, 4, 1), plan.getStart());
        assertEquals(LocalDate.of(2029, 3, 31), plan.getEnd());
        assertEquals("Ana Souza", plan.getAuthor());
        assertNull(plan.getOpportunity());
        assertNull(plan.getAction());
        assertTrue(plan.getChannels().isEmpty());
    }

    @Test
    void theStarterMovedByTwoYearsHasEveryDateAndTheYearsInItsTextsMoved() throws Exception {
        MarketingPlan original = LoadedSamples.plan(SamplePlans.STARTER);
        MarketingPlan plan = NewPlans.create(Content.STARTER,
                new Settings("Kiln plan", "en", "EUR", YearMonth.of(2029, 1), 12, ""));

        assertEquals(LocalDate.of(2029, 1, 1), plan.getStart());
        assertEquals(LocalDate.of(2029, 12, 31), plan.getEnd());
        assertNull(plan.getAuthor(), "no author given: none set");
        Map<String, EObject> byId = byId(plan);
        assertEquals("Year 2028 in brief", ((org.tactician.model.NamedElement) byId.get("review-2026")).getName());
        int dates = 0;
        for (EObject before : contents(original)) {
            EObject after = byId.get(((PlanElement) before).getId());
            for (EAttribute attribute : before.eClass().getEAllAttributes()) {
                if (!before.eIsSet(attribute) || attribute.isMany() || attribute.isDerived()) {
                    continue;
                }
                Object was = before.eGet(attribute);
                Object is = after.eGet(attribute);
                if (was instanceof LocalDate date) {
                    assertEquals(date.plusYears(2), is, attribute.getName() + " of " + ((PlanElement) before).getId());
                    dates++;
                } else if (was instanceof YearMonth month) {
                    assertEquals(month.plusYears(2), is);
                    dates++;
                }
            }
        }
        assertTrue(dates > 40, "the starter has many dates: " + dates);
    }

    @Test
    void aMoveByMonthsLeavesTheTextsAndKeepsTheSamplesLength() throws Exception {
        MarketingPlan original = LoadedSamples.plan(SamplePlans.STARTER);
        // A 6-month setting does not cut the sample: it keeps its twelve months.
        MarketingPlan plan = NewPlans.create(Content.STARTER,
                new Settings("Kiln plan", "en", "EUR", YearMonth.of(2027, 4), 6, ""));

        assertEquals(LocalDate.of(2027, 4, 1), plan.getStart());
        assertEquals(LocalDate.of(2028, 3, 31), plan.getEnd());
        assertEquals(12, NewPlans.fixedLength(Content.STARTER).getAsInt());
        assertTrue(NewPlans.fixedLength(Content.BLANK).isEmpty());
        Map<String, EObject> byId = byId(plan);
        assertEquals("Year 2026 in brief", ((org.tactician.model.NamedElement) byId.get("review-2026")).getName());
        // 31 January moves to the last day of April, not into May.
        for (EObject before : contents(original)) {
            if (before instanceof org.tactician.model.MonthlyObjective objective && objective.getDeadline() != null) {
                var moved = (org.tactician.model.MonthlyObjective) byId.get(objective.getId());
                assertEquals(objective.getMonth().plusMonths(3), moved.getMonth());
                assertEquals(YearMonth.from(moved.getDeadline()), YearMonth.from(objective.getDeadline()).plusMonths(3));
            }
        }
    }

    @Test
    void theFullSampleInAnotherCurrencyHasEveryAmountInIt() throws Exception {
        MarketingPlan original = LoadedSamples.plan(SamplePlans.FURNITURE_RETAILER);
        MarketingPlan plan = NewPlans.create(Content.FULL_SAMPLE,
                new Settings("Мебельный план", "ru", "RUB", YearMonth.from(original.getStart()), 12, "Ирина"));

        assertEquals("Мебельный план", plan.getName());
        assertEquals("ru", plan.getLanguage());
        Map<String, EObject> byId = byId(plan);
        int amounts = 0;
        for (EObject before : contents(original)) {
            EObject after = byId.get(((PlanElement) before).getId());
            for (EAttribute attribute : before.eClass().getEAllAttributes()) {
                if (before.eIsSet(attribute) && !attribute.isMany() && before.eGet(attribute) instanceof Money money) {
                    assertEquals(new Money(money.amount(), "RUB"), after.eGet(attribute));
                    amounts++;
                } else if (before.eIsSet(attribute) && before.eGet(attribute) instanceof LocalDate date) {
                    assertEquals(date, after.eGet(attribute), "same start month: dates stay");
                }
            }
        }
        assertTrue(amounts > 100, "the full sample has many amounts: " + amounts);
    }

    @Test
    void aNewPlanSavesAndLoadsAgain(@TempDir Path folder) throws Exception {
        MarketingPlan plan = NewPlans.create(Content.STARTER,
                new Settings("خطة المتجر", "ar", "AED", YearMonth.of(2030, 1), 12, "ريم"));
        Path file = folder.resolve("new.mplan");
        PlanFiles.save(plan, file);

        MarketingPlan loaded = PlanFiles.load(file);
        assertEquals("خطة المتجر", loaded.getName());
        assertEquals("AED", loaded.getCurrency());
        assertEquals(LocalDate.of(2030, 1, 1), loaded.getStart());
        String text = Files.readString(file);
        assertFalse(text.contains(" EUR\""), "no amount is left in euros");
        assertEquals(contents(LoadedSamples.plan(SamplePlans.STARTER)).size(), contents(loaded).size());
    }

    @Test
    void badSettingsAreRefused() {
        YearMonth start = YearMonth.of(2028, 1);
        assertThrows(IllegalArgumentException.class, () -> new Settings("P", "en", "euro", start, 12, ""));
        assertThrows(IllegalArgumentException.class, () -> new Settings("P", "en", "EUR", start, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new Settings("P", "en", "EUR", start, 121, ""));
    }

    private static List<EObject> contents(MarketingPlan plan) {
        List<EObject> all = new ArrayList<>();
        all.add(plan);
        for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        return all;
    }

    private static Map<String, EObject> byId(MarketingPlan plan) {
        Map<String, EObject> map = new HashMap<>();
        for (EObject element : contents(plan)) {
            map.put(((PlanElement) element).getId(), element);
        }
        return map;
    }
}
