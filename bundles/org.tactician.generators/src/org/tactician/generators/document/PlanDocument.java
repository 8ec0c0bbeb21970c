package org.tactician.generators.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tactician.fonts.DocumentFonts;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.calendar.ScheduledItem;
import org.tactician.generators.figures.CanvasFigure;
import org.tactician.generators.figures.Figures;
import org.tactician.generators.figures.JourneyFigure;
import org.tactician.generators.figures.TowsFigure;
import org.tactician.generators.internal.Text;
import org.tactician.forecast.PlanCalendar;
import org.tactician.forecast.PlanQuarter;
import org.tactician.forecast.budget.BudgetEngine;
import org.tactician.forecast.budget.BudgetMatrix;
import org.tactician.forecast.Rounding;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.forecast.conversion.ForecastCell;
import org.tactician.forecast.conversion.MonthForecast;
import org.tactician.generators.internal.Profitability;
import org.tactician.forecast.conversion.ConversionModel;
import org.tactician.forecast.conversion.Forecast;
import org.tactician.forecast.conversion.ForecastFigures;
import org.tactician.model.*;

/**
 * The plan document as XHTML: every section of the plan in the plan's order (Opportunity →
 * Strategy → Action → Operations → Journey) with a table of contents, or with
 * {@code summaryOnly} the short executive summary. The same markup is the HTML deliverable
 * and the input of {@link PlanPdf}.
 */
public final class PlanDocument {

    /** Section anchors and titles, in document order; the table of contents lists them. */
    private final Map<String, String> sections = new LinkedHashMap<>();

    private final MarketingPlan plan;
    private final boolean summaryOnly;
    private final Locale locale;
    private final boolean rightToLeft;
    private String html;

    /**
     * @param plan the plan to describe
     * @param summaryOnly whether to write the 2–3 page executive summary instead of the full plan
     */
    public PlanDocument(MarketingPlan plan, boolean summaryOnly) {
        this.plan = plan;
        this.summaryOnly = summaryOnly;
        String language = plan.getLanguage() == null || plan.getLanguage().isBlank() ? "en" : plan.getLanguage().trim();
        this.locale = Locale.forLanguageTag(language.replace('_', '-'));
        this.rightToLeft = Text.isRightToLeft(language);
    }

    /** The plan described. */
    public MarketingPlan plan() {
        return plan;
    }

    /** Whether the plan's language is written right to left. */
    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The section titles in document order, as the table of contents lists them. */
    public List<String> sectionTitles() {
        html();
        return List.copyOf(sections.values());
    }

    /** The document as one self-contained XHTML file (styles inline, no external resources). */
    public synchronized String html() {
        if (html == null) {
            html = build();
        }
        return html;
    }

