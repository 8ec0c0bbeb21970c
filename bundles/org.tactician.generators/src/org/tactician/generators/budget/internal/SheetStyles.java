package org.tactician.generators.budget.internal;

import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tactician.forecast.Rounding;

/**
 * The cell styles of the budget workbook, created once per workbook (a workbook holds at most
 * 64,000 styles, so they must not be made per cell). Money shows the plan currency's code after
 * the amount with its minor-unit decimals ({@code #,##0.00 "EUR"}, {@code #,##0 "JPY"}); inputs a
 * planner may change are blue, totals bold.
 */
public final class SheetStyles {

    /** An ISO 4217 code: the only currency text that goes into a number format. */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** Column headers. */
    public final CellStyle header;
    /** User text and our labels. */
    public final CellStyle text;
    /** Bold labels of total rows. */
    public final CellStyle totalText;
    /** The "One-shot" mark of a one-shot line. */
    public final CellStyle oneShot;
    /** Money. */
    public final CellStyle money;
    /** Money a planner may change (budget months, forecast average order value and cost). */
    public final CellStyle moneyInput;
    /** Money in a total row. */
    public final CellStyle moneyTotal;
    /** Whole numbers (sessions). */
    public final CellStyle count;
    /** Whole numbers a planner may change. */
    public final CellStyle countInput;
    /** Whole numbers in a total row. */
    public final CellStyle countTotal;
    /** Decimals (orders may be fractional in a forecast). */
    public final CellStyle decimal;
    /** Decimals in a total row. */
    public final CellStyle decimalTotal;
    /** Ratios shown as percentages. */
    public final CellStyle percent;
    /** Ratios a planner may change (conversion rates). */
    public final CellStyle percentInput;
    /** Ratios in a total row. */
    public final CellStyle percentTotal;
    /** A month, stored as its first day. */
    public final CellStyle month;

    private final XSSFWorkbook workbook;
    private final java.util.Map<CellStyle, CellStyle> quoted = new java.util.IdentityHashMap<>();

    /**
     * The styles for {@code workbook}, money in {@code currency} (may be null or not a code), the
     * header row in {@code headerFill} ({@code #rrggbb}, the theme's tint).
     */
    public SheetStyles(XSSFWorkbook workbook, String currency, String headerFill) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font blue = workbook.createFont();
        blue.setColor(IndexedColors.BLUE.getIndex());
        short moneyFormat = workbook.createDataFormat().getFormat(moneyFormat(currency));
        short countFormat = workbook.createDataFormat().getFormat("#,##0");
        short decimalFormat = workbook.createDataFormat().getFormat("#,##0.00");
        short percentFormat = workbook.createDataFormat().getFormat("0.00%");

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        ((org.apache.poi.xssf.usermodel.XSSFCellStyle) header).setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
                java.awt.Color.decode(headerFill), null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        totalText = workbook.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        oneShot = workbook.createCellStyle();
        oneShot.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        oneShot.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        money = numberStyle(workbook, moneyFormat, null, false);
        moneyInput = numberStyle(workbook, moneyFormat, blue, false);
        moneyTotal = numberStyle(workbook, moneyFormat, bold, true);
        count = numberStyle(workbook, countFormat, null, false);
        countInput = numberStyle(workbook, countFormat, blue, false);
        countTotal = numberStyle(workbook, countFormat, bold, true);
        decimal = numberStyle(workbook, decimalFormat, null, false);
        decimalTotal = numberStyle(workbook, decimalFormat, bold, true);
        percent = numberStyle(workbook, percentFormat, null, false);
        percentInput = numberStyle(workbook, percentFormat, blue, false);
        percentTotal = numberStyle(workbook, percentFormat, bold, true);
        month = workbook.createCellStyle();
        month.setDataFormat(workbook.createDataFormat().getFormat("mmm yyyy"));
        month.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
    }

    /** {@code style} with the quote prefix: the cell stays text when edited (created once per style). */
    public CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, base -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    /**
     * The number format of money in {@code currency}: the code is quoted after the amount
     * (LibreOffice and Excel both show {@code 1,234.50 EUR}); a value that is not an ISO code
     * is left out rather than put into the format.
     */
    public static String moneyFormat(String currency) {
        int decimals = Rounding.minorUnits(currency);
        String number = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        if (currency == null || !CURRENCY_CODE.matcher(currency).matches()) {
            return number;
        }
        return number + " \"" + currency + "\"";
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, short format, Font font, boolean total) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        if (font != null) {
            style.setFont(font);
        }
        if (total) {
            style.setBorderTop(BorderStyle.THIN);
        }
        return style;
    }
}
