package org.tactician.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

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

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Validates the components. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: '" + currency + "'");
        }
    }

    /**
     * Parses the serialised form {@code "<amount> <currency>"}, e.g. {@code "1250.00 EUR"}.
     *
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static Money parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Money must be '<amount> <currency>', e.g. '1250.00 EUR': '" + text + "'");
        }
        try {
            return new Money(new BigDecimal(parts[0]), parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a decimal amount: '" + parts[0] + "'", e);
        }
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
