package org.tactician.forecast.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.budget.internal.Bookings;
import org.tactician.forecast.budget.internal.LineSpreading;
import org.tactician.forecast.internal.PlanContents;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CategoryTarget;
import org.tactician.model.Kpi;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;

/**
 * Expands a plan's budget lines into its {@link BudgetMatrix}. The rules (phasing precedence,
 * planned vs allocated, RACE stage of a line, currency) are documented on the
 * {@linkplain org.tactician.forecast.budget package}.
 *
 * <p>Cost: one pass over the budget lines and one over the activities, calendar entries and
 * media placements; the rest of the plan is not visited.
 */
public final class BudgetEngine {

    private BudgetEngine() {
    }

    /** The budget matrix of {@code plan}; the plan is not changed. */
    public static BudgetMatrix expand(MarketingPlan plan) {
        String currency = PlanContents.currency(plan);
        PlanCalendar calendar = PlanCalendar.of(plan);
        Bookings bookings = Bookings.of(plan);
        List<BudgetRow> rows = new ArrayList<>();
        List<BudgetLine> excluded = new ArrayList<>();
        for (BudgetLine line : PlanContents.budgetLines(plan)) {
            if (!isIn(currency, line)) {
                excluded.add(line);
                continue;
            }
            LineSpreading spreading = LineSpreading.of(line, calendar, currency);
            Map<YearMonth, BigDecimal> inside = new LinkedHashMap<>();
            BigDecimal outside = BigDecimal.ZERO;
            BigDecimal phased = BigDecimal.ZERO;
            for (Map.Entry<YearMonth, BigDecimal> month : spreading.months().entrySet()) {
                phased = phased.add(month.getValue());
                if (calendar.contains(month.getKey())) {
                    inside.put(month.getKey(), month.getValue());
                } else {
                    outside = outside.add(month.getValue());
                }
            }
            BigDecimal planned = line.getAmount() != null ? line.getAmount().amount() : phased;
            rows.add(new BudgetRow(line, line.isSetCategory() ? line.getCategory() : null,
                    line.isSetCostType() ? line.getCostType() : null, line.getChannel(), line.getCampaign(),
                    stageOf(line, bookings), spreading.spread(), planned, bookings.allocated(line), inside, outside));
        }
        Budget budget = plan.getAction() == null ? null : plan.getAction().getBudget();
        BigDecimal approved = budget != null && budget.getApprovedTotal() != null
                && (currency == null || currency.equals(budget.getApprovedTotal().currency()))
                        ? budget.getApprovedTotal().amount() : null;
        Map<BudgetCategory, BigDecimal> targets = new EnumMap<>(BudgetCategory.class);
        if (budget != null) {
            for (CategoryTarget target : budget.getCategoryTargets()) {
                if (target.isSetCategory() && target.getAmount() != null
                        && (currency == null || currency.equals(target.getAmount().currency()))) {
                    targets.merge(target.getCategory(), target.getAmount().amount(), BigDecimal::add);
                }
            }
        }
        return new BudgetMatrix(currency, calendar, rows, excluded, approved, targets);
    }

    /**
     * The RACE stage a line counts in: its own, else its KPIs', then what is booked on it, then
     * its campaign's objectives; null when none of them has a stage.
     */
    static RaceStage stageOf(BudgetLine line, Bookings bookings) {
        if (line.isSetRaceStage()) {
            return line.getRaceStage();
        }
        for (Kpi kpi : line.getKpis()) {
            if (kpi.isSetRaceStage()) {
                return kpi.getRaceStage();
            }
        }
        RaceStage booked = bookings.stage(line);
        if (booked != null) {
            return booked;
        }
        if (line.getCampaign() != null) {
            for (SmartObjective objective : line.getCampaign().getObjectives()) {
                if (objective.isSetRaceStage()) {
                    return objective.getRaceStage();
                }
            }
        }
        return null;
    }

    private static boolean isIn(String currency, BudgetLine line) {
        if (currency == null) {
            return true;
        }
        if (line.getAmount() != null && !currency.equals(line.getAmount().currency())) {
            return false;
        }
        for (MonthlyAmount month : line.getPhasing()) {
            if (month.getAmount() != null && !currency.equals(month.getAmount().currency())) {
                return false;
            }
        }
        return true;
    }
}
