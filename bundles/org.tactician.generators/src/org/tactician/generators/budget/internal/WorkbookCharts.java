package org.tactician.generators.budget.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The workbook's native charts (spreadsheet charts over the sheets' own cells, so they follow
 * every change a planner makes): the budget by month stacked by category, under the category
 * sheet; revenue (bars) and contribution after margin (line) by month, under the profitability
 * sheet. Their titles are the chart engine's words.
 */
public final class WorkbookCharts {

    private static final int HEIGHT_ROWS = 22;
    private static final int WIDTH_COLUMNS = 12;

    private WorkbookCharts() {
    }

    /** The budget by month and category, stacked, under the category sheet's table. */
    public static XSSFChart budgetByMonth(XSSFSheet sheet, SheetContext context, CategorySheet.Layout layout) {
        int months = context.calendar().months().size();
        MonthView.Rows rows = layout.rows();
        XSSFChart chart = chart(sheet, rows.totalRow() + 5 + (context.budget().approvedTotal() != null ? 3 : 0),
                context.t("chart.budgetByMonth.title"));
        if (months == 0) {
            return chart;
        }
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, 0, 1, months));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.STACKED);
        for (int row = rows.firstRow(); row <= rows.lastRow(); row++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(row, row, 1, months));
            XDDFChartData.Series series = bars.addSeries(labels, values);
            series.setTitle(sheet.getRow(row).getCell(0).getStringCellValue(), new CellReference(sheet.getSheetName(), row, 0, true, true));
        }
        chart.plot(bars);
        return chart;
    }

    /**
     * Revenue (bars) and contribution after margin (line) by month, under the profitability sheet,
     * labelled with the category sheet's month headers.
     */
    public static XSSFChart revenueAndContribution(XSSFSheet sheet, XSSFSheet monthLabels, SheetContext context,
            ProfitabilitySheet.Layout layout, int below) {
        XSSFChart chart = chart(sheet, below + 3, context.t("chart.workbook.profitability"));
        int first = layout.firstMonthRow();
        int last = layout.lastMonthRow();
        if (last < first) {
            return chart;
        }
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(monthLabels,
                new CellRangeAddress(0, 0, 1, last - first + 1));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        XDDFChartData.Series revenue = bars.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, ProfitabilitySheet.REVENUE, ProfitabilitySheet.REVENUE)));
        revenue.setTitle(context.t("column.revenue"), new CellReference(sheet.getSheetName(), 0, ProfitabilitySheet.REVENUE, true, true));
        chart.plot(bars);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        XDDFChartData.Series contribution = line.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, ProfitabilitySheet.CONTRIBUTION, ProfitabilitySheet.CONTRIBUTION)));
        contribution.setTitle(context.t("column.contribution"),
                new CellReference(sheet.getSheetName(), 0, ProfitabilitySheet.CONTRIBUTION, true, true));
        chart.plot(line);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, int top, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, top, 1 + WIDTH_COLUMNS, top + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }
}