    private String build() {
        HtmlWriter body = new HtmlWriter();
        overview(body);
        if (summaryOnly) {
            summary(body);
        } else {
            opportunity(body);
            strategy(body);
            action(body);
            operations(body);
            journeys(body);
            validationAppendix(body);
        }
        HtmlWriter page = new HtmlWriter();
        String lang = Text.html(locale.toLanguageTag());
        page.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" dir=\""
                + (rightToLeft ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>");
        page.raw(Text.html(title()));
        page.raw("</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body class=\"" + (summaryOnly ? "summary" : "full") + "\">\n");
        page.raw("<div class=\"running-header\">").text(title()).raw("</div>\n");
        // Page numbers for the PDF; left to right even in an RTL plan so "Page 3 of 9" keeps its order.
        page.raw("<div class=\"running-footer\" dir=\"ltr\">Page <span class=\"page-number\"></span> of "
                + "<span class=\"page-count\"></span></div>\n");
        page.raw("<h1 class=\"title\">").text(title()).raw("</h1>\n");
        page.raw("<p class=\"subtitle\">").text(plan.getBrand()).raw(" ").raw(summaryOnly ? "· Executive summary" : "· Marketing plan")
                .raw("</p>\n");
        if (!summaryOnly) {
            // The summary is two or three pages: it needs no table of contents.
            page.raw("<nav class=\"toc\"><h2 class=\"toc-title\">Contents</h2><ol>");
            for (Map.Entry<String, String> section : sections.entrySet()) {
                page.raw("<li><a href=\"#" + section.getKey() + "\">" + Text.html(section.getValue()) + "</a></li>");
            }
            page.raw("</ol></nav>\n");
        }
        page.raw(body.toString());
        page.raw("</body>\n</html>\n");
        return page.toString();
    }

    private String title() {
        String name = Text.clean(plan.getName());
        return name.isEmpty() ? "Marketing plan" : name;
    }

    private void section(HtmlWriter out, String id, String title) {
        sections.put(id, title);
        out.heading(2, id, title);
    }

    // ---------------------------------------------------------------- plan overview

    private void overview(HtmlWriter out) {
        section(out, "overview", "Plan overview");
        out.field("Brand", plan.getBrand());
        out.field("Period", period(plan.getStart(), plan.getEnd()));
        out.field("Currency", plan.getCurrency());
        out.field("Language", plan.getLanguage());
        out.field("Author", plan.getAuthor());
        out.field("Owner", name(plan.getOwner()));
        out.field("Description", plan.getDescription());
        if (!summaryOnly) {
            out.heading(3, "team", "Team");
            out.table("team", List.of("Name", "Role", "E-mail"),
                    rows(plan.getTeam(), m -> List.of(s(m.getName()), s(m.getRole()), s(m.getEmail()))));
            out.heading(3, "channels", "Channels");
            out.table("channels", List.of("Channel", "Category", "Media", "URL"), rows(plan.getChannels(),
                    c -> List.of(s(c.getName()), Text.value(c, "category"), Text.value(c, "mediaType"), s(c.getUrl()))));
        }
    }

    /**
     * The executive summary: the plan "summarised on two or three sides of A4, tied to SMART
     * objectives" — key issues and strategies, objectives by RACE stage, budget by category and
     * quarter, the forecast by quarter, the largest campaigns and the first 90 days.
     */
    private void summary(HtmlWriter out) {
        OpportunitySection opportunity = plan.getOpportunity();
        if (plan.getStrategy() != null && plan.getStrategy().getValueProposition() != null) {
            out.field("Elevator pitch", plan.getStrategy().getValueProposition().getElevatorPitch());
        }
        if (opportunity != null && opportunity.getSwot() != null) {
            SwotAnalysis swot = opportunity.getSwot();
            section(out, "key-issues", "Key issues and strategies");
            out.list(swot.getKeyIssues().stream().map(i -> s(i.getName())).toList());
            List<List<String>> strategies = new ArrayList<>();
            for (TowsCategory category : TowsCategory.values()) {
                String names = swot.getStrategies().stream().filter(t -> t.isSetCategory() && t.getCategory() == category).map(t -> s(t.getName()))
                        .collect(Collectors.joining("; "));
                if (!names.isEmpty()) {
                    strategies.add(List.of(category.getLiteral(), names));
                }
            }
            out.table("tows-summary", List.of("TOWS", "Strategies"), strategies);
        }
        if (opportunity != null) {
            section(out, "objectives", "SMART objectives by RACE stage");
            List<SmartObjective> byStage = new ArrayList<>(opportunity.getObjectives());
            // Stable sort: plan order within a stage, objectives without a stage last.
            byStage.sort(java.util.Comparator.comparingInt(o -> o.isSetRaceStage() ? o.getRaceStage().getValue() : Integer.MAX_VALUE));
            objectivesTable(out, byStage);
        }
        BudgetMatrix budget = BudgetEngine.expand(plan);
        section(out, "budget", "Budget by category and quarter");
        budgetByQuarter(out, budget);
        section(out, "forecast", "Forecast");
        Forecast forecast = ConversionModel.forecast(plan, budget);
        forecastByQuarter(out, forecast);
        if (!forecast.cells().isEmpty()) {
            breakEven(out, Profitability.of(plan, forecast));
        }
        if (plan.getAction() != null) {
            section(out, "campaigns", "Top campaigns");
            List<Campaign> campaigns = new ArrayList<>(plan.getAction().getCampaigns());
            campaigns.sort(java.util.Comparator.comparing((Campaign c) -> campaignBudget(c) == null ? BigDecimal.ZERO
                    : campaignBudget(c).amount()).reversed());
            campaignsTable(out, campaigns.subList(0, Math.min(5, campaigns.size())));
            section(out, "ninety-day-plan", "90-day priorities");
            // The next 90 days are the first 90-day plan of the year.
            List<NinetyDayPlan> first = plan.getAction().getNinetyDayPlans().stream()
                    .sorted(java.util.Comparator.comparingInt(n -> n.isSetQuarter() ? n.getQuarter().getValue() : Integer.MAX_VALUE))
                    .limit(1).toList();
            ninetyDays(out, first);
        }
    }

    /** Budget categories × plan quarters (whole currency units), with totals. */
    private void budgetByQuarter(HtmlWriter out, BudgetMatrix budget) {
        if (budget.rows().isEmpty() || budget.calendar().isEmpty()) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
        List<PlanQuarter> quarters = budget.calendar().quarters();
        Map<PlanQuarter, Map<BudgetCategory, BigDecimal>> cells = budget.byQuarterAndCategory();
        Map<PlanQuarter, BigDecimal> quarterTotals = budget.byQuarter();
        List<String> headers = new ArrayList<>(List.of("Category"));
        quarters.forEach(q -> headers.add(quarterLabel(budget.calendar(), q)));
        headers.add("Year");
        List<List<String>> rows = new ArrayList<>();
        budget.byCategory().forEach((category, total) -> {
            if (total.signum() == 0) {
                return;
            }
            List<String> row = new ArrayList<>(List.of(Text.words(category)));
            quarters.forEach(q -> row.add(whole(cells.get(q).get(category), budget.currency())));
            row.add(whole(total, budget.currency()));
            rows.add(row);
        });
        List<String> totals = new ArrayList<>(List.of("Total"));
        quarters.forEach(q -> totals.add(whole(quarterTotals.getOrDefault(q, BigDecimal.ZERO), budget.currency())));
        totals.add(whole(budget.total(), budget.currency()));
        rows.add(totals);
        out.table("numbers budget-quarters", headers, rows);
    }

    /** The conversion forecast by plan quarter, with the year's totals. */
    private void forecastByQuarter(HtmlWriter out, Forecast forecast) {
        if (forecast.cells().isEmpty()) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        forecast.byQuarter().forEach((quarter, figures) -> rows.add(forecastRow(quarterLabel(forecast.calendar(), quarter), figures,
                forecast.currency())));
        rows.add(forecastRow("Total", forecast.total(), forecast.currency()));
        out.table("numbers forecast-quarters", List.of("Quarter", "Sessions", "Orders", "Revenue", "Gross profit",
                "Fulfilment", "Marketing", "Contribution", "ROI"), rows);
    }

    /** A forecast row: contribution = gross profit (after returns and cost of goods) − fulfilment − marketing. */
    private List<String> forecastRow(String label, ForecastFigures figures, String currency) {
        return List.of(label, number(BigDecimal.valueOf(figures.sessions())), number(Rounding.toScale(figures.orders(), 0)),
                whole(figures.revenue(), currency), whole(figures.grossProfit(), currency),
                whole(figures.fulfilmentCost(), currency), whole(figures.marketingCost(), currency), whole(figures.contribution(), currency),
                figures.roiPercent().map(this::percent).orElse(""));
    }

    /**
     * Profitability after margin: the margin assumptions, contribution by month with its
     * cumulative total, and the break-even month.
     */
    private void profitability(HtmlWriter out, Profitability profitability, String currency) {
        out.heading(4, "profitability", "Profitability after margin");
        List<List<String>> assumptions = new ArrayList<>();
        for (Profitability.Assumption assumption : profitability.assumptions()) {
            assumptions.add(List.of(assumption.appliesTo(), percent(assumption.grossMargin()), percent(assumption.returnRate()),
                    money(assumption.fulfilmentCostPerOrder())));
        }
        out.table("numbers margin-assumptions", List.of("Applies to", "Gross margin", "Return rate", "Fulfilment per order"),
                assumptions);
        List<List<String>> rows = new ArrayList<>();
        for (MonthForecast month : profitability.months()) {
            ForecastFigures figures = month.figures();
            rows.add(List.of(month(month.month()), whole(figures.revenue(), currency), whole(figures.returns(), currency),
                    whole(figures.grossProfit(), currency), whole(figures.fulfilmentCost(), currency),
                    whole(figures.marketingCost(), currency), whole(figures.contribution(), currency),
                    whole(month.cumulativeContribution(), currency)));
        }
        ForecastFigures total = profitability.total();
        rows.add(List.of("Total", whole(total.revenue(), currency), whole(total.returns(), currency),
                whole(total.grossProfit(), currency), whole(total.fulfilmentCost(), currency),
                whole(total.marketingCost(), currency), whole(total.contribution(), currency),
                whole(total.contribution(), currency)));
        out.table("numbers profitability", List.of("Month", "Revenue", "Returns", "Gross profit", "Fulfilment", "Marketing",
                "Contribution", "Cumulative"), rows);
        breakEven(out, profitability);
    }

    /** The break-even month in one sentence, and a warning when the contribution is not after margin. */
    private void breakEven(HtmlWriter out, Profitability profitability) {
        out.raw("<p class=\"break-even\">").text(profitability.breakEven()
                .map(month -> "Break-even: " + month(month) + " (cumulative contribution after margin and marketing cost "
                        + "stays at or above zero from then on).")
                .orElse("No break-even within the plan period: the cumulative contribution ends below zero.")).raw("</p>\n");
        if (profitability.inputsWithoutMargin() > 0) {
            out.raw("<p class=\"warning\">").text(profitability.inputsWithoutMargin() + " forecast input(s) have no gross "
                    + "margin: their contribution is before the cost of goods.").raw("</p>\n");
        }
    }

    private static String quarterLabel(PlanCalendar calendar, PlanQuarter quarter) {
        // A one-year plan needs no year in its quarter labels.
        return calendar.years().size() <= 1 ? quarter.quarter().getLiteral() : quarter.toString();
    }

    /** An amount in whole units of {@code currency} (the summary's tables have no room for cents). */
    private String whole(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            if (currency != null) {
                format.setCurrency(Currency.getInstance(currency));
            }
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
            return unmarked(Rounding.apply(format).format(amount));
        } catch (IllegalArgumentException e) {
            return Rounding.toScale(amount, 0).toPlainString() + (currency == null ? "" : " " + currency);
        }
    }

