package org.tactician.generators.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.budget.internal.AllocationSheet;
import org.tactician.generators.budget.internal.BudgetSheet;
import org.tactician.generators.budget.internal.CategorySheet;
import org.tactician.generators.budget.internal.ChannelSheet;
import org.tactician.generators.budget.internal.InputsSheet;
import org.tactician.generators.budget.internal.ProfitabilitySheet;
import org.tactician.generators.budget.internal.SheetContext;
import org.tactician.generators.budget.internal.SheetContext.SheetNames;
import org.tactician.generators.budget.internal.SheetStyles;
import org.tactician.generators.budget.internal.SheetText;
import org.tactician.generators.budget.internal.StageSheet;
import org.tactician.generators.budget.internal.WorkbookCharts;
import org.tactician.generators.content.PlanAnalysis;
import org.tactician.generators.internal.Text;
import org.tactician.model.MarketingPlan;

/**
 * The plan's budget as an XLSX workbook with live formulas, in the plan's language. Every number
 * comes from the {@link BudgetEngine budget engine} and the {@link ConversionModel conversion
 * forecast} of the run's {@link PlanAnalysis}; the workbook adds them up with formulas, so a
 * planner who changes a month or a conversion rate sees every total follow. The formula results
 * are computed and stored before writing, so viewers that do not calculate show the right totals
 * too.
 *
 * <p>Sheets, in order, each written by its own class that hands the next ones an immutable layout
 * record (where its rows and columns landed): the budget ({@link BudgetSheet}), by category with
 * targets, the approved total and a native stacked chart ({@link CategorySheet}), by channel
 * ({@link ChannelSheet}), by RACE stage ({@link StageSheet}), the forecast inputs
 * ({@link InputsSheet}), profitability with the break-even month and a native revenue/contribution
 * chart ({@link ProfitabilitySheet}), and planned vs allocated ({@link AllocationSheet}). Sheet
 * names, headers and labels are {@code org.tactician.i18n}'s words ({@code sheet.*},
 * {@code column.*}, {@code row.*}).
 */
public final class BudgetWorkbook {

    /** The file name the generator writes. */
    public static final String FILE = "budget.xlsx";

    private final PlanAnalysis analysis;

    /** The workbook of {@code analysis}. */
    public BudgetWorkbook(PlanAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis);
    }

    /** The workbook of {@code plan}, analysed (and validated) on its own. */
    public BudgetWorkbook(MarketingPlan plan) {
        this(PlanAnalysis.of(plan));
    }

    /** The budget the workbook shows. */
    public BudgetMatrix matrix() {
        return analysis.budget();
    }

    /** The conversion forecast the workbook shows. */
    public Forecast forecast() {
        return analysis.forecast();
    }

    /**
     * The sheet names in the plan's language, in workbook order: budget, by category, by channel,
     * by RACE stage, forecast inputs, profitability, planned vs allocated.
     */
    public List<String> sheetNames() {
        SheetNames names = SheetNames.of(analysis.terms());
        return List.of(names.budget(), names.byCategory(), names.byChannel(), names.byStage(), names.inputs(),
                names.profitability(), names.allocation());
    }

    /** Writes the workbook as XLSX to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        write(out, GenerationProgress.NONE);
    }

    /**
     * Writes the workbook as XLSX to {@code out} (not closed). What the format cannot hold as the
     * plan has it (a name longer than a cell holds is cut, a sum too long for a formula becomes its
     * amount) is told to {@code progress} as one warning per element, once the workbook is written.
     */
    public void write(OutputStream out, GenerationProgress progress) throws IOException {
        SheetText limits = new SheetText();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // XMLBeans looks its schema types up through the context class loader; under OSGi that
        // must be POI's own.
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            build(workbook, limits);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
        limits.warnings().forEach(progress::warning);
    }

    private void build(XSSFWorkbook workbook, SheetText limits) {
        MarketingPlan plan = analysis.plan();
        SheetStyles styles = new SheetStyles(workbook, analysis.budget().currency(), analysis.theme().tint(0.12));
        SheetNames names = SheetNames.of(analysis.terms());
        SheetContext context = new SheetContext(plan, analysis.budget(), analysis.forecast(), analysis.terms(), analysis.format(),
                styles, names, limits);
        workbook.getProperties().getCoreProperties().setTitle(Text.clean(plan.getName()));
        workbook.getProperties().getCoreProperties().setCreator("Tactician");

        BudgetSheet.Layout budget = BudgetSheet.write(newSheet(workbook, names.budget()), context);
        XSSFSheet categorySheet = newSheet(workbook, names.byCategory());
        CategorySheet.Layout categories = CategorySheet.write(categorySheet, context, budget);
        WorkbookCharts.budgetByMonth(categorySheet, context, categories);
        ChannelSheet.Layout channels = ChannelSheet.write(newSheet(workbook, names.byChannel()), context, budget);
        StageSheet.write(newSheet(workbook, names.byStage()), context, budget);
        InputsSheet.Layout inputs = InputsSheet.write(newSheet(workbook, names.inputs()), context);
        XSSFSheet profitabilitySheet = newSheet(workbook, names.profitability());
        ProfitabilitySheet.Layout profitability = ProfitabilitySheet.write(profitabilitySheet, context, budget, inputs, channels);
        WorkbookCharts.revenueAndContribution(profitabilitySheet, categorySheet, context, profitability,
                profitabilitySheet.getLastRowNum());
        AllocationSheet.write(newSheet(workbook, names.allocation()), context, budget);
    }

    private XSSFSheet newSheet(XSSFWorkbook workbook, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.setRightToLeft(analysis.terms().isRightToLeft());
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        return sheet;
    }
}
