package org.tactician.generators.content;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tactician.charts.PlanChart;
import org.tactician.charts.PlanCharts;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastCell;
import org.tactician.forecast.conversion.ForecastFigures;
import org.tactician.forecast.conversion.MonthForecast;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.ScheduledItem;
import org.tactician.generators.content.Block.Bullets;
import org.tactician.generators.content.Block.Chart;
import org.tactician.generators.content.Block.Field;
import org.tactician.generators.content.Block.Figure;
import org.tactician.generators.content.Block.Paragraph;
import org.tactician.generators.content.Block.Section;
import org.tactician.generators.content.Block.Table;
import org.tactician.generators.content.Block.Tone;
import org.tactician.generators.document.ValidationSummary;
import org.tactician.generators.figures.JourneyLayout;
import org.tactician.generators.figures.PlanFigures;
import org.tactician.generators.internal.Profitability;
import org.tactician.generators.internal.Text;
import org.tactician.generators.internal.ElementFailure;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.*;

/**
 * Builds the plan document's content — every section of the plan in the method's order
 * (Opportunity → Strategy → Action → Operations → Journey, after the overview, with the validation
 * appendix), or the executive summary — from one {@link PlanAnalysis}: the same figures, words and
 * formats for every format that renders it.
 */
public final class PlanContent {

    private final PlanAnalysis analysis;
    private final MarketingPlan plan;
    private final PlanTerms terms;
    private final PlanFormat format;
    private final PlanFigures figures;

    private PlanContent(PlanAnalysis analysis, PlanFigures figures) {
        this.analysis = analysis;
        this.plan = analysis.plan();
        this.terms = analysis.terms();
        this.format = analysis.format();
        this.figures = figures;
    }

    /** The full plan document of {@code analysis}, with the analysis' figures. */
    public static DocumentContent full(PlanAnalysis analysis) {
        return new PlanContent(analysis, analysis.figures()).build(false);
    }

    /** The executive summary of {@code analysis}: two or three pages. */
    public static DocumentContent summary(PlanAnalysis analysis) {
        return new PlanContent(analysis, analysis.figures()).build(true);
    }

    /** The full document or the summary, with the journeys laid out by {@code journeyLayout}. */
    public static DocumentContent of(PlanAnalysis analysis, boolean summary, JourneyLayout journeyLayout) {
        return new PlanContent(analysis, new PlanFigures(analysis.plan(), analysis.terms(), analysis.theme().primary(),
                journeyLayout)).build(summary);
    }

    private String t(String key) {
        return terms.text(key);
    }

    private String t(String key, Object... arguments) {
        return terms.format(key, arguments);
    }

    private DocumentContent build(boolean summary) {
        List<Section> sections = new ArrayList<>();
        if (summary) {
            sections.add(overview(true));
            summarySections(sections);
        } else {
            sections.add(overview(false));
            sections.add(opportunity());
            sections.add(strategy());
            sections.add(action());
            sections.add(operations());
            sections.add(journeys());
            sections.add(validationAppendix());
        }
        String name = Text.clean(plan.getName());
        String title = name.isEmpty() ? t("doc.untitled") : name;
        String brand = Text.clean(plan.getBrand());
        String kind = t(summary ? "doc.kind.summary" : "doc.kind.plan");
        return new DocumentContent(terms.languageTag(), terms.isRightToLeft(), title, brand.isEmpty() ? kind : brand + " · " + kind,
                summary ? null : t("doc.contents"), sections, summary);
    }

    // ---------------------------------------------------------------- building blocks

    private static Section section(String id, String title, List<Block> blocks) {
        return new Section(id, title, blocks);
    }

