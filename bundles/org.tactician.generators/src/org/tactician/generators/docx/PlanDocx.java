package org.tactician.generators.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.common.util.Diagnostic;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastFigures;
import org.tactician.forecast.conversion.MonthForecast;
import org.tactician.generators.internal.Profitability;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.calendar.ScheduledItem;
import org.tactician.generators.docx.internal.LocalFormat;
import org.tactician.generators.docx.internal.WordWriter;
import org.tactician.generators.document.ValidationSummary;
import org.tactician.generators.internal.Text;
import org.tactician.model.*;

/**
 * The plan document as a Word (DOCX) file: the same sections, in the same order and with the
 * same titles as the HTML/PDF {@link org.tactician.generators.document.PlanDocument} (Plan
 * overview, Opportunity, Strategy, Action, Operations, Customer journey; or the executive
 * summary), built from the model directly. Headings use Word's heading styles, a table of
 * contents field lists them, the header repeats the plan name and the footer numbers the pages.
 * Plans in a right-to-left language get right-to-left paragraphs, runs and tables. Budget
 * figures come from the {@link BudgetEngine budget engine}.
 */
public final class PlanDocx {

    private final MarketingPlan plan;
    private final boolean summaryOnly;
    private final LocalFormat format;
    private final boolean rightToLeft;

    /**
     * @param plan the plan to describe
     * @param summaryOnly whether to write the executive summary instead of the full plan
     */
    public PlanDocx(MarketingPlan plan, boolean summaryOnly) {
        this.plan = Objects.requireNonNull(plan);
        this.summaryOnly = summaryOnly;
        this.format = new LocalFormat(plan.getLanguage());
        this.rightToLeft = Text.isRightToLeft(plan.getLanguage());
    }

