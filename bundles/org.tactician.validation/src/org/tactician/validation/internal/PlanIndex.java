package org.tactician.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.tactician.model.Activity;
import org.tactician.model.AutomationEntry;
import org.tactician.model.AutomationTrigger;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.ContentItem;
import org.tactician.model.ForecastInput;
import org.tactician.model.JourneyFlow;
import org.tactician.model.Money;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NamedElement;
import org.tactician.model.Persona;
import org.tactician.model.PlanMoney;
import org.tactician.model.PurchaseMode;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;
import org.tactician.model.Touchpoint;

/**
 * What the rules need to know about the whole plan, gathered in one pass over its tree so that
 * each rule then answers in constant time: no rule scans the plan again.
 */
public final class PlanIndex {

    private final Set<RaceStage> stagesWithObjective = EnumSet.noneOf(RaceStage.class);
    private final Set<RaceStage> stagesWithActivity = EnumSet.noneOf(RaceStage.class);
    private final Set<Persona> reachedPersonas = new HashSet<>();
    private final Set<Touchpoint> flowSources = new HashSet<>();
    private final Set<Touchpoint> flowTargets = new HashSet<>();
    private final Map<SmartObjective, List<QuarterlyObjective>> quarterlies = new HashMap<>();
    private final Map<QuarterlyObjective, List<MonthlyObjective>> monthlies = new HashMap<>();
    private final Map<BudgetLine, BigDecimal> booked = new HashMap<>();
    private final Map<Channel, List<BudgetLine>> linesByChannel = new HashMap<>();
    private final Set<SmartObjective> served = new HashSet<>();
    private final Map<Persona, Set<RaceStage>> contentStages = new HashMap<>();
    /** Name counts of the unique-name lists asked about so far (built on first use: most runs ask about few lists). */
    private final Map<ListKey, Map<String, Integer>> names = new HashMap<>();
    private boolean forecastInputs;
    private boolean abandonedCart;
    private boolean onlinePurchase;

    /** One list of one container. */
    private record ListKey(EObject container, EReference list) {
    }

