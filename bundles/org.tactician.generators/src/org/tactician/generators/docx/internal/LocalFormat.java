package org.tactician.generators.docx.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.tactician.forecast.Rounding;
import org.tactician.model.Money;

/**
 * Dates, months, numbers and money written the way the plan's language writes them. The bidi
 * marks some locales put into numbers are dropped: every cell and paragraph already has its
 * direction set.
 */
public final class LocalFormat {

    private final Locale locale;

    /** Formats for a plan in {@code language} (a BCP 47 tag; blank means English). */
    public LocalFormat(String language) {
        String tag = language == null || language.isBlank() ? "en" : language.trim().replace('_', '-');
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The plan's locale. */
    public Locale locale() {
        return locale;
    }

    private static String unmarked(String formatted) {
        return formatted.replaceAll("[\u061C\u200E\u200F]", "");
    }

    /** A medium date, or empty. */
    public String date(LocalDate date) {
        return date == null ? "" : unmarked(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date));
    }

    /** A month and year, or empty. */
    public String month(YearMonth month) {
        return month == null ? "" : unmarked(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month));
    }

    /** {@code start – end}, one date when they are the same, or empty. */
    public String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null || end.equals(start)) {
            return date(start);
        }
        return date(start) + " – " + date(end);
    }

    /** A number, or empty. */
    public String number(BigDecimal value) {
        return value == null ? "" : unmarked(Rounding.apply(NumberFormat.getNumberInstance(locale)).format(value));
    }

    /** A percentage given in percent points ({@code 1.5} → {@code 1.5 %}), or empty. */
    public String percent(BigDecimal points) {
        return points == null ? "" : number(points) + " %";
    }

    /** Money with its currency, or empty. */
    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    /** {@code amount} in {@code currency}; the plain amount and code when the code is unknown. */
    public String money(BigDecimal amount, String currency) {
        return money(amount, currency, false);
    }

    /**
     * {@code amount} in whole units of {@code currency} (rounded by {@link Rounding}), for the
     * tables of totals where cents are noise; the plain amount and code when the code is unknown.
     */
    public String wholeMoney(BigDecimal amount, String currency) {
        return money(amount, currency, true);
    }

    private String money(BigDecimal amount, String currency, boolean whole) {
        if (amount == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currency));
            if (whole) {
                format.setMaximumFractionDigits(0);
                format.setMinimumFractionDigits(0);
            }
            return unmarked(Rounding.apply(format).format(amount));
        } catch (IllegalArgumentException | NullPointerException e) {
            return (whole ? Rounding.toScale(amount, 0) : amount).toPlainString() + (currency == null ? "" : " " + currency);
        }
    }
}
