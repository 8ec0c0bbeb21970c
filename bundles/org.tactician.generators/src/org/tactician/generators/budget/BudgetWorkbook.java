package org.tactician.generators.budget;

import static org.tactician.generators.budget.internal.Cells.absolute;
import static org.tactician.generators.budget.internal.Cells.formula;
import static org.tactician.generators.budget.internal.Cells.number;
import static org.tactician.generators.budget.internal.Cells.plus;
import static org.tactician.generators.budget.internal.Cells.range;
import static org.tactician.generators.budget.internal.Cells.ref;
import static org.tactician.generators.budget.internal.Cells.row;
import static org.tactician.generators.budget.internal.Cells.sheet;
import static org.tactician.generators.budget.internal.Cells.text;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.conversion.ChannelForecast;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ProfitAssumptions;
import org.tactician.forecast.conversion.ProfitAssumptions.Economics;
import org.tactician.generators.budget.internal.Cells;
import org.tactician.generators.budget.internal.SheetStyles;
import org.tactician.generators.internal.Text;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.RaceStage;

/**
 * The plan's budget as an XLSX workbook with live formulas. Every number comes from the
 * {@link BudgetEngine budget engine} and the {@link ConversionModel conversion forecast}; the
 * workbook adds them up with formulas, so a planner who changes a month or a conversion rate
 * sees every total follow. The formula results are computed and stored before writing, so
 * viewers that do not calculate show the right totals too.
 *
 * <p>Sheets, in order:
 * <ul>
 * <li>{@value #BUDGET_SHEET}: one row per budget line, grouped by category (with a subtotal row
 * each) and a grand total row; the cost type (one-shot lines highlighted), channel, campaign and
 * RACE stage; one column per plan month (the amounts), then per plan quarter and plan year and
 * the total ({@code SUM} over the month cells), and what the line spends outside the plan
 * period (in no total).</li>
 * <li>{@value #CATEGORY_SHEET}, {@value #STAGE_SHEET}: month × category and month × RACE stage,
 * {@code SUMIF} over the budget sheet's category and stage columns (their labels are ours); the
 * category sheet carries each category's target and the approved total, and what the spend is over
 * them.</li>
 * <li>{@value #CHANNEL_SHEET}: month × channel, adding the budget sheet's line cells of each
 * channel (channel names are user text, so they are not used as {@code SUMIF} criteria).</li>
 * <li>{@value #INPUTS_SHEET}: the forecast inputs by channel and month — sessions, conversion
 * rate, average order value and the input's margin figures (return rate, gross margin, fulfilment
 * cost per order, resolved from the plan defaults and the assumptions) are inputs; orders, revenue,
 * returns, gross profit and fulfilment are formulas, each {@code ROUND}ed to the currency's minor
 * unit as the engine rounds ({@link Rounding}: half away from zero).</li>
 * <li>{@value #PROFITABILITY_SHEET}: by month and by channel — revenue, returns, gross profit,
 * fulfilment, marketing cost (the budget's), contribution = gross profit − fulfilment − marketing,
 * cumulative revenue and contribution, ROI = contribution / marketing cost, and the break-even month
 * (the first month from which the cumulative contribution stays at or above zero).</li>
 * <li>{@value #ALLOCATION_SHEET}: each line's planned and allocated amounts and what remains.</li>
 * </ul>
 */
public final class BudgetWorkbook {

    /** The file name the generator writes. */
    public static final String FILE = "budget.xlsx";
    /** The month × budget line sheet. */
    public static final String BUDGET_SHEET = "Budget";
    /** The month × category sheet. */
    public static final String CATEGORY_SHEET = "By category";
    /** The month × channel sheet. */
    public static final String CHANNEL_SHEET = "By channel";
    /** The month × RACE stage sheet. */
    public static final String STAGE_SHEET = "By RACE stage";
    /** The forecast inputs sheet. */
    public static final String INPUTS_SHEET = "Forecast inputs";
    /** The forecast and profitability sheet. */
    public static final String PROFITABILITY_SHEET = "Profitability";
    /** The planned vs allocated sheet. */
    public static final String ALLOCATION_SHEET = "Planned vs allocated";

    /** The label of budget lines and totals without a RACE stage or channel. */
    static final String UNASSIGNED = "Unassigned";

    /** Columns before the months on the budget sheet: category, line, cost type, channel, campaign, stage. */
    private static final int LINE_LABELS = 6;
    private static final int STAGE_COLUMN = 5;
    private static final int WIDE = 30 * 256;
    private static final int NARROW = 14 * 256;

