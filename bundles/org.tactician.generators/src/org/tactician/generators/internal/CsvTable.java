package org.tactician.generators.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV table as RFC 4180 describes it (comma separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), in UTF-8 with a byte-order mark so spreadsheet programs
 * read non-Latin text right. A cell from user text that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe.
 */
public final class CsvTable {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    /** Appends one row of user text cells. */
    public CsvTable row(List<String> cells) {
        return row(cells, List.of());
    }

    /**
     * Appends one row of user text cells followed by number cells; numbers are written plain
     * ({@code -1234.50}), never neutralised, and null numbers as empty cells.
     */
    public CsvTable row(List<String> cells, List<BigDecimal> numbers) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(neutralise(Text.clean(cells.get(i)))));
        }
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0 || !cells.isEmpty()) {
                text.append(',');
            }
            text.append(numbers.get(i) == null ? "" : numbers.get(i).toPlainString());
        }
        text.append("\r\n");
        return this;
    }

    /** The table as UTF-8 bytes with a byte-order mark. */
    public byte[] toBytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, all, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, all, UTF8_BOM.length, body.length);
        return all;
    }

    /** Whether a spreadsheet would evaluate {@code cell} as a formula if it were typed in or read from CSV. */
    public static boolean isFormulaLike(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /**
     * Prefixes an apostrophe to a CSV cell a spreadsheet would evaluate as a formula (CSV has no
     * cell types: this is the only way to keep it text).
     */
    public static String neutralise(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    private static String field(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
