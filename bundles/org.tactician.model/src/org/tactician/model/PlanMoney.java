package org.tactician.model;

/**
 * The rules that keep a plan's money counted once, shared by the model's derived features, the
 * budget engine and validation: the budget lines are the one source of planned spend, and what
 * books on them books a share of a line, never a second copy.
 */
public final class PlanMoney {

    private PlanMoney() {
    }

    /**
     * Whether {@code booking} books an amount of its own on its budget line: it names a line and an
     * amount, and it is not a calendar entry that executes a media placement (the placement books
     * that money; validation reports an entry that tries to book it again).
     */
    public static boolean booksOwnAmount(BudgetBooking booking) {
        return booking.getBookedAmount() != null && booking.getBudgetLine() != null
                && !(booking instanceof CalendarEntry entry && entry.getPlacement() != null);
    }

    /** What {@code entry} costs: the amount the placement it executes books, else its own booked amount. */
    public static Money costOf(CalendarEntry entry) {
        return entry.getPlacement() != null ? entry.getPlacement().getBookedAmount() : entry.getBookedAmount();
    }

    /**
     * What {@code campaign} spends: what its media placements book, plus the amount of every line of
     * {@code lines} assigned to the campaign that none of its placements books from; in
     * {@code currency} (other amounts are left to validation; null: the first amount's). Null when
     * it spends nothing.
     */
    public static Money plannedSpend(Campaign campaign, Iterable<? extends BudgetLine> lines, String currency) {
        Money total = null;
        java.util.Set<BudgetLine> booked = new java.util.HashSet<>();
        for (MediaPlacement placement : campaign.getMediaPlan()) {
            if (placement.getBudgetLine() != null) {
                booked.add(placement.getBudgetLine());
            }
            total = add(total, placement.getBookedAmount(), currency);
            currency = total != null ? total.currency() : currency;
        }
        for (BudgetLine line : lines) {
            if (line.getCampaign() == campaign && !booked.contains(line)) {
                total = add(total, amountOf(line), currency);
                currency = total != null ? total.currency() : currency;
            }
        }
        return total;
    }

    /** The lines of {@code plan}'s budget, in plan order. */
    public static java.util.List<BudgetLine> linesOf(MarketingPlan plan) {
        return plan.getAction() == null || plan.getAction().getBudget() == null ? java.util.List.of()
                : plan.getAction().getBudget().getLines();
    }

    private static Money add(Money total, Money amount, String currency) {
        if (amount == null || currency != null && !currency.equals(amount.currency())) {
            return total;
        }
        return total == null ? amount : total.plus(amount);
    }

    /** A line's amount, else the sum of its phasing; null when it has neither. */
    public static Money amountOf(BudgetLine line) {
        if (line.getAmount() != null) {
            return line.getAmount();
        }
        Money total = null;
        for (MonthlyAmount month : line.getPhasing()) {
            if (month.getAmount() == null) {
                continue;
            }
            if (total != null && !total.currency().equals(month.getAmount().currency())) {
                return null;
            }
            total = total == null ? month.getAmount() : total.plus(month.getAmount());
        }
        return total;
    }
}
