package org.tactician.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan's text forms read as the general parsers read them: the same values, scales and errors. */
class PlanValuesTest {

    @ParameterizedTest
    @ValueSource(strings = { "0", "-0", "12", "12.50", "-3.1400", ".5", "5.", "+7.25", " 42 ", "1e3", "-1.5E-2",
            "123456789012345678", "1234567890123456789.5", "0.000000000000000001", "00012.0" })
    void decimalsHaveTheValueAndScaleOfBigDecimal(String text) {
        BigDecimal expected = new BigDecimal(text.strip());
        BigDecimal read = PlanValues.decimal(text);
        assertEquals(expected, read); // BigDecimal.equals compares the scale too
        char[] chars = text.toCharArray();
        BigDecimal plain = PlanValues.plainDecimal(chars, 0, chars.length);
        if (plain != null) {
            assertEquals(expected, plain, "the tokenizer's reading of " + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-", ".", "1.2.3", "12a", "--1", "1 2" })
    void notDecimals(String text) {
        assertThrows(NumberFormatException.class, () -> PlanValues.decimal(text));
        char[] chars = text.toCharArray();
        assertNull(PlanValues.plainDecimal(chars, 0, chars.length));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12", "-12.5", "0.25", "123456789012345678" })
    void plainDecimalsAreReadByTheTokenizer(String text) {
        char[] chars = ("x" + text + "y").toCharArray();
        assertEquals(new BigDecimal(text), PlanValues.plainDecimal(chars, 1, chars.length - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2027-09-30", "2028-02-29", " 2027-01-01 " })
    void datesAreIsoDates(String text) {
        assertEquals(LocalDate.parse(text.strip()), PlanValues.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2027-02-30", "2027-13-01", "27-01-01", "2027/01/01" })
    void notDates(String text) {
        assertThrows(DateTimeParseException.class, () -> PlanValues.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2027-09", "0001-01", " 2027-12 " })
    void monthsAreIsoMonths(String text) {
        assertEquals(YearMonth.parse(text.strip()), PlanValues.month(text));
    }
}
