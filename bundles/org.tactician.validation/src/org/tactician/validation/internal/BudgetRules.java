package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.BUDGET_APPROVED_TOTAL_EXCEEDED;
import static org.tactician.validation.RuleRegistry.BUDGET_BOOKING_DUPLICATE;
import static org.tactician.validation.RuleRegistry.BUDGET_BOOKING_LINE_MISSING;
import static org.tactician.validation.RuleRegistry.BUDGET_CATEGORY_OVER_TARGET;
import static org.tactician.validation.RuleRegistry.BUDGET_LINE_AMOUNT_MISSING;
import static org.tactician.validation.RuleRegistry.BUDGET_LINE_OVER_ALLOCATED;
import static org.tactician.validation.RuleRegistry.BUDGET_PHASING_OUTSIDE_PERIOD;
import static org.tactician.validation.RuleRegistry.BUDGET_PHASING_SUM_MISMATCH;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.Budget;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.CategoryTarget;
import org.tactician.model.DemEntry;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;

/**
 * Budget rules: amounts, phasing that adds up and stays in the plan, lines not over-booked, money
 * booked once and on a line, and spend within the approved total and the category targets.
 */
final class BudgetRules {

    private BudgetRules() {
    }

    static void checkLine(BudgetLine line, ValidationRun run, Findings findings) {
        Money amount = line.getAmount();
        Money phased = phasedTotal(line, amount == null ? null : amount.currency());
        if (amount == null) {
            QuickFix fix = phased == null ? null
                    : new QuickFix(RuleMessage.of("fix.budget.amount-to-phased-total", phased), line, Literals.BUDGET_LINE__AMOUNT,
                            phased);
            findings.report(BUDGET_LINE_AMOUNT_MISSING, line, Literals.BUDGET_LINE__AMOUNT,
                    RuleMessage.of("budget.line.amount-missing", line), fix);
            return;
        }
        if (phased != null && phased.amount().compareTo(amount.amount()) != 0) {
            BigDecimal difference = amount.amount().subtract(phased.amount());
            findings.report(BUDGET_PHASING_SUM_MISMATCH, line, Literals.BUDGET_LINE__PHASING,
                    RuleMessage.of("budget.phasing.sum-mismatch", line, phased, amount, difference.signum() > 0
                            ? RuleMessage.of("budget.phasing.sum-mismatch.notPhased", difference)
                            : RuleMessage.of("budget.phasing.sum-mismatch.phasedTooMuch", difference.negate())),
                    new QuickFix(RuleMessage.of("fix.budget.amount-to-phased-total", phased), line, Literals.BUDGET_LINE__AMOUNT,
                            phased));
        }
        BigDecimal booked = run.index().bookedOn(line);
        if (booked.compareTo(amount.amount()) > 0) {
            findings.report(BUDGET_LINE_OVER_ALLOCATED, line, Literals.BUDGET_LINE__AMOUNT,
                    RuleMessage.of("budget.line.over-allocated", Labels.money(booked, amount.currency()), line, amount));
        }
    }

