package org.tactician.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.tactician.model.internal.PlanValues;

/**
 * An amount of money in one currency: the value type of the {@code Money} data type of the plan
 * model. Serialised as {@code "1250.00 EUR"} (plain decimal, a space, the ISO 4217 code).
 *
 * <p>Equality is exact: {@code 10.0 EUR} and {@code 10.00 EUR} differ, so a loaded plan saves back
 * byte for byte; {@link #isSameAmount} compares numerically.
 *
 * @param amount the amount, never null
 * @param currency the ISO 4217 currency code, three upper-case letters
 */
public record Money(BigDecimal amount, String currency) {

    /**
     * One string per currency code, indexed by its letters: a plan repeats its currency in every
     * amount, and a large plan has tens of thousands of amounts.
     */
    private static final AtomicReferenceArray<String> CODES = new AtomicReferenceArray<>(26 * 26 * 26);

    /** Validates the components. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: '" + currency + "'");
        }
        currency = sharedCode(currency, 0);
    }

    /** The one string of the currency code at {@code text[from, from + 3)} (upper-case letters). */
    private static String sharedCode(String text, int from) {
        int index = ((text.charAt(from) - 'A') * 26 + text.charAt(from + 1) - 'A') * 26 + text.charAt(from + 2) - 'A';
        String code = CODES.get(index);
        if (code == null) {
            code = text.length() == 3 ? text : text.substring(from, from + 3);
            if (!CODES.compareAndSet(index, null, code)) {
                code = CODES.get(index);
            }
        }
        return code;
    }

    private static boolean isCurrencyCode(String text) {
        return text.length() == 3 && isUpperLetter(text.charAt(0)) && isUpperLetter(text.charAt(1))
                && isUpperLetter(text.charAt(2));
    }

    private static boolean isUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Parses the serialised form {@code "<amount> <currency>"}, e.g. {@code "1250.00 EUR"}:
     * amount and code separated by white space, white space around them ignored.
     *
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static Money parse(String text) {
        String trimmed = text.trim();
        int end = 0;
        while (end < trimmed.length() && !isSpace(trimmed.charAt(end))) {
            end++;
        }
        int code = end;
        while (code < trimmed.length() && isSpace(trimmed.charAt(code))) {
            code++;
        }
        if (end == 0 || code == end || code == trimmed.length()) {
            throw new IllegalArgumentException("Money must be '<amount> <currency>', e.g. '1250.00 EUR': '" + text + "'");
        }
        for (int i = code; i < trimmed.length(); i++) {
            if (isSpace(trimmed.charAt(i))) {
                throw new IllegalArgumentException("Money must be '<amount> <currency>', e.g. '1250.00 EUR': '" + text + "'");
            }
        }
        // The currency as one shared string and the amount read in place: no copies of either.
        boolean isCode = trimmed.length() - code == 3 && isUpperLetter(trimmed.charAt(code))
                && isUpperLetter(trimmed.charAt(code + 1)) && isUpperLetter(trimmed.charAt(code + 2));
        String currency = isCode ? sharedCode(trimmed, code) : trimmed.substring(code);
        BigDecimal amount;
        try {
            amount = PlanValues.decimal(trimmed, 0, end);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a decimal amount: '" + trimmed.substring(0, end) + "'", e);
        }
        return new Money(amount, currency);
    }

    /** White space as the serialised form knows it (what {@code \s} matches). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The amount {@code amount} in {@code currency}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Zero in the given currency. */
    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The sum of this and {@code other}.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This minus {@code other}.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Whether both are in the same currency and have the same numeric amount, whatever the scale. */
    public boolean isSameAmount(Money other) {
        return other != null && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currencies differ: " + currency + " and " + other.currency);
        }
    }

    /** The serialised form, e.g. {@code "1250.00 EUR"}; never in scientific notation. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
