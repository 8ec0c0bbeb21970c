package org.tactician.generators.budget.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;

/**
 * What every sheet of the budget workbook writes with: the plan's figures, words and cell styles,
 * the sheet names, and the period columns (months, then quarters, plan years and the total after
 * a sheet's label columns), so every sheet lays its periods out alike.
 *
 * @param plan the plan
 * @param budget the budget engine's matrix
 * @param forecast the conversion forecast
 * @param terms the plan's words
 * @param format the plan's formats
 * @param styles the workbook's cell styles
 * @param names the translated sheet names
 * @param limits the text limits of this workbook and the warnings of what was cut
 */
public record SheetContext(MarketingPlan plan, BudgetMatrix budget, Forecast forecast, PlanTerms terms, PlanFormat format,
        SheetStyles styles, SheetNames names, SheetText limits) {

    /** Width of a wide text column (names), in 1/256 characters. */
    public static final int WIDE = 30 * 256;
    /** Width of a figure column. */
    public static final int NARROW = 14 * 256;

    /**
     * The sheet names in the plan's language, checked against what spreadsheets allow: at most 31
     * characters (cut between user-perceived characters), none of {@code []:*?/\}, no apostrophe
     * first or last, and different from each other ignoring case (a translation that repeats a
     * name gets a number).
     */
    public record SheetNames(String budget, String byCategory, String byChannel, String byStage, String inputs,
            String profitability, String allocation) {

        /** The most characters a sheet name may have. */
        public static final int LIMIT = 31;

        /** The names in {@code terms}' words. */
        public static SheetNames of(PlanTerms terms) {
            List<String> names = allowed(List.of("sheet.budget", "sheet.byCategory", "sheet.byChannel", "sheet.byStage", "sheet.inputs",
                    "sheet.profitability", "sheet.allocation").stream().map(terms::text).toList());
            return new SheetNames(names.get(0), names.get(1), names.get(2), names.get(3), names.get(4), names.get(5), names.get(6));
        }

        /** {@code words} as sheet names a spreadsheet allows, in order, no two alike ignoring case. */
        public static List<String> allowed(List<String> words) {
            java.util.Set<String> taken = new java.util.HashSet<>();
            List<String> names = new java.util.ArrayList<>();
            for (String word : words) {
                String name = name(word);
                String unique = name;
                for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                    String suffix = " " + n;
                    unique = name(SheetText.cut(name, LIMIT - suffix.length()) + suffix);
                }
                names.add(unique);
            }
            return names;
        }

        private static String name(String text) {
            String name = SheetText.cut(text.replaceAll("[\\[\\]:*?/\\\\]", " ").strip(), LIMIT);
            name = name.replaceAll("^'+|'+$", "").strip();
            return name.isEmpty() ? "Sheet" : name;
        }
    }

    /** The plan months the sheets cover. */
    public PlanCalendar calendar() {
        return budget.calendar();
    }

    /** A word of the plan's language. */
    public String t(String key) {
        return terms.text(key);
    }

    /** A text cell of our own words. */
    public Cell text(Row row, int column, String text, CellStyle style) {
        return Cells.text(row, column, text, style, styles, limits, null);
    }

    /** A text cell of {@code element}'s text (a name), cut with a warning naming the element if a cell cannot hold it. */
    public Cell text(Row row, int column, String text, CellStyle style, Object element) {
        return Cells.text(row, column, text, style, styles, limits, element);
    }

    /** A row of header cells from {@code column}. */
    public void headers(Row row, int column, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            text(row, column + i, labels.get(i), styles.header);
        }
    }

    /** The column of month {@code month} (0-based) after {@code lead} label columns. */
    public int monthColumn(int lead, int month) {
        return lead + month;
    }

    /** The column of quarter {@code quarter} (0-based). */
    public int quarterColumn(int lead, int quarter) {
        return lead + calendar().months().size() + quarter;
    }

    /** The column of plan year {@code year} (0-based). */
    public int yearColumn(int lead, int year) {
        return lead + calendar().months().size() + calendar().quarters().size() + year;
    }

    /** The total column. */
    public int totalColumn(int lead) {
        return yearColumn(lead, calendar().years().size());
    }

    /** Headers of the month, quarter, year and total columns after {@code lead} label columns. */
    public void periodHeaders(Sheet sheet, Row header, int lead) {
        List<YearMonth> months = calendar().months();
        for (int i = 0; i < months.size(); i++) {
            text(header, monthColumn(lead, i), format.shortMonth(months.get(i)), styles.header);
        }
        List<PlanQuarter> quarters = calendar().quarters();
        for (int i = 0; i < quarters.size(); i++) {
            // Quarter labels carry their plan year, so a SUMIF or a reader never confuses two years.
            text(header, quarterColumn(lead, i), terms.format("format.quarterOfYear", quarters.get(i).quarter().getValue() + 1,
                    quarters.get(i).year()), styles.header);
        }
        List<Integer> years = calendar().years();
        for (int i = 0; i < years.size(); i++) {
            text(header, yearColumn(lead, i), format.planYear(years.get(i)), styles.header);
        }
        text(header, totalColumn(lead), t("column.total"), styles.header);
        for (int column = lead; column <= totalColumn(lead); column++) {
            sheet.setColumnWidth(column, NARROW);
        }
    }

    /** The quarter, year and total cells of {@code row}: SUM over its month cells. */
    public void periodTotals(Row row, int lead, CellStyle style) {
        int r = row.getRowNum();
        List<YearMonth> months = calendar().months();
        List<PlanQuarter> quarters = calendar().quarters();
        for (int i = 0; i < quarters.size(); i++) {
            List<YearMonth> in = calendar().monthsOf(quarters.get(i));
            int first = months.indexOf(in.get(0));
            Cells.formula(row, quarterColumn(lead, i), "SUM(" + Cells.range(r, monthColumn(lead, first), r,
                    monthColumn(lead, first + in.size() - 1)) + ")", style);
        }
        List<Integer> years = calendar().years();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int first = -1;
            int last = -1;
            for (int m = 0; m < months.size(); m++) {
                if (calendar().yearOf(months.get(m)) == year) {
                    first = first < 0 ? m : first;
                    last = m;
                }
            }
            Cells.formula(row, yearColumn(lead, i), "SUM(" + Cells.range(r, monthColumn(lead, first), r, monthColumn(lead, last))
                    + ")", style);
        }
        if (months.isEmpty()) {
            Cells.number(row, totalColumn(lead), BigDecimal.ZERO, style);
        } else {
            Cells.formula(row, totalColumn(lead), "SUM(" + Cells.range(r, monthColumn(lead, 0), r,
                    monthColumn(lead, months.size() - 1)) + ")", style);
        }
    }

    /** The cells of every period column of {@code row}: SUM of the column's cells in rows first..last. */
    public void columnSums(Row row, int lead, int first, int last, CellStyle style) {
        for (int column = lead; column <= totalColumn(lead); column++) {
            Cells.formula(row, column, last < first ? "0" : "SUM(" + Cells.range(first, column, last, column) + ")", style);
        }
    }
}