    // ---------------------------------------------------------------- opportunity

    private void opportunity(HtmlWriter out) {
        section(out, "opportunity", "Opportunity");
        OpportunitySection opportunity = plan.getOpportunity();
        if (opportunity == null) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
        PerformanceReview review = opportunity.getPerformanceReview();
        out.heading(3, "performance-review", "Performance review");
        if (review != null) {
            out.field("Period", period(review.getStart(), review.getEnd()));
            out.field("Sales target", money(review.getSalesTarget()));
            out.field("Sales", money(review.getSales()));
            out.field("Profit", money(review.getProfit()));
            out.field("New customers", review.getNewCustomers() == 0 ? "" : number(BigDecimal.valueOf(review.getNewCustomers())));
            out.field("Retention rate", percent(review.getRetentionRate()));
            out.field("Growth rate", percent(review.getGrowthRate()));
            out.field("Missed opportunities", review.getMissedOpportunities());
            out.table("metrics", List.of("Channel", "Sessions", "Conversion rate", "Average order value", "Revenue", "Cost"),
                    rows(review.getChannelMetrics(), m -> List.of(name(m.getChannel()), number(BigDecimal.valueOf(m.getSessions())),
                            percent(m.getConversionRate()), money(m.getAverageOrderValue()), money(m.getRevenue()), money(m.getCost()))));
        }
        out.heading(3, "market-review", "Market review");
        if (opportunity.getMarketReview() != null) {
            out.table("findings", List.of("Finding", "Area", "Effect", "Source"), rows(opportunity.getMarketReview().getFindings(),
                    f -> List.of(s(f.getName()), Text.value(f, "area"), Text.value(f, "effect"), s(f.getSource()))));
        }
        out.heading(3, "pestle", "PESTLE");
        if (opportunity.getPestle() != null) {
            out.table("pestle", List.of("Factor", "Category", "Effect", "Impact", "Likelihood"), rows(opportunity.getPestle().getFactors(),
                    f -> List.of(s(f.getName()), Text.value(f, "category"), Text.value(f, "effect"),
                            String.valueOf(f.getImpact()), String.valueOf(f.getLikelihood()))));
        }
        SwotAnalysis swot = opportunity.getSwot();
        out.heading(3, "swot-tows", "SWOT and TOWS matrix");
        if (swot != null) {
            out.raw(TowsFigure.html(swot));
            out.heading(3, "key-issues", "Key issues");
            out.table("key-issues", List.of("Key issue", "Priority", "From"), rows(swot.getKeyIssues(),
                    i -> List.of(s(i.getName()), String.valueOf(i.getPriority()), names(i.getSwotItems()))));
        }
        out.heading(3, "objectives", "SMART objectives");
        objectivesTable(out, opportunity.getObjectives());
        ConversionForecast forecast = opportunity.getForecast();
        out.heading(3, "forecast", "Conversion forecast");
        if (forecast != null) {
            // One row per channel and quarter instead of one per input (84 rows for the full
            // sample): the inputs themselves are in the budget workbook.
            Forecast figures = ConversionModel.forecast(plan);
            forecastByChannel(out, figures);
            forecastByQuarter(out, figures);
            if (!figures.cells().isEmpty()) {
                profitability(out, Profitability.of(plan, figures), figures.currency());
            }
        }
    }

