package org.tactician.model.resource;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tactician.model.Channel;
import org.tactician.model.Direction;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaType;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.OpportunitySection;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;

/** Small plans built in code, with readable ids, for the persistence tests. */
final class TestPlans {

    private static final TacticianFactory FACTORY = TacticianFactory.eINSTANCE;

    private TestPlans() {
    }

    /** A plan with a channel, a SWOT pair, a TOWS strategy and an objective that refers to them. */
    static MarketingPlan small(String name) {
        MarketingPlan plan = FACTORY.createMarketingPlan();
        plan.setId("plan");
        plan.setName(name);
        plan.setBrand("Casa Nova");
        plan.setCurrency("EUR");
        plan.setLanguage("en");
        plan.setStart(LocalDate.of(2027, 1, 1));
        plan.setEnd(LocalDate.of(2027, 12, 31));

        Channel search = FACTORY.createChannel();
        search.setId("ch-search");
        search.setName("Paid search");
        search.setMediaType(MediaType.PAID);
        plan.getChannels().add(search);

        OpportunitySection opportunity = FACTORY.createOpportunitySection();
        opportunity.setId("opportunity");
        plan.setOpportunity(opportunity);
        SwotAnalysis swot = FACTORY.createSwotAnalysis();
        swot.setId("swot");
        opportunity.setSwot(swot);
        SwotItem strength = swotItem("s-catalogue", "Wide catalogue", SwotCategory.STRENGTH);
        SwotItem opportunityItem = swotItem("o-social", "Visual social network ads", SwotCategory.OPPORTUNITY);
        swot.getItems().add(strength);
        swot.getItems().add(opportunityItem);
        TowsStrategy strategy = FACTORY.createTowsStrategy();
        strategy.setId("so-templates");
        strategy.setName("Template ads on the social network");
        strategy.setCategory(TowsCategory.SO);
        strategy.getSwotItems().add(strength);
        strategy.getSwotItems().add(opportunityItem);
        swot.getStrategies().add(strategy);

        SmartObjective objective = FACTORY.createSmartObjective();
        objective.setId("obj-traffic");
        objective.setName("Grow social traffic");
        objective.setMetric("sessions from the social network");
        objective.setBaseline(new BigDecimal("10000"));
        objective.setTarget(new BigDecimal("50000"));
        objective.setUnit("sessions");
        objective.setDeadline(LocalDate.of(2027, 9, 30));
        objective.setRaceStage(RaceStage.REACH);
        objective.setScope(ObjectiveScope.CHANNELS);
        objective.getChannels().add(search);
        objective.setMeasureKind(MeasureKind.SUM);
        objective.setDirection(Direction.INCREASE);
        objective.setForecastMeasure(ForecastMeasure.SESSIONS);
        objective.setStrategy(strategy);
        opportunity.getObjectives().add(objective);
        return plan;
    }

    private static SwotItem swotItem(String id, String name, SwotCategory category) {
        SwotItem item = FACTORY.createSwotItem();
        item.setId(id);
        item.setName(name);
        item.setCategory(category);
        return item;
    }
}
