package org.tactician.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tactician.model.BudgetCategory;
import org.tactician.model.MediaType;
import org.tactician.model.Money;
import org.tactician.model.Quarter;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;

/** Values as plan authors type them, and the messages that say what to type instead. */
class FeatureTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1250|1250 EUR",
        "1250.50 EUR|1250.50 EUR",
        "  99.9 usd |99.9 USD",
        "AED 12000|12000 AED",
        "1 250 000|1250000 EUR",
        "-300|-300 EUR"})
    void amountsTakeThePlanCurrencyUnlessTyped(String typed, String expected) {
        assertEquals(Money.parse(expected), FeatureText.parse(Literals.BUDGET_LINE__AMOUNT, typed, "EUR"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,250.00|Enter the amount as a number, e.g. 1250.00 EUR. Use a point for decimals, without thousands separators.",
        "€ 300|Write the currency as its ISO code, not a symbol: e.g. 1250.00 EUR.",
        "300 $|Write the currency as its ISO code, not a symbol: e.g. 1250.00 EUR.",
        "lots|Enter the amount as a number, e.g. 1250.00 EUR.",
        "12 EURO|Enter the amount as a number, e.g. 1250.00 EUR."})
    void badAmountsAreRefusedWithWhatToType(String typed, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> FeatureText.parse(Literals.BUDGET_LINE__AMOUNT, typed, "EUR"));
        assertEquals(message, refused.getMessage());
    }

    @Test
    void anAmountNeedsACurrencyWhenThePlanHasNone() {
        assertEquals("The plan has no currency: type it after the amount, e.g. 1250.00 EUR.",
                assertThrows(IllegalArgumentException.class,
                        () -> FeatureText.parse(Literals.BUDGET_LINE__AMOUNT, "100", null)).getMessage());
        assertEquals(Money.of("100", "GBP"), FeatureText.parse(Literals.BUDGET_LINE__AMOUNT, "100 GBP", null));
    }

    @Test
    void percentagesNumbersDatesAndMonths() {
        assertEquals(new BigDecimal("2.5"), FeatureText.parse(Literals.FORECAST_INPUT__CONVERSION_RATE, "2.5 %", "EUR"));
        assertEquals(new BigDecimal("-1.25"), FeatureText.parse(Literals.SMART_OBJECTIVE__TARGET, "-1.25", "EUR"));
        assertEquals(12000L, FeatureText.parse(Literals.FORECAST_INPUT__SESSIONS, "12 000", "EUR"));
        assertEquals(4, FeatureText.parse(Literals.SWOT_ITEM__IMPORTANCE, "4", "EUR"));
        assertEquals(LocalDate.of(2027, 3, 31), FeatureText.parse(Literals.SMART_OBJECTIVE__DEADLINE, " 2027-03-31 ", null));
        assertEquals(YearMonth.of(2027, 3), FeatureText.parse(Literals.MONTHLY_AMOUNT__MONTH, "2027-03", null));
        assertNull(FeatureText.parse(Literals.SMART_OBJECTIVE__DEADLINE, "   ", null), "empty is 'none'");

        assertEquals("Enter the date as year-month-day, e.g. 2027-03-31.", assertThrows(IllegalArgumentException.class,
                () -> FeatureText.parse(Literals.SMART_OBJECTIVE__DEADLINE, "31/03/2027", null)).getMessage());
        assertEquals("Enter a whole number, e.g. 12.", assertThrows(IllegalArgumentException.class,
                () -> FeatureText.parse(Literals.SWOT_ITEM__IMPORTANCE, "4.5", null)).getMessage());
        assertEquals("Enter a percentage as a number, e.g. 2.5 for 2.5 %.", assertThrows(IllegalArgumentException.class,
                () -> FeatureText.parse(Literals.FORECAST_INPUT__CONVERSION_RATE, "high", null)).getMessage());
    }

    @Test
    void enumLiteralsReadAsWords() {
        assertEquals("Paid", FeatureText.format(Literals.CHANNEL__MEDIA_TYPE, MediaType.PAID));
        assertEquals("PR events", FeatureText.format(Literals.BUDGET_LINE__CATEGORY, BudgetCategory.PR_EVENTS));
        assertEquals("Site MarTech", FeatureText.format(Literals.BUDGET_LINE__CATEGORY, BudgetCategory.SITE_MARTECH));
        assertEquals("WO", FeatureText.format(Literals.TOWS_STRATEGY__CATEGORY, TowsCategory.WO));
        assertEquals("Q3", FeatureText.format(Literals.NINETY_DAY_PLAN__QUARTER, Quarter.Q3));
        assertEquals(BudgetCategory.CONTENT_SEO, FeatureText.parse(Literals.BUDGET_LINE__CATEGORY, "content seo", null));
        assertEquals("Choose one of: Paid, Owned, Earned.", assertThrows(IllegalArgumentException.class,
                () -> FeatureText.parse(Literals.CHANNEL__MEDIA_TYPE, "bought", null)).getMessage());
    }

    @Test
    void textStaysAsTyped() {
        String arabic = "  حملة رمضان  ";
        assertEquals(arabic, FeatureText.parse(Literals.NAMED_ELEMENT__NAME, arabic, null));
        assertEquals("", FeatureText.format(Literals.NAMED_ELEMENT__NAME, null));
        assertEquals("2500.00 AED", FeatureText.format(Literals.BUDGET_LINE__AMOUNT, Money.of("2500.00", "AED")));
        assertEquals("0.000001", FeatureText.format(Literals.SMART_OBJECTIVE__TARGET, new BigDecimal("1E-6")));
    }
}
