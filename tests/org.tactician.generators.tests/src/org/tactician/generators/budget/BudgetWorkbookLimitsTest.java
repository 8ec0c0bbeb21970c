package org.tactician.generators.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.TacticianFactory;

/**
 * A plan that is merely big or wordy still gets its workbook: a name longer than a cell holds is
 * cut with a warning, a channel with more lines than one formula can add up gets amounts, and
 * LibreOffice opens and recalculates the file to the engine's totals.
 */
class BudgetWorkbookLimitsTest {

    /** Most characters of a cell. */
    private static final int CELL = 32_767;
    /** Lines in one channel: their sum as one formula ({@code 'Budget'!G12+...}) is well over 8,192 characters. */
    private static final int MANY_LINES = 900;

    @TempDir
    Path out;

    /**
     * 40,000+ characters of Arabic and emoji after a 12-character prefix; the repeated unit is 9
     * UTF-16 characters, so character 32,766 falls between two Arabic letters and the cell can
     * hold exactly 32,766 of them and the ellipsis.
     */
    static String longName() {
        StringBuilder name = new StringBuilder("Paid search ");
        while (name.length() < 40_000) {
            name.append("مرحبا \uD83D\uDE80 ");
        }
        return name.toString();
    }

    static MarketingPlan bigPlan(String name) {
        MarketingPlan plan = TestPlans.full("en");
        TacticianFactory f = TacticianFactory.eINSTANCE;
        BudgetLine wordy = f.createBudgetLine();
        wordy.setId("bl-wordy");
        wordy.setName(name);
        wordy.setCategory(BudgetCategory.MEDIA);
        wordy.setCostType(CostType.ONE_SHOT);
        wordy.setAmount(Money.of("900.00", "EUR"));
        plan.getAction().getBudget().getLines().add(wordy);
        Channel busy = f.createChannel();
        busy.setId("ch-busy");
        busy.setName("Busy channel");
        plan.getChannels().add(busy);
        for (int i = 0; i < MANY_LINES; i++) {
            BudgetLine line = f.createBudgetLine();
            line.setId("bl-busy-" + i);
            line.setName("Busy line " + i);
            line.setCategory(i % 2 == 0 ? BudgetCategory.MEDIA : BudgetCategory.CREATIVE);
            line.setCostType(CostType.RECURRING);
            line.setAmount(Money.of((10 + i % 7) + ".25", "EUR"));
            line.setChannel(busy);
            plan.getAction().getBudget().getLines().add(line);
        }
        return plan;
    }

    @Test
    void aWordyBigPlanGetsItsWorkbookWithTheTextCutAndOneWarningEach() throws Exception {
        String name = longName();
        assertTrue(name.length() >= 40_000);
        MarketingPlan plan = bigPlan(name);
        List<String> warnings = new ArrayList<>();

        new PlanGenerator().generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.XLSX), false,
                GenerationProgress.warningsTo(warnings::add));

        Path file = out.resolve("budget.xlsx");
        assertTrue(Files.isRegularFile(file));
        String expected = name.substring(0, CELL - 1) + "…";
        List<String> cut = warnings.stream().filter(w -> w.contains("(id bl-wordy)")).toList();
        // The warning quotes the name's first 60 characters (6 units of 8 code points after the prefix).
        assertEquals(List.of("budget line 'Paid search " + "مرحبا \uD83D\uDE80 ".repeat(6).strip() + "…' (id bl-wordy): "
                + "its name was cut to 32,767 characters in budget.xlsx"), cut, warnings.toString());
        List<String> sums = warnings.stream().filter(w -> w.contains("(id ch-busy)")).toList();
        assertEquals(1, sums.size(), warnings.toString());
        assertTrue(sums.get(0).startsWith("channel 'Busy channel' (id ch-busy): " + MANY_LINES + " budget lines are too many"),
                sums.get(0));

        BudgetMatrix matrix = new BudgetWorkbook(plan).matrix();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (String sheetName : List.of("Budget", "Planned vs allocated")) {
                Cell cell = rowWithPrefix(workbook.getSheet(sheetName), "Paid search مرحبا").getCell(1);
                String text = cell.getStringCellValue();
                assertEquals(CELL, text.length(), sheetName);
                assertEquals(expected, text, sheetName);
                assertFalse(Character.isSurrogate(text.charAt(text.length() - 2)), "no half emoji before the ellipsis");
            }
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertTrue(cell.getCellFormula().length() <= 8_192, sheet.getSheetName() + " " + cell.getAddress());
                        }
                    }
                }
            }
        }
        // The stored results and LibreOffice's recalculation equal the engine: cutting changed no figure.
        String currency = matrix.currency();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            BudgetWorkbookTest.assertEqualsEngine(plan, WorkbookReadBack.stored(workbook, currency));
        }
        WorkbookReadBack.Recalculation recalculated = WorkbookReadBack.recalculate(file, out.resolve("csv"));
        assertTrue(recalculated.rows("Budget").stream().anyMatch(row -> row.size() > 1 && row.get(1).equals(expected)),
                "LibreOffice reads the cut name back whole");
        BudgetWorkbookTest.assertEqualsEngine(plan, recalculated.figures(currency));
        // The busy channel's own row: its amounts add up to the engine's figure for it.
        int viewTotal = 1 + matrix.calendar().months().size() + matrix.calendar().quarters().size()
                + matrix.calendar().years().size();
        BigDecimal busy = matrix.rows().stream().filter(row -> row.channel() != null && "ch-busy".equals(row.channel().getId()))
                .map(row -> row.inPeriod()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> busyRow = recalculated.row("By channel", "Busy channel");
        assertEquals(BudgetWorkbookTest.money(busy.toPlainString(), currency),
                BudgetWorkbookTest.money(busyRow.get(viewTotal), currency));
        assertTrue(busy.signum() > 0);
    }

    private static Row rowWithPrefix(Sheet sheet, String prefix) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)) {
                return row;
            }
        }
        throw new AssertionError("no line '" + prefix + "…' on " + sheet.getSheetName());
    }
}
