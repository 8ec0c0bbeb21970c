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
import org.tactician.generators.internal.ElementFailure;
import org.tactician.i18n.PlanTerms;

/**
 * The plan's budget lines as one CSV table for other tools (RFC 4180, UTF-8 with a byte-order
 * mark, user text that a spreadsheet would evaluate neutralised). One row per budget line, in
 * plan order (headers in the plan's language): category, line, cost type, channel, campaign, RACE stage, currency, one column per
 * plan month ({@code 2027-01}), the total inside the plan period, what falls outside it, and the
 * planned and allocated amounts. Numbers are plain decimals ({@code 1234.50}); there are no
 * total rows, so a reader can add the lines up in any way it likes.
 */
public final class BudgetCsv {

    /** The file name the generator writes. */
    public static final String FILE = "budget.csv";

    private final BudgetMatrix matrix;
    private final PlanTerms terms;

    /** The CSV of {@code matrix} (from {@link BudgetEngine#expand}), its headers and labels in {@code terms}' words. */
    public BudgetCsv(BudgetMatrix matrix, PlanTerms terms) {
        this.matrix = Objects.requireNonNull(matrix);
        this.terms = Objects.requireNonNull(terms);
    }

    /** The table as UTF-8 bytes with a byte-order mark. */
    public byte[] toBytes() {
        List<YearMonth> months = matrix.calendar().months();
        List<String> header = new ArrayList<>();
        for (String column : List.of("category", "budgetLine", "costType", "channel", "campaign", "raceStage", "currency")) {
            header.add(terms.text("column." + column));
        }
        months.forEach(month -> header.add(month.toString()));
        for (String column : List.of("inPlanPeriod", "outsidePeriod", "planned", "allocated")) {
            header.add(terms.text("column." + column));
        }
        CsvTable table = new CsvTable().row(header);
        String currency = Objects.toString(matrix.currency(), "");
        for (BudgetRow row : matrix.rows()) {
            ElementFailure.run(row, () -> line(table, row, months, currency));
        }
        return table.toBytes();
    }

    /** The row of one budget line. */
    private void line(CsvTable table, BudgetRow row, List<YearMonth> months, String currency) {
        List<String> labels = List.of(terms.literal(row.category()), Objects.toString(row.name(), ""),
                terms.literal(row.costType()), row.channel() == null ? "" : Objects.toString(row.channel().getName(), ""),
                row.campaign() == null ? "" : Objects.toString(row.campaign().getName(), ""),
                row.raceStage() == null ? terms.text("value.unassigned") : terms.literal(row.raceStage()), currency);
        List<BigDecimal> numbers = new ArrayList<>();
        months.forEach(month -> numbers.add(row.amountIn(month)));
        numbers.addAll(List.of(row.inPeriod(), row.outsidePeriod(), row.planned(), row.allocated()));
        table.row(labels, numbers);
    }
}
