package org.tactician.generators.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tactician.generators.LibreOffice;
import org.tactician.generators.budget.BudgetWorkbookTest.Figures;

/**
 * A budget workbook read back the two ways the workbook tests compare with the engine: the formula
 * results stored in the file, and LibreOffice's own recalculation of the formulas once every stored
 * result is removed (so only a recalculation can fill the cells), each sheet read back as CSV.
 */
final class WorkbookReadBack {

    private WorkbookReadBack() {
    }

    /** The figures stored in {@code workbook}: the labelled row's cell, which must be a live formula. */
    static Figures stored(XSSFWorkbook workbook, String currency) {
        return (sheetName, label, column) -> {
            Sheet sheet = workbook.getSheet(sheetName);
            assertNotNull(sheet, sheetName);
            Cell cell = rowLabelled(sheet, label).getCell(column);
            assertEquals(CellType.FORMULA, cell.getCellType(), sheetName + " " + label + " is a live formula");
            return BudgetWorkbookTest.money(cell.getNumericCellValue(), currency);
        };
    }

    /** The row of {@code sheet} whose column A is the text {@code label}. */
    static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell key = row.getCell(0);
            if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }

    /** LibreOffice's recalculation of {@code xlsx}, without its stored results, as CSV files in {@code folder}. */
    static Recalculation recalculate(Path xlsx, Path folder) throws IOException, InterruptedException {
        LibreOffice.convert(withoutResults(xlsx), LibreOffice.ALL_SHEETS_CSV, folder);
        return new Recalculation(folder);
    }

    /** Removes every stored formula result, so only a recalculation can fill the cells. */
    private static Path withoutResults(Path xlsx) throws IOException {
        Path stripped = xlsx.resolveSibling("formulas-only.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String bare = xml.replaceAll("(</f>)<v>[^<]*</v>", "$1");
                    assertFalse(bare.equals(xml) && xml.contains("<f>"), "results were stored");
                    bytes = bare.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return stripped;
    }

    /** The sheets as LibreOffice recalculated them. */
    record Recalculation(Path folder) {

        /** Every row of {@code sheet}, each as its cells' text. */
        List<List<String>> rows(String sheet) {
            try {
                return LibreOffice.readCsv(folder.resolve("formulas-only-" + sheet + ".csv"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first row of {@code sheet} whose column A is {@code label}. */
        List<String> row(String sheet, String label) {
            return rows(sheet).stream().filter(row -> !row.isEmpty() && row.get(0).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row '" + label + "' on " + sheet));
        }

        /** The recalculated figures, for {@link BudgetWorkbookTest#assertEqualsEngine}. */
        Figures figures(String currency) {
            return (sheet, label, column) -> BudgetWorkbookTest.money(row(sheet, label).get(column), currency);
        }
    }
}
