package org.tactician.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.tactician.model.ActionSection;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.ForecastInput;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.OpportunitySection;
import org.tactician.model.TacticianFactory;

/** Builds small plans in code for the engine tests. */
public final class TestPlans {

    /** The factory of the generated model. */
    public static final TacticianFactory MODEL = TacticianFactory.eINSTANCE;

    private TestPlans() {
    }

    /** An EUR plan over the given period. */
    public static MarketingPlan plan(String start, String end) {
        MarketingPlan plan = MODEL.createMarketingPlan();
        plan.setName("Test plan");
        plan.setCurrency("EUR");
        plan.setStart(start == null ? null : LocalDate.parse(start));
        plan.setEnd(end == null ? null : LocalDate.parse(end));
        return plan;
    }

    /** A channel added to the plan. */
    public static Channel channel(MarketingPlan plan, String name) {
        Channel channel = MODEL.createChannel();
        channel.setName(name);
        plan.getChannels().add(channel);
        return channel;
    }

    /** A campaign added to the plan. */
    public static Campaign campaign(MarketingPlan plan, String name, String start, String end) {
        Campaign campaign = MODEL.createCampaign();
        campaign.setName(name);
        campaign.setStart(start == null ? null : LocalDate.parse(start));
        campaign.setEnd(end == null ? null : LocalDate.parse(end));
        action(plan).getCampaigns().add(campaign);
        return campaign;
    }

    /** A budget line added to the plan. */
    public static BudgetLine line(MarketingPlan plan, String name, BudgetCategory category, CostType costType,
            String amount) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setName(name);
        line.setCategory(category);
        line.setCostType(costType);
        line.setAmount(amount == null ? null : Money.parse(amount));
        budget(plan).getLines().add(line);
        return line;
    }

    /** Adds a month of phasing to {@code line}. */
    public static void phase(BudgetLine line, String month, String amount) {
        MonthlyAmount phase = MODEL.createMonthlyAmount();
        phase.setMonth(YearMonth.parse(month));
        phase.setAmount(Money.parse(amount));
        line.getPhasing().add(phase);
    }

    /** A forecast input added to the plan. */
    public static ForecastInput input(MarketingPlan plan, Channel channel, String month, long sessions, String rate,
            String averageOrderValue) {
        ForecastInput input = MODEL.createForecastInput();
        input.setChannel(channel);
        input.setMonth(YearMonth.parse(month));
        input.setSessions(sessions);
        input.setConversionRate(rate == null ? null : new BigDecimal(rate));
        input.setAverageOrderValue(averageOrderValue == null ? null : Money.parse(averageOrderValue));
        forecast(plan).getInputs().add(input);
        return input;
    }

    /** Sets the plan's margin defaults: gross margin and return rate in percent, fulfilment cost per order. */
    public static void margins(MarketingPlan plan, String grossMargin, String returnRate, String fulfilmentPerOrder) {
        ConversionForecast forecast = forecast(plan);
        forecast.setGrossMargin(grossMargin == null ? null : new BigDecimal(grossMargin));
        forecast.setReturnRate(returnRate == null ? null : new BigDecimal(returnRate));
        forecast.setFulfilmentCostPerOrder(fulfilmentPerOrder == null ? null : Money.parse(fulfilmentPerOrder));
    }

    /** The plan's conversion forecast, created when missing. */
    public static ConversionForecast forecastOf(MarketingPlan plan) {
        return forecast(plan);
    }

    /** The plan's action section, created when missing. */
    public static ActionSection action(MarketingPlan plan) {
        if (plan.getAction() == null) {
            plan.setAction(MODEL.createActionSection());
        }
        return plan.getAction();
    }

    /** Asserts two amounts are numerically equal, whatever their scale. */
    public static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static Budget budget(MarketingPlan plan) {
        if (action(plan).getBudget() == null) {
            action(plan).setBudget(MODEL.createBudget());
        }
        return action(plan).getBudget();
    }

    private static ConversionForecast forecast(MarketingPlan plan) {
        if (plan.getOpportunity() == null) {
            OpportunitySection opportunity = MODEL.createOpportunitySection();
            plan.setOpportunity(opportunity);
        }
        if (plan.getOpportunity().getForecast() == null) {
            plan.getOpportunity().setForecast(MODEL.createConversionForecast());
        }
        return plan.getOpportunity().getForecast();
    }
}
