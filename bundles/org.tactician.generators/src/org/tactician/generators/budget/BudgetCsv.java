package org.tactician.generators.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.generators.internal.CsvTable;
import org.tactician.generators.internal.Text;

/**
 * The plan's budget lines as one CSV table for other tools (RFC 4180, UTF-8 with a byte-order
 * mark, user text that a spreadsheet would evaluate neutralised). One row per budget line, in
 * plan order: category, line, cost type, channel, campaign, RACE stage, currency, one column per
 * plan month ({@code 2027-01}), the total inside the plan period, what falls outside it, and the
 * planned and allocated amounts. Numbers are plain decimals ({@code 1234.50}); there are no
 * total rows, so a reader can add the lines up in any way it likes.
 */
public final class BudgetCsv {

    /** The file name the generator writes. */
    public static final String FILE = "budget.csv";

    private final BudgetMatrix matrix;

    /** The CSV of {@code matrix} (from {@link BudgetEngine#expand}). */
    public BudgetCsv(BudgetMatrix matrix) {
        this.matrix = Objects.requireNonNull(matrix);
    }

    /** The table as UTF-8 bytes with a byte-order mark. */
    public byte[] toBytes() {
        List<YearMonth> months = matrix.calendar().months();
        List<String> header = new ArrayList<>(List.of("Category", "Budget line", "Cost type", "Channel", "Campaign",
                "RACE stage", "Currency"));
        months.forEach(month -> header.add(month.toString()));
        header.addAll(List.of("Total", "Outside plan period", "Planned", "Allocated"));
        CsvTable table = new CsvTable().row(header);
        String currency = Objects.toString(matrix.currency(), "");
        for (BudgetRow row : matrix.rows()) {
            List<String> labels = List.of(Text.wordsOrNotSet(row.category()), Objects.toString(row.name(), ""),
                    Text.wordsOrNotSet(row.costType()), row.channel() == null ? "" : Objects.toString(row.channel().getName(), ""),
                    row.campaign() == null ? "" : Objects.toString(row.campaign().getName(), ""),
                    row.raceStage() == null ? BudgetWorkbook.UNASSIGNED : Text.words(row.raceStage()), currency);
            List<BigDecimal> numbers = new ArrayList<>();
            months.forEach(month -> numbers.add(row.amountIn(month)));
            numbers.addAll(List.of(row.inPeriod(), row.outsidePeriod(), row.planned(), row.allocated()));
            table.row(labels, numbers);
        }
        return table.toBytes();
    }
}
