package org.tactician.generators.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastFigures;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.LibreOffice;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianFactory;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;

/**
 * The budget workbook: its stored formula results and LibreOffice's own recalculation both equal
 * the budget engine and the conversion forecast; user text stays text.
 */
class BudgetWorkbookTest {

    /** Hostile names for budget lines, channels and campaigns. */
    private static final List<String> HOSTILE = List.of(TestPlans.FORMULA, "+1", "-2", "@SUM(1)", "\tTab", "\rReturn");

    @TempDir
    Path out;

    static MarketingPlan sample(SamplePlans sample, Path folder) throws Exception {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return PlanFiles.load(file);
    }

    /** The full test plan with hostile names on a line, its channel and its campaign. */
    static MarketingPlan hostilePlan() {
        MarketingPlan plan = TestPlans.full("en");
        TacticianFactory f = TacticianFactory.eINSTANCE;
        for (int i = 0; i < HOSTILE.size(); i++) {
            Channel channel = f.createChannel();
            channel.setId("ch-hostile-" + i);
            channel.setName(HOSTILE.get(i));
            plan.getChannels().add(channel);
            Campaign campaign = f.createCampaign();
            campaign.setId("camp-hostile-line-" + i);
            campaign.setName(HOSTILE.get((i + 1) % HOSTILE.size()));
            plan.getAction().getCampaigns().add(campaign);
            BudgetLine line = f.createBudgetLine();
            line.setId("bl-hostile-" + i);
            line.setName(HOSTILE.get(i));
            line.setCategory(BudgetCategory.CREATIVE);
            line.setCostType(CostType.RECURRING);
            line.setAmount(Money.of("1000.00", "EUR"));
            line.setChannel(channel);
            line.setCampaign(campaign);
            plan.getAction().getBudget().getLines().add(line);
        }
        return plan;
    }

    private Path write(MarketingPlan plan, String name) throws IOException {
        BudgetWorkbook workbook = new BudgetWorkbook(plan);
        return new OutputFolder(out).write(name, workbook::write);
    }

    static BigDecimal money(double value, String currency) {
        return BigDecimal.valueOf(value).setScale(Rounding.minorUnits(currency), RoundingMode.HALF_EVEN);
    }

    static BigDecimal money(String value, String currency) {
        return new BigDecimal(value).setScale(Rounding.minorUnits(currency), RoundingMode.HALF_EVEN);
    }

    /** The figures a check compares, read from a workbook one way or another. */
    interface Figures {
        /** The cell of the first row whose column A is {@code label} on {@code sheet}, as a number. */
        BigDecimal number(String sheet, String label, int column);
    }

