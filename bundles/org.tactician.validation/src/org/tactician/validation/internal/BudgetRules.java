package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.BUDGET_LINE_AMOUNT_MISSING;
import static org.tactician.validation.RuleRegistry.BUDGET_LINE_OVER_ALLOCATED;
import static org.tactician.validation.RuleRegistry.BUDGET_PHASING_OUTSIDE_PERIOD;
import static org.tactician.validation.RuleRegistry.BUDGET_PHASING_SUM_MISMATCH;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.tactician.model.BudgetLine;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.QuickFix;

/** Budget rules: amounts, phasing that adds up and stays in the plan, and lines not over-booked. */
final class BudgetRules {

    private BudgetRules() {
    }

    static void checkLine(BudgetLine line, ValidationRun run, Findings findings) {
        Money amount = line.getAmount();
        Money phased = phasedTotal(line, amount == null ? null : amount.currency());
        if (amount == null) {
            QuickFix fix = phased == null ? null
                    : new QuickFix("Set the amount to the phased total: " + phased, line, Literals.BUDGET_LINE__AMOUNT,
                            phased);
            findings.report(BUDGET_LINE_AMOUNT_MISSING, line, Literals.BUDGET_LINE__AMOUNT,
                    Labels.capitalised(line) + " has no amount: enter what it costs in total.", fix);
            return;
        }
        if (phased != null && phased.amount().compareTo(amount.amount()) != 0) {
            BigDecimal difference = amount.amount().subtract(phased.amount());
            findings.report(BUDGET_PHASING_SUM_MISMATCH, line, Literals.BUDGET_LINE__PHASING,
                    "The monthly phasing of " + Labels.of(line) + " adds up to " + phased + " but the line amount is "
                            + amount + " (" + (difference.signum() > 0 ? difference.toPlainString()
                                    + " not phased" : difference.negate().toPlainString() + " phased too much")
                            + "): correct the monthly amounts or set the line amount to their sum.",
                    new QuickFix("Set the amount to the phased total: " + phased, line, Literals.BUDGET_LINE__AMOUNT,
                            phased));
        }
        BigDecimal booked = run.index().bookedOn(line);
        if (booked.compareTo(amount.amount()) > 0) {
            findings.report(BUDGET_LINE_OVER_ALLOCATED, line, Literals.BUDGET_LINE__AMOUNT,
                    "Activities, calendar entries and media placements book " + booked.toPlainString() + " "
                            + amount.currency() + " on " + Labels.of(line) + ", more than its amount of " + amount
                            + ": raise the amount or book less on it.");
        }
    }

    static void checkPhase(MonthlyAmount month, ValidationRun run, Findings findings) {
        MarketingPlan plan = run.plan();
        YearMonth when = month.getMonth();
        if (plan == null || when == null) {
            return;
        }
        boolean before = plan.getStart() != null && when.isBefore(YearMonth.from(plan.getStart()));
        boolean after = plan.getEnd() != null && when.isAfter(YearMonth.from(plan.getEnd()));
        if (before || after) {
            findings.report(BUDGET_PHASING_OUTSIDE_PERIOD, month, Literals.MONTHLY_AMOUNT__MONTH,
                    "The " + Labels.of(month) + " lies outside the plan period (" + run.period()
                            + "): move the amount to a month of the plan or extend the period.");
        }
    }

    /**
     * The sum of the line's phasing in {@code currency} (the first month's when null); null
     * without phasing. Months in other currencies are left to the currency rule.
     */
    private static Money phasedTotal(BudgetLine line, String currency) {
        Money total = null;
        for (MonthlyAmount month : line.getPhasing()) {
            Money amount = month.getAmount();
            if (amount == null || currency != null && !currency.equals(amount.currency())) {
                continue;
            }
            total = total == null ? amount : total.plus(amount);
            currency = amount.currency();
        }
        return total;
    }
}