    /** Revenue by channel (rows) and plan quarter (columns), with each channel's year totals. */
    private void forecastByChannel(HtmlWriter out, Forecast forecast) {
        if (forecast.cells().isEmpty()) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
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
        List<String> headers = new ArrayList<>(List.of("Channel"));
        quarters.forEach(q -> headers.add(quarterLabel(forecast.calendar(), q) + " revenue"));
        headers.addAll(List.of("Revenue", "Gross profit", "Marketing", "Contribution", "ROI"));
        List<List<String>> rows = new ArrayList<>();
        year.forEach((channel, figures) -> {
            List<String> row = new ArrayList<>(List.of(channel == null ? "No channel" : s(channel.getName())));
            quarters.forEach(q -> row.add(whole(revenue.get(channel).getOrDefault(q, BigDecimal.ZERO), forecast.currency())));
            row.add(whole(figures.revenue(), forecast.currency()));
            row.add(whole(figures.grossProfit(), forecast.currency()));
            row.add(whole(figures.marketingCost(), forecast.currency()));
            row.add(whole(figures.contribution(), forecast.currency()));
            row.add(figures.roiPercent().map(this::percent).orElse(""));
            rows.add(row);
        });
        ForecastFigures total = forecast.total();
        List<String> totals = new ArrayList<>(List.of("Total"));
        quarters.forEach(q -> totals.add(whole(forecast.byQuarter().getOrDefault(q, ForecastFigures.ZERO).revenue(), forecast.currency())));
        totals.addAll(List.of(whole(total.revenue(), forecast.currency()), whole(total.grossProfit(), forecast.currency()),
                whole(total.marketingCost(), forecast.currency()), whole(total.contribution(), forecast.currency()),
                total.roiPercent().map(this::percent).orElse("")));
        rows.add(totals);
        out.table("numbers forecast-channels", headers, rows);
    }

