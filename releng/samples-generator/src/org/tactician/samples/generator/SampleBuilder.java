package org.tactician.samples.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tactician.model.AbTest;
import org.tactician.model.ActionItem;
import org.tactician.model.ActionSection;
import org.tactician.model.Activity;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.AuditActivity;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.CommunicationPriority;
import org.tactician.model.CategoryTarget;
import org.tactician.model.CommunicationType;
import org.tactician.model.ContentFormat;
import org.tactician.model.ContentItem;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.Direction;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.KeyMessage;
import org.tactician.model.Kpi;
import org.tactician.model.KpiValue;
import org.tactician.model.MarTechCategory;
import org.tactician.model.MarTechTool;
import org.tactician.model.MarketFinding;
import org.tactician.model.MarketReviewArea;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.MixImprovement;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.Persona;
import org.tactician.model.PestleCategory;
import org.tactician.model.PestleFactor;
import org.tactician.model.PlanElement;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Quarter;
import org.tactician.model.RaceStage;
import org.tactician.model.RfmSegment;
import org.tactician.model.Segment;
import org.tactician.model.SegmentLayer;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TeamMember;
import org.tactician.model.Touchpoint;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.model.Workstream;

/**
 * Shared vocabulary of the sample builders: explicit readable ids, money in the plan currency,
 * dates of the plan year, and phasing/value helpers that make the numbers add up by construction.
 */
abstract class SampleBuilder {

    static final TacticianFactory F = TacticianFactory.eINSTANCE;

    /** The four quarters, for activities that run all year. */
    static final Quarter[] ALL_QUARTERS = Quarter.values();

    final int year;
    final String currency;
    final MarketingPlan plan = F.createMarketingPlan();
    private final Map<String, PlanElement> byId = new HashMap<>();

    SampleBuilder(int year, String currency) {
        this.year = year;
        this.currency = currency;
    }

    /** The file name of the sample, e.g. {@code starter.mplan}. */
    abstract String fileName();

    /** Builds the whole plan into {@link #plan}. */
    abstract void build();

    // --- ids and names ---------------------------------------------------------------------

