package org.tactician.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * How the forecast and the budget engine round. Money is never held in {@code double}.
 *
 * <ul>
 * <li>Sums and products of model values are exact ({@link BigDecimal} arithmetic without a
 * {@link MathContext}).</li>
 * <li>A money amount that comes out of a product or a division is rounded once, to the minor
 * unit of its currency ({@link #minorUnits}: 2 for EUR, 0 for JPY), {@link RoundingMode#HALF_EVEN}
 * ({@link #money}). Totals are exact sums of such rounded amounts, so every total equals the sum
 * of the cells it is made of — a spreadsheet built from the results adds up.</li>
 * <li>Ratios (ROI, growth, share of a target) are divided in {@link #RATIO} (16 significant
 * digits, HALF_EVEN) and then set to {@link #PERCENT_SCALE} decimals for percentages.</li>
 * <li>Spreading an amount over several months rounds each month down to the minor unit and
 * puts the remainder on the last month, so the months add up to the amount exactly.</li>
 * </ul>
 */
public final class Rounding {

    /** Precision of divisions that produce ratios: IEEE 754 decimal64, half-even. */
    public static final MathContext RATIO = MathContext.DECIMAL64;

    /** Rounding mode of money and percentages. */
    public static final RoundingMode MODE = RoundingMode.HALF_EVEN;

    /** Decimals of percentages (ROI, growth). */
    public static final int PERCENT_SCALE = 2;

    private static final int DEFAULT_MINOR_UNITS = 2;

    private Rounding() {
    }

    /**
     * The number of decimals of the minor unit of an ISO 4217 currency: 2 for EUR and USD, 0 for
     * JPY; 2 for unknown codes and for currencies without a minor unit (e.g. XAU).
     */
    public static int minorUnits(String currency) {
        if (currency == null) {
            return DEFAULT_MINOR_UNITS;
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? DEFAULT_MINOR_UNITS : digits;
        } catch (IllegalArgumentException unknown) {
            return DEFAULT_MINOR_UNITS;
        }
    }

    /** {@code amount} rounded half-even to the minor unit of {@code currency}. */
    public static BigDecimal money(BigDecimal amount, String currency) {
        return amount.setScale(minorUnits(currency), MODE);
    }

    /** Zero at the scale of the minor unit of {@code currency}. */
    public static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(minorUnits(currency));
    }

    /**
     * {@code part} as a percentage of {@code whole}, {@link #PERCENT_SCALE} decimals; null when
     * {@code whole} is zero.
     */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, RATIO).setScale(PERCENT_SCALE, MODE);
    }
}