    private void objectivesTable(HtmlWriter out, List<SmartObjective> objectives) {
        out.table("objectives", List.of("Objective", "RACE", "Metric", "Measured on", "Baseline", "Target", "Deadline",
                "Owner"), rows(objectives, o -> List.of(s(o.getName()), Text.value(o, "raceStage"), s(o.getMetric()),
                        PlanLabels.scope(o) + (o.isSetMeasureKind() ? " · " + Text.value(o, "measureKind").toLowerCase(locale) : ""),
                        number(o.getBaseline()), join(number(o.getTarget()), s(o.getUnit())), date(o.getDeadline()),
                        name(o.getOwner()))));
    }

    // ---------------------------------------------------------------- strategy

    private void strategy(HtmlWriter out) {
        section(out, "strategy", "Strategy");
        StrategySection strategy = plan.getStrategy();
        if (strategy == null) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
        out.heading(3, "value-proposition", "Value proposition");
        ValueProposition proposition = strategy.getValueProposition();
        if (proposition != null) {
            out.field("Elevator pitch", proposition.getElevatorPitch());
            out.field("Digital value proposition", proposition.getDigitalValueProposition());
            out.field("Brand identity", proposition.getBrandIdentity());
            out.field("Tone of voice", proposition.getToneOfVoice());
        }
        out.heading(3, "segments", "Segmentation and targeting");
        out.table("segments", List.of("Segment", "Layer", "Criteria", "Product or service", "Priority"), rows(strategy.getSegments(),
                g -> List.of(s(g.getName()), Text.value(g, "layer"), s(g.getCriteria()), s(g.getProductOrService()),
                        String.valueOf(g.getPriority()))));
        out.heading(3, "personas", "Personas");
        out.table("personas", List.of("Persona", "Profile", "Goals", "Pain points"), rows(strategy.getPersonas(),
                p -> List.of(s(p.getName()), s(p.getProfile()), s(p.getGoals()), s(p.getPainPoints()))));
        out.heading(3, "content-map", "Content map");
        out.table("content", List.of("Content", "Format", "RACE", "Personas"), rows(strategy.getContentMap(),
                c -> List.of(s(c.getName()), Text.value(c, "format"), Text.value(c, "raceStage"), names(c.getPersonas()))));
        out.heading(3, "marketing-mix", "Marketing mix (7Ps)");
        List<List<String>> mix = new ArrayList<>();
        for (MarketingMixElement element : MarketingMixElement.values()) {
            for (MixImprovement improvement : strategy.getMarketingMix()) {
                if (improvement.getElement() == element) {
                    mix.add(List.of(Text.words(element), s(improvement.getName()), s(improvement.getCurrentSituation()),
                            String.valueOf(improvement.getPriority())));
                }
            }
        }
        out.table("mix", List.of("P", "Planned improvement", "Current situation", "Priority"), mix);
        CommunicationsStrategy communications = strategy.getCommunications();
        out.heading(3, "communications", "RACE communications strategy");
        if (communications != null) {
            out.table("priorities", List.of("Priority", "Type", "RACE", "Rank"), rows(communications.getPriorities(),
                    p -> List.of(s(p.getName()), Text.value(p, "type"), Text.value(p, "raceStage"), String.valueOf(p.getPriority()))));
            out.table("audit", List.of("Activity", "RACE", "Capability", "Priority"), rows(communications.getAudit(),
                    a -> List.of(s(a.getName()), Text.value(a, "raceStage"), String.valueOf(a.getCapability()),
                            String.valueOf(a.getPriority()))));
        }
        out.heading(3, "business-model-canvas", "Business Model Canvas");
        if (strategy.getBusinessModelCanvas() != null) {
            out.raw(CanvasFigure.html(strategy.getBusinessModelCanvas()));
        }
    }

