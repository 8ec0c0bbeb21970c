package org.tactician.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void parsesAndPrintsItsSerialisedForm() {
        Money money = Money.parse("1250.00 EUR");
        assertEquals(new BigDecimal("1250.00"), money.amount());
        assertEquals("EUR", money.currency());
        assertEquals("1250.00 EUR", money.toString());
    }

    @Test
    void neverPrintsScientificNotation() {
        assertEquals("10000000 AED", new Money(new BigDecimal("1E+7"), "AED").toString());
    }

    @Test
    void scaleMattersForEqualityButNotForSameAmount() {
        Money a = Money.of("10.0", "EUR");
        Money b = Money.of("10.00", "EUR");
        assertNotEquals(a, b);
        assertTrue(a.isSameAmount(b));
        assertFalse(a.isSameAmount(Money.of("10.00", "USD")));
    }

    @Test
    void arithmeticNeedsOneCurrency() {
        assertEquals(Money.of("15.50", "EUR"), Money.of("10.25", "EUR").plus(Money.of("5.25", "EUR")));
        assertEquals(Money.of("5.00", "EUR"), Money.of("10.25", "EUR").minus(Money.of("5.25", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12,50 EUR", "12.50", "12.50 eur", "12.50 EURO", "EUR 12.50", "1 2 EUR"})
    void rejectsMalformedText(String text) {
        assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
    }

    @Test
    void everyRaceStageHasAFunnelPosition() {
        assertEquals(FunnelPosition.TOP, Funnel.positionOf(RaceStage.REACH));
        assertEquals(FunnelPosition.MIDDLE, Funnel.positionOf(RaceStage.ACT));
        assertEquals(FunnelPosition.BOTTOM, Funnel.positionOf(RaceStage.CONVERT));
        assertEquals(FunnelPosition.AFTER_SALE, Funnel.positionOf(RaceStage.ENGAGE));
        assertEquals(FunnelPosition.NONE, Funnel.positionOf(RaceStage.PLAN));
    }
}