    /** A labelled value; nothing when the value is blank. */
    private static void field(List<Block> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Field(label, value));
        }
    }

    private static Paragraph empty() {
        return new Paragraph("—", Tone.EMPTY);
    }

    /** A table, or a dash when it has no rows. */
    private static Block table(String kind, List<String> headers, List<List<String>> rows) {
        return rows.isEmpty() ? empty() : new Table(kind, headers, rows, false, false);
    }

    /** A table of figures whose last row is the total. */
    private static Block totals(String kind, List<String> headers, List<List<String>> rows) {
        return rows.isEmpty() ? empty() : new Table(kind, headers, rows, true, true);
    }

    private List<String> headers(String... keys) {
        List<String> headers = new ArrayList<>(keys.length);
        for (String key : keys) {
            headers.add(t("column." + key));
        }
        return headers;
    }

    private static <T> List<List<String>> rows(Collection<? extends T> items, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        for (T item : items) {
            // A row that fails names its element in the run's message.
            rows.add(ElementFailure.at(item, () -> row.apply(item)));
        }
        return rows;
    }

    private static String s(String text) {
        return text == null ? "" : text;
    }

    private static String name(NamedElement element) {
        return element == null ? "" : s(element.getName());
    }

    private static String names(Collection<? extends NamedElement> elements) {
        return elements.stream().map(PlanContent::name).collect(Collectors.joining(", "));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }

    private String value(EObject element, String feature) {
        return Text.value(element, feature, terms);
    }

    private String whole(BigDecimal amount, String currency) {
        return format.wholeMoney(amount, currency);
    }

    /**
     * A figure of a wide table of money (whole units, no currency: the column header names it, so
     * the amounts of ten columns fit an A4 page on one line each).
     */
    private String figure(BigDecimal amount) {
        return amount == null ? "" : format.whole(amount);
    }

    /**
     * {@code header (EUR)}: the currency of a column of {@link #figure}s, by its ISO code (one
     * left-to-right word, so a narrow header never breaks it the way it breaks "د.إ."); in a
     * right-to-left plan "(AED)" is isolated, so it stays one piece on its line.
     */
    private String inCurrency(String header, String currency) {
        if (currency == null || currency.isBlank()) {
            return header;
        }
        String unit = "(" + currency.strip() + ")";
        return header + " " + (terms.isRightToLeft() ? "\u2066" + unit + "\u2069" : unit);
    }

    private String amount(BigDecimal value, String currency) {
        return value == null ? "" : format.money(value, currency);
    }

    private Chart chart(String id, String caption) {
        PlanChart chart = analysis.chart(id);
        return new Chart(chart, caption);
    }

    // ---------------------------------------------------------------- overview

    private Section overview(boolean summary) {
        List<Block> out = new ArrayList<>();
        field(out, t("label.brand"), plan.getBrand());
        field(out, t("label.period"), format.period(plan.getStart(), plan.getEnd()));
        field(out, t("label.currency"), plan.getCurrency());
        field(out, t("label.language"), plan.getLanguage());
        field(out, t("label.author"), plan.getAuthor());
        field(out, t("label.owner"), name(plan.getOwner()));
        field(out, t("label.description"), plan.getDescription());
        if (summary) {
            if (plan.getStrategy() != null && plan.getStrategy().getValueProposition() != null) {
                field(out, t("label.elevatorPitch"), plan.getStrategy().getValueProposition().getElevatorPitch());
            }
        } else {
            out.add(section("team", t("doc.team"), List.of(table("team", headers("name", "role", "email"),
                    rows(plan.getTeam(), m -> List.of(s(m.getName()), s(m.getRole()), s(m.getEmail())))))));
            out.add(section("channels", t("doc.channels"), List.of(table("channels", headers("channel", "category", "media", "url"),
                    rows(plan.getChannels(), c -> List.of(s(c.getName()), value(c, "category"), value(c, "mediaType"),
                            s(c.getUrl())))))));
            out.add(section("race-coverage", t("doc.raceCoverage"), List.of(chart(PlanCharts.RACE_COVERAGE, raceCaption()))));
        }
        return section("overview", t("doc.section.overview"), out);
    }

    private String raceCaption() {
        PlanChart chart = analysis.chart(PlanCharts.RACE_COVERAGE);
        return t("doc.raceCoverage.caption", format.number(chart.total(PlanCharts.OBJECTIVES).longValue()),
                format.number(chart.total(PlanCharts.KPIS).longValue()), format.number(chart.total(PlanCharts.ACTIVITIES).longValue()),
                format.number(chart.total(PlanCharts.TOUCHPOINTS).longValue()));
    }

    // ---------------------------------------------------------------- executive summary

    /**
     * The executive summary: the plan "summarised on two or three sides of A4, tied to SMART
     * objectives" — key issues and strategies, objectives by RACE stage, budget by category and
     * quarter, the forecast by quarter, the largest campaigns and the first 90 days.
     */
    private void summarySections(List<Section> sections) {
        OpportunitySection opportunity = plan.getOpportunity();
        if (opportunity != null && opportunity.getSwot() != null) {
            SwotAnalysis swot = opportunity.getSwot();
            List<Block> out = new ArrayList<>();
            List<String> issues = swot.getKeyIssues().stream().map(i -> s(i.getName())).toList();
            out.add(issues.isEmpty() ? empty() : new Bullets(issues));
            List<List<String>> strategies = new ArrayList<>();
            for (TowsCategory category : TowsCategory.values()) {
                String names = swot.getStrategies().stream().filter(x -> x.isSetCategory() && x.getCategory() == category)
                        .map(x -> s(x.getName())).collect(Collectors.joining("; "));
                if (!names.isEmpty()) {
                    strategies.add(List.of(terms.literal(category), names));
                }
            }
            out.add(table("tows-summary", headers("tows", "strategies"), strategies));
            sections.add(section("key-issues", t("doc.summary.keyIssues"), out));
        }
        if (opportunity != null) {
            List<SmartObjective> byStage = new ArrayList<>(opportunity.getObjectives());
            // Stable sort: plan order within a stage, objectives without a stage last.
            byStage.sort(Comparator.comparingInt(o -> o.isSetRaceStage() ? o.getRaceStage().getValue() : Integer.MAX_VALUE));
            sections.add(section("objectives", t("doc.summary.objectives"), List.of(objectivesTable(byStage))));
        }
        sections.add(section("budget", t("doc.summary.budget"),
                List.of(chart(PlanCharts.BUDGET_BY_MONTH, budgetCaption()), budgetByQuarter())));
        List<Block> forecast = new ArrayList<>();
        if (!analysis.forecast().cells().isEmpty()) {
            forecast.add(chart(PlanCharts.FORECAST_VS_TARGETS, forecastCaption()));
        }
        forecast.add(forecastByQuarter());
        if (!analysis.forecast().cells().isEmpty()) {
            breakEven(forecast);
        }
        sections.add(section("forecast", t("doc.summary.forecast"), forecast));
        if (plan.getAction() != null) {
            List<Campaign> campaigns = new ArrayList<>(plan.getAction().getCampaigns());
            campaigns.sort(Comparator.comparing((Campaign c) -> campaignBudget(c) == null ? BigDecimal.ZERO
                    : campaignBudget(c).amount()).reversed());
            sections.add(section("campaigns", t("doc.summary.campaigns"),
                    List.of(campaignsTable(campaigns.subList(0, Math.min(5, campaigns.size()))))));
            // The next 90 days are the first 90-day plan of the year.
            List<NinetyDayPlan> first = plan.getAction().getNinetyDayPlans().stream()
                    .sorted(Comparator.comparingInt(n -> n.isSetQuarter() ? n.getQuarter().getValue() : Integer.MAX_VALUE))
                    .limit(1).toList();
            sections.add(section("ninety-day-plan", t("doc.summary.ninetyDays"), ninetyDays(first)));
        }
    }

    private String budgetCaption() {
        BudgetMatrix budget = analysis.budget();
        return t("doc.chart.budget.caption", whole(budget.total(), budget.currency()));
    }

    private String forecastCaption() {
        PlanChart chart = analysis.chart(PlanCharts.FORECAST_VS_TARGETS);
        String currency = analysis.forecast().currency();
        String caption = t("doc.chart.forecast.caption", whole(chart.total(PlanCharts.REVENUE), currency),
                whole(chart.total(PlanCharts.CONTRIBUTION), currency));
        if (chart.series(PlanCharts.REVENUE_TARGET).isPresent()) {
            caption += " " + t("doc.chart.forecast.targets", whole(chart.total(PlanCharts.REVENUE_TARGET), currency));
        }
        return caption;
    }

    /** Budget categories × plan quarters (whole currency units), with totals. */
    private Block budgetByQuarter() {
        BudgetMatrix budget = analysis.budget();
        if (budget.rows().isEmpty() || budget.calendar().isEmpty()) {
            return empty();
        }
        PlanCalendar calendar = budget.calendar();
        List<PlanQuarter> quarters = calendar.quarters();
        Map<PlanQuarter, Map<BudgetCategory, BigDecimal>> cells = budget.byQuarterAndCategory();
        List<String> headers = new ArrayList<>(List.of(t("column.category")));
        quarters.forEach(q -> headers.add(inCurrency(format.quarter(calendar, q), budget.currency())));
        headers.add(inCurrency(t("column.year"), budget.currency()));
        List<List<String>> rows = new ArrayList<>();
        budget.byCategory().forEach((category, total) -> {
            if (total.signum() != 0) {
                List<String> row = new ArrayList<>(List.of(terms.literal(category)));
                quarters.forEach(q -> row.add(figure(cells.get(q).get(category))));
                row.add(figure(total));
                rows.add(row);
            }
        });
        if (budget.uncategorised().signum() != 0) {
            List<String> row = new ArrayList<>(List.of(terms.notSet()));
            for (PlanQuarter quarter : quarters) {
                BigDecimal sum = BigDecimal.ZERO;
                for (BudgetRow line : budget.rows()) {
                    if (line.category() == null) {
                        for (YearMonth month : calendar.monthsOf(quarter)) {
                            sum = sum.add(line.amountIn(month));
                        }
                    }
                }
                row.add(figure(sum));
            }
            row.add(figure(budget.uncategorised()));
            rows.add(row);
        }
        List<String> totals = new ArrayList<>(List.of(t("row.total")));
        quarters.forEach(q -> totals.add(figure(budget.byQuarter().getOrDefault(q, BigDecimal.ZERO))));
        totals.add(figure(budget.total()));
        rows.add(totals);
        return totals("budget-quarters", headers, rows);
    }

    /** The conversion forecast by plan quarter, with the year's totals. */
    private Block forecastByQuarter() {
        Forecast forecast = analysis.forecast();
        if (forecast.cells().isEmpty()) {
            return empty();
        }
        List<List<String>> rows = new ArrayList<>();
        forecast.byQuarter().forEach((quarter, figures) -> rows.add(forecastRow(format.quarter(forecast.calendar(), quarter), figures)));
        rows.add(forecastRow(t("row.total"), forecast.total()));
        List<String> headers = headers("quarter", "sessions", "orders", "revenue", "grossProfit", "fulfilment", "marketing",
                "contribution", "roi");
        for (int column = 3; column <= 7; column++) {
            headers.set(column, inCurrency(headers.get(column), forecast.currency()));
        }
        return totals("forecast-quarters", headers, rows);
    }

    /** A forecast row: contribution = gross profit (after returns and cost of goods) − fulfilment − marketing. */
    private List<String> forecastRow(String label, ForecastFigures figures) {
        return List.of(label, format.number(figures.sessions()), format.number(Rounding.toScale(figures.orders(), 0)),
                figure(figures.revenue()), figure(figures.grossProfit()), figure(figures.fulfilmentCost()),
                figure(figures.marketingCost()), figure(figures.contribution()),
                figures.roiPercent().map(format::percent).orElse(""));
    }

    /** The break-even month in one sentence, and a warning when the contribution is not after margin. */
    private void breakEven(List<Block> out) {
        Profitability profitability = analysis.profitability();
        out.add(new Paragraph(profitability.breakEven().map(month -> t("doc.breakEven", format.month(month)))
                .orElse(t("doc.noBreakEven")), Tone.EMPHASIS));
        if (profitability.inputsWithoutMargin() > 0) {
            out.add(new Paragraph(t("doc.withoutMargin", profitability.inputsWithoutMargin()), Tone.WARNING));
        }
    }

    // ---------------------------------------------------------------- opportunity

    private Section opportunity() {
        OpportunitySection opportunity = plan.getOpportunity();
        if (opportunity == null) {
            return section("opportunity", t("doc.section.opportunity"), List.of(empty()));
        }
        List<Block> out = new ArrayList<>();
        PerformanceReview review = opportunity.getPerformanceReview();
        List<Block> reviewBlocks = new ArrayList<>();
        if (review != null) {
            field(reviewBlocks, t("label.period"), format.period(review.getStart(), review.getEnd()));
            field(reviewBlocks, t("label.salesTarget"), format.money(review.getSalesTarget()));
            field(reviewBlocks, t("label.sales"), format.money(review.getSales()));
            field(reviewBlocks, t("label.profit"), format.money(review.getProfit()));
            field(reviewBlocks, t("label.newCustomers"), review.getNewCustomers() == 0 ? "" : format.number(review.getNewCustomers()));
            field(reviewBlocks, t("label.retentionRate"), format.percent(review.getRetentionRate()));
            field(reviewBlocks, t("label.growthRate"), format.percent(review.getGrowthRate()));
            field(reviewBlocks, t("label.missedOpportunities"), review.getMissedOpportunities());
            reviewBlocks.add(table("metrics", headers("channel", "sessions", "conversionRate", "averageOrderValue", "revenue", "cost"),
                    rows(review.getChannelMetrics(), m -> List.of(name(m.getChannel()), format.number(m.getSessions()),
                            format.percent(m.getConversionRate()), format.money(m.getAverageOrderValue()),
                            format.money(m.getRevenue()), format.money(m.getCost())))));
        }
        out.add(section("performance-review", t("doc.performanceReview"), reviewBlocks));
        out.add(section("market-review", t("doc.marketReview"), opportunity.getMarketReview() == null ? List.of()
                : List.of(table("findings", headers("finding", "area", "effect", "source"),
                        rows(opportunity.getMarketReview().getFindings(), f -> List.of(s(f.getName()), value(f, "area"),
                                value(f, "effect"), s(f.getSource())))))));
        out.add(section("pestle", t("doc.pestle"), opportunity.getPestle() == null ? List.of()
                : List.of(table("pestle", headers("factor", "category", "effect", "impact", "likelihood"),
                        rows(opportunity.getPestle().getFactors(), f -> List.of(s(f.getName()), value(f, "category"),
                                value(f, "effect"), String.valueOf(f.getImpact()), String.valueOf(f.getLikelihood())))))));
        SwotAnalysis swot = opportunity.getSwot();
        List<Block> swotBlocks = new ArrayList<>();
        if (swot != null) {
            swotBlocks.add(new Figure(figures.tows().orElseThrow(), t("figure.tows.caption")));
            swotBlocks.add(section("key-issues", t("doc.keyIssues"), List.of(table("key-issues", headers("keyIssue", "priority", "from"),
                    rows(swot.getKeyIssues(), i -> List.of(s(i.getName()), String.valueOf(i.getPriority()),
                            names(i.getSwotItems())))))));
        }
        out.add(section("swot-tows", t("doc.swotTows"), swotBlocks));
        out.add(section("objectives", t("doc.objectives"), List.of(objectivesTable(opportunity.getObjectives()))));
        List<Block> forecastBlocks = new ArrayList<>();
        if (opportunity.getForecast() != null) {
            Forecast forecast = analysis.forecast();
            if (!forecast.cells().isEmpty()) {
                forecastBlocks.add(chart(PlanCharts.FORECAST_VS_TARGETS, forecastCaption()));
            }
            // One row per channel and quarter instead of one per input (84 rows for the full
            // sample): the inputs themselves are in the budget workbook.
            forecastBlocks.add(forecastByChannel());
            forecastBlocks.add(forecastByQuarter());
            if (!forecast.cells().isEmpty()) {
                forecastBlocks.add(profitability());
            }
        }
        out.add(section("forecast", t("doc.forecast"), forecastBlocks));
        return section("opportunity", t("doc.section.opportunity"), out);
    }

    /** Revenue by channel (rows) and plan quarter (columns), with each channel's year totals. */
    private Block forecastByChannel() {
        Forecast forecast = analysis.forecast();
        if (forecast.cells().isEmpty()) {
            return empty();
        }
        String currency = forecast.currency();
        List<PlanQuarter> quarters = forecast.calendar().quarters();
        Map<Channel, Map<PlanQuarter, BigDecimal>> revenue = new LinkedHashMap<>();
        Map<Channel, ForecastFigures> year = new LinkedHashMap<>();
        for (ForecastCell cell : forecast.cells()) {
            if (!forecast.calendar().contains(cell.month())) {
                continue;
            }
            // LinkedHashMap keeps the forecast's channel order; the channel-less cells come last.
            revenue.computeIfAbsent(cell.channel(), c -> new java.util.HashMap<>())
                    .merge(forecast.calendar().quarterOf(cell.month()), cell.figures().revenue(), BigDecimal::add);
            year.merge(cell.channel(), cell.figures(), ForecastFigures::plus);
        }
        List<String> headers = new ArrayList<>(List.of(t("column.channel")));
        quarters.forEach(q -> headers.add(inCurrency(t("column.quarterRevenue", format.quarter(forecast.calendar(), q)), currency)));
        headers("revenue", "grossProfit", "marketing", "contribution").forEach(header -> headers.add(inCurrency(header, currency)));
        headers.add(t("column.roi"));
        List<List<String>> rows = new ArrayList<>();
        year.forEach((channel, figures) -> {
            List<String> row = new ArrayList<>(List.of(channel == null ? t("doc.noChannel") : s(channel.getName())));
            quarters.forEach(q -> row.add(figure(revenue.get(channel).getOrDefault(q, BigDecimal.ZERO))));
            row.add(figure(figures.revenue()));
            row.add(figure(figures.grossProfit()));
            row.add(figure(figures.marketingCost()));
            row.add(figure(figures.contribution()));
            row.add(figures.roiPercent().map(format::percent).orElse(""));
            rows.add(row);
        });
        ForecastFigures total = forecast.total();
        List<String> totals = new ArrayList<>(List.of(t("row.total")));
        quarters.forEach(q -> totals.add(figure(forecast.byQuarter().getOrDefault(q, ForecastFigures.ZERO).revenue())));
        totals.addAll(List.of(figure(total.revenue()), figure(total.grossProfit()),
                figure(total.marketingCost()), figure(total.contribution()),
                total.roiPercent().map(format::percent).orElse("")));
        rows.add(totals);
        return totals("forecast-channels", headers, rows);
    }

    /**
     * Profitability after margin: the margin assumptions, contribution by month with its
     * cumulative total, and the break-even month.
     */
    private Section profitability() {
        Profitability profitability = analysis.profitability();
        String currency = analysis.forecast().currency();
        List<Block> out = new ArrayList<>();
        List<List<String>> assumptions = new ArrayList<>();
        for (Profitability.Assumption assumption : profitability.assumptions()) {
            assumptions.add(List.of(assumption.appliesTo() == null ? t("doc.allChannelsAndSegments") : assumption.appliesTo(),
                    format.percent(assumption.grossMargin()), format.percent(assumption.returnRate()),
                    format.money(assumption.fulfilmentCostPerOrder())));
        }
        out.add(assumptions.isEmpty() ? empty()
                : new Table("margin-assumptions", headers("appliesTo", "grossMargin", "returnRate", "fulfilmentPerOrder"), assumptions,
                        true, false));
        List<List<String>> rows = new ArrayList<>();
        for (MonthForecast month : profitability.months()) {
            ForecastFigures figures = month.figures();
            rows.add(List.of(format.month(month.month()), figure(figures.revenue()), figure(figures.returns()),
                    figure(figures.grossProfit()), figure(figures.fulfilmentCost()), figure(figures.marketingCost()),
                    figure(figures.contribution()), figure(month.cumulativeContribution())));
        }
        ForecastFigures total = profitability.total();
        rows.add(List.of(t("row.total"), figure(total.revenue()), figure(total.returns()), figure(total.grossProfit()),
                figure(total.fulfilmentCost()), figure(total.marketingCost()), figure(total.contribution()),
                figure(total.contribution())));
        List<String> headers = headers("month", "revenue", "returns", "grossProfit", "fulfilment", "marketing", "contribution",
                "cumulative");
        for (int column = 1; column < headers.size(); column++) {
            headers.set(column, inCurrency(headers.get(column), currency));
        }
        out.add(totals("profitability", headers, rows));
        breakEven(out);
        return section("profitability", t("doc.profitability"), out);
    }

    private Block objectivesTable(List<SmartObjective> objectives) {
        return table("objectives", headers("objective", "race", "metric", "measuredOn", "baseline", "target", "deadline", "owner"),
                rows(objectives, o -> List.of(s(o.getName()), value(o, "raceStage"), s(o.getMetric()),
                        Text.scope(o, terms) + (o.isSetMeasureKind() ? " · " + value(o, "measureKind") : ""),
                        format.number(o.getBaseline()), join(format.number(o.getTarget()), s(o.getUnit())), format.date(o.getDeadline()),
                        name(o.getOwner()))));
    }

    // ---------------------------------------------------------------- strategy

    private Section strategy() {
        StrategySection strategy = plan.getStrategy();
        if (strategy == null) {
            return section("strategy", t("doc.section.strategy"), List.of(empty()));
        }
        List<Block> out = new ArrayList<>();
        List<Block> proposition = new ArrayList<>();
        ValueProposition value = strategy.getValueProposition();
        if (value != null) {
            field(proposition, t("label.elevatorPitch"), value.getElevatorPitch());
            field(proposition, t("label.digitalValueProposition"), value.getDigitalValueProposition());
            field(proposition, t("label.brandIdentity"), value.getBrandIdentity());
            field(proposition, t("label.toneOfVoice"), value.getToneOfVoice());
        }
        out.add(section("value-proposition", t("doc.valueProposition"), proposition));
        out.add(section("segments", t("doc.segments"), List.of(table("segments", headers("segment", "layer", "criteria",
                "productOrService", "priority"), rows(strategy.getSegments(), g -> List.of(s(g.getName()), value(g, "layer"),
                        s(g.getCriteria()), s(g.getProductOrService()), String.valueOf(g.getPriority())))))));
        out.add(section("personas", t("doc.personas"), List.of(table("personas", headers("persona", "profile", "goals", "painPoints"),
                rows(strategy.getPersonas(), p -> List.of(s(p.getName()), s(p.getProfile()), s(p.getGoals()), s(p.getPainPoints())))))));
        out.add(section("content-map", t("doc.contentMap"), List.of(table("content", headers("content", "format", "race", "personas"),
                rows(strategy.getContentMap(), c -> List.of(s(c.getName()), value(c, "format"), value(c, "raceStage"),
                        names(c.getPersonas())))))));
        List<List<String>> mix = new ArrayList<>();
        for (MarketingMixElement element : MarketingMixElement.values()) {
            for (MixImprovement improvement : strategy.getMarketingMix()) {
                if (improvement.isSetElement() && improvement.getElement() == element) {
                    mix.add(List.of(terms.literal(element), s(improvement.getName()), s(improvement.getCurrentSituation()),
                            String.valueOf(improvement.getPriority())));
                }
            }
        }
        out.add(section("marketing-mix", t("doc.marketingMix"), List.of(table("mix", headers("p", "plannedImprovement",
                "currentSituation", "priority"), mix))));
        CommunicationsStrategy communications = strategy.getCommunications();
        List<Block> comms = new ArrayList<>();
        if (communications != null) {
            comms.add(table("priorities", headers("priority", "type", "race", "rank"), rows(communications.getPriorities(),
                    p -> List.of(s(p.getName()), value(p, "type"), value(p, "raceStage"), String.valueOf(p.getPriority())))));
            comms.add(table("audit", headers("activity", "race", "capability", "priority"), rows(communications.getAudit(),
                    a -> List.of(s(a.getName()), value(a, "raceStage"), String.valueOf(a.getCapability()),
                            String.valueOf(a.getPriority())))));
        }
        out.add(section("communications", t("doc.communications"), comms));
        out.add(section("business-model-canvas", t("doc.canvas"), strategy.getBusinessModelCanvas() == null ? List.of()
                : List.of(new Figure(figures.canvas().orElseThrow(), t("figure.canvas.caption")))));
        return section("strategy", t("doc.section.strategy"), out);
    }

    // ---------------------------------------------------------------- action

    private Section action() {
        ActionSection action = plan.getAction();
        if (action == null) {
            return section("action", t("doc.section.action"), List.of(empty()));
        }
        List<Block> out = new ArrayList<>();
        List<Block> budgetBlocks = new ArrayList<>();
        if (action.getBudget() != null) {
            // The engine's numbers, as in the workbook: each line once, allocated counted once, totals inside the period.
            BudgetMatrix matrix = analysis.budget();
            budgetBlocks.add(chart(PlanCharts.BUDGET_BY_MONTH, budgetCaption()));
            budgetBlocks.add(table("budget", headers("budgetLine", "category", "costType", "channel", "planned", "allocated"),
                    rows(matrix.rows(), (BudgetRow r) -> List.of(s(r.name()), terms.literal(r.category()), terms.literal(r.costType()),
                            name(r.channel()), amount(r.planned(), matrix.currency()), amount(r.allocated(), matrix.currency())))));
            budgetTotals(budgetBlocks, matrix);
            PlanChart allocation = analysis.chart(PlanCharts.PLANNED_VS_ALLOCATED);
            budgetBlocks.add(chart(PlanCharts.PLANNED_VS_ALLOCATED, t("doc.chart.allocation.caption",
                    whole(allocation.total(PlanCharts.PLANNED), matrix.currency()),
                    whole(allocation.total(PlanCharts.ALLOCATED), matrix.currency()))));
        }
        out.add(section("budget", t("doc.budget"), budgetBlocks));
        out.add(section("dashboard", t("doc.dashboard"), action.getDashboard() == null ? List.of()
                : List.of(table("kpis", headers("kpi", "race", "baseline", "target", "yoy", "mom", "channel", "owner"),
                        rows(action.getDashboard().getKpis(), k -> List.of(s(k.getName()), value(k, "raceStage"),
                                format.number(k.getBaseline()), join(format.number(k.getTarget()), s(k.getUnit())),
                                format.percent(k.getTargetYearOnYear()), format.percent(k.getTargetMonthOnMonth()),
                                name(k.getChannel()), name(k.getOwner())))))));
        List<Block> campaigns = new ArrayList<>();
        campaigns.add(campaignsTable(action.getCampaigns()));
        int index = 0;
        for (Campaign campaign : action.getCampaigns()) {
            String id = "campaign-" + ++index;
            campaigns.add(ElementFailure.at(campaign, () -> {
                List<Block> blocks = new ArrayList<>();
                field(blocks, t("label.goals"), campaign.getGoals());
                field(blocks, t("label.tracking"), campaign.getTracking());
                field(blocks, t("label.audience"), names(campaign.getAudience()));
                field(blocks, t("label.keyMessages"), names(campaign.getKeyMessages()));
                blocks.add(table("media-plan", headers("placement", "channel", "media", "booked", "budgetLine", "period"),
                        rows(campaign.getMediaPlan(), m -> List.of(s(m.getName()), name(m.getChannel()), value(m, "mediaType"),
                                format.money(m.getBookedAmount()), name(m.getBudgetLine()), format.period(m.getStart(), m.getEnd())))));
                return section(id, s(campaign.getName()), blocks);
            }));
        }
        out.add(section("campaigns", t("doc.campaigns"), campaigns));
        out.add(section("always-on", t("doc.alwaysOn"), action.getAlwaysOnPlan() == null ? List.of()
                : List.of(table("always-on", headers("activity", "race", "quarters", "channel", "owner"),
                        rows(action.getAlwaysOnPlan().getActivities(), a -> List.of(s(a.getName()), value(a, "raceStage"),
                                a.getQuarters().stream().map(terms::literal).collect(Collectors.joining(" ")), name(a.getChannel()),
                                name(a.getOwner())))))));
        out.add(section("martech", t("doc.martech"), List.of(table("martech", headers("tool", "category", "vendor", "raceStages"),
                rows(action.getMartechStack(), x -> List.of(s(x.getName()), value(x, "category"), s(x.getVendor()),
                        x.getRaceStages().stream().map(terms::literal).collect(Collectors.joining(", "))))))));
        out.add(section("ninety-day-plan", t("doc.ninetyDays"), ninetyDays(action.getNinetyDayPlans())));
        return section("action", t("doc.section.action"), out);
    }

    private Block campaignsTable(List<Campaign> campaigns) {
        return table("campaigns", headers("campaign", "period", "budget", "plannedSpend", "owner", "objectives"), rows(campaigns,
                c -> List.of(s(c.getName()), format.period(c.getStart(), c.getEnd()), format.money(c.getBudget()),
                        format.money(plannedSpend(c)), name(c.getOwner()), names(c.getObjectives()))));
    }

    /** What a campaign's placements and assigned lines plan to spend (the budget is its approved budget). */
    private Money plannedSpend(Campaign campaign) {
        return PlanMoney.plannedSpend(campaign, PlanMoney.linesOf(plan), plan.getCurrency());
    }

    /** A campaign's size: its approved budget, else its planned spend. */
    private Money campaignBudget(Campaign campaign) {
        return campaign.getBudget() != null ? campaign.getBudget() : plannedSpend(campaign);
    }

    private List<Block> ninetyDays(List<NinetyDayPlan> plans) {
        List<Block> out = new ArrayList<>();
        int index = 0;
        for (NinetyDayPlan ninetyDays : plans) {
            String title = join(ninetyDays.isSetQuarter() ? terms.literal(ninetyDays.getQuarter()) : "", s(ninetyDays.getName()));
            out.add(section("ninety-days-" + ++index, title, List.of(table("ninety-days", headers("action", "workstream", "race",
                    "period", "owner", "status"), rows(ninetyDays.getActions(), a -> List.of(s(a.getName()), value(a, "workstream"),
                            value(a, "raceStage"), format.period(a.getStart(), a.getEnd()), name(a.getOwner()),
                            value(a, "status")))))));
        }
        if (plans.isEmpty()) {
            out.add(empty());
        }
        return out;
    }

    /**
     * Totals by category inside the plan period (the engine's, in the plan currency) with their
     * targets, the total and the approved total.
     */
    private void budgetTotals(List<Block> out, BudgetMatrix matrix) {
        String currency = matrix.currency();
        List<List<String>> rows = new ArrayList<>();
        matrix.byCategory().forEach((category, total) -> {
            BigDecimal target = matrix.categoryTargets().get(category);
            if (total.signum() != 0 || target != null) {
                rows.add(List.of(terms.literal(category), amount(total, currency), amount(target, currency)));
            }
        });
        if (matrix.uncategorised().signum() != 0) {
            rows.add(List.of(terms.notSet(), amount(matrix.uncategorised(), currency), ""));
        }
        rows.add(List.of(t("row.total"), amount(matrix.total(), currency), amount(matrix.approvedTotal(), currency)));
        out.add(totals("budget-totals", headers("category", "inPlanPeriod", "targetOrApproved"), rows));
        if (matrix.overApproved().signum() > 0) {
            out.add(new Paragraph(t("doc.overApproved", amount(matrix.overApproved(), currency)), Tone.WARNING));
        }
    }

    // ---------------------------------------------------------------- operations

    private Section operations() {
        OperationsSection operations = plan.getOperations();
        if (operations == null) {
            return section("operations", t("doc.section.operations"), List.of(empty()));
        }
        List<Block> out = new ArrayList<>();
        out.add(section("quarterly-objectives", t("doc.quarterlyObjectives"), List.of(table("quarterly", headers("quarter", "objective",
                "annualObjective", "target", "owner"), rows(operations.getQuarterlyObjectives(), q -> List.of(
                        q.isSetQuarter() ? terms.literal(q.getQuarter()) : terms.notSet(), s(q.getName()), name(q.getAnnualObjective()),
                        join(format.number(q.getTarget()), s(q.getUnit())), name(q.getOwner())))))));
        out.add(section("monthly-objectives", t("doc.monthlyObjectives"), List.of(table("monthly", headers("month", "objective", "phase",
                "deadline", "target", "actual", "status"), rows(operations.getMonthlyObjectives(), m -> List.of(format.month(m.getMonth()),
                        s(m.getName()), value(m, "phase"), format.date(m.getDeadline()), join(format.number(m.getTarget()), s(m.getUnit())),
                        format.number(m.getActual()), value(m, "status")))))));
        for (CalendarKind kind : List.of(CalendarKind.EDITORIAL, CalendarKind.ADVERTISING, CalendarKind.DEM, CalendarKind.AUTOMATIONS,
                CalendarKind.CRO, CalendarKind.LOYALTY)) {
            out.add(section("calendar-" + kind.fileStem(), kind.title(terms), List.of(table("calendar", headers("entry", "period",
                    "channel", "owner", "cost", "status"), rows(analysis.schedule().items(kind), (ScheduledItem i) -> List.of(i.title(),
                            format.period(i.start(), i.end()), i.channel(), i.owner(), format.money(i.cost()), i.status()))))));
        }
        return section("operations", t("doc.section.operations"), out);
    }

    // ---------------------------------------------------------------- journey

    private Section journeys() {
        List<Block> out = new ArrayList<>();
        if (plan.getJourneys().isEmpty()) {
            out.add(empty());
        }
        int index = 0;
        for (CustomerJourney journey : plan.getJourneys()) {
            int number = index++;
            out.add(ElementFailure.at(journey, () -> {
                List<Block> blocks = new ArrayList<>();
                field(blocks, t("label.personas"), names(journey.getPersonas()));
                blocks.add(new Figure(figures.journey(number), t("figure.journey.caption", s(journey.getName()))));
                // Numbered like the arrows of the figure.
                List<List<String>> flows = new ArrayList<>();
                for (JourneyFlow flow : journey.getFlows()) {
                    flows.add(ElementFailure.at(flow, () -> List.of(String.valueOf(flows.size() + 1), name(flow.getSource()),
                            name(flow.getTarget()), s(flow.getName()), s(flow.getCondition()))));
                }
                blocks.add(table("flows", headers("number", "from", "to", "flow", "condition"), flows));
                return section("journey-" + (number + 1), s(journey.getName()), blocks);
            }));
        }
        return section("journey", t("doc.section.journey"), out);
    }

    // ---------------------------------------------------------------- appendix

    private Section validationAppendix() {
        ValidationSummary summary = analysis.validation();
        List<Block> out = new ArrayList<>();
        out.add(new Table("validation-counts", headers("errors", "warnings", "remarks"), List.of(List.of(
                format.number(summary.count(Diagnostic.ERROR)), format.number(summary.count(Diagnostic.WARNING)),
                format.number(summary.count(Diagnostic.INFO)))), true, false));
        if (summary.findings().isEmpty()) {
            out.add(new Paragraph(t("doc.noFindings"), Tone.GOOD));
        } else {
            int index = 0;
            for (Map.Entry<org.tactician.validation.RuleCategory, List<ValidationSummary.Finding>> group : summary.byCategory().entrySet()) {
                String title = group.getKey() == null ? t("rule.category.MODEL_STRUCTURE") : t("rule.category." + group.getKey().name());
                out.add(section("findings-" + ++index, t("doc.findingGroup", title, format.number(group.getValue().size())),
                        List.of(new Table("findings", headers("severity", "rule", "element", "message"), rows(group.getValue(),
                                f -> List.of(severity(f.severity()), f.rule(), f.element(), f.message())), false, false))));
            }
        }
        return section("validation", t("doc.section.validation"), out);
    }

    /** An error, a warning or a remark, in words. */
    private String severity(int severity) {
        return t(severity >= Diagnostic.ERROR ? "severity.error" : severity >= Diagnostic.WARNING ? "severity.warning" : "severity.remark");
    }
}