    // ---------------------------------------------------------------- action

    private void action(HtmlWriter out) {
        section(out, "action", "Action");
        ActionSection action = plan.getAction();
        if (action == null) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
        out.heading(3, "budget", "Budget and resources");
        if (action.getBudget() != null) {
            // The engine's numbers, as in the workbook: each line once, allocated counted once, totals inside the period.
            BudgetMatrix matrix = BudgetEngine.expand(plan);
            out.table("numbers budget", List.of("Budget line", "Category", "Cost type", "Channel", "Planned", "Allocated"),
                    rows(matrix.rows(), (BudgetRow r) -> List.of(s(r.name()), Text.wordsOrNotSet(r.category()),
                            Text.wordsOrNotSet(r.costType()), name(r.channel()), amount(r.planned(), matrix.currency()),
                            amount(r.allocated(), matrix.currency()))));
            budgetTotals(out, matrix);
        }
        out.heading(3, "dashboard", "KPI dashboard");
        if (action.getDashboard() != null) {
            out.table("kpis", List.of("KPI", "RACE", "Baseline", "Target", "YoY", "MoM", "Channel", "Owner"),
                    rows(action.getDashboard().getKpis(), k -> List.of(s(k.getName()), Text.value(k, "raceStage"),
                            number(k.getBaseline()), join(number(k.getTarget()), s(k.getUnit())), percent(k.getTargetYearOnYear()),
                            percent(k.getTargetMonthOnMonth()), name(k.getChannel()), name(k.getOwner()))));
        }
        out.heading(3, "campaigns", "Campaigns");
        campaignsTable(out, action.getCampaigns());
        for (Campaign campaign : action.getCampaigns()) {
            out.raw("<div class=\"campaign\"><h4>").text(campaign.getName()).raw("</h4>\n");
            out.field("Goals", campaign.getGoals());
            out.field("Tracking", campaign.getTracking());
            out.field("Audience", names(campaign.getAudience()));
            out.field("Key messages", names(campaign.getKeyMessages()));
            out.table("media-plan", List.of("Placement", "Channel", "Media", "Booked", "Budget line", "Period"),
                    rows(campaign.getMediaPlan(), m -> List.of(s(m.getName()), name(m.getChannel()), Text.value(m, "mediaType"),
                            money(m.getBookedAmount()), name(m.getBudgetLine()), period(m.getStart(), m.getEnd()))));
            out.raw("</div>\n");
        }
        out.heading(3, "always-on", "Always-on plan");
        if (action.getAlwaysOnPlan() != null) {
            out.table("always-on", List.of("Activity", "RACE", "Quarters", "Channel", "Owner"), rows(action.getAlwaysOnPlan().getActivities(),
                    a -> List.of(s(a.getName()), Text.value(a, "raceStage"),
                            a.getQuarters().stream().map(Quarter::getName).collect(Collectors.joining(" ")), name(a.getChannel()),
                            name(a.getOwner()))));
        }
        out.heading(3, "martech", "MarTech stack");
        out.table("martech", List.of("Tool", "Category", "Vendor", "RACE stages"), rows(action.getMartechStack(),
                t -> List.of(s(t.getName()), Text.value(t, "category"), s(t.getVendor()),
                        t.getRaceStages().stream().map(Text::words).collect(Collectors.joining(", ")))));
        out.heading(3, "ninety-day-plan", "90-day plan");
        ninetyDays(out, action.getNinetyDayPlans());
    }

    private void campaignsTable(HtmlWriter out, List<Campaign> campaigns) {
        out.table("campaigns", List.of("Campaign", "Period", "Budget", "Planned spend", "Owner", "Objectives"), rows(campaigns,
                c -> List.of(s(c.getName()), period(c.getStart(), c.getEnd()), money(c.getBudget()), money(plannedSpend(c)),
                        name(c.getOwner()), names(c.getObjectives()))));
    }

