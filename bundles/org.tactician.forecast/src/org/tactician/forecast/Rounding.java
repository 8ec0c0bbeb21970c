package org.tactician.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;

/**
 * The one rounding rule of Tactician's numbers: the engines, the documents and the budget
 * workbook's formulas all round the same way. Money is never held in {@code double}.
 *
 * <ul>
 * <li><b>Half away from zero</b> ({@link RoundingMode#HALF_UP}): 0.125 → 0.13, −0.125 → −0.13. It
 * is what a spreadsheet's {@code ROUND} does, so a figure recalculated in the workbook equals the
 * engine's, and it is what finance people expect on an invoice.</li>
 * <li>Sums and products of model values are exact ({@link BigDecimal} arithmetic without a
 * {@link MathContext}).</li>
 * <li>A money amount that comes out of a product or a division is rounded once, to the minor unit
 * of its currency ({@link #minorUnits}: 2 for EUR, 0 for JPY) ({@link #money}). Totals are exact
 * sums of such rounded amounts, so every total equals the sum of the cells it is made of — a
 * spreadsheet built from the results adds up.</li>
 * <li>Ratios (ROI, growth, share of a target, conversion rate) are divided in {@link #RATIO} (16
 * significant digits) and then set to {@link #PERCENT_SCALE} decimals for percentages.</li>
 * <li>Displayed figures with fewer decimals than they carry (whole currency units in a summary,
 * whole orders) are rounded with {@link #toScale} or a {@link NumberFormat} set up by
 * {@link #apply}, never by a format's own default (half-even).</li>
 * <li>Spreading an amount over several months is not rounding but allocation: each month is
 * rounded down to the minor unit and the last month takes the remainder, so the months add up to
 * the amount exactly.</li>
 * </ul>
 */
public final class Rounding {

    /** Rounding mode of every rounded number: half away from zero, as a spreadsheet's ROUND. */
    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    /** Precision of divisions that produce ratios: 16 significant digits, rounded by {@link #MODE}. */
    public static final MathContext RATIO = new MathContext(16, MODE);

    /** Decimals of percentages (ROI, growth, conversion rates). */
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

    /** {@code amount} rounded to the minor unit of {@code currency}. */
    public static BigDecimal money(BigDecimal amount, String currency) {
        return amount.setScale(minorUnits(currency), MODE);
    }

    /** {@code value} rounded to {@code scale} decimals (0: whole units). */
    public static BigDecimal toScale(BigDecimal value, int scale) {
        return value.setScale(scale, MODE);
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

    /** {@code format} set to round as everything else does; returns it. */
    public static <F extends NumberFormat> F apply(F format) {
        format.setRoundingMode(MODE);
        return format;
    }
}