    <T extends PlanElement> T id(T element, String id) {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Not a readable id: " + id);
        }
        if (byId.putIfAbsent(id, element) != null) {
            throw new IllegalArgumentException("Duplicate id: " + id);
        }
        element.setId(id);
        return element;
    }

    <T extends NamedElement> T named(T element, String id, String name, String description) {
        id(element, id);
        element.setName(name);
        element.setDescription(description);
        return element;
    }

    /** The element with the given id; fails fast on a typo. */
    @SuppressWarnings("unchecked")
    <T extends PlanElement> T get(String id) {
        PlanElement element = byId.get(id);
        if (element == null) {
            throw new IllegalArgumentException("No element with id " + id);
        }
        return (T) element;
    }

    <T extends PlanElement> List<T> all(String... ids) {
        List<T> result = new ArrayList<>();
        for (String id : ids) {
            result.add(get(id));
        }
        return result;
    }

    // --- values ----------------------------------------------------------------------------

    Money money(long amount) {
        return new Money(BigDecimal.valueOf(amount).setScale(2), currency);
    }

    Money money(String amount) {
        return Money.of(amount, currency);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static BigDecimal dec(long value) {
        return BigDecimal.valueOf(value);
    }

    LocalDate date(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    YearMonth month(int month) {
        return YearMonth.of(year, month);
    }

    LocalDate endOfMonth(int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /**
     * Splits {@code total} into whole units by {@code weights} (one per month); the rounding
     * remainder goes to the heaviest months, so the parts always sum to {@code total}.
     */
    static long[] split(long total, int... weights) {
        long weightSum = Arrays.stream(weights).sum();
        long[] parts = new long[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = total * weights[i] / weightSum;
            assigned += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights[b] != weights[a] ? weights[b] - weights[a] : a - b);
        for (int i = 0; assigned < total; i = (i + 1) % order.length) {
            if (weights[order[i]] > 0) {
                parts[order[i]]++;
                assigned++;
            }
        }
        return parts;
    }

    static long sum(long[] values, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }

    // --- frequent element shapes -----------------------------------------------------------

    TeamMember member(String id, String name, String role, String email, String description) {
        TeamMember member = named(F.createTeamMember(), id, name, description);
        member.setRole(role);
        member.setEmail(email);
        plan.getTeam().add(member);
        return member;
    }

    Channel channel(String id, String name, ChannelCategory category, MediaType mediaType, String url,
            String description) {
        Channel channel = named(F.createChannel(), id, name, description);
        channel.setCategory(category);
        channel.setMediaType(mediaType);
        channel.setUrl(url);
        plan.getChannels().add(channel);
        return channel;
    }

    SwotItem swot(String id, SwotCategory category, int importance, String name, String description,
            String... evidence) {
        SwotItem item = named(F.createSwotItem(), id, name, description);
        item.setCategory(category);
        item.setImportance(importance);
        item.getEvidence().addAll(all(evidence));
        return item;
    }

    TowsStrategy tows(String id, TowsCategory category, int priority, String name, String description,
            String... swotItems) {
        TowsStrategy strategy = named(F.createTowsStrategy(), id, name, description);
        strategy.setCategory(category);
        strategy.setPriority(priority);
        strategy.getSwotItems().addAll(all(swotItems));
        return strategy;
    }

    /** A market review finding of {@code area} with its source. */
    MarketFinding finding(String id, MarketReviewArea area, OpportunityOrThreat effect, String name,
            String description, String source) {
        MarketFinding finding = named(F.createMarketFinding(), id, name, description);
        finding.setArea(area);
        finding.setEffect(effect);
        finding.setSource(source);
        return finding;
    }

    /** A PESTLE factor scored by impact and likelihood. */
    PestleFactor factor(String id, PestleCategory category, OpportunityOrThreat effect, int impact,
            int likelihood, String name, String description) {
        PestleFactor factor = named(F.createPestleFactor(), id, name, description);
        factor.setCategory(category);
        factor.setEffect(effect);
        factor.setImpact(impact);
        factor.setLikelihood(likelihood);
        return factor;
    }

    /**
     * A SMART objective. {@code scope} says where the result is measured: {@code "plan"} (the whole
     * business), {@code "online"} (the online total: every channel but stores and events), or a
     * comma-separated list of channel ids ({@code ch-...}) or segment ids ({@code seg-...}).
     * {@code kind} says how the figure is read (a sum over the plan period, a level at the deadline,
     * a rate); the direction follows from baseline and target.
     */
    SmartObjective objective(String id, RaceStage stage, String name, String metric, MeasureKind kind,
            String baseline, String target, String unit, LocalDate deadline, String owner, String scope,
            String strategy, String description) {
        SmartObjective objective = named(F.createSmartObjective(), id, name, description);
        objective.setRaceStage(stage);
        objective.setMetric(metric);
        objective.setMeasureKind(kind);
        objective.setBaseline(dec(baseline));
        objective.setTarget(dec(target));
        int change = objective.getTarget().compareTo(objective.getBaseline());
        objective.setDirection(change > 0 ? Direction.INCREASE : change < 0 ? Direction.DECREASE : Direction.HOLD);
        objective.setUnit(unit);
        objective.setDeadline(deadline);
        objective.setOwner(get(owner));
        scope(objective, scope);
        objective.setStrategy(get(strategy));
        return objective;
    }

    private void scope(SmartObjective objective, String scope) {
        switch (scope) {
            case "plan" -> objective.setScope(ObjectiveScope.PLAN);
            case "online" -> objective.setScope(ObjectiveScope.ONLINE);
            default -> {
                for (String id : scope.split(",")) {
                    PlanElement element = get(id.trim());
                    if (element instanceof Channel channel) {
                        objective.setScope(ObjectiveScope.CHANNELS);
                        objective.getChannels().add(channel);
                    } else if (element instanceof Segment segment) {
                        objective.setScope(ObjectiveScope.SEGMENTS);
                        objective.getSegments().add(segment);
                    } else {
                        throw new IllegalArgumentException("Not a scope: " + id);
                    }
                }
                if (!objective.getChannels().isEmpty() && !objective.getSegments().isEmpty()) {
                    throw new IllegalArgumentException(objective.getId() + ": channels or segments, not both");
                }
            }
        }
    }

    /** Checks {@code objective} against the conversion forecast's {@code measure}. */
    static SmartObjective forecast(SmartObjective objective, ForecastMeasure measure) {
        objective.setForecastMeasure(measure);
        return objective;
    }

    /**
     * The conversion forecast's profit assumptions: the plan's gross margin, return rate and
     * fulfilment cost per order (percent points and plan money).
     */
    void economics(ConversionForecast forecast, String grossMargin, String returnRate, long fulfilmentPerOrder) {
        forecast.setGrossMargin(dec(grossMargin));
        forecast.setReturnRate(dec(returnRate));
        forecast.setFulfilmentCostPerOrder(money(fulfilmentPerOrder));
    }

    /**
     * An override of the plan's economics for a channel or a segment (either may be null; null
     * figures keep the plan's).
     */
    void assumption(ConversionForecast forecast, String id, String channel, String segment, String grossMargin,
            String returnRate, Long fulfilmentPerOrder, String notes) {
        ProfitAssumption assumption = id(F.createProfitAssumption(), id);
        if (channel != null) {
            assumption.setChannel(get(channel));
        }
        if (segment != null) {
            assumption.setSegment(get(segment));
        }
        if (grossMargin != null) {
            assumption.setGrossMargin(dec(grossMargin));
        }
        if (returnRate != null) {
            assumption.setReturnRate(dec(returnRate));
        }
        if (fulfilmentPerOrder != null) {
            assumption.setFulfilmentCostPerOrder(money(fulfilmentPerOrder));
        }
        assumption.setNotes(notes);
        forecast.getAssumptions().add(assumption);
    }

    /**
     * The approved budget and the category targets; fails when the lines plan more than either, so
     * a sample never ships over its own budget.
     */
    void approved(org.tactician.model.Budget budget, long total, Object... categoryTargets) {
        budget.setApprovedTotal(money(total));
        long planned = 0;
        Map<BudgetCategory, Long> byCategory = new HashMap<>();
        for (BudgetLine line : budget.getLines()) {
            long amount = line.getAmount().amount().longValueExact();
            planned += amount;
            byCategory.merge(line.getCategory(), amount, Long::sum);
        }
        if (planned > total) {
            throw new IllegalStateException("The lines plan " + planned + ", over the approved " + total);
        }
        for (int i = 0; i < categoryTargets.length; i += 2) {
            BudgetCategory category = (BudgetCategory) categoryTargets[i];
            long target = ((Number) categoryTargets[i + 1]).longValue();
            if (byCategory.getOrDefault(category, 0L) > target) {
                throw new IllegalStateException(category + " plans " + byCategory.get(category) + ", over its target "
                        + target);
            }
            CategoryTarget categoryTarget = id(F.createCategoryTarget(), "target-" + category.getLiteral().toLowerCase()
                    .replace('_', '-'));
            categoryTarget.setCategory(category);
            categoryTarget.setAmount(money(target));
            budget.getCategoryTargets().add(categoryTarget);
        }
    }

    Segment segment(String id, SegmentLayer layer, String name, String criteria, String productOrService,
            long estimatedSize, int priority, String parent, String description, String... channels) {
        Segment segment = named(F.createSegment(), id, name, description);
        segment.setLayer(layer);
        segment.setCriteria(criteria);
        segment.setProductOrService(productOrService);
        segment.setEstimatedSize(estimatedSize);
        segment.setPriority(priority);
        if (parent != null) {
            segment.setParent(get(parent));
        }
        segment.getChannels().addAll(all(channels));
        return segment;
    }

    Persona persona(String id, String name, String description, String profile, String goals,
            String painPoints, String[] segments, String... preferredChannels) {
        Persona persona = named(F.createPersona(), id, name, description);
        persona.setProfile(profile);
        persona.setGoals(goals);
        persona.setPainPoints(painPoints);
        persona.getSegments().addAll(all(segments));
        persona.getPreferredChannels().addAll(all(preferredChannels));
        return persona;
    }

    ContentItem content(String id, ContentFormat format, RaceStage stage, String name, String url,
            String description, String[] personas, String... channels) {
        ContentItem item = named(F.createContentItem(), id, name, description);
        item.setFormat(format);
        item.setRaceStage(stage);
        item.setUrl(url);
        item.getPersonas().addAll(all(personas));
        item.getChannels().addAll(all(channels));
        return item;
    }

    MixImprovement mix(String id, MarketingMixElement element, int priority, String name,
            String currentSituation, String description) {
        MixImprovement improvement = named(F.createMixImprovement(), id, name, description);
        improvement.setElement(element);
        improvement.setCurrentSituation(currentSituation);
        improvement.setPriority(priority);
        return improvement;
    }

    /** A communication priority of the communications strategy. */
    CommunicationPriority priority(String id, CommunicationType type, RaceStage stage, int priority, String name,
            String description) {
        CommunicationPriority communicationPriority = named(F.createCommunicationPriority(), id, name, description);
        communicationPriority.setType(type);
        communicationPriority.setRaceStage(stage);
        communicationPriority.setPriority(priority);
        return communicationPriority;
    }

    AuditActivity audit(String id, RaceStage stage, int capability, int priority, String name,
            String description) {
        AuditActivity activity = named(F.createAuditActivity(), id, name, description);
        activity.setRaceStage(stage);
        activity.setCapability(capability);
        activity.setPriority(priority);
        return activity;
    }

    CanvasItem canvas(String id, CanvasBlock block, String name, String description, String... references) {
        CanvasItem item = named(F.createCanvasItem(), id, name, description);
        item.setBlock(block);
        for (String reference : references) {
            PlanElement target = get(reference);
            if (target instanceof Segment segment) {
                item.getSegments().add(segment);
            } else if (target instanceof Channel channel) {
                item.getChannels().add(channel);
            } else if (target instanceof BudgetLine line) {
                item.getCosts().add(line);
            } else {
                throw new IllegalArgumentException("A canvas item cannot reference " + reference);
            }
        }
        return item;
    }

    /**
     * A budget line whose phasing is {@code amounts} (one per month, zero months left out), so the
     * amount is the exact sum of the phasing.
     */
    BudgetLine budgetLine(String id, BudgetCategory category, CostType costType, String name, String supplier,
            String channel, String description, long... amounts) {
        if (amounts.length != 12) {
            throw new IllegalArgumentException(id + ": phasing needs 12 months");
        }
        BudgetLine line = named(F.createBudgetLine(), id, name, description);
        line.setCategory(category);
        line.setCostType(costType);
        line.setSupplier(supplier);
        if (channel != null) {
            line.setChannel(get(channel));
        }
        long total = 0;
        for (int m = 1; m <= 12; m++) {
            long amount = amounts[m - 1];
            if (amount == 0) {
                continue;
            }
            MonthlyAmount month = id(F.createMonthlyAmount(), id + "-" + String.format("%02d", m));
            month.setMonth(month(m));
            month.setAmount(money(amount));
            line.getPhasing().add(month);
            total += amount;
        }
        line.setAmount(money(total));
        return line;
    }

    /** Twelve equal months of {@code monthly}. */
    static long[] monthly(long monthly) {
        long[] amounts = new long[12];
        Arrays.fill(amounts, monthly);
        return amounts;
    }

    /** {@code amount} in the given months (1-based), nothing in the others. */
    static long[] inMonths(long[] amountsByListedMonth, int... months) {
        long[] amounts = new long[12];
        for (int i = 0; i < months.length; i++) {
            amounts[months[i] - 1] = amountsByListedMonth[i];
        }
        return amounts;
    }

    Kpi kpi(String id, RaceStage stage, String name, String unit, String baseline, String target, String yoy,
            String mom, String channel, String owner, String dataSource, String description) {
        Kpi kpi = named(F.createKpi(), id, name, description);
        kpi.setRaceStage(stage);
        kpi.setUnit(unit);
        kpi.setBaseline(dec(baseline));
        kpi.setTarget(dec(target));
        kpi.setTargetYearOnYear(dec(yoy));
        kpi.setTargetMonthOnMonth(dec(mom));
        if (channel != null) {
            kpi.setChannel(get(channel));
        }
        kpi.setOwner(get(owner));
        kpi.setDataSource(dataSource);
        return kpi;
    }

    /** Monthly values of a summed KPI: this year's targets and last year's values. */
    void kpiValues(Kpi kpi, long[] targets, long[] previousYear) {
        for (int m = 1; m <= 12; m++) {
            KpiValue value = id(F.createKpiValue(), kpi.getId() + "-" + String.format("%02d", m));
            value.setMonth(month(m));
            value.setTarget(dec(targets[m - 1]));
            value.setPreviousYear(dec(previousYear[m - 1]));
            kpi.getValues().add(value);
        }
    }

    /** Monthly values of a rate KPI: a straight ramp from the baseline to the target in December. */
    void kpiRamp(Kpi kpi, int scale, BigDecimal previousYear) {
        kpiRamp(kpi, scale, previousYear, 12);
    }

    /** A ramp that reaches the target in {@code targetMonth} and holds it. */
    void kpiRamp(Kpi kpi, int scale, BigDecimal previousYear, int targetMonth) {
        kpiRamp(kpi, scale, previousYear, 1, targetMonth);
    }

    /** Holds the baseline before {@code fromMonth}, then ramps to the target in {@code targetMonth}. */
    void kpiRamp(Kpi kpi, int scale, BigDecimal previousYear, int fromMonth, int targetMonth) {
        int steps = targetMonth - fromMonth + 1;
        BigDecimal step = kpi.getTarget().subtract(kpi.getBaseline()).divide(dec(steps), 6, RoundingMode.HALF_UP);
        for (int m = 1; m <= 12; m++) {
            KpiValue value = id(F.createKpiValue(), kpi.getId() + "-" + String.format("%02d", m));
            value.setMonth(month(m));
            BigDecimal target;
            if (m >= targetMonth) {
                target = kpi.getTarget();
            } else if (m < fromMonth) {
                target = kpi.getBaseline();
            } else {
                target = kpi.getBaseline().add(step.multiply(dec(m - fromMonth + 1))).setScale(scale,
                        RoundingMode.HALF_UP);
            }
            value.setTarget(target);
            value.setPreviousYear(previousYear);
            kpi.getValues().add(value);
        }
    }

    /** The growth from {@code baseline} to {@code target} in percent, one decimal. */
    static String growth(long baseline, long target) {
        return dec(target - baseline).multiply(dec(100)).divide(dec(baseline), 1, RoundingMode.HALF_UP).toPlainString();
    }

    AbTest abTest(String id, String name, String hypothesis, String variantA, String variantB, String metric) {
        AbTest test = named(F.createAbTest(), id, name, null);
        test.setHypothesis(hypothesis);
        test.setVariantA(variantA);
        test.setVariantB(variantB);
        test.setMetric(metric);
        return test;
    }

    // --- action: campaigns, activities, martech, 90-day plans --------------------------------

    /** A campaign, added to {@code action}. */
    Campaign campaign(ActionSection action, String id, String name, String description, LocalDate start,
            LocalDate end, String owner, String goals, String tracking, String[] objectives, String[] audience,
            String[] personas) {
        Campaign campaign = named(F.createCampaign(), id, name, description);
        campaign.setStart(start);
        campaign.setEnd(end);
        campaign.setOwner(get(owner));
        campaign.setGoals(goals);
        campaign.setTracking(tracking);
        campaign.getObjectives().addAll(all(objectives));
        campaign.getAudience().addAll(all(audience));
        campaign.getPersonas().addAll(all(personas));
        action.getCampaigns().add(campaign);
        return campaign;
    }

    /** A key message of {@code campaign} for the given personas. */
    void keyMessage(Campaign campaign, String id, String name, String description, String... personas) {
        KeyMessage message = named(F.createKeyMessage(), id, name, description);
        message.getPersonas().addAll(all(personas));
        campaign.getKeyMessages().add(message);
    }

    /**
     * A media placement in the media plan of {@code campaign}, booking {@code booked} of its budget
     * line; 0 and a null line are left unset (an owned placement costs nothing).
     */
    void placement(Campaign campaign, String id, String name, LocalDate start, LocalDate end, String channel,
            MediaType mediaType, long booked, String budgetLine, String targeting, String kpi) {
        MediaPlacement placement = named(F.createMediaPlacement(), id, name, null);
        placement.setStart(start);
        placement.setEnd(end);
        placement.setChannel(get(channel));
        placement.setMediaType(mediaType);
        if (booked > 0) {
            placement.setBookedAmount(money(booked));
        }
        if (budgetLine != null) {
            placement.setBudgetLine(get(budgetLine));
        }
        placement.setTargeting(targeting);
        placement.setKpi(get(kpi));
        campaign.getMediaPlan().add(placement);
    }

    /** An always-on activity from the first day of its first quarter to the end of the year. */
    AlwaysOnActivity alwaysOn(String id, RaceStage stage, String name, String owner, String channel,
            String budgetLine, String campaign, int priority, Quarter[] quarters, String description,
            String... objectives) {
        AlwaysOnActivity activity = named(F.createAlwaysOnActivity(), id, name, description);
        activity(activity, stage, owner, channel, budgetLine, campaign, priority, objectives);
        activity.getQuarters().addAll(List.of(quarters));
        activity.setStart(date(quarters[0].getValue() * 3 + 1, 1));
        activity.setEnd(date(12, 31));
        return activity;
    }

    /** Sets what every activity has: stage, owner, channel, budget line, campaign, priority and objectives. */
    void activity(Activity activity, RaceStage stage, String owner, String channel, String budgetLine,
            String campaign, int priority, String... objectives) {
        activity.setRaceStage(stage);
        activity.setOwner(get(owner));
        if (channel != null) {
            activity.setChannel(get(channel));
        }
        if (budgetLine != null) {
            activity.setBudgetLine(get(budgetLine));
        }
        if (campaign != null) {
            activity.setCampaign(get(campaign));
        }
        activity.setPriority(priority);
        activity.getObjectives().addAll(all(objectives));
    }

    /** A martech tool serving the given RACE stages. */
    MarTechTool tool(String id, String name, MarTechCategory category, String vendor, String budgetLine,
            String owner, RaceStage... stages) {
        MarTechTool tool = named(F.createMarTechTool(), id, name, null);
        tool.setCategory(category);
        tool.setVendor(vendor);
        if (budgetLine != null) {
            tool.setBudgetLine(get(budgetLine));
        }
        tool.setOwner(get(owner));
        tool.getRaceStages().addAll(List.of(stages));
        return tool;
    }

    /** A 90-day plan covering {@code quarter}, added to {@code action}. */
    NinetyDayPlan ninetyDays(ActionSection action, String id, Quarter quarter, String name, String description) {
        NinetyDayPlan ninetyDays = named(F.createNinetyDayPlan(), id, name, description);
        ninetyDays.setQuarter(quarter);
        int firstMonth = quarter.getValue() * 3 + 1;
        ninetyDays.setStart(date(firstMonth, 1));
        ninetyDays.setEnd(endOfMonth(firstMonth + 2));
        action.getNinetyDayPlans().add(ninetyDays);
        return ninetyDays;
    }

    /** An action item of a 90-day plan. */
    void actionItem(NinetyDayPlan ninetyDays, String id, RaceStage stage, Workstream workstream, String name,
            LocalDate start, LocalDate end, String owner, String channel, String budgetLine, String campaign,
            int priority, String... objectives) {
        ActionItem item = named(F.createActionItem(), id, name, null);
        activity(item, stage, owner, channel, budgetLine, campaign, priority, objectives);
        item.setWorkstream(workstream);
        item.setStart(start);
        item.setEnd(end);
        ninetyDays.getActions().add(item);
    }

    // --- operations: calendars and loyalty -----------------------------------------------------

    /** Sets what every calendar entry has: dates, stage, channel, owner and what it serves. */
    <T extends CalendarEntry> T entry(T entry, String id, String name, String description, LocalDate start,
            LocalDate end, RaceStage stage, String channel, String owner, String objective, String campaign,
            String activity) {
        named(entry, id, name, description);
        entry.setStart(start);
        entry.setEnd(end);
        entry.setRaceStage(stage);
        entry.setChannel(get(channel));
        entry.setOwner(get(owner));
        if (objective != null) {
            entry.setObjective(get(objective));
        }
        if (campaign != null) {
            entry.setCampaign(get(campaign));
        }
        if (activity != null) {
            entry.setActivity(get(activity));
        }
        return entry;
    }

    /**
     * Books {@code amount} of {@code budgetLine} on a calendar entry: its share of the line (the
     * line stays the one source of the planned spend).
     */
    <T extends CalendarEntry> T cost(T entry, long amount, String budgetLine) {
        entry.setBookedAmount(money(amount));
        entry.setBudgetLine(get(budgetLine));
        return entry;
    }

    /**
     * Makes {@code entry} the execution of {@code placement}: its money is the placement's booking,
     * so the entry books nothing itself (no second copy of the same cost).
     */
    <T extends CalendarEntry> T executes(T entry, String placement) {
        entry.setPlacement(get(placement));
        return entry;
    }

    /** An RFM segment of {@code segment} with its three scores. */
    RfmSegment rfm(String id, String name, int recency, int frequency, int monetary, String segment,
            String description) {
        RfmSegment rfm = named(F.createRfmSegment(), id, name, description);
        rfm.setRecencyScore(recency);
        rfm.setFrequencyScore(frequency);
        rfm.setMonetaryScore(monetary);
        rfm.setSegment(get(segment));
        return rfm;
    }

    // --- customer journey ----------------------------------------------------------------------

    /** A journey stage with its touchpoints. */
    JourneyStage stage(String id, RaceStage raceStage, String name, Touchpoint... touchpoints) {
        JourneyStage stage = named(F.createJourneyStage(), id, name, null);
        stage.setRaceStage(raceStage);
        stage.getTouchpoints().addAll(List.of(touchpoints));
        return stage;
    }

    /** A journey touchpoint; the activity may be null. */
    Touchpoint touchpoint(String id, String name, MediaType mediaType, String channel, PurchaseMode purchase,
            String activity, String[] personas, String[] segments, String... content) {
        Touchpoint touchpoint = named(F.createTouchpoint(), id, name, null);
        touchpoint.setMediaType(mediaType);
        touchpoint.setChannel(get(channel));
        touchpoint.setPurchase(purchase);
        if (activity != null) {
            touchpoint.setActivity(get(activity));
        }
        touchpoint.getPersonas().addAll(all(personas));
        touchpoint.getSegments().addAll(all(segments));
        touchpoint.getContent().addAll(all(content));
        return touchpoint;
    }

    /** A journey flow between two touchpoints; condition and persona may be null. */
    JourneyFlow flow(String id, String name, String source, String target, String condition, String persona) {
        JourneyFlow flow = named(F.createJourneyFlow(), id, name, null);
        flow.setSource(get(source));
        flow.setTarget(get(target));
        flow.setCondition(condition);
        if (persona != null) {
            flow.setPersona(get(persona));
        }
        return flow;
    }
}
