package org.tactician.model.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The text forms of the plan's data types (the model's {@code create} conversions): what a plan
 * file holds millions of times, read without the general parsers where the text has the one form
 * Tactician writes, and by them otherwise. The results and the errors are the general parsers'.
 */
public final class PlanValues {

    /** Longest run of digits whose value fits a long. */
    private static final int LONG_DIGITS = 18;

    private PlanValues() {
    }

    /**
     * {@code new BigDecimal(text.trim())}: the same value and scale.
     *
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static BigDecimal decimal(String text) {
        return decimal(text, 0, text.length());
    }

    /** {@link #decimal(String)} of {@code text[from, to)}, trimmed. */
    public static BigDecimal decimal(String text, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > LONG_DIGITS) {
                    return slow(text, start, end);
                }
                unscaled = unscaled * 10 + (c - '0');
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return slow(text, start, end); // an exponent, or not a number: the general parser decides
            }
        }
        if (digits == 0) {
            return slow(text, start, end);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /**
     * {@code chars[from, to)} as a decimal when it is an optional minus, 1 to 18 digits and at
     * most one point (the form Tactician writes): the value and scale {@code new BigDecimal} gives;
     * null for any other text. The tokenizer's reading, from its buffer; {@link #decimal(String, int, int)}
     * is the same loop over a string, kept apart so that neither copies its text.
     */
    public static BigDecimal plainDecimal(char[] chars, int from, int to) {
        int i = from;
        boolean negative = i < to && chars[i] == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (++digits > LONG_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        return digits == 0 ? null : BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    private static BigDecimal slow(String text, int start, int end) {
        return new BigDecimal(text.substring(start, end));
    }

    /**
     * {@code LocalDate.parse(text.trim())}.
     *
     * @throws java.time.format.DateTimeParseException if the text is not an ISO date
     */
    public static LocalDate date(String text) {
        String date = text.trim();
        if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
            int year = digits(date, 0, 4);
            int month = digits(date, 5, 7);
            int day = digits(date, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // not a day of the calendar: the parser's error says which part is wrong
                }
            }
        }
        return LocalDate.parse(date);
    }

    /**
     * {@code YearMonth.parse(text.trim())}.
     *
     * @throws java.time.format.DateTimeParseException if the text is not an ISO year and month
     */
    public static YearMonth month(String text) {
        String month = text.trim();
        if (month.length() == 7 && month.charAt(4) == '-') {
            int year = digits(month, 0, 4);
            int number = digits(month, 5, 7);
            if (year >= 0 && number >= 1 && number <= 12) {
                return YearMonth.of(year, number);
            }
        }
        return YearMonth.parse(month);
    }

    /** The number of the digits {@code text[from, to)}, or -1 when one is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
