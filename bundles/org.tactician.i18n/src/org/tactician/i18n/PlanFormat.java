package org.tactician.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.Rounding;
import org.tactician.model.Money;

/**
 * Numbers, money, percentages, dates, months and plan quarters written in a plan's locale, every
 * one rounded by {@link Rounding} (half away from zero), never by a format's own default: the one
 * place that turns a figure into text for a document, a chart or the workbench.
 *
 * <p>The bidi marks some locales put into numbers and dates are dropped (table cells and chart
 * labels isolate their direction anyway, and the PDF fonts have no glyph for them). Immutable and
 * thread-safe: every call makes its own {@link NumberFormat}.
 */
public final class PlanFormat {

    private final PlanTerms terms;
    private final Locale locale;

    /** The formats of {@code terms}' locale. */
    public PlanFormat(PlanTerms terms) {
        this.terms = Objects.requireNonNull(terms);
        this.locale = terms.locale();
    }

    /** The words the formats use (quarter labels). */
    public PlanTerms terms() {
        return terms;
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /** {@code formatted} without the bidi marks locale formats add. */
    public static String unmarked(String formatted) {
        return formatted.replaceAll("[\u061C\u200E\u200F]", "");
    }

    /** A number with its own decimals (at most three), grouped; empty for null. */
    public String number(BigDecimal value) {
        return value == null ? "" : unmarked(Rounding.apply(NumberFormat.getNumberInstance(locale)).format(value));
    }

    /** A whole number, grouped; empty for null. */
    public String number(long value) {
        return unmarked(NumberFormat.getIntegerInstance(locale).format(value));
    }

    /** {@code value} rounded to whole units, grouped; empty for null. */
    public String whole(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = Rounding.apply(NumberFormat.getNumberInstance(locale));
        format.setMaximumFractionDigits(0);
        return unmarked(format.format(value));
    }

    /** A percentage given in percent points ({@code 1.5} → {@code 1.5 %}); empty for null. */
    public String percent(BigDecimal points) {
        return points == null ? "" : terms.format("format.percent", number(points));
    }

    /** Money with its currency and minor unit; empty for null. */
    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    /** {@code amount} in {@code currency} with its minor unit; the plain amount (and code) for an unknown code. */
    public String money(BigDecimal amount, String currency) {
        return money(amount, currency, false);
    }

    /** {@code amount} in whole units of {@code currency}, for tables of totals where cents are noise. */
    public String wholeMoney(BigDecimal amount, String currency) {
        return money(amount, currency, true);
    }

    private String money(BigDecimal amount, String currency, boolean whole) {
        if (amount == null) {
            return "";
        }
        if (currency == null) {
            return whole ? whole(amount) : number(amount);
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currency));
            if (whole) {
                format.setMaximumFractionDigits(0);
                format.setMinimumFractionDigits(0);
            }
            return unmarked(Rounding.apply(format).format(amount));
        } catch (IllegalArgumentException e) {
            // Not an ISO 4217 code: the amount with the default minor unit, and the code as written.
            NumberFormat format = Rounding.apply(NumberFormat.getNumberInstance(locale));
            int decimals = whole ? 0 : Rounding.minorUnits(currency);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return unmarked(format.format(amount)) + " " + currency;
        }
    }

    /** A medium date ({@code 3 Feb 2027}, {@code 3 de fev. de 2027}); empty for null. */
    public String date(LocalDate date) {
        return date == null ? "" : unmarked(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date));
    }

    /** {@code start – end}; one date when they are the same or the end is missing; empty when both are. */
    public String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return date(end);
        }
        if (end == null || end.equals(start)) {
            return date(start);
        }
        return date(start) + " – " + date(end);
    }

    /** A month and its year as a heading or table cell writes it ({@code January 2027}, {@code janeiro de 2027}). */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        return capitalised(unmarked(DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(month)));
    }

    /** A short month for chart axes and column headers ({@code Jan 2027}). */
    public String shortMonth(YearMonth month) {
        return month == null ? "" : capitalised(unmarked(DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale).format(month)));
    }

    /** A day and short month ({@code 3 Feb}). */
    public String dayAndMonth(LocalDate date) {
        return date == null ? "" : unmarked(DateTimeFormatter.ofPattern("d MMM", locale).format(date));
    }

    /**
     * A plan quarter: {@code Q1} in a one-year plan, with its plan year ({@code Y2 Q1}) when the
     * calendar spans several.
     */
    public String quarter(PlanCalendar calendar, PlanQuarter quarter) {
        int number = quarter.quarter().getValue() + 1;
        return calendar.years().size() <= 1 ? terms.format("format.quarter", number)
                : terms.format("format.quarterOfYear", number, quarter.year());
    }

    /** A plan year ({@code Year 1}). */
    public String planYear(int year) {
        return terms.format("format.planYear", year);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
