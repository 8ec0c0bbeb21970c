package org.tactician.forecast.budget.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.tactician.forecast.internal.PlanContents;
import org.tactician.model.Activity;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.MarTechTool;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.RaceStage;
import org.tactician.model.PlanMoney;

/**
 * What the plan books on its budget lines, gathered in one pass over the activities, calendar
 * entries, media placements and MarTech tools: the allocated amount of each line, and the RACE
 * stage of the first booking that has one. A calendar entry that executes a media placement books
 * nothing of its own (the placement does), so no money is counted twice.
 */
public final class Bookings {

    private final Map<BudgetLine, BigDecimal> allocated = new HashMap<>();
    private final Map<BudgetLine, RaceStage> firstStage = new HashMap<>();

    private Bookings() {
    }

    /** Gathers the bookings of {@code plan}. */
    public static Bookings of(MarketingPlan plan) {
        Bookings bookings = new Bookings();
        for (Activity activity : PlanContents.activities(plan)) {
            bookings.book(activity, activity.isSetRaceStage() ? activity.getRaceStage() : null);
        }
        for (CalendarEntry entry : PlanContents.calendarEntries(plan)) {
            bookings.book(entry, entry.isSetRaceStage() ? entry.getRaceStage() : null);
        }
        for (MediaPlacement placement : PlanContents.mediaPlacements(plan)) {
            bookings.book(placement, null);
        }
        for (MarTechTool tool : PlanContents.martechTools(plan)) {
            bookings.book(tool, null);
        }
        return bookings;
    }

    /**
     * The amount booked on {@code line}; bookings in a currency other than the line's are not
     * counted (validation reports them).
     */
    public BigDecimal allocated(BudgetLine line) {
        return allocated.getOrDefault(line, BigDecimal.ZERO);
    }

    /** The RACE stage of the first booking on {@code line} that has one, or null. */
    public RaceStage stage(BudgetLine line) {
        return firstStage.get(line);
    }

    private void book(BudgetBooking booking, RaceStage stage) {
        BudgetLine line = booking.getBudgetLine();
        if (line == null) {
            return;
        }
        if (PlanMoney.booksOwnAmount(booking)) {
            Money cost = booking.getBookedAmount();
            if (line.getAmount() == null || line.getAmount().currency().equals(cost.currency())) {
                allocated.merge(line, cost.amount(), BigDecimal::add);
            }
        }
        if (stage != null) {
            firstStage.putIfAbsent(line, stage);
        }
    }
}