    private final MarketingPlan plan;
    private final BudgetMatrix matrix;
    private final Forecast forecast;
    private final Locale locale;

    // Where things landed on the budget sheet, for the formulas of the other sheets.
    private final Map<BudgetRow, Integer> lineRows = new IdentityHashMap<>();
    private int firstLineRow;
    private int lastLineRow;
    private int grandTotalRow = -1;

    /** The workbook of {@code plan}, its budget expanded by {@link BudgetEngine#expand}. */
    public BudgetWorkbook(MarketingPlan plan) {
        this(plan, BudgetEngine.expand(plan));
    }

    /** The workbook of {@code plan} with the budget {@code matrix} (pass the one you already have). */
    public BudgetWorkbook(MarketingPlan plan, BudgetMatrix matrix) {
        this.plan = Objects.requireNonNull(plan);
        this.matrix = Objects.requireNonNull(matrix);
        this.forecast = ConversionModel.forecast(plan, matrix);
        String language = plan.getLanguage() == null || plan.getLanguage().isBlank() ? "en" : plan.getLanguage().trim();
        this.locale = Locale.forLanguageTag(language.replace('_', '-'));
    }

    /** The budget the workbook shows. */
    public BudgetMatrix matrix() {
        return matrix;
    }

    /** The conversion forecast the workbook shows. */
    public Forecast forecast() {
        return forecast;
    }