    /** A booking books once, on a line: an entry that executes a placement books nothing of its own. */
    static void checkBooking(BudgetBooking booking, ValidationRun run, Findings findings) {
        EObject element = (EObject) booking;
        MediaPlacement placement = booking instanceof CalendarEntry entry ? entry.getPlacement() : null;
        if (placement != null) {
            boolean ownAmount = booking.getBookedAmount() != null;
            boolean otherLine = booking.getBudgetLine() != null && booking.getBudgetLine() != placement.getBudgetLine();
            if (ownAmount || otherLine) {
                findings.report(BUDGET_BOOKING_DUPLICATE, element, ownAmount ? Literals.BUDGET_BOOKING__BOOKED_AMOUNT
                        : Literals.BUDGET_BOOKING__BUDGET_LINE,
                        ownAmount ? RuleMessage.of("budget.booking.duplicate.ownAmount", element, placement, booking.getBookedAmount())
                                : RuleMessage.of("budget.booking.duplicate.otherLine", element, placement, booking.getBudgetLine()),
                        new QuickFix(RuleMessage.of(ownAmount ? "fix.budget.clear-booked-amount" : "fix.budget.clear-budget-line"), element,
                                ownAmount ? Literals.BUDGET_BOOKING__BOOKED_AMOUNT : Literals.BUDGET_BOOKING__BUDGET_LINE,
                                null));
            }
        }
        // An entry that executes a placement is paid through it: the placement's own check covers it.
        if (!findings.isOn(BUDGET_BOOKING_LINE_MISSING) || booking.getBudgetLine() != null || placement != null) {
            return;
        }
        boolean paid = booking.getBookedAmount() != null || booking instanceof DemEntry
                || booking instanceof AdvertisingEntry flight && isPaid(flight)
                || booking instanceof MediaPlacement media && media.isSetMediaType() && media.getMediaType() == MediaType.PAID;
        if (!paid) {
            return;
        }
        org.tactician.model.Channel channel = booking instanceof CalendarEntry entry ? entry.getChannel()
                : booking instanceof MediaPlacement media ? media.getChannel() : null;
        List<BudgetLine> lines = channel == null ? List.of() : run.index().linesOf(channel);
        QuickFix fix = lines.size() == 1 ? new QuickFix(RuleMessage.of("fix.budget.pay-from-line", lines.get(0)), element,
                Literals.BUDGET_BOOKING__BUDGET_LINE, lines.get(0)) : null;
        findings.report(BUDGET_BOOKING_LINE_MISSING, element, Literals.BUDGET_BOOKING__BUDGET_LINE,
                booking.getBookedAmount() != null
                        ? RuleMessage.of("budget.booking.line-missing.booked", element, booking.getBookedAmount())
                        : RuleMessage.of("budget.booking.line-missing.paidMedia", element), fix);
    }

    /** A flight is paid when its media type (else its placement's or channel's) says so. */
    private static boolean isPaid(AdvertisingEntry flight) {
        if (flight.isSetMediaType()) {
            return flight.getMediaType() == MediaType.PAID;
        }
        if (flight.getPlacement() != null && flight.getPlacement().isSetMediaType()) {
            return flight.getPlacement().getMediaType() == MediaType.PAID;
        }
        return flight.getChannel() == null || !flight.getChannel().isSetMediaType()
                || flight.getChannel().getMediaType() == MediaType.PAID;
    }

    /** The budget's spend inside the plan period against the approved total and the category targets. */
    static void checkBudget(Budget budget, ValidationRun run, Findings findings) {
        BudgetMatrix matrix = run.budget();
        if (matrix == null) {
            return;
        }
        String currency = matrix.currency();
        if (findings.isOn(BUDGET_APPROVED_TOTAL_EXCEEDED) && matrix.overApproved().signum() > 0) {
            findings.report(BUDGET_APPROVED_TOTAL_EXCEEDED, budget, Literals.BUDGET__APPROVED_TOTAL,
                    RuleMessage.of("budget.approved-total.exceeded", run.plan(), Labels.money(matrix.total(), currency),
                            Labels.money(matrix.overApproved(), currency), Labels.money(matrix.approvedTotal(), currency)));
        }
        if (!findings.isOn(BUDGET_CATEGORY_OVER_TARGET)) {
            return;
        }
        Map<BudgetCategory, BigDecimal> over = matrix.overTarget();
        java.util.Set<BudgetCategory> reported = java.util.EnumSet.noneOf(BudgetCategory.class);
        for (CategoryTarget target : budget.getCategoryTargets()) {
            if (target.isSetCategory() && over.containsKey(target.getCategory()) && reported.add(target.getCategory())) {
                BudgetCategory category = target.getCategory();
                findings.report(BUDGET_CATEGORY_OVER_TARGET, target, Literals.CATEGORY_TARGET__AMOUNT,
                        RuleMessage.of("budget.category.over-target", category,
                                Labels.money(matrix.byCategory().get(category), currency), Labels.money(over.get(category), currency),
                                Labels.money(matrix.categoryTargets().get(category), currency)));
            }
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
                    RuleMessage.of("budget.phasing.outside-period", month, run.period()));
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
