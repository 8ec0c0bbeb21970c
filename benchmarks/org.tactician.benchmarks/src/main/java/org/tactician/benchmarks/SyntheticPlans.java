package org.tactician.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tactician.model.ActionSection;
import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Channel;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.CustomerJourney;
import org.tactician.model.Direction;
import org.tactician.model.Dashboard;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ForecastInput;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Kpi;
import org.tactician.model.KpiValue;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaType;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunitySection;
import org.tactician.model.Persona;
import org.tactician.model.PlanElement;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;
import org.tactician.model.StrategySection;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TeamMember;
import org.tactician.model.Touchpoint;

/**
 * Builds large, deterministic plans for benchmarks: the bulk of a real plan's elements
 * (objectives, budget lines with monthly phasing, KPIs with monthly values, calendar entries,
 * forecast inputs, journey touchpoints and flows) repeated until the wanted size, with the
 * cross-references a real plan has and text in several scripts.
 */
public final class SyntheticPlans {

    private static final TacticianFactory FACTORY = TacticianFactory.eINSTANCE;
    private static final RaceStage[] STAGES = {RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE};
    private static final String[] WORDS = {"Growth", "Nội thất", "Рост", "Crescita", "Promoção", "النمو"};
    private static final int YEAR = 2027;

    private final Random random;
    private final MarketingPlan plan;
    private int elements;

    private SyntheticPlans(long seed) {
        random = new Random(seed);
        plan = FACTORY.createMarketingPlan();
    }

    /**
     * A plan of about {@code elementCount} elements (never fewer), the same for the same
     * arguments.
     */
    public static MarketingPlan generate(int elementCount, long seed) {
        return new SyntheticPlans(seed).build(elementCount);
    }

    /** Counts the elements of a plan, the root included. */
    public static int countElements(MarketingPlan plan) {
        int count = 1;
        for (var all = plan.eAllContents(); all.hasNext(); all.next()) {
            count++;
        }
        return count;
    }