    /** Whether the document is laid out right to left. */
    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The section (level-1 heading) titles, in document order. */
    public List<String> sectionTitles() {
        WordWriter out = new WordWriter(rightToLeft);
        try {
            body(out);
            return out.headings();
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                // Nothing was written anywhere: closing an in-memory document cannot lose data.
            }
        }
    }

    /** Writes the document as DOCX to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // XMLBeans looks its schema types up through the context class loader; under OSGi that
        // must be POI's own.
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        WordWriter writer = null;
        try {
            writer = new WordWriter(rightToLeft);
            writer.headerAndFooter(title());
            writer.title(title());
            writer.text(Text.clean(plan.getBrand()) + (summaryOnly ? " · Executive summary" : " · Marketing plan"));
            writer.tableOfContents();
            body(writer);
            writer.write(out);
        } finally {
            if (writer != null) {
                writer.close();
            }
            thread.setContextClassLoader(previous);
        }
    }

    private String title() {
        String name = Text.clean(plan.getName());
        return name.isEmpty() ? "Marketing plan" : name;
    }

    private void body(WordWriter out) {
        overview(out);
        if (summaryOnly) {
            summary(out);
        } else {
            opportunity(out);
            strategy(out);
            action(out);
            operations(out);
            journeys(out);
            validationAppendix(out);
        }
    }

    /** The same appendix as the HTML document: counts by severity, then findings by group. */
    private void validationAppendix(WordWriter out) {
        out.heading(1, "Appendix: validation summary");
        ValidationSummary summary = ValidationSummary.of(plan);
        out.table(List.of("Errors", "Warnings", "Remarks"), List.of(List.of(
                Long.toString(summary.count(Diagnostic.ERROR)), Long.toString(summary.count(Diagnostic.WARNING)),
                Long.toString(summary.count(Diagnostic.INFO)))));
        if (summary.findings().isEmpty()) {
            out.text("No problems found.");
            return;
        }
        summary.byGroup().forEach((title, group) -> {
            out.heading(3, title + " (" + group.size() + ")");
            out.table(List.of("Severity", "Rule", "Element", "Message"), group.stream()
                    .map(f -> List.of(ValidationSummary.severity(f.severity()), f.rule(), f.element(), f.message()))
                    .toList());
        });
    }

    // ---------------------------------------------------------------- overview and summary

    private void overview(WordWriter out) {
        out.heading(1, "Plan overview");
        out.field("Brand", plan.getBrand());
        out.field("Period", format.period(plan.getStart(), plan.getEnd()));
        out.field("Currency", plan.getCurrency());
        out.field("Language", plan.getLanguage());
        out.field("Author", plan.getAuthor());
        out.field("Owner", name(plan.getOwner()));
        out.field("Description", plan.getDescription());
        if (!summaryOnly) {
            out.heading(2, "Team");
            out.table(List.of("Name", "Role", "E-mail"),
                    rows(plan.getTeam(), m -> List.of(s(m.getName()), s(m.getRole()), s(m.getEmail()))));
            out.heading(2, "Channels");
            out.table(List.of("Channel", "Category", "Media", "URL"), rows(plan.getChannels(),
                    c -> List.of(s(c.getName()), Text.value(c, "category"), Text.value(c, "mediaType"), s(c.getUrl()))));
        }
    }

    /**
     * The executive summary, with the sections of the HTML/PDF summary: key issues and TOWS
     * strategies, objectives by RACE stage, budget by category and quarter, the forecast by
     * quarter, the largest campaigns and the first 90-day plan.
     */
    private void summary(WordWriter out) {
        OpportunitySection opportunity = plan.getOpportunity();
        if (plan.getStrategy() != null && plan.getStrategy().getValueProposition() != null) {
            out.field("Elevator pitch", plan.getStrategy().getValueProposition().getElevatorPitch());
        }
        if (opportunity != null && opportunity.getSwot() != null) {
            SwotAnalysis swot = opportunity.getSwot();
            out.heading(1, "Key issues and strategies");
            out.list(swot.getKeyIssues().stream().map(i -> s(i.getName())).toList());
            List<List<String>> strategies = new ArrayList<>();
            for (TowsCategory category : TowsCategory.values()) {
                String names = swot.getStrategies().stream().filter(t -> t.isSetCategory() && t.getCategory() == category)
                        .map(t -> s(t.getName())).collect(Collectors.joining("; "));
                if (!names.isEmpty()) {
                    strategies.add(List.of(category.getLiteral(), names));
                }
            }
            out.table(List.of("TOWS", "Strategies"), strategies);
        }
        if (opportunity != null) {
            out.heading(1, "SMART objectives by RACE stage");
            List<SmartObjective> byStage = new ArrayList<>(opportunity.getObjectives());
            // Stable sort: plan order within a stage, objectives without a stage last.
            byStage.sort(java.util.Comparator.comparingInt(
                    o -> o.isSetRaceStage() ? o.getRaceStage().getValue() : Integer.MAX_VALUE));
            objectives(out, byStage);
        }
        BudgetMatrix budget = BudgetEngine.expand(plan);
        out.heading(1, "Budget by category and quarter");
        budgetByQuarter(out, budget);
        out.heading(1, "Forecast");
        Forecast forecast = ConversionModel.forecast(plan, budget);
        forecastByQuarter(out, forecast);
        if (!forecast.cells().isEmpty()) {
            breakEven(out, Profitability.of(plan, forecast));
        }
        if (plan.getAction() != null) {
            out.heading(1, "Top campaigns");
            List<Campaign> campaigns = new ArrayList<>(plan.getAction().getCampaigns());
            campaigns.sort(java.util.Comparator.comparing(
                    (Campaign c) -> campaignBudget(c) == null ? BigDecimal.ZERO : campaignBudget(c).amount()).reversed());
            campaigns(out, campaigns.subList(0, Math.min(5, campaigns.size())));
            out.heading(1, "90-day priorities");
            // The next 90 days are the first 90-day plan of the year.
            ninetyDays(out, plan.getAction().getNinetyDayPlans().stream()
                    .sorted(java.util.Comparator.comparingInt(
                            n -> n.isSetQuarter() ? n.getQuarter().getValue() : Integer.MAX_VALUE))
                    .limit(1).toList());
        }
    }

    /** Budget categories × plan quarters, with totals (the same figures as the PDF summary). */
    private void budgetByQuarter(WordWriter out, BudgetMatrix budget) {
        if (budget.rows().isEmpty() || budget.calendar().isEmpty()) {
            out.empty();
            return;
        }
        List<org.tactician.forecast.PlanQuarter> quarters = budget.calendar().quarters();
        java.util.Map<org.tactician.forecast.PlanQuarter, java.util.Map<BudgetCategory, BigDecimal>> cells =
                budget.byQuarterAndCategory();
        List<String> headers = new ArrayList<>(List.of("Category"));
        quarters.forEach(q -> headers.add(q.quarter().getLiteral()));
        headers.add("Year");
        List<List<String>> rows = new ArrayList<>();
        budget.byCategory().forEach((category, total) -> {
            if (total.signum() != 0) {
                List<String> row = new ArrayList<>(List.of(Text.words(category)));
                quarters.forEach(q -> row.add(money(cells.get(q).get(category), budget)));
                row.add(money(total, budget));
                rows.add(row);
            }
        });
        List<String> totals = new ArrayList<>(List.of("Total"));
        quarters.forEach(q -> totals.add(money(budget.byQuarter().getOrDefault(q, BigDecimal.ZERO), budget)));
        totals.add(money(budget.total(), budget));
        rows.add(totals);
        out.table(headers, rows);
    }

    /** The conversion forecast by plan quarter, with the year's totals. */
    private void forecastByQuarter(WordWriter out, Forecast forecast) {
        if (forecast.cells().isEmpty()) {
            out.empty();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        forecast.byQuarter().forEach((quarter, figures) -> rows.add(
                forecastRow(quarter.quarter().getLiteral(), figures, forecast.currency())));
        rows.add(forecastRow("Total", forecast.total(), forecast.currency()));
        out.table(List.of("Quarter", "Sessions", "Orders", "Revenue", "Gross profit", "Fulfilment", "Marketing",
                "Contribution", "ROI"), rows);
    }

    /** A forecast row: contribution = gross profit (after returns and cost of goods) − fulfilment − marketing. */
    private List<String> forecastRow(String label, ForecastFigures figures, String currency) {
        return List.of(label, format.number(BigDecimal.valueOf(figures.sessions())),
                format.number(Rounding.toScale(figures.orders(), 0)), format.wholeMoney(figures.revenue(), currency),
                format.wholeMoney(figures.grossProfit(), currency), format.wholeMoney(figures.fulfilmentCost(), currency),
                format.wholeMoney(figures.marketingCost(), currency),
                format.wholeMoney(figures.contribution(), currency), figures.roiPercent().map(format::percent).orElse(""));
    }

    /** Profitability after margin: assumptions, contribution by month, cumulative, break-even (as in the PDF). */
    private void profitability(WordWriter out, Profitability profitability, String currency) {
        out.heading(3, "Profitability after margin");
        out.table(List.of("Applies to", "Gross margin", "Return rate", "Fulfilment per order"),
                rows(profitability.assumptions(), a -> List.of(a.appliesTo(), format.percent(a.grossMargin()),
                        format.percent(a.returnRate()), format.money(a.fulfilmentCostPerOrder()))));
        List<List<String>> rows = new ArrayList<>();
        for (MonthForecast month : profitability.months()) {
            ForecastFigures figures = month.figures();
            rows.add(List.of(format.month(month.month()), format.wholeMoney(figures.revenue(), currency),
                    format.wholeMoney(figures.returns(), currency), format.wholeMoney(figures.grossProfit(), currency),
                    format.wholeMoney(figures.fulfilmentCost(), currency), format.wholeMoney(figures.marketingCost(), currency),
                    format.wholeMoney(figures.contribution(), currency), format.wholeMoney(month.cumulativeContribution(), currency)));
        }
        ForecastFigures total = profitability.total();
        rows.add(List.of("Total", format.wholeMoney(total.revenue(), currency), format.wholeMoney(total.returns(), currency),
                format.wholeMoney(total.grossProfit(), currency), format.wholeMoney(total.fulfilmentCost(), currency),
                format.wholeMoney(total.marketingCost(), currency), format.wholeMoney(total.contribution(), currency),
                format.wholeMoney(total.contribution(), currency)));
        out.table(List.of("Month", "Revenue", "Returns", "Gross profit", "Fulfilment", "Marketing", "Contribution",
                "Cumulative"), rows);
        breakEven(out, profitability);
    }

    private void breakEven(WordWriter out, Profitability profitability) {
        out.text(profitability.breakEven()
                .map(month -> "Break-even: " + format.month(month) + " (cumulative contribution after margin and marketing "
                        + "cost stays at or above zero from then on).")
                .orElse("No break-even within the plan period: the cumulative contribution ends below zero."));
        if (profitability.inputsWithoutMargin() > 0) {
            out.text(profitability.inputsWithoutMargin() + " forecast input(s) have no gross margin: their contribution is "
                    + "before the cost of goods.");
        }
    }

    // ---------------------------------------------------------------- opportunity

    private void opportunity(WordWriter out) {
        out.heading(1, "Opportunity");
        OpportunitySection opportunity = plan.getOpportunity();
        if (opportunity == null) {
            out.empty();
            return;
        }
        out.heading(2, "Performance review");
        PerformanceReview review = opportunity.getPerformanceReview();
        if (review != null) {
            out.field("Period", format.period(review.getStart(), review.getEnd()));
            out.field("Sales target", format.money(review.getSalesTarget()));
            out.field("Sales", format.money(review.getSales()));
            out.field("Profit", format.money(review.getProfit()));
            out.field("Retention rate", format.percent(review.getRetentionRate()));
            out.field("Growth rate", format.percent(review.getGrowthRate()));
            out.field("Missed opportunities", review.getMissedOpportunities());
            out.table(List.of("Channel", "Sessions", "Conversion rate", "Average order value", "Revenue", "Cost"),
                    rows(review.getChannelMetrics(), m -> List.of(name(m.getChannel()),
                            format.number(BigDecimal.valueOf(m.getSessions())), format.percent(m.getConversionRate()),
                            format.money(m.getAverageOrderValue()), format.money(m.getRevenue()), format.money(m.getCost()))));
        }
        out.heading(2, "Market review");
        if (opportunity.getMarketReview() != null) {
            out.table(List.of("Finding", "Area", "Effect", "Source"), rows(opportunity.getMarketReview().getFindings(),
                    f -> List.of(s(f.getName()), Text.value(f, "area"), Text.value(f, "effect"), s(f.getSource()))));
        }
        out.heading(2, "PESTLE");
        if (opportunity.getPestle() != null) {
            out.table(List.of("Factor", "Category", "Effect", "Impact", "Likelihood"), rows(opportunity.getPestle().getFactors(),
                    f -> List.of(s(f.getName()), Text.value(f, "category"), Text.value(f, "effect"),
                            String.valueOf(f.getImpact()), String.valueOf(f.getLikelihood()))));
        }
        SwotAnalysis swot = opportunity.getSwot();
        out.heading(2, "SWOT and TOWS matrix");
        if (swot != null) {
            // The TOWS matrix: SWOT items on the edges, the strategies where they meet.
            out.table(List.of("", "Strengths (S)", "Weaknesses (W)"), List.of(
                    List.of("", lines(swotNames(swot, SwotCategory.STRENGTH)), lines(swotNames(swot, SwotCategory.WEAKNESS))),
                    List.of("Opportunities (O)\n" + lines(swotNames(swot, SwotCategory.OPPORTUNITY)),
                            "SO\n" + lines(towsNames(swot, TowsCategory.SO)), "WO\n" + lines(towsNames(swot, TowsCategory.WO))),
                    List.of("Threats (T)\n" + lines(swotNames(swot, SwotCategory.THREAT)),
                            "ST\n" + lines(towsNames(swot, TowsCategory.ST)), "WT\n" + lines(towsNames(swot, TowsCategory.WT)))));
            out.heading(3, "Key issues");
            out.table(List.of("Key issue", "Priority", "From"), rows(swot.getKeyIssues(),
                    i -> List.of(s(i.getName()), String.valueOf(i.getPriority()), names(i.getSwotItems()))));
        }
        out.heading(2, "SMART objectives");
        objectives(out, opportunity.getObjectives());
        out.heading(2, "Conversion forecast");
        if (opportunity.getForecast() != null) {
            out.table(List.of("Month", "Channel", "Segment", "Sessions", "Conversion rate", "Average order value"),
                    rows(opportunity.getForecast().getInputs(), f -> List.of(format.month(f.getMonth()), name(f.getChannel()),
                            name(f.getSegment()), format.number(BigDecimal.valueOf(f.getSessions())),
                            format.percent(f.getConversionRate()), format.money(f.getAverageOrderValue()))));
            Forecast forecast = ConversionModel.forecast(plan);
            forecastByQuarter(out, forecast);
            if (!forecast.cells().isEmpty()) {
                profitability(out, Profitability.of(plan, forecast), forecast.currency());
            }
        }
    }

    private static List<String> swotNames(SwotAnalysis swot, SwotCategory category) {
        return swot.getItems().stream().filter(i -> i.isSetCategory() && i.getCategory() == category).map(i -> s(i.getName())).toList();
    }

    private static List<String> towsNames(SwotAnalysis swot, TowsCategory category) {
        return swot.getStrategies().stream().filter(t -> t.isSetCategory() && t.getCategory() == category).map(t -> s(t.getName())).toList();
    }

    private void objectives(WordWriter out, List<SmartObjective> objectives) {
        out.table(List.of("Objective", "RACE", "Metric", "Measured on", "Baseline", "Target", "Deadline", "Owner"),
                rows(objectives, o -> List.of(s(o.getName()), Text.value(o, "raceStage"), s(o.getMetric()),
                        PlanLabels.scope(o) + (o.isSetMeasureKind()
                                ? " · " + Text.value(o, "measureKind").toLowerCase(format.locale()) : ""),
                        format.number(o.getBaseline()), join(format.number(o.getTarget()), s(o.getUnit())),
                        format.date(o.getDeadline()), name(o.getOwner()))));
    }

    // ---------------------------------------------------------------- strategy

    private void strategy(WordWriter out) {
        out.heading(1, "Strategy");
        StrategySection strategy = plan.getStrategy();
        if (strategy == null) {
            out.empty();
            return;
        }
        out.heading(2, "Value proposition");
        ValueProposition proposition = strategy.getValueProposition();
        if (proposition != null) {
            out.field("Elevator pitch", proposition.getElevatorPitch());
            out.field("Digital value proposition", proposition.getDigitalValueProposition());
            out.field("Brand identity", proposition.getBrandIdentity());
            out.field("Tone of voice", proposition.getToneOfVoice());
        }
        out.heading(2, "Segmentation and targeting");
        out.table(List.of("Segment", "Layer", "Criteria", "Product or service", "Priority"), rows(strategy.getSegments(),
                g -> List.of(s(g.getName()), Text.value(g, "layer"), s(g.getCriteria()), s(g.getProductOrService()),
                        String.valueOf(g.getPriority()))));
        out.heading(2, "Personas");
        out.table(List.of("Persona", "Profile", "Goals", "Pain points"), rows(strategy.getPersonas(),
                p -> List.of(s(p.getName()), s(p.getProfile()), s(p.getGoals()), s(p.getPainPoints()))));
        out.heading(2, "Content map");
        out.table(List.of("Content", "Format", "RACE", "Personas"), rows(strategy.getContentMap(),
                c -> List.of(s(c.getName()), Text.value(c, "format"), Text.value(c, "raceStage"), names(c.getPersonas()))));
        out.heading(2, "Marketing mix (7Ps)");
        List<List<String>> mix = new ArrayList<>();
        for (MarketingMixElement element : MarketingMixElement.values()) {
            for (MixImprovement improvement : strategy.getMarketingMix()) {
                if (improvement.getElement() == element) {
                    mix.add(List.of(Text.words(element), s(improvement.getName()), s(improvement.getCurrentSituation()),
                            String.valueOf(improvement.getPriority())));
                }
            }
        }
        out.table(List.of("P", "Planned improvement", "Current situation", "Priority"), mix);
        out.heading(2, "RACE communications strategy");
        CommunicationsStrategy communications = strategy.getCommunications();
        if (communications != null) {
            out.table(List.of("Priority", "Type", "RACE", "Rank"), rows(communications.getPriorities(),
                    p -> List.of(s(p.getName()), Text.value(p, "type"), Text.value(p, "raceStage"),
                            String.valueOf(p.getPriority()))));
            out.table(List.of("Activity", "RACE", "Capability", "Priority"), rows(communications.getAudit(),
                    a -> List.of(s(a.getName()), Text.value(a, "raceStage"), String.valueOf(a.getCapability()),
                            String.valueOf(a.getPriority()))));
        }
        out.heading(2, "Business Model Canvas");
        BusinessModelCanvas canvas = strategy.getBusinessModelCanvas();
        if (canvas != null) {
            List<List<String>> blocks = new ArrayList<>();
            for (CanvasBlock block : CanvasBlock.values()) {
                blocks.add(List.of(Text.words(block), lines(canvas.getItems().stream().filter(i -> i.isSetBlock() && i.getBlock() == block)
                        .map(i -> s(i.getName())).toList())));
            }
            out.table(List.of("Block", "Items"), blocks);
        }
    }

    // ---------------------------------------------------------------- action

    private void action(WordWriter out) {
        out.heading(1, "Action");
        ActionSection action = plan.getAction();
        if (action == null) {
            out.empty();
            return;
        }
        out.heading(2, "Budget and resources");
        BudgetMatrix budget = BudgetEngine.expand(plan);
        out.table(List.of("Budget line", "Category", "Cost type", "Channel", "Planned", "Allocated"), rows(budget.rows(),
                (BudgetRow r) -> List.of(s(r.name()), Text.wordsOrNotSet(r.category()), Text.wordsOrNotSet(r.costType()), name(r.channel()),
                        money(r.planned(), budget), money(r.allocated(), budget))));
        budgetTotals(out, budget);
        out.heading(2, "KPI dashboard");
        if (action.getDashboard() != null) {
            out.table(List.of("KPI", "RACE", "Baseline", "Target", "YoY", "MoM", "Channel", "Owner"),
                    rows(action.getDashboard().getKpis(), k -> List.of(s(k.getName()), Text.value(k, "raceStage"),
                            format.number(k.getBaseline()), join(format.number(k.getTarget()), s(k.getUnit())),
                            format.percent(k.getTargetYearOnYear()), format.percent(k.getTargetMonthOnMonth()),
                            name(k.getChannel()), name(k.getOwner()))));
        }
        out.heading(2, "Campaigns");
        campaigns(out, action.getCampaigns());
        for (Campaign campaign : action.getCampaigns()) {
            out.heading(3, s(campaign.getName()));
            out.field("Goals", campaign.getGoals());
            out.field("Tracking", campaign.getTracking());
            out.field("Audience", names(campaign.getAudience()));
            out.field("Key messages", names(campaign.getKeyMessages()));
            if (!campaign.getMediaPlan().isEmpty()) {
                out.table(List.of("Placement", "Channel", "Media", "Booked", "Budget line", "Period"),
                        rows(campaign.getMediaPlan(), m -> List.of(s(m.getName()), name(m.getChannel()),
                                Text.value(m, "mediaType"), format.money(m.getBookedAmount()), name(m.getBudgetLine()),
                                format.period(m.getStart(), m.getEnd()))));
            }
        }
        out.heading(2, "Always-on plan");
        if (action.getAlwaysOnPlan() != null) {
            out.table(List.of("Activity", "RACE", "Quarters", "Channel", "Owner"), rows(action.getAlwaysOnPlan().getActivities(),
                    a -> List.of(s(a.getName()), Text.value(a, "raceStage"),
                            a.getQuarters().stream().map(Quarter::getName).collect(Collectors.joining(" ")),
                            name(a.getChannel()), name(a.getOwner()))));
        }
        out.heading(2, "MarTech stack");
        out.table(List.of("Tool", "Category", "Vendor", "RACE stages"), rows(action.getMartechStack(),
                t -> List.of(s(t.getName()), Text.value(t, "category"), s(t.getVendor()),
                        t.getRaceStages().stream().map(Text::words).collect(Collectors.joining(", ")))));
        out.heading(2, "90-day plan");
        ninetyDays(out, action.getNinetyDayPlans());
    }

    private void campaigns(WordWriter out, List<Campaign> campaigns) {
        out.table(List.of("Campaign", "Period", "Budget", "Planned spend", "Owner", "Objectives"), rows(campaigns,
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

    private void ninetyDays(WordWriter out, List<NinetyDayPlan> plans) {
        if (plans.isEmpty()) {
            out.empty();
        }
        for (NinetyDayPlan ninetyDays : plans) {
            out.heading(3, join(ninetyDays.isSetQuarter() ? ninetyDays.getQuarter().getName() : "", s(ninetyDays.getName())));
            out.table(List.of("Action", "Workstream", "RACE", "Period", "Owner", "Status"), rows(ninetyDays.getActions(),
                    a -> List.of(s(a.getName()), Text.value(a, "workstream"), Text.value(a, "raceStage"),
                            format.period(a.getStart(), a.getEnd()), name(a.getOwner()), Text.value(a, "status"))));
        }
    }

    /** Totals by category inside the plan period with their targets, the total and the approved total. */
    private void budgetTotals(WordWriter out, BudgetMatrix budget) {
        List<List<String>> rows = new ArrayList<>();
        budget.byCategory().forEach((category, amount) -> {
            BigDecimal target = budget.categoryTargets().get(category);
            if (amount.signum() != 0 || target != null) {
                rows.add(List.of(Text.words(category), money(amount, budget), money(target, budget)));
            }
        });
        if (budget.uncategorised().signum() != 0) {
            rows.add(List.of(Text.NOT_SET, money(budget.uncategorised(), budget), ""));
        }
        rows.add(List.of("Total", money(budget.total(), budget), money(budget.approvedTotal(), budget)));
        out.table(List.of("Category", "In plan period", "Target / approved"), rows);
        if (budget.overApproved().signum() > 0) {
            out.text("The budget exceeds the approved total by " + money(budget.overApproved(), budget) + ".");
        }
    }

    private String money(BigDecimal amount, BudgetMatrix budget) {
        return format.money(amount, budget.currency());
    }

    // ---------------------------------------------------------------- operations and journey

    private void operations(WordWriter out) {
        out.heading(1, "Operations");
        OperationsSection operations = plan.getOperations();
        if (operations == null) {
            out.empty();
            return;
        }
        out.heading(2, "Quarterly objectives");
        out.table(List.of("Quarter", "Objective", "Annual objective", "Target", "Owner"),
                rows(operations.getQuarterlyObjectives(), q -> List.of(q.isSetQuarter() ? q.getQuarter().getName() : Text.NOT_SET,
                        s(q.getName()), name(q.getAnnualObjective()), join(format.number(q.getTarget()), s(q.getUnit())),
                        name(q.getOwner()))));
        out.heading(2, "Monthly objectives");
        out.table(List.of("Month", "Objective", "Phase", "Deadline", "Target", "Actual", "Status"),
                rows(operations.getMonthlyObjectives(), m -> List.of(format.month(m.getMonth()), s(m.getName()),
                        Text.value(m, "phase"), format.date(m.getDeadline()), join(format.number(m.getTarget()), s(m.getUnit())),
                        format.number(m.getActual()), Text.value(m, "status"))));
        PlanSchedule schedule = PlanSchedule.of(plan);
        for (CalendarKind kind : List.of(CalendarKind.EDITORIAL, CalendarKind.ADVERTISING, CalendarKind.DEM,
                CalendarKind.AUTOMATIONS, CalendarKind.CRO, CalendarKind.LOYALTY)) {
            out.heading(2, kind.title());
            out.table(List.of("Entry", "Period", "Channel", "Owner", "Cost", "Status"), rows(schedule.items(kind),
                    (ScheduledItem i) -> List.of(i.title(), format.period(i.start(), i.end()), i.channel(), i.owner(),
                            format.money(i.cost()), i.status())));
        }
    }

    private void journeys(WordWriter out) {
        out.heading(1, "Customer journey");
        if (plan.getJourneys().isEmpty()) {
            out.empty();
        }
        for (CustomerJourney journey : plan.getJourneys()) {
            out.heading(2, s(journey.getName()));
            out.field("Personas", names(journey.getPersonas()));
            // One column per stage, its touchpoints listed under it.
            List<String> stages = journey.getStages().stream()
                    .map(stage -> join(Text.value(stage, "raceStage"), s(stage.getName()))).toList();
            List<String> touchpoints = journey.getStages().stream().map(stage -> lines(stage.getTouchpoints().stream()
                    .map(t -> join(s(t.getName()), "(" + join(Text.value(t, "mediaType"), name(t.getChannel())) + ")")
                            .replace(" ()", ""))
                    .toList())).toList();
            if (!stages.isEmpty()) {
                out.table(stages, List.of(touchpoints));
            }
            out.table(List.of("From", "To", "Condition"), rows(journey.getFlows(),
                    f -> List.of(name(f.getSource()), name(f.getTarget()), s(f.getCondition()))));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static <T> List<List<String>> rows(Collection<? extends T> items, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        for (T item : items) {
            rows.add(row.apply(item));
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
        return elements.stream().map(PlanDocx::name).collect(Collectors.joining(", "));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }

    /** Items one per line in a table cell. */
    private static String lines(List<String> items) {
        return items.stream().map(item -> "•\u00A0" + item).collect(Collectors.joining("\n"));
    }
}