    /** Writes the workbook as XLSX to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // XMLBeans looks its schema types up through the context class loader; under OSGi that
        // must be POI's own.
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            build(workbook);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void build(XSSFWorkbook workbook) {
        SheetStyles styles = new SheetStyles(workbook, matrix.currency());
        workbook.getProperties().getCoreProperties().setTitle(Text.clean(plan.getName()));
        workbook.getProperties().getCoreProperties().setCreator("Tactician");
        lineRows.clear();
        budgetSheet(newSheet(workbook, BUDGET_SHEET), styles);
        categorySheet(newSheet(workbook, CATEGORY_SHEET), styles);
        channelSheet(newSheet(workbook, CHANNEL_SHEET), styles);
        stageSheet(newSheet(workbook, STAGE_SHEET), styles);
        Map<Channel, int[]> inputRows = inputsSheet(newSheet(workbook, INPUTS_SHEET), styles);
        profitabilitySheet(newSheet(workbook, PROFITABILITY_SHEET), styles, inputRows);
        allocationSheet(newSheet(workbook, ALLOCATION_SHEET), styles);
    }

    private XSSFSheet newSheet(XSSFWorkbook workbook, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.setRightToLeft(Text.isRightToLeft(plan.getLanguage()));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        return sheet;
    }

    // ---------------------------------------------------------------- period columns

    private PlanCalendar calendar() {
        return matrix.calendar();
    }

    private int monthColumn(int lead, int month) {
        return lead + month;
    }

    private int quarterColumn(int lead, int quarter) {
        return lead + calendar().months().size() + quarter;
    }

    private int yearColumn(int lead, int year) {
        return lead + calendar().months().size() + calendar().quarters().size() + year;
    }

    private int totalColumn(int lead) {
        return yearColumn(lead, calendar().years().size());
    }

    /** Headers of the month, quarter, year and total columns after {@code lead} label columns. */
    private void periodHeaders(Sheet sheet, Row header, int lead, SheetStyles styles) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<YearMonth> months = calendar().months();
        for (int i = 0; i < months.size(); i++) {
            text(header, monthColumn(lead, i), format.format(months.get(i)), styles.header);
        }
        List<PlanQuarter> quarters = calendar().quarters();
        for (int i = 0; i < quarters.size(); i++) {
            text(header, quarterColumn(lead, i), quarters.get(i).toString(), styles.header);
        }
        List<Integer> years = calendar().years();
        for (int i = 0; i < years.size(); i++) {
            text(header, yearColumn(lead, i), "Year " + years.get(i), styles.header);
        }
        text(header, totalColumn(lead), "Total", styles.header);
        for (int column = lead; column <= totalColumn(lead); column++) {
            sheet.setColumnWidth(column, NARROW);
        }
    }

    /** The quarter, year and total cells of {@code row}: SUM over its month cells. */
    private void periodTotals(Row row, int lead, org.apache.poi.ss.usermodel.CellStyle style) {
        int r = row.getRowNum();
        List<YearMonth> months = calendar().months();
        List<PlanQuarter> quarters = calendar().quarters();
        for (int i = 0; i < quarters.size(); i++) {
            List<YearMonth> in = calendar().monthsOf(quarters.get(i));
            int first = months.indexOf(in.get(0));
            formula(row, quarterColumn(lead, i), "SUM(" + range(r, monthColumn(lead, first), r,
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
            formula(row, yearColumn(lead, i), "SUM(" + range(r, monthColumn(lead, first), r, monthColumn(lead, last)) + ")",
                    style);
        }
        if (months.isEmpty()) {
            number(row, totalColumn(lead), BigDecimal.ZERO, style);
        } else {
            formula(row, totalColumn(lead), "SUM(" + range(r, monthColumn(lead, 0), r, monthColumn(lead, months.size() - 1))
                    + ")", style);
        }
    }

    /** The cells of every period column of {@code row}: SUM of {@code column}'s cells in rows first..last. */
    private void columnSums(Row row, int lead, int first, int last, org.apache.poi.ss.usermodel.CellStyle style) {
        for (int column = lead; column <= totalColumn(lead); column++) {
            formula(row, column, last < first ? "0" : "SUM(" + range(first, column, last, column) + ")", style);
        }
    }

    // ---------------------------------------------------------------- budget

    private void budgetSheet(Sheet sheet, SheetStyles styles) {
        Row header = sheet.createRow(0);
        List<String> labels = List.of("Category", "Budget line", "Cost type", "Channel", "Campaign", "RACE stage");
        for (int i = 0; i < labels.size(); i++) {
            text(header, i, labels.get(i), styles.header);
        }
        periodHeaders(sheet, header, LINE_LABELS, styles);
        int outside = totalColumn(LINE_LABELS) + 1;
        text(header, outside, "Outside plan period", styles.header);
        sheet.setColumnWidth(outside, NARROW);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, WIDE);
        sheet.setColumnWidth(2, 11 * 256);
        sheet.setColumnWidth(3, 20 * 256);
        sheet.setColumnWidth(4, 20 * 256);
        sheet.setColumnWidth(5, 11 * 256);
        sheet.createFreezePane(2, 1);

        List<Integer> subtotals = new ArrayList<>();
        int r = 1;
        firstLineRow = 1;
        for (BudgetCategory category : BudgetCategory.VALUES) {
            List<BudgetRow> rows = matrix.rows().stream().filter(row -> row.category() == category).toList();
            if (rows.isEmpty()) {
                continue;
            }
            int first = r;
            for (BudgetRow line : rows) {
                lineRow(row(sheet, r), line, styles, outside);
                lineRows.put(line, r);
                r++;
            }
            Row subtotal = row(sheet, r);
            text(subtotal, 0, "Total " + Text.words(category), styles.totalText);
            text(subtotal, 1, "", styles.totalText);
            columnSums(subtotal, LINE_LABELS, first, r - 1, styles.moneyTotal);
            formula(subtotal, outside, "SUM(" + range(first, outside, r - 1, outside) + ")", styles.moneyTotal);
            subtotals.add(r);
            r++;
        }
        // Lines without a category (an unfinished plan) still count, in a group of their own.
        List<BudgetRow> uncategorised = matrix.rows().stream().filter(row -> row.category() == null).toList();
        if (!uncategorised.isEmpty()) {
            int first = r;
            for (BudgetRow line : uncategorised) {
                lineRow(row(sheet, r), line, styles, outside);
                lineRows.put(line, r);
                r++;
            }
            Row subtotal = row(sheet, r);
            text(subtotal, 0, "Total without category", styles.totalText);
            columnSums(subtotal, LINE_LABELS, first, r - 1, styles.moneyTotal);
            formula(subtotal, outside, "SUM(" + range(first, outside, r - 1, outside) + ")", styles.moneyTotal);
            subtotals.add(r);
            r++;
        }
        lastLineRow = r - 1;
        Row total = row(sheet, r);
        grandTotalRow = r;
        text(total, 0, "Total", styles.totalText);
        text(total, 1, "", styles.totalText);
        for (int column = LINE_LABELS; column <= outside; column++) {
            int c = column;
            formula(total, column, plus(subtotals.stream().map(s -> ref(s, c)).toList()), styles.moneyTotal);
        }
        r += 2;
        if (!matrix.excluded().isEmpty()) {
            text(row(sheet, r++), 0, "Left out: money in another currency than " + Objects.toString(matrix.currency(), ""),
                    styles.totalText);
            for (BudgetLine line : matrix.excluded()) {
                text(row(sheet, r++), 1, line.getName(), styles.text);
            }
        }
    }

    private void lineRow(Row row, BudgetRow line, SheetStyles styles, int outside) {
        text(row, 0, Text.wordsOrNotSet(line.category()), styles.text);
        text(row, 1, line.name(), styles.text);
        text(row, 2, Text.wordsOrNotSet(line.costType()),
                line.costType() == CostType.ONE_SHOT ? styles.oneShot : styles.text);
        text(row, 3, line.channel() == null ? "" : line.channel().getName(), styles.text);
        text(row, 4, line.campaign() == null ? "" : line.campaign().getName(), styles.text);
        text(row, STAGE_COLUMN, stageLabel(line.raceStage()), styles.text);
        List<YearMonth> months = calendar().months();
        for (int i = 0; i < months.size(); i++) {
            number(row, monthColumn(LINE_LABELS, i), line.amountIn(months.get(i)), styles.moneyInput);
        }
        periodTotals(row, LINE_LABELS, styles.money);
        number(row, outside, line.outsidePeriod(), styles.money);
    }

    private static String stageLabel(RaceStage stage) {
        return stage == null ? UNASSIGNED : Text.words(stage);
    }

    // ---------------------------------------------------------------- views

    /** A view: one row per key; month cells from {@code monthFormula(row, column)}; a total row. */
    private void view(Sheet sheet, String keyHeader, List<String> keys, MonthFormula monthFormula, SheetStyles styles) {
        Row header = sheet.createRow(0);
        text(header, 0, keyHeader, styles.header);
        periodHeaders(sheet, header, 1, styles);
        sheet.setColumnWidth(0, WIDE);
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (int k = 0; k < keys.size(); k++, r++) {
            Row row = row(sheet, r);
            text(row, 0, keys.get(k), styles.text);
            for (int m = 0; m < calendar().months().size(); m++) {
                formula(row, monthColumn(1, m), monthFormula.of(k, r, LINE_LABELS + m), styles.money);
            }
            periodTotals(row, 1, styles.money);
        }
        Row total = row(sheet, r);
        text(total, 0, "Total", styles.totalText);
        columnSums(total, 1, 1, r - 1, styles.moneyTotal);
    }

    /** The formula of a view's month cell: key index, sheet row, budget sheet column of the month. */
    @FunctionalInterface
    private interface MonthFormula {
        String of(int key, int row, int budgetColumn);
    }

    /** SUMIF of a budget sheet month column where the label column equals the view row's key cell. */
    private String sumIf(int labelColumn, int viewRow, int budgetColumn) {
        if (lastLineRow < firstLineRow) {
            return "0";
        }
        String budget = sheet(BUDGET_SHEET);
        return "SUMIF(" + budget + absolute(firstLineRow, labelColumn) + ":" + absolute(lastLineRow, labelColumn) + ","
                + absolute(viewRow, 0) + "," + budget + ref(firstLineRow, budgetColumn) + ":" + ref(lastLineRow, budgetColumn)
                + ")";
    }

    /**
     * Month × category, plus each category's target and what the spend is over it, and below the
     * total the approved total and what the spend is over that. Lines without a category are a row
     * of their own ("Not set"), so the total is the budget sheet's.
     */
    private void categorySheet(Sheet sheet, SheetStyles styles) {
        List<String> keys = new ArrayList<>(BudgetCategory.VALUES.stream().map(Text::words).toList());
        boolean uncategorised = matrix.rows().stream().anyMatch(row -> row.category() == null);
        if (uncategorised) {
            keys.add(Text.NOT_SET);
        }
        view(sheet, "Category", keys, (k, r, column) -> sumIf(0, r, column), styles);
        int total = totalColumn(1);
        int target = total + 1;
        int over = total + 2;
        text(sheet.getRow(0), target, "Target", styles.header);
        text(sheet.getRow(0), over, "Over target", styles.header);
        sheet.setColumnWidth(target, NARROW);
        sheet.setColumnWidth(over, NARROW);
        for (int k = 0; k < BudgetCategory.VALUES.size(); k++) {
            BigDecimal amount = matrix.categoryTargets().get(BudgetCategory.VALUES.get(k));
            if (amount == null) {
                continue;
            }
            Row row = sheet.getRow(k + 1);
            number(row, target, amount, styles.moneyInput);
            formula(row, over, "MAX(0," + ref(k + 1, total) + "-" + ref(k + 1, target) + ")", styles.money);
        }
        int totalRow = keys.size() + 1;
        if (!matrix.categoryTargets().isEmpty()) {
            formula(sheet.getRow(totalRow), target, "SUM(" + range(1, target, totalRow - 1, target) + ")", styles.moneyTotal);
            formula(sheet.getRow(totalRow), over, "SUM(" + range(1, over, totalRow - 1, over) + ")", styles.moneyTotal);
        }
        if (matrix.approvedTotal() != null) {
            Row approved = row(sheet, totalRow + 2);
            text(approved, 0, "Approved total", styles.totalText);
            number(approved, total, matrix.approvedTotal(), styles.moneyInput);
            Row beyond = row(sheet, totalRow + 3);
            text(beyond, 0, "Over approved", styles.totalText);
            formula(beyond, total, "MAX(0," + ref(totalRow, total) + "-" + ref(totalRow + 2, total) + ")", styles.moneyTotal);
        }
    }

    private void stageSheet(Sheet sheet, SheetStyles styles) {
        List<String> keys = new ArrayList<>(RaceStage.VALUES.stream().map(Text::words).toList());
        keys.add(UNASSIGNED);
        view(sheet, "RACE stage", keys, (k, r, column) -> sumIf(STAGE_COLUMN, r, column), styles);
    }

    private void channelSheet(Sheet sheet, SheetStyles styles) {
        List<Channel> channels = new ArrayList<>(matrix.byChannel().assigned().keySet());
        boolean withoutChannel = matrix.rows().stream().anyMatch(row -> row.channel() == null);
        if (withoutChannel) {
            channels.add(null);
        }
        List<String> keys = channels.stream().map(c -> c == null ? "No channel" : Objects.toString(c.getName(), "")).toList();
        view(sheet, "Channel", keys, (k, r, column) -> plus(matrix.rows().stream()
                .filter(line -> line.channel() == channels.get(k))
                .map(line -> sheet(BUDGET_SHEET) + ref(lineRows.get(line), column)).toList()), styles);
        channelTotalRows.clear();
        for (int k = 0; k < channels.size(); k++) {
            channelTotalRows.put(channels.get(k), k + 1);
        }
    }

    /** The row of each channel (null: no channel) on the channel sheet. */
    private final Map<Channel, Integer> channelTotalRows = new java.util.HashMap<>();

    // ---------------------------------------------------------------- forecast

    /** Column layout of the forecast inputs sheet. */
    private static final int IN_MONTH = 0, IN_CHANNEL = 1, IN_SEGMENT = 2, IN_SESSIONS = 3, IN_RATE = 4, IN_AOV = 5,
            IN_ORDERS = 6, IN_REVENUE = 7, IN_RETURN_RATE = 8, IN_RETURNS = 9, IN_MARGIN = 10, IN_GROSS_PROFIT = 11,
            IN_FULFILMENT_PER_ORDER = 12, IN_FULFILMENT = 13;

    /**
     * Writes the inputs grouped by channel (the forecast's channel order, no channel last), so
     * each channel is one block of rows; returns each channel's first and last row. Each row carries
     * its margin figures as inputs (resolved from the plan defaults and the assumptions) and computes
     * orders, revenue, returns, gross profit and fulfilment with formulas that round as the engine.
     */
    private Map<Channel, int[]> inputsSheet(Sheet sheet, SheetStyles styles) {
        Row header = sheet.createRow(0);
        List<String> labels = List.of("Month", "Channel", "Segment", "Sessions", "Conversion rate", "Average order value",
                "Orders", "Revenue", "Return rate", "Returns", "Gross margin", "Gross profit", "Fulfilment per order",
                "Fulfilment");
        for (int i = 0; i < labels.size(); i++) {
            text(header, i, labels.get(i), styles.header);
            sheet.setColumnWidth(i, i == IN_CHANNEL || i == IN_SEGMENT ? 22 * 256 : NARROW);
        }
        sheet.createFreezePane(0, 1);
        Set<ForecastInput> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
        excluded.addAll(forecast.excluded());
        List<ForecastInput> inputs = plan.getOpportunity() == null || plan.getOpportunity().getForecast() == null ? List.of()
                : plan.getOpportunity().getForecast().getInputs().stream().filter(i -> !excluded.contains(i)).toList();
        List<Channel> order = new ArrayList<>(forecast.channels().stream().map(ChannelForecast::channel).toList());
        order.add(null);
        Map<Channel, int[]> blocks = new LinkedHashMap<>();
        ProfitAssumptions assumptions = ProfitAssumptions.of(plan, forecast.currency());
        int minor = Rounding.minorUnits(forecast.currency());
        int r = 1;
        for (Channel channel : order) {
            List<ForecastInput> block = inputs.stream().filter(i -> i.getChannel() == channel)
                    .sorted(Comparator.comparing(ForecastInput::getMonth)).toList();
            if (block.isEmpty()) {
                continue;
            }
            blocks.put(channel, new int[] {r, r + block.size() - 1});
            for (ForecastInput input : block) {
                Economics economics = assumptions.resolve(input.getChannel(), input.getSegment());
                Row row = row(sheet, r);
                Cells.month(row, IN_MONTH, input.getMonth(), styles.month);
                text(row, IN_CHANNEL, channel == null ? "" : channel.getName(), styles.text);
                text(row, IN_SEGMENT, input.getSegment() == null ? "" : input.getSegment().getName(), styles.text);
                number(row, IN_SESSIONS, BigDecimal.valueOf(input.getSessions()), styles.countInput);
                // The model holds percent points; the sheet holds the ratio, shown as a percentage.
                number(row, IN_RATE, input.getConversionRate() == null ? BigDecimal.ZERO
                        : input.getConversionRate().movePointLeft(2), styles.percentInput);
                number(row, IN_AOV, input.getAverageOrderValue() == null ? BigDecimal.ZERO
                        : input.getAverageOrderValue().amount(), styles.moneyInput);
                formula(row, IN_ORDERS, ref(r, IN_SESSIONS) + "*" + ref(r, IN_RATE), styles.decimal);
                formula(row, IN_REVENUE, round(ref(r, IN_ORDERS) + "*" + ref(r, IN_AOV), minor), styles.money);
                number(row, IN_RETURN_RATE, economics.returnRate().movePointLeft(2), styles.percentInput);
                formula(row, IN_RETURNS, round(ref(r, IN_REVENUE) + "*" + ref(r, IN_RETURN_RATE), minor), styles.money);
                // Without a gross margin the engine keeps the whole net revenue: 100 %, which validation reports.
                number(row, IN_MARGIN, economics.grossMargin() == null ? BigDecimal.ONE
                        : economics.grossMargin().movePointLeft(2), styles.percentInput);
                formula(row, IN_GROSS_PROFIT, round("(" + ref(r, IN_REVENUE) + "-" + ref(r, IN_RETURNS) + ")*"
                        + ref(r, IN_MARGIN), minor), styles.money);
                number(row, IN_FULFILMENT_PER_ORDER, economics.fulfilmentCostPerOrder(), styles.moneyInput);
                formula(row, IN_FULFILMENT, round(ref(r, IN_ORDERS) + "*" + ref(r, IN_FULFILMENT_PER_ORDER), minor),
                        styles.money);
                r++;
            }
        }
        Row total = row(sheet, r);
        text(total, IN_MONTH, "Total", styles.totalText);
        for (int column : new int[] {IN_SESSIONS, IN_ORDERS, IN_REVENUE, IN_RETURNS, IN_GROSS_PROFIT, IN_FULFILMENT}) {
            formula(total, column, r == 1 ? "0" : "SUM(" + range(1, column, r - 1, column) + ")",
                    column == IN_SESSIONS ? styles.countTotal : column == IN_ORDERS ? styles.decimalTotal : styles.moneyTotal);
        }
        inputsLastRow = r - 1;
        return blocks;
    }

    /** {@code ROUND(expression, digits)}: the spreadsheet's rounding is {@link Rounding}'s (half away from zero). */
    private static String round(String expression, int digits) {
        return "ROUND(" + expression + "," + digits + ")";
    }

    private int inputsLastRow;

    /** Column layout of the profitability sheet. */
    private static final int P_KEY = 0, P_SESSIONS = 1, P_ORDERS = 2, P_REVENUE = 3, P_RETURNS = 4, P_GROSS_PROFIT = 5,
            P_FULFILMENT = 6, P_MARKETING = 7, P_CONTRIBUTION = 8, P_CUMULATIVE_REVENUE = 9, P_CUMULATIVE_CONTRIBUTION = 10,
            P_ROI = 11, P_STAYS_POSITIVE = 12;

    /** The inputs sheet columns the profitability sheet adds up, by profitability column. */
    private static final int[][] SUMMED = {{P_SESSIONS, IN_SESSIONS}, {P_ORDERS, IN_ORDERS}, {P_REVENUE, IN_REVENUE},
        {P_RETURNS, IN_RETURNS}, {P_GROSS_PROFIT, IN_GROSS_PROFIT}, {P_FULFILMENT, IN_FULFILMENT}};

    private void profitabilitySheet(Sheet sheet, SheetStyles styles, Map<Channel, int[]> inputRows) {
        profitabilityHeader(sheet.createRow(0), "Month", styles);
        text(sheet.getRow(0), P_STAYS_POSITIVE, "Stays at or above zero", styles.header);
        for (int i = 0; i <= P_STAYS_POSITIVE; i++) {
            sheet.setColumnWidth(i, i == P_KEY ? WIDE : NARROW);
        }
        sheet.createFreezePane(1, 1);
        String inputs = sheet(INPUTS_SHEET);
        List<YearMonth> months = calendar().months();
        int r = 1;
        for (int m = 0; m < months.size(); m++, r++) {
            Row row = row(sheet, r);
            Cells.month(row, P_KEY, months.get(m), styles.month);
            for (int[] sum : SUMMED) {
                String formula = inputsLastRow < 1 ? "0" : "SUMIF(" + inputs + absolute(1, IN_MONTH) + ":"
                        + absolute(inputsLastRow, IN_MONTH) + "," + absolute(r, P_KEY) + "," + inputs
                        + absolute(1, sum[1]) + ":" + absolute(inputsLastRow, sum[1]) + ")";
                formula(row, sum[0], formula, styleOf(sum[0], styles, false));
            }
            formula(row, P_MARKETING, grandTotalRow < 0 ? "0" : sheet(BUDGET_SHEET) + ref(grandTotalRow, monthColumn(LINE_LABELS, m)),
                    styles.money);
            results(row, styles, false);
            formula(row, P_CUMULATIVE_REVENUE, m == 0 ? ref(r, P_REVENUE) : ref(r - 1, P_CUMULATIVE_REVENUE) + "+" + ref(r, P_REVENUE),
                    styles.money);
            formula(row, P_CUMULATIVE_CONTRIBUTION, m == 0 ? ref(r, P_CONTRIBUTION)
                    : ref(r - 1, P_CUMULATIVE_CONTRIBUTION) + "+" + ref(r, P_CONTRIBUTION), styles.money);
        }
        int lastMonthRow = r - 1;
        // Whether the cumulative contribution stays at or above zero from this month to the end.
        for (int row = lastMonthRow; row >= 1; row--) {
            String here = ref(row, P_CUMULATIVE_CONTRIBUTION) + ">=0";
            formula(sheet.getRow(row), P_STAYS_POSITIVE, row == lastMonthRow ? here
                    : "AND(" + here + "," + ref(row + 1, P_STAYS_POSITIVE) + ")", styles.text);
        }
        Row total = row(sheet, r);
        text(total, P_KEY, "Total", styles.totalText);
        for (int column = P_SESSIONS; column <= P_MARKETING; column++) {
            formula(total, column, r == 1 ? "0" : "SUM(" + range(1, column, r - 1, column) + ")", styleOf(column, styles, true));
        }
        results(total, styles, true);
        Row breakEven = row(sheet, r + 1);
        text(breakEven, P_KEY, "Break-even month", styles.totalText);
        formula(breakEven, P_REVENUE, lastMonthRow < 1 ? "\"none\"" : "IFERROR(INDEX(" + range(1, P_KEY, lastMonthRow, P_KEY)
                + ",MATCH(TRUE," + range(1, P_STAYS_POSITIVE, lastMonthRow, P_STAYS_POSITIVE) + ",0)),\"none\")",
                styles.month);

        // By channel: the same figures over the whole plan.
        r += 3;
        profitabilityHeader(row(sheet, r++), "Channel", styles);
        int firstChannelRow = r;
        List<Channel> channels = new ArrayList<>(forecast.channels().stream().map(ChannelForecast::channel).toList());
        if (inputRows.containsKey(null) || channelTotalRows.containsKey(null)) {
            channels.add(null);
        }
        for (Channel channel : channels) {
            Row row = row(sheet, r);
            text(row, P_KEY, channel == null ? "No channel" : channel.getName(), styles.text);
            int[] block = inputRows.get(channel);
            for (int[] sum : SUMMED) {
                formula(row, sum[0], block == null ? "0" : "SUM(" + inputs + range(block[0], sum[1], block[1], sum[1]) + ")",
                        styleOf(sum[0], styles, false));
            }
            Integer budgetRow = channelTotalRows.get(channel);
            formula(row, P_MARKETING, budgetRow == null ? "0" : sheet(CHANNEL_SHEET) + ref(budgetRow, totalColumn(1)),
                    styles.money);
            results(row, styles, false);
            r++;
        }
        Row channelTotal = row(sheet, r);
        text(channelTotal, P_KEY, "Total", styles.totalText);
        for (int column = P_SESSIONS; column <= P_MARKETING; column++) {
            formula(channelTotal, column, r == firstChannelRow ? "0" : "SUM(" + range(firstChannelRow, column, r - 1, column) + ")",
                    styleOf(column, styles, true));
        }
        results(channelTotal, styles, true);
    }

    private static org.apache.poi.ss.usermodel.CellStyle styleOf(int column, SheetStyles styles, boolean total) {
        return switch (column) {
            case P_SESSIONS -> total ? styles.countTotal : styles.count;
            case P_ORDERS -> total ? styles.decimalTotal : styles.decimal;
            default -> total ? styles.moneyTotal : styles.money;
        };
    }

    private static void profitabilityHeader(Row header, String key, SheetStyles styles) {
        List<String> labels = List.of(key, "Sessions", "Orders", "Revenue", "Returns", "Gross profit", "Fulfilment",
                "Marketing cost", "Contribution", "Cumulative revenue", "Cumulative contribution", "ROI");
        for (int i = 0; i < labels.size(); i++) {
            text(header, i, labels.get(i), styles.header);
        }
    }

    /** Contribution (gross profit − fulfilment − marketing) and ROI (contribution / marketing) of a row. */
    private static void results(Row row, SheetStyles styles, boolean total) {
        int r = row.getRowNum();
        formula(row, P_CONTRIBUTION, ref(r, P_GROSS_PROFIT) + "-" + ref(r, P_FULFILMENT) + "-" + ref(r, P_MARKETING),
                total ? styles.moneyTotal : styles.money);
        formula(row, P_ROI, "IF(" + ref(r, P_MARKETING) + "=0,\"\"," + ref(r, P_CONTRIBUTION) + "/" + ref(r, P_MARKETING) + ")",
                total ? styles.percentTotal : styles.percent);
    }

    // ---------------------------------------------------------------- planned vs allocated

    private void allocationSheet(Sheet sheet, SheetStyles styles) {
        Row header = sheet.createRow(0);
        List<String> labels = List.of("Category", "Budget line", "Planned", "Allocated", "Remaining", "Allocated share",
                "In plan period", "Outside plan period");
        for (int i = 0; i < labels.size(); i++) {
            text(header, i, labels.get(i), styles.header);
            sheet.setColumnWidth(i, i == 1 ? WIDE : i == 0 ? 16 * 256 : NARROW);
        }
        sheet.createFreezePane(2, 1);
        int outside = totalColumn(LINE_LABELS) + 1;
        int r = 1;
        List<BudgetRow> rows = new ArrayList<>(matrix.rows());
        rows.sort(Comparator.comparing(lineRows::get));
        for (BudgetRow line : rows) {
            Row row = row(sheet, r);
            text(row, 0, Text.wordsOrNotSet(line.category()), styles.text);
            text(row, 1, line.name(), styles.text);
            number(row, 2, line.planned(), styles.moneyInput);
            number(row, 3, line.allocated(), styles.money);
            allocationResults(row, styles, false);
            int budgetRow = lineRows.get(line);
            formula(row, 6, sheet(BUDGET_SHEET) + ref(budgetRow, totalColumn(LINE_LABELS)), styles.money);
            formula(row, 7, sheet(BUDGET_SHEET) + ref(budgetRow, outside), styles.money);
            r++;
        }
        Row total = row(sheet, r);
        text(total, 0, "Total", styles.totalText);
        text(total, 1, "", styles.totalText);
        for (int column : new int[] {2, 3, 6, 7}) {
            formula(total, column, r == 1 ? "0" : "SUM(" + range(1, column, r - 1, column) + ")", styles.moneyTotal);
        }
        allocationResults(total, styles, true);
    }

    private static void allocationResults(Row row, SheetStyles styles, boolean total) {
        int r = row.getRowNum();
        formula(row, 4, ref(r, 2) + "-" + ref(r, 3), total ? styles.moneyTotal : styles.money);
        formula(row, 5, "IF(" + ref(r, 2) + "=0,\"\"," + ref(r, 3) + "/" + ref(r, 2) + ")",
                total ? styles.percentTotal : styles.percent);
    }
}