    /** What a campaign's placements and assigned lines plan to spend (the budget is its approved budget). */
    private Money plannedSpend(Campaign campaign) {
        return PlanMoney.plannedSpend(campaign, PlanMoney.linesOf(plan), plan.getCurrency());
    }

    /** A campaign's size: its approved budget, else its planned spend. */
    private Money campaignBudget(Campaign campaign) {
        return campaign.getBudget() != null ? campaign.getBudget() : plannedSpend(campaign);
    }

    private void ninetyDays(HtmlWriter out, List<NinetyDayPlan> plans) {
        for (NinetyDayPlan ninetyDays : plans) {
            out.raw("<h4>").text(join(ninetyDays.isSetQuarter() ? ninetyDays.getQuarter().getName() : "",
                    s(ninetyDays.getName()))).raw("</h4>\n");
            out.table("ninety-days", List.of("Action", "Workstream", "RACE", "Period", "Owner", "Status"), rows(ninetyDays.getActions(),
                    a -> List.of(s(a.getName()), Text.value(a, "workstream"), Text.value(a, "raceStage"),
                            period(a.getStart(), a.getEnd()), name(a.getOwner()), Text.value(a, "status"))));
        }
        if (plans.isEmpty()) {
            out.raw("<p class=\"empty\">—</p>\n");
        }
    }

    /**
     * Totals by category inside the plan period (the engine's, in the plan currency) with their
     * targets, the total and the approved total.
     */
    private void budgetTotals(HtmlWriter out, BudgetMatrix matrix) {
        String currency = matrix.currency();
        List<List<String>> rows = new ArrayList<>();
        matrix.byCategory().forEach((category, total) -> {
            BigDecimal target = matrix.categoryTargets().get(category);
            if (total.signum() != 0 || target != null) {
                rows.add(List.of(Text.words(category), amount(total, currency), amount(target, currency)));
            }
        });
        if (matrix.uncategorised().signum() != 0) {
            rows.add(List.of(Text.NOT_SET, amount(matrix.uncategorised(), currency), ""));
        }
        rows.add(List.of("Total", amount(matrix.total(), currency), amount(matrix.approvedTotal(), currency)));
        out.table("numbers budget-totals", List.of("Category", "In plan period", "Target / approved"), rows);
        if (matrix.overApproved().signum() > 0) {
            out.raw("<p class=\"warning\">").text("The budget exceeds the approved total by "
                    + amount(matrix.overApproved(), currency) + ".").raw("</p>\n");
        }
    }

    /** An amount of the plan currency; empty for null. */
    private String amount(BigDecimal value, String currency) {
        return value == null || currency == null ? value == null ? "" : number(value) : money(new Money(value, currency));
    }

    // ---------------------------------------------------------------- operations

    private void operations(HtmlWriter out) {
        section(out, "operations", "Operations");
        OperationsSection operations = plan.getOperations();
        if (operations == null) {
            out.raw("<p class=\"empty\">—</p>\n");
            return;
        }
        out.heading(3, "quarterly-objectives", "Quarterly objectives");
        out.table("quarterly", List.of("Quarter", "Objective", "Annual objective", "Target", "Owner"),
                rows(operations.getQuarterlyObjectives(), q -> List.of(q.isSetQuarter() ? q.getQuarter().getName() : Text.NOT_SET,
                        s(q.getName()), name(q.getAnnualObjective()), join(number(q.getTarget()), s(q.getUnit())), name(q.getOwner()))));
        out.heading(3, "monthly-objectives", "Monthly objectives");
        out.table("monthly", List.of("Month", "Objective", "Phase", "Deadline", "Target", "Actual", "Status"),
                rows(operations.getMonthlyObjectives(), m -> List.of(month(m.getMonth()), s(m.getName()), Text.value(m, "phase"),
                        date(m.getDeadline()), join(number(m.getTarget()), s(m.getUnit())), number(m.getActual()),
                        Text.value(m, "status"))));
        PlanSchedule schedule = PlanSchedule.of(plan);
        for (CalendarKind kind : List.of(CalendarKind.EDITORIAL, CalendarKind.ADVERTISING, CalendarKind.DEM,
                CalendarKind.AUTOMATIONS, CalendarKind.CRO, CalendarKind.LOYALTY)) {
            out.heading(3, "calendar-" + kind.name().toLowerCase(Locale.ROOT), kind.title());
            out.table("calendar", List.of("Entry", "Period", "Channel", "Owner", "Cost", "Status"), rows(schedule.items(kind),
                    (ScheduledItem i) -> List.of(i.title(), period(i.start(), i.end()), i.channel(), i.owner(), money(i.cost()),
                            i.status())));
        }
    }

