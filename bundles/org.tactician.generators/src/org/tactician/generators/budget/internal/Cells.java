package org.tactician.generators.budget.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.tactician.generators.internal.CsvTable;
import org.tactician.generators.internal.Text;

/**
 * Writes cells and builds formula references. User text only ever goes in through
 * {@link #text}: it is stored as a string cell, which a spreadsheet never evaluates, exactly as
 * written (no visible apostrophe); text that looks like a formula ({@code =}, {@code +},
 * {@code -}, {@code @}...) gets a quote-prefixed style, so editing the cell keeps it text too.
 */
public final class Cells {

    private Cells() {
    }

    /** The row {@code index} of {@code sheet}, created if missing. */
    public static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /**
     * A text cell holding {@code userText}, cleaned and cut to what a cell holds ({@code limits}
     * remembers a cut of {@code element}'s text); {@code styles} gives formula-like text its
     * quote-prefixed style.
     */
    public static Cell text(Row row, int column, String userText, CellStyle style, SheetStyles styles, SheetText limits,
            Object element) {
        Cell cell = row.createCell(column);
        String text = limits.cell(Text.clean(userText), element);
        cell.setCellValue(text);
        cell.setCellStyle(CsvTable.isFormulaLike(text) ? styles.quoted(style) : style);
        return cell;
    }

    /** A number cell. */
    public static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
        return cell;
    }

    /** A month cell: the month's first day, shown by the style as a month. */
    public static Cell month(Row row, int column, YearMonth month, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(month.atDay(1));
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A formula cell; {@code formula} is built by us, never from user text, and callers keep it
     * within {@link SheetText#FORMULA_LIMIT} (a longer one is a bug: spreadsheets refuse the file).
     */
    public static Cell formula(Row row, int column, String formula, CellStyle style) {
        if (formula.length() > SheetText.FORMULA_LIMIT) {
            throw new IllegalArgumentException("a formula of " + formula.length() + " characters, more than a spreadsheet allows ("
                    + SheetText.FORMULA_LIMIT + ")");
        }
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** A relative reference such as {@code G5} (0-based row and column). */
    public static String ref(int row, int column) {
        return new CellReference(row, column, false, false).formatAsString();
    }

    /** A reference with absolute row and column, such as {@code $G$5}. */
    public static String absolute(int row, int column) {
        return new CellReference(row, column, true, true).formatAsString();
    }

    /** A range such as {@code G5:I5}. */
    public static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return ref(firstRow, firstColumn) + ":" + ref(lastRow, lastColumn);
    }

    /** {@code sheet}'s name quoted for use in a reference from another sheet, e.g. {@code 'By channel'!}. */
    public static String sheet(String name) {
        return "'" + name.replace("'", "''") + "'!";
    }

    /** The sum of the given references, e.g. {@code G5+G9}; {@code 0} for none. */
    public static String plus(List<String> references) {
        return references.isEmpty() ? "0" : references.stream().collect(Collectors.joining("+"));
    }
}