    /** Indexes {@code root} and everything it contains. */
    PlanIndex(EObject root) {
        visit(root);
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            visit(contents.next());
        }
    }

    private void visit(EObject object) {
        if (object instanceof BudgetBooking booking && PlanMoney.booksOwnAmount(booking)) {
            book(booking.getBudgetLine(), booking.getBookedAmount());
        }
        switch (object) {
            case SmartObjective objective when objective.isSetRaceStage() ->
                stagesWithObjective.add(objective.getRaceStage());
            case Activity activity -> {
                if (activity.isSetRaceStage()) {
                    stagesWithActivity.add(activity.getRaceStage());
                }
                served.addAll(activity.getObjectives());
            }
            case CalendarEntry entry -> {
                if (entry.isSetRaceStage()) {
                    stagesWithActivity.add(entry.getRaceStage());
                }
                if (entry.getObjective() != null) {
                    served.add(entry.getObjective());
                }
                if (entry instanceof AutomationEntry automation && automation.isSetTrigger()
                        && automation.getTrigger() == AutomationTrigger.ABANDONED_CART) {
                    abandonedCart = true;
                }
            }
            case Campaign campaign -> served.addAll(campaign.getObjectives());
            case BudgetLine line when line.getChannel() != null ->
                linesByChannel.computeIfAbsent(line.getChannel(), key -> new ArrayList<>()).add(line);
            case Touchpoint touchpoint -> {
                reachedPersonas.addAll(touchpoint.getPersonas());
                onlinePurchase |= touchpoint.getPurchase() == PurchaseMode.ONLINE;
            }
            case JourneyFlow flow -> {
                if (flow.getSource() != null) {
                    flowSources.add(flow.getSource());
                }
                if (flow.getTarget() != null) {
                    flowTargets.add(flow.getTarget());
                }
            }
            case QuarterlyObjective quarter when quarter.getAnnualObjective() != null -> {
                quarterlies.computeIfAbsent(quarter.getAnnualObjective(), key -> new ArrayList<>()).add(quarter);
                if (!quarter.getActivities().isEmpty()) {
                    served.add(quarter.getAnnualObjective());
                }
            }
            case MonthlyObjective month when month.getQuarterlyObjective() != null ->
                monthlies.computeIfAbsent(month.getQuarterlyObjective(), key -> new ArrayList<>()).add(month);
            case ContentItem content when content.isSetRaceStage() -> {
                for (Persona persona : content.getPersonas()) {
                    contentStages.computeIfAbsent(persona, key -> EnumSet.noneOf(RaceStage.class)).add(content.getRaceStage());
                }
            }
            case ForecastInput input -> forecastInputs = true;
            default -> {
                // nothing to index
            }
        }
    }

    private void book(BudgetLine line, Money cost) {
        if (line.getAmount() == null || line.getAmount().currency().equals(cost.currency())) {
            booked.merge(line, cost.amount(), BigDecimal::add);
        }
    }

    /** Whether a SMART objective serves {@code stage}. */
    public boolean hasObjective(RaceStage stage) {
        return stagesWithObjective.contains(stage);
    }

    /** Whether an activity or calendar entry serves {@code stage}. */
    public boolean hasActivity(RaceStage stage) {
        return stagesWithActivity.contains(stage);
    }

    /** Whether a touchpoint reaches {@code persona}. */
    public boolean isReached(Persona persona) {
        return reachedPersonas.contains(persona);
    }

    /** Whether a journey flow starts at {@code touchpoint}. */
    public boolean hasFlowFrom(Touchpoint touchpoint) {
        return flowSources.contains(touchpoint);
    }

    /** Whether a journey flow leads to {@code touchpoint}. */
    public boolean hasFlowTo(Touchpoint touchpoint) {
        return flowTargets.contains(touchpoint);
    }

    /** The quarterly objectives that break {@code annual} down. */
    public List<QuarterlyObjective> quarterliesOf(SmartObjective annual) {
        return quarterlies.getOrDefault(annual, List.of());
    }

    /** The monthly objectives that break {@code quarter} down. */
    public List<MonthlyObjective> monthliesOf(QuarterlyObjective quarter) {
        return monthlies.getOrDefault(quarter, List.of());
    }

    /** What is booked on {@code line} in its currency, each amount once. */
    public BigDecimal bookedOn(BudgetLine line) {
        return booked.getOrDefault(line, BigDecimal.ZERO);
    }

    /** The budget lines of {@code channel}, in plan order. */
    public List<BudgetLine> linesOf(Channel channel) {
        return linesByChannel.getOrDefault(channel, List.of());
    }

    /** Whether an activity, campaign, calendar entry or quarterly activity serves {@code objective}. */
    public boolean isServed(SmartObjective objective) {
        return served.contains(objective);
    }

    /** The funnel stages the content map has content for {@code persona} in. */
    public Set<RaceStage> contentStagesOf(Persona persona) {
        return contentStages.getOrDefault(persona, Set.of());
    }

    /** How many elements of the list holding {@code element} share its name (after normalising). */
    public int namesakes(NamedElement element) {
        String key = NamingRules.key(element.getName());
        if (key == null || element.eContainer() == null) {
            return 0;
        }
        EReference list = element.eContainmentFeature();
        Map<String, Integer> counts = names.computeIfAbsent(new ListKey(element.eContainer(), list), at -> {
            Map<String, Integer> count = new HashMap<>();
            if (list.isMany()) {
                for (Object sibling : (List<?>) at.container().eGet(list)) {
                    if (sibling instanceof NamedElement named) {
                        String name = NamingRules.key(named.getName());
                        if (name != null) {
                            count.merge(name, 1, Integer::sum);
                        }
                    }
                }
            } else {
                count.put(key, 1);
            }
            return count;
        });
        return counts.getOrDefault(key, 0);
    }

    /** Forgets the name counts (a name changed): they are counted again per list on demand. */
    void forgetNames() {
        names.clear();
    }

    /** Whether the plan has forecast inputs. */
    public boolean hasForecastInputs() {
        return forecastInputs;
    }

    /** Whether the plan runs an abandoned-cart automation. */
    public boolean hasAbandonedCartAutomation() {
        return abandonedCart;
    }

    /** Whether the plan sells online: a touchpoint with an online purchase, or a forecast. */
    public boolean sellsOnline() {
        return onlinePurchase || forecastInputs;
    }
}