    // ---------------------------------------------------------------- journey

    private void journeys(HtmlWriter out) {
        section(out, "journey", "Customer journey");
        if (plan.getJourneys().isEmpty()) {
            out.raw("<p class=\"empty\">—</p>\n");
        }
        for (CustomerJourney journey : plan.getJourneys()) {
            out.raw("<h3>").text(journey.getName()).raw("</h3>\n");
            out.field("Personas", names(journey.getPersonas()));
            out.raw(JourneyFigure.html(journey, rightToLeft));
            // Numbered like the arrows of the figure.
            List<List<String>> flows = new ArrayList<>();
            for (JourneyFlow flow : journey.getFlows()) {
                flows.add(List.of(String.valueOf(flows.size() + 1), name(flow.getSource()), name(flow.getTarget()), s(flow.getName()),
                        s(flow.getCondition())));
            }
            out.table("flows", List.of("No.", "From", "To", "Flow", "Condition"), flows);
        }
    }

    // ---------------------------------------------------------------- appendix

    private void validationAppendix(HtmlWriter out) {
        section(out, "validation", "Appendix: validation summary");
        ValidationSummary.of(plan).write(out);
    }

    // ---------------------------------------------------------------- formatting

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
        return elements.stream().map(PlanDocument::name).collect(Collectors.joining(", "));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }

    /** Drops the bidi marks locale formats add (the PDF fonts have no glyph for them; cells are isolated anyway). */
    private static String unmarked(String formatted) {
        return formatted.replaceAll("[\u061C\u200E\u200F]", "");
    }

    private String date(LocalDate date) {
        return date == null ? "" : unmarked(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date));
    }

    private String month(YearMonth month) {
        return month == null ? "" : unmarked(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month));
    }

    private String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null || end.equals(start)) {
            return date(start);
        }
        return date(start) + " – " + date(end);
    }

    private String number(BigDecimal value) {
        return value == null ? "" : unmarked(Rounding.apply(NumberFormat.getNumberInstance(locale)).format(value));
    }

    private String percent(BigDecimal value) {
        return value == null ? "" : number(value) + " %";
    }

    private String money(Money money) {
        if (money == null) {
            return "";
        }
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(money.currency()));
            return unmarked(Rounding.apply(format).format(money.amount()));
        } catch (IllegalArgumentException e) {
            return money.toString();
        }
    }

    private static final String STYLE = """
            body { font-family: %s, sans-serif; font-size: 10pt; line-height: 1.35; color: #222; }
            h1.title { font-size: 22pt; margin-bottom: 0; }
            p.subtitle { color: #555; margin-top: 2pt; }
            h2 { font-size: 15pt; border-bottom: 1.5pt solid #2a5d8f; color: #2a5d8f; margin-top: 18pt; }
            h3 { font-size: 12pt; margin-top: 12pt; }
            h4 { font-size: 10.5pt; margin: 8pt 0 4pt 0; }
            table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; }
            th, td { border: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top;  }
            th { background: #e8eef5; }
            ul { margin: 2pt 0; padding-left: 14pt; padding-right: 0; }
            html[dir="rtl"] ul, html[dir="rtl"] nav.toc ol { padding-left: 0; padding-right: 14pt; }
            .label { font-weight: bold; }
            .empty { color: #888; }
            .running-header, .running-footer { display: none; }
            nav.toc ol { padding-left: 16pt; }
            body.summary { font-size: 8.5pt; line-height: 1.3; }
            body.summary h2 { font-size: 12pt; margin-top: 10pt; }
            body.summary h1.title { font-size: 18pt; }
            body.summary table { font-size: 8pt; }
            table.forecast-channels, table.forecast-quarters, table.budget-quarters { font-size: 8.5pt; }
            table.numbers td { text-align: right; } table.numbers td:first-child { text-align: start; }
            table.numbers tr:last-child td { font-weight: bold; } table.numbers.margin-assumptions tr:last-child td { font-weight: normal; }
            table.validation-counts { width: auto; }
            table.validation-counts td { text-align: center; min-width: 50pt; }
            table.findings-list { font-size: 8pt; }
            td.rule-id { white-space: nowrap; font-size: 7pt; }
            td.severity.error { color: #a11; font-weight: bold; } td.severity.warning { color: #8a5a00; }
            p.no-findings { color: #2a6b2a; font-weight: bold; }
            p.break-even { font-weight: bold; }
            p.warning { color: #8a5a00; }
            """.formatted(DocumentFonts.FONT_FAMILY_CHAIN) + Figures.STYLE;
}
