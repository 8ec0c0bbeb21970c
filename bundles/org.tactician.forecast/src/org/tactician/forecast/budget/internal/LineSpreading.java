package org.tactician.forecast.budget.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.Spread;
import org.tactician.model.BudgetLine;
import org.tactician.model.CostType;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.Scheduled;

/**
 * Places one budget line's amount on months, following the precedence documented in
 * {@link org.tactician.forecast.budget}: explicit phasing, else one-shot in one month, else
 * recurring over a range of months; the month and the range come from the line's own dates,
 * else its campaign's, else the plan's.
 *
 * @param spread how the amount was placed
 * @param months the amount of every month it went to (any month, inside the calendar or not)
 */
public record LineSpreading(Spread spread, Map<YearMonth, BigDecimal> months) {

    /** Spreads {@code line} against {@code calendar}; amounts are in {@code currency}. */
    public static LineSpreading of(BudgetLine line, PlanCalendar calendar, String currency) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        if (!line.getPhasing().isEmpty()) {
            for (MonthlyAmount phase : line.getPhasing()) {
                if (phase.getMonth() != null && phase.getAmount() != null) {
                    months.merge(phase.getMonth(), phase.getAmount().amount(), BigDecimal::add);
                }
            }
            return new LineSpreading(Spread.PHASING, months);
        }
        if (line.getAmount() == null) {
            return new LineSpreading(Spread.NONE, months);
        }
        BigDecimal amount = line.getAmount().amount();
        // An unclassified line without phasing is spread like a recurring cost (validation reports it).
        if (line.isSetCostType() && line.getCostType() == CostType.ONE_SHOT) {
            YearMonth month = oneShotMonth(datesOf(line), calendar);
            if (month != null) {
                months.put(month, amount);
            }
            return new LineSpreading(Spread.ONE_SHOT, months);
        }
        List<YearMonth> range = recurringMonths(datesOf(line), calendar);
        if (!range.isEmpty()) {
            int scale = Math.max(Rounding.minorUnits(currency), amount.scale());
            BigDecimal each = amount.divide(BigDecimal.valueOf(range.size()), scale, RoundingMode.DOWN);
            BigDecimal last = amount.subtract(each.multiply(BigDecimal.valueOf(range.size() - 1L)));
            for (int i = 0; i < range.size() - 1; i++) {
                months.put(range.get(i), each);
            }
            months.put(range.get(range.size() - 1), last);
        }
        return new LineSpreading(Spread.RECURRING, months);
    }

    /** Where a line's dates come from: its own, else its campaign's, else none (the plan's). */
    private static Scheduled datesOf(BudgetLine line) {
        if (line.getStart() != null || line.getEnd() != null) {
            return line;
        }
        return line.getCampaign();
    }

    private static YearMonth oneShotMonth(Scheduled dates, PlanCalendar calendar) {
        if (dates != null && dates.getStart() != null) {
            return YearMonth.from(dates.getStart());
        }
        return calendar.isEmpty() ? null : calendar.first();
    }

    private static List<YearMonth> recurringMonths(Scheduled dates, PlanCalendar calendar) {
        if (dates == null || dates.getStart() == null && dates.getEnd() == null) {
            return calendar.months();
        }
        YearMonth first = dates.getStart() != null ? YearMonth.from(dates.getStart())
                : calendar.isEmpty() ? YearMonth.from(dates.getEnd()) : calendar.first();
        YearMonth last = dates.getEnd() != null ? YearMonth.from(dates.getEnd())
                : calendar.isEmpty() ? first : calendar.last();
        if (last.isBefore(first)) {
            last = first;
        }
        return PlanCalendar.between(first, last).months();
    }
}