    private MarketingPlan build(int elementCount) {
        named(plan, "plan", "Synthetic plan of " + elementCount + " elements");
        plan.setBrand("Synthetic Furniture");
        plan.setCurrency("EUR");
        plan.setLanguage("en");
        plan.setStart(LocalDate.of(YEAR, 1, 1));
        plan.setEnd(LocalDate.of(YEAR, 12, 31));

        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TeamMember member = named(FACTORY.createTeamMember(), "member-" + i, "Owner " + i);
            plan.getTeam().add(member);
            team.add(member);
        }
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Channel channel = named(FACTORY.createChannel(), "channel-" + i, "Channel " + i + " " + word());
            channel.setMediaType(MediaType.values()[i % MediaType.values().length]);
            plan.getChannels().add(channel);
            channels.add(channel);
        }

        OpportunitySection opportunity = named(FACTORY.createOpportunitySection(), "opportunity", null);
        ConversionForecast forecast = named(FACTORY.createConversionForecast(), "forecast", null);
        forecast.setGrossMargin(new BigDecimal("40"));
        forecast.setReturnRate(new BigDecimal("5"));
        forecast.setFulfilmentCostPerOrder(new Money(new BigDecimal("15.00"), "EUR"));
        opportunity.setForecast(forecast);
        plan.setOpportunity(opportunity);

        StrategySection strategy = named(FACTORY.createStrategySection(), "strategy", null);
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Persona persona = named(FACTORY.createPersona(), "persona-" + i, "Persona " + i + " " + word());
            persona.getPreferredChannels().add(channels.get(i % channels.size()));
            strategy.getPersonas().add(persona);
            personas.add(persona);
        }
        plan.setStrategy(strategy);

        ActionSection action = named(FACTORY.createActionSection(), "action", null);
        Budget budget = named(FACTORY.createBudget(), "budget", null);
        Dashboard dashboard = named(FACTORY.createDashboard(), "dashboard", null);
        action.setBudget(budget);
        action.setDashboard(dashboard);
        plan.setAction(action);

        OperationsSection operations = named(FACTORY.createOperationsSection(), "operations", null);
        EditorialCalendar editorial = named(FACTORY.createEditorialCalendar(), "editorial", "Editorial calendar");
        AdvertisingCalendar advertising = named(FACTORY.createAdvertisingCalendar(), "advertising", "Advertising");
        operations.setEditorialCalendar(editorial);
        operations.setAdvertisingCalendar(advertising);
        plan.setOperations(operations);

        CustomerJourney journey = named(FACTORY.createCustomerJourney(), "journey", "Main journey");
        journey.getPersonas().addAll(personas);
        List<JourneyStage> stages = new ArrayList<>();
        for (RaceStage race : STAGES) {
            JourneyStage stage = named(FACTORY.createJourneyStage(), "stage-" + race.getLiteral(), race.getName());
            stage.setRaceStage(race);
            journey.getStages().add(stage);
            stages.add(stage);
        }
        plan.getJourneys().add(journey);

        Touchpoint previous = null;
        for (int block = 0; elements < elementCount; block++) {
            Channel channel = channels.get(block % channels.size());
            TeamMember owner = team.get(block % team.size());
            RaceStage race = STAGES[block % STAGES.length];

            SmartObjective objective = named(FACTORY.createSmartObjective(), "objective-" + block,
                    "Objective " + block + " " + word());
            objective.setMetric("sessions");
            objective.setBaseline(amount(1000, 5000));
            objective.setTarget(amount(6000, 20000));
            objective.setUnit("sessions");
            objective.setDeadline(LocalDate.of(YEAR, 1 + block % 12, 28));
            objective.setRaceStage(race);
            objective.setScope(ObjectiveScope.CHANNELS);
            objective.getChannels().add(channel);
            objective.setMeasureKind(MeasureKind.SUM);
            objective.setDirection(Direction.INCREASE);
            objective.setOwner(owner);
            opportunity.getObjectives().add(objective);

            BudgetLine line = named(FACTORY.createBudgetLine(), "budget-" + block, "Budget line " + block);
            line.setCategory(BudgetCategory.values()[block % BudgetCategory.values().length]);
            line.setCostType(block % 5 == 0 ? CostType.ONE_SHOT : CostType.RECURRING);
            line.setChannel(channel);
            BigDecimal total = BigDecimal.ZERO;
            for (int month = 1; month <= 12; month++) {
                MonthlyAmount phase = named(FACTORY.createMonthlyAmount(), "budget-" + block + "-m" + month, null);
                BigDecimal value = amount(100, 2000);
                phase.setMonth(YearMonth.of(YEAR, month));
                phase.setAmount(new Money(value, "EUR"));
                line.getPhasing().add(phase);
                total = total.add(value);
            }
            line.setAmount(new Money(total, "EUR"));
            budget.getLines().add(line);

            Kpi kpi = named(FACTORY.createKpi(), "kpi-" + block, "KPI " + block);
            kpi.setRaceStage(race);
            kpi.setUnit("sessions");
            kpi.setChannel(channel);
            kpi.setOwner(owner);
            for (int month = 1; month <= 12; month++) {
                KpiValue value = named(FACTORY.createKpiValue(), "kpi-" + block + "-m" + month, null);
                value.setMonth(YearMonth.of(YEAR, month));
                value.setTarget(amount(100, 900));
                value.setActual(amount(100, 900));
                kpi.getValues().add(value);
            }
            dashboard.getKpis().add(kpi);
            line.getKpis().add(kpi);

            for (int i = 0; i < 4; i++) {
                EditorialEntry entry = named(FACTORY.createEditorialEntry(), "editorial-" + block + "-" + i,
                        "Post " + block + "." + i + " " + word());
                entry.setStart(LocalDate.of(YEAR, 1 + (block + i) % 12, 1 + i * 7));
                entry.setChannel(channel);
                entry.setOwner(owner);
                entry.setObjective(objective);
                entry.setBudgetLine(line);
                entry.setBookedAmount(new Money(amount(10, 300), "EUR"));
                entry.getPersonas().add(personas.get((block + i) % personas.size()));
                editorial.getEntries().add(entry);
            }
            AdvertisingEntry ad = named(FACTORY.createAdvertisingEntry(), "ad-" + block, "Ad " + block);
            ad.setStart(LocalDate.of(YEAR, 1 + block % 12, 1));
            ad.setEnd(LocalDate.of(YEAR, 1 + block % 12, 20));
            ad.setChannel(channel);
            ad.setMediaType(MediaType.PAID);
            ad.setObjective(objective);
            ad.setBudgetLine(line);
            ad.setBookedAmount(new Money(amount(500, 5000), "EUR"));
            advertising.getEntries().add(ad);

            for (int month = 1; month <= 12; month++) {
                ForecastInput input = named(FACTORY.createForecastInput(), "forecast-" + block + "-m" + month, null);
                input.setMonth(YearMonth.of(YEAR, month));
                input.setChannel(channel);
                input.setSessions(1000 + random.nextInt(50_000));
                input.setConversionRate(amount(1, 4));
                input.setAverageOrderValue(new Money(amount(80, 400), "EUR"));
                forecast.getInputs().add(input);
            }

            Touchpoint touchpoint = named(FACTORY.createTouchpoint(), "touchpoint-" + block, "Touchpoint " + block);
            touchpoint.setChannel(channel);
            touchpoint.setMediaType(channel.getMediaType());
            touchpoint.getPersonas().add(personas.get(block % personas.size()));
            stages.get(block % stages.size()).getTouchpoints().add(touchpoint);
            if (previous != null) {
                JourneyFlow flow = named(FACTORY.createJourneyFlow(), "flow-" + block, null);
                flow.setSource(previous);
                flow.setTarget(touchpoint);
                journey.getFlows().add(flow);
            }
            previous = touchpoint;
        }
        return plan;
    }

    private <T extends PlanElement> T named(T element, String id, String name) {
        element.setId(id);
        if (name != null && element instanceof NamedElement named) {
            named.setName(name);
        }
        elements++;
        return element;
    }

    private BigDecimal amount(int low, int high) {
        return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(2, RoundingMode.HALF_UP);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
