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
import org.tactician.model.AuditActivity;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.ContentFormat;
import org.tactician.model.ContentItem;
import org.tactician.model.CostType;
import org.tactician.model.Kpi;
import org.tactician.model.KpiValue;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaType;
import org.tactician.model.MixImprovement;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.Persona;
import org.tactician.model.PlanElement;
import org.tactician.model.RaceStage;
import org.tactician.model.Segment;
import org.tactician.model.SegmentLayer;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TeamMember;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;

/**
 * Shared vocabulary of the sample builders: explicit readable ids, money in the plan currency,
 * dates of the plan year, and phasing/value helpers that make the numbers add up by construction.
 */
abstract class SampleBuilder {

    static final TacticianFactory F = TacticianFactory.eINSTANCE;

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

    SmartObjective objective(String id, RaceStage stage, String name, String metric, String baseline,
            String target, String unit, LocalDate deadline, String owner, String channel, String strategy,
            String description) {
        SmartObjective objective = named(F.createSmartObjective(), id, name, description);
        objective.setRaceStage(stage);
        objective.setMetric(metric);
        objective.setBaseline(dec(baseline));
        objective.setTarget(dec(target));
        objective.setUnit(unit);
        objective.setDeadline(deadline);
        objective.setOwner(get(owner));
        objective.setChannel(get(channel));
        objective.setStrategy(get(strategy));
        return objective;
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
        BigDecimal step = kpi.getTarget().subtract(kpi.getBaseline()).divide(dec(12), 6, RoundingMode.HALF_UP);
        for (int m = 1; m <= 12; m++) {
            KpiValue value = id(F.createKpiValue(), kpi.getId() + "-" + String.format("%02d", m));
            value.setMonth(month(m));
            BigDecimal target = m == 12 ? kpi.getTarget()
                    : kpi.getBaseline().add(step.multiply(dec(m))).setScale(scale, RoundingMode.HALF_UP);
            value.setTarget(target);
            value.setPreviousYear(previousYear);
            kpi.getValues().add(value);
        }
    }

    AbTest abTest(String id, String name, String hypothesis, String variantA, String variantB, String metric) {
        AbTest test = named(F.createAbTest(), id, name, null);
        test.setHypothesis(hypothesis);
        test.setVariantA(variantA);
        test.setVariantB(variantB);
        test.setMetric(metric);
        return test;
    }
}