    static void assertEqualsEngine(MarketingPlan plan, Figures figures) {
        BudgetWorkbook workbook = new BudgetWorkbook(plan);
        BudgetMatrix matrix = workbook.matrix();
        Forecast forecast = workbook.forecast();
        List<String> names = workbook.sheetNames();
        PlanTerms terms = PlanTerms.of(plan);
        String totalRow = terms.text("row.total");
        String currency = matrix.currency();
        Function<BigDecimal, BigDecimal> m = v -> v.setScale(Rounding.minorUnits(currency), RoundingMode.HALF_EVEN);
        int months = matrix.calendar().months().size();
        int quarters = matrix.calendar().quarters().size();
        int years = matrix.calendar().years().size();
        List<BigDecimal> byMonth = new ArrayList<>(matrix.byMonth().values());
        for (int i = 0; i < months; i++) {
            assertEquals(m.apply(byMonth.get(i)), figures.number(names.get(0), totalRow, 6 + i), "month " + i);
        }
        List<BigDecimal> byQuarter = new ArrayList<>(matrix.byQuarter().values());
        for (int i = 0; i < quarters; i++) {
            assertEquals(m.apply(byQuarter.get(i)), figures.number(names.get(0), totalRow, 6 + months + i),
                    "quarter " + i);
        }
        List<BigDecimal> byYear = new ArrayList<>(matrix.byYear().values());
        for (int i = 0; i < years; i++) {
            assertEquals(m.apply(byYear.get(i)), figures.number(names.get(0), totalRow, 6 + months + quarters + i));
        }
        int total = 6 + months + quarters + years;
        assertEquals(m.apply(matrix.total()), figures.number(names.get(0), totalRow, total), "budget total");
        assertEquals(m.apply(matrix.outsidePeriod()), figures.number(names.get(0), totalRow, total + 1));
        int viewTotal = 1 + months + quarters + years;
        for (Map.Entry<BudgetCategory, BigDecimal> category : matrix.byCategory().entrySet()) {
            assertEquals(m.apply(category.getValue()),
                    figures.number(names.get(1), terms.literal(category.getKey()),
                            viewTotal), category.getKey().getName());
        }
        for (RaceStage stage : RaceStage.VALUES) {
            assertEquals(m.apply(matrix.byRaceStage().of(stage)), figures.number(names.get(3),
                    terms.literal(stage), viewTotal), stage.getName());
        }
        assertEquals(m.apply(matrix.byRaceStage().unassigned()),
                figures.number(names.get(3), terms.text("value.unassigned"), viewTotal));
        assertEquals(m.apply(matrix.total()), figures.number(names.get(2), totalRow, viewTotal));
        assertEquals(m.apply(matrix.total()), figures.number(names.get(3), totalRow, viewTotal));
        assertEquals(m.apply(matrix.total()), figures.number(names.get(1), totalRow, viewTotal));
        // Profitability: the first totalRow row is the months'.
        ForecastFigures all = forecast.total();
        String p = names.get(5);
        assertEquals(m.apply(all.revenue()), figures.number(p, totalRow, 3), "revenue");
        assertEquals(m.apply(all.returns()), figures.number(p, totalRow, 4), "returns");
        assertEquals(m.apply(all.grossProfit()), figures.number(p, totalRow, 5), "gross profit");
        assertEquals(m.apply(all.fulfilmentCost()), figures.number(p, totalRow, 6), "fulfilment");
        assertEquals(m.apply(all.marketingCost()), figures.number(p, totalRow, 7), "marketing cost");
        assertEquals(m.apply(matrix.total()), figures.number(p, totalRow, 7), "marketing cost is the budget");
        assertEquals(m.apply(all.contribution()), figures.number(p, totalRow, 8), "contribution after margin");
        for (Map.Entry<BudgetCategory, BigDecimal> target : matrix.categoryTargets().entrySet()) {
            String category = terms.literal(target.getKey());
            assertEquals(m.apply(matrix.overTarget().getOrDefault(target.getKey(), BigDecimal.ZERO)), figures.number(names.get(1), category, viewTotal + 2), category + " over target");
        }
        if (matrix.approvedTotal() != null) {
            assertEquals(m.apply(matrix.overApproved()), figures.number(names.get(1), terms.text("row.overApproved"),
                    viewTotal), "over approved");
        }
        if (matrix.rows().stream().anyMatch(row -> row.category() == null)) {
            assertEquals(m.apply(matrix.uncategorised()), figures.number(names.get(1),
                    terms.notSet(), viewTotal), "lines without a category");
        }
        assertEquals(m.apply(matrix.planned()), figures.number(names.get(6), totalRow, 2), "planned");
        assertEquals(m.apply(matrix.allocated()), figures.number(names.get(6), totalRow, 3), "allocated");
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void theStoredFormulaResultsEqualTheEngine(SamplePlans sample) throws Exception {
        MarketingPlan plan = sample(sample, out);
        Path file = write(plan, "budget.xlsx");
        String currency = new BudgetWorkbook(plan).matrix().currency();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // No evaluator here: the numbers are the results stored in the file.
            assertEqualsEngine(plan, WorkbookReadBack.stored(workbook, currency));
            List<String> expectedNames = new BudgetWorkbook(plan).sheetNames();
            assertEquals(expectedNames, sheetNames(workbook));
            if (sample == SamplePlans.FURNITURE_RETAILER) {
                assertEquals(List.of("Budget", "By category", "By channel", "By RACE stage", "Forecast inputs", "Profitability",
                        "Planned vs allocated"), expectedNames);
            }
            Sheet budget = workbook.getSheet(expectedNames.get(0));
            assertNotNull(budget.getPaneInformation(), "header row frozen");
            assertEquals(sample == SamplePlans.ARABIC, budget.isRightToLeft());
            String format = budget.getRow(1).getCell(6).getCellStyle().getDataFormatString();
            assertTrue(format.endsWith("\"" + currency + "\""), format);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void libreOfficeRecalculatesTheFormulasToTheEngineTotals(SamplePlans sample) throws Exception {
        MarketingPlan plan = sample(sample, out);
        String currency = new BudgetWorkbook(plan).matrix().currency();
        assertEqualsEngine(plan, WorkbookReadBack.recalculate(write(plan, "budget.xlsx"), out.resolve("csv")).figures(currency));
    }

    /** The row of {@code sheet} whose column B (the budget line) is the text {@code name}. */
    private static Row rowWithName(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no line '" + name + "' on " + sheet.getSheetName());
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void theBreakEvenMonthIsTheEnginesStoredAndRecalculated(SamplePlans sample) throws Exception {
        MarketingPlan plan = sample(sample, out);
        Path file = write(plan, "budget.xlsx");
        Forecast forecast = new BudgetWorkbook(plan).forecast();
        String profitability = new BudgetWorkbook(plan).sheetNames().get(5);
        String breakEvenLabel = PlanTerms.of(plan).text("row.breakEvenMonth");
        String none = PlanTerms.of(plan).text("value.none");
        java.util.Optional<java.time.YearMonth> expected = forecast.breakEvenMonth();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell cell = WorkbookReadBack.rowLabelled(workbook.getSheet(profitability), breakEvenLabel).getCell(3);
            assertEquals(CellType.FORMULA, cell.getCellType());
            if (expected.isPresent()) {
                assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType());
                assertEquals(expected.get(), java.time.YearMonth.from(cell.getLocalDateTimeCellValue()));
            } else {
                assertEquals(none, cell.getStringCellValue());
            }
        }
        WorkbookReadBack.Recalculation recalculated = WorkbookReadBack.recalculate(file, out.resolve("csv"));
        List<List<String>> rows = recalculated.rows(profitability);
        String shown = recalculated.row(profitability, breakEvenLabel).get(3);
        String month = expected.map(m -> rows.get(1 + forecast.calendar().months().indexOf(m)).get(0)).orElse(none);
        assertEquals(month, shown, "LibreOffice finds the same break-even month");
    }

    /**
     * One input whose revenue is exactly half a cent over a cent (1 session × 12.5 % × 1.00 =
     * 0.125) and whose gross profit is 0.13 × 50 % = 0.065: {@link Rounding} rounds both half away
     * from zero (0.13, 0.07), and so do the stored results and LibreOffice's recalculation of the
     * workbook's {@code ROUND} formulas — not banker's rounding (0.12, 0.06).
     */
    @Test
    void halfCentsRoundAwayFromZeroInTheWorkbookAsInTheEngine() throws Exception {
        TacticianFactory f = TacticianFactory.eINSTANCE;
        MarketingPlan plan = f.createMarketingPlan();
        plan.setId("half-cent");
        plan.setName("Half a cent");
        plan.setCurrency("EUR");
        plan.setStart(java.time.LocalDate.of(2027, 1, 1));
        plan.setEnd(java.time.LocalDate.of(2027, 3, 31));
        Channel web = f.createChannel();
        web.setId("ch-web");
        web.setName("Web");
        plan.getChannels().add(web);
        plan.setOpportunity(f.createOpportunitySection());
        org.tactician.model.ConversionForecast conversion = f.createConversionForecast();
        conversion.setId("forecast");
        conversion.setGrossMargin(new BigDecimal("50"));
        conversion.setReturnRate(BigDecimal.ZERO);
        conversion.setFulfilmentCostPerOrder(Money.of("0.00", "EUR"));
        org.tactician.model.ForecastInput input = f.createForecastInput();
        input.setId("fi-1");
        input.setMonth(java.time.YearMonth.of(2027, 1));
        input.setChannel(web);
        input.setSessions(1);
        input.setConversionRate(new BigDecimal("12.5"));
        input.setAverageOrderValue(Money.of("1.00", "EUR"));
        conversion.getInputs().add(input);
        plan.getOpportunity().setForecast(conversion);

        ForecastFigures engine = new BudgetWorkbook(plan).forecast().total();
        assertEquals(new BigDecimal("0.13"), engine.revenue());
        assertEquals(new BigDecimal("0.07"), engine.grossProfit());
        Path file = write(plan, "budget.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheet("Forecast inputs").getRow(1);
            assertEquals(0.13, row.getCell(7).getNumericCellValue(), 0.0, "stored revenue");
            assertEquals(0.07, row.getCell(11).getNumericCellValue(), 0.0, "stored gross profit");
            assertTrue(row.getCell(7).getCellFormula().startsWith("ROUND("), row.getCell(7).getCellFormula());
        }
        List<String> recalculated = WorkbookReadBack.recalculate(file, out.resolve("csv")).rows("Forecast inputs").get(1);
        assertEquals(new BigDecimal("0.13"), money(recalculated.get(7), "EUR"), "LibreOffice's revenue");
        assertEquals(new BigDecimal("0.07"), money(recalculated.get(11), "EUR"), "LibreOffice's gross profit");
    }

    @Test
    void hostileTextStaysInertText() throws Exception {
        Path file = write(hostilePlan(), "budget.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> texts = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertFalse(cell.getCellFormula().contains("HYPERLINK"), cell.getCellFormula());
                        }
                    }
                }
            }
            for (String hostile : HOSTILE) {
                // A string cell is never evaluated: the name is stored exactly, no visible apostrophe.
                assertTrue(texts.contains(hostile), hostile + " stored as text");
                assertFalse(texts.contains("'" + hostile), hostile + " without a leading apostrophe");
            }
            // Formula-like text is quote-prefixed too, so editing the cell keeps it text.
            Row line = rowWithName(workbook.getSheet("Budget"), TestPlans.FORMULA);
            assertTrue(line.getCell(1).getCellStyle().getQuotePrefixed(), "quote-prefixed style");
        }
        // LibreOffice reads the names back as text, not as formulas or numbers.
        Path csv = out.resolve("csv");
        LibreOffice.convert(file, LibreOffice.ALL_SHEETS_CSV, csv);
        List<String> names = LibreOffice.readCsv(csv.resolve("budget-Budget.csv")).stream()
                .filter(row -> row.size() > 1).map(row -> row.get(1)).toList();
        assertTrue(names.contains(TestPlans.FORMULA), names.toString());
        assertTrue(names.contains("+1") && names.contains("-2") && names.contains("@SUM(1)"), names.toString());
    }

    @Test
    void theBudgetCsvHasOneNeutralisedRowPerLine() throws Exception {
        MarketingPlan plan = hostilePlan();
        List<GeneratedArtifact> written = new PlanGenerator().generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.CSV),
                false, GenerationProgress.NONE);
        Path file = out.resolve(BudgetCsv.FILE);
        assertTrue(written.stream().anyMatch(a -> a.file().equals(file)));
        String script = """
                import sys, csv
                with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                    rows = list(csv.reader(f, strict=True))
                print(len(rows))
                for row in rows[1:]:
                    print(row[1].encode('unicode_escape').decode('ascii') + '|' + row[-4])
                """;
        List<String> lines = ExternalTool.run(List.of("python3", "-c", script, file.toString())).lines().toList();
        BudgetMatrix matrix = new BudgetWorkbook(plan).matrix();
        assertEquals(matrix.rows().size() + 1, Integer.parseInt(lines.get(0)));
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : lines.subList(1, lines.size())) {
            String name = line.substring(0, line.lastIndexOf('|'));
            assertFalse(!name.isEmpty() && "=+-@".indexOf(name.charAt(0)) >= 0 || name.startsWith("\\t") || name.startsWith("\\r"),
                    name);
            sum = sum.add(new BigDecimal(line.substring(line.lastIndexOf('|') + 1)));
        }
        assertEquals(0, matrix.total().compareTo(sum), "the line totals add up to the engine's total");
        // The formula-like name is one row, neutralised, with the budget engine's total of its line.
        BudgetLine formula = plan.getAction().getBudget().getLines().stream()
                .filter(line -> TestPlans.FORMULA.equals(line.getName())).findFirst().orElseThrow();
        BigDecimal engineTotal = BudgetEngine.expand(plan).row(formula).orElseThrow().inPeriod();
        List<String> formulaRows = lines.stream().filter(l -> l.startsWith("'" + TestPlans.FORMULA + "|")).toList();
        assertEquals(1, formulaRows.size(), lines.toString());
        String total = formulaRows.get(0).substring(formulaRows.get(0).lastIndexOf('|') + 1);
        assertEquals(0, engineTotal.compareTo(new BigDecimal(total)), engineTotal + " vs " + total);
    }

    @Test
    void theBudgetSheetRendersAsPdf() throws Exception {
        MarketingPlan plan = sample(SamplePlans.FURNITURE_RETAILER, out);
        Path file = write(plan, "budget.xlsx");
        Path rendered = Path.of("target", "rendered").toAbsolutePath();
        LibreOffice.convert(file, "pdf", rendered);
        Path pdf = rendered.resolve("budget.pdf");
        String text = ExternalTool.run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
        assertTrue(text.contains("Budget line"), text);
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(),
                rendered.resolve("budget-xlsx").toString()));
    }

}
