package org.tactician.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.model.Money;
import org.tactician.model.Quarter;

/** Figures written in the plan's locale, rounded half away from zero (the one rounding rule). */
class PlanFormatTest {

    private static PlanFormat format(String language) {
        return new PlanFormat(PlanTerms.of(language));
    }

    @Test
    void moneyInTheLocaleOfThePlan() {
        assertEquals("€1,234.50", format("en").money(Money.of("1234.50", "EUR")));
        assertEquals("-€3,128", format("en").wholeMoney(new BigDecimal("-3128.40"), "EUR"));
        assertEquals("1.234,50\u00a0€", format("it").money(Money.of("1234.50", "EUR")));
        assertEquals("1\u00a0234,50\u00a0€", format("ru").money(Money.of("1234.50", "EUR")));
        // Arabic: no bidi marks (the PDF fonts have no glyph for them).
        String arabic = format("ar").money(Money.of("1234.50", "AED"));
        assertEquals(-1, arabic.indexOf('\u200f'));
        assertEquals(-1, arabic.indexOf('\u061c'));
        // An amount in a code that is not ISO 4217 keeps the code.
        assertEquals("12.50 XXQ", format("en").money(new BigDecimal("12.50"), "XXQ"));
    }

    @Test
    void halvesRoundAwayFromZeroAsTheEnginesDo() {
        // A format's own default (half-even) would print €2 and €4 here.
        assertEquals("€3", format("en").wholeMoney(new BigDecimal("2.5"), "EUR"));
        assertEquals("€5", format("en").wholeMoney(new BigDecimal("4.5"), "EUR"));
        assertEquals("-€3", format("en").wholeMoney(new BigDecimal("-2.5"), "EUR"));
        assertEquals("€0.13", format("en").money(new BigDecimal("0.125"), "EUR"));
        assertEquals("3", format("en").whole(new BigDecimal("2.5")));
    }

    @Test
    void datesMonthsAndQuartersInTheLanguageOfThePlan() {
        assertEquals("January 2027", format("en").month(YearMonth.of(2027, 1)));
        assertEquals("Janeiro de 2027", format("pt").month(YearMonth.of(2027, 1)));
        assertEquals("Feb 3, 2027 – Feb 5, 2027", format("en").period(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 5)));
        PlanCalendar year = PlanCalendar.between(YearMonth.of(2027, 1), YearMonth.of(2027, 12));
        PlanCalendar two = PlanCalendar.between(YearMonth.of(2027, 1), YearMonth.of(2028, 12));
        assertEquals("Q2", format("en").quarter(year, new PlanQuarter(1, Quarter.Q2)));
        assertEquals("Y2 Q2", format("en").quarter(two, new PlanQuarter(2, Quarter.Q2)));
        assertEquals("T2", format("pt").quarter(year, new PlanQuarter(1, Quarter.Q2)));
        assertEquals("Quý 2", format("vi").quarter(year, new PlanQuarter(1, Quarter.Q2)));
        assertEquals("12,5 %", format("pt").percent(new BigDecimal("12.5")));
    }
}
