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
 */
public record SheetContext(MarketingPlan plan, BudgetMatrix budget, Forecast forecast, PlanTerms terms, PlanFormat format,
        SheetStyles styles, SheetNames names) {

    /** Width of a wide text column (names), in 1/256 characters. */
    public static final int WIDE = 30 * 256;
    /** Width of a figure column. */
    public static final int NARROW = 14 * 256;

    /**
     * The sheet names in the plan's language, checked against what spreadsheets allow (at most 31
     * characters, none of {@code []:*?/\}).
     */
    public record SheetNames(String budget, String byCategory, String byChannel, String byStage, String inputs,
            String profitability, String allocation) {

        /** The names in {@code terms}' words. */
        public static SheetNames of(PlanTerms terms) {
            return new SheetNames(name(terms, "sheet.budget"), name(terms, "sheet.byCategory"), name(terms, "sheet.byChannel"),
                    name(terms, "sheet.byStage"), name(terms, "sheet.inputs"), name(terms, "sheet.profitability"),
                    name(terms, "sheet.allocation"));
        }

        private static String name(PlanTerms terms, String key) {
            String name = terms.text(key).replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
            return name.length() > 31 ? name.substring(0, 31).strip() : name;
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

    /** A text cell (user text or ours). */
    public Cell text(Row row, int column, String text, CellStyle style) {
        return Cells.text(row, column, text, style, styles);
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
