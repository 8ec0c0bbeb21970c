package org.tactician.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** How elements are named in messages: never a Java {@code null}. */
class PlanLabelsTest {

    @Test
    void aPhasingIsNamedByItsMonthAndLine() {
        BudgetLine line = TacticianFactory.eINSTANCE.createBudgetLine();
        line.setName("Newsletter tool");
        MonthlyAmount phasing = TacticianFactory.eINSTANCE.createMonthlyAmount();
        line.getPhasing().add(phasing);
        // Found by fuzzing: a duplicate id on a phasing without a month was "phasing for null of ...".
        assertEquals("phasing without a month of budget line 'Newsletter tool'", PlanLabels.of(phasing));
        phasing.setMonth(YearMonth.of(2027, 3));
        assertEquals("phasing for 2027-03 of budget line 'Newsletter tool'", PlanLabels.of(phasing));
    }
}
