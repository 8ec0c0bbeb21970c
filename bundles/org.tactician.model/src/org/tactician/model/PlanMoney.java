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

    /** A line's amount, else the sum of its phasing; null when it has neither. */
    public static Money amountOf(BudgetLine line) {
        return line.getAmount() != null ? line.getAmount() : line.getPhasedTotal();
    }
}
