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
import org.tactician.generators.internal.Text;
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
        page.raw("</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        page.raw("<div class=\"running-header\">").text(title()).raw("</div>\n");
        // Page numbers for the PDF; left to right even in an RTL plan so "Page 3 of 9" keeps its order.
        page.raw("<div class=\"running-footer\" dir=\"ltr\">Page <span class=\"page-number\"></span> of "
                + "<span class=\"page-count\"></span></div>\n");
        page.raw("<h1 class=\"title\">").text(title()).raw("</h1>\n");
        page.raw("<p class=\"subtitle\">").text(plan.getBrand()).raw(" ").raw(summaryOnly ? "· Executive summary" : "· Marketing plan")
                .raw("</p>\n");
        page.raw("<nav class=\"toc\"><h2 class=\"toc-title\">Contents</h2><ol>");
        for (Map.Entry<String, String> section : sections.entrySet()) {
            page.raw("<li><a href=\"#" + section.getKey() + "\">" + Text.html(section.getValue()) + "</a></li>");
        }
        page.raw("</ol></nav>\n");
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
                    c -> List.of(s(c.getName()), Text.words(c.getCategory()), Text.words(c.getMediaType()), s(c.getUrl()))));
        }
    }

    private void summary(HtmlWriter out) {
        OpportunitySection opportunity = plan.getOpportunity();
        if (opportunity != null && opportunity.getSwot() != null) {
            section(out, "key-issues", "Key issues");
            out.list(opportunity.getSwot().getKeyIssues().stream().map(i -> s(i.getName())).toList());
        }
        if (opportunity != null) {
            section(out, "objectives", "SMART objectives");
            objectivesTable(out, opportunity.getObjectives());
        }
        if (plan.getStrategy() != null && plan.getStrategy().getValueProposition() != null) {
            section(out, "value-proposition", "Value proposition");
            out.field("Elevator pitch", plan.getStrategy().getValueProposition().getElevatorPitch());
        }
        if (plan.getAction() != null) {
            section(out, "budget", "Budget");
            budgetTotals(out, plan.getAction().getBudget());
            section(out, "campaigns", "Campaigns");
            campaignsTable(out, plan.getAction().getCampaigns());
            section(out, "ninety-day-plan", "90-day plan");
            ninetyDays(out, plan.getAction().getNinetyDayPlans());
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
                    f -> List.of(s(f.getName()), Text.words(f.getArea()), Text.words(f.getEffect()), s(f.getSource()))));
        }
        out.heading(3, "pestle", "PESTLE");
        if (opportunity.getPestle() != null) {
            out.table("pestle", List.of("Factor", "Category", "Effect", "Impact", "Likelihood"), rows(opportunity.getPestle().getFactors(),
                    f -> List.of(s(f.getName()), Text.words(f.getCategory()), Text.words(f.getEffect()),
                            String.valueOf(f.getImpact()), String.valueOf(f.getLikelihood()))));
        }
        SwotAnalysis swot = opportunity.getSwot();
        out.heading(3, "swot-tows", "SWOT and TOWS matrix");
        if (swot != null) {
            towsMatrix(out, swot);
            out.heading(3, "key-issues", "Key issues");
            out.table("key-issues", List.of("Key issue", "Priority", "From"), rows(swot.getKeyIssues(),
                    i -> List.of(s(i.getName()), String.valueOf(i.getPriority()), names(i.getSwotItems()))));
        }
        out.heading(3, "objectives", "SMART objectives");
        objectivesTable(out, opportunity.getObjectives());
        ConversionForecast forecast = opportunity.getForecast();
        out.heading(3, "forecast", "Conversion forecast");
        if (forecast != null) {
            out.table("forecast", List.of("Month", "Channel", "Sessions", "Conversion rate", "Average order value", "Revenue", "Cost"),
                    rows(forecast.getInputs(), f -> List.of(month(f.getMonth()), name(f.getChannel()),
                            number(BigDecimal.valueOf(f.getSessions())), percent(f.getConversionRate()), money(f.getAverageOrderValue()),
                            money(revenue(f)), money(f.getCost()))));
        }
    }

    private static Money revenue(ForecastInput input) {
        if (input.getConversionRate() == null || input.getAverageOrderValue() == null) {
            return null;
        }
        // The conversion rate is a percentage: sessions × rate/100 × AOV.
        BigDecimal orders = BigDecimal.valueOf(input.getSessions()).multiply(input.getConversionRate())
                .divide(BigDecimal.valueOf(100));
        Money aov = input.getAverageOrderValue();
        return new Money(orders.multiply(aov.amount()).setScale(2, java.math.RoundingMode.HALF_UP), aov.currency());
    }

    private void towsMatrix(HtmlWriter out, SwotAnalysis swot) {
        out.raw("<table class=\"tows\"><tbody>\n<tr><th></th><th>Strengths (S)</th><th>Weaknesses (W)</th></tr>\n");
        out.raw("<tr><th></th><td>").list(swotNames(swot, SwotCategory.STRENGTH)).raw("</td><td>")
                .list(swotNames(swot, SwotCategory.WEAKNESS)).raw("</td></tr>\n");
        out.raw("<tr><th>Opportunities (O)<br/>").list(swotNames(swot, SwotCategory.OPPORTUNITY)).raw("</th><td class=\"so\"><b>SO</b>")
                .list(towsNames(swot, TowsCategory.SO)).raw("</td><td class=\"wo\"><b>WO</b>").list(towsNames(swot, TowsCategory.WO))
                .raw("</td></tr>\n");
        out.raw("<tr><th>Threats (T)<br/>").list(swotNames(swot, SwotCategory.THREAT)).raw("</th><td class=\"st\"><b>ST</b>")
                .list(towsNames(swot, TowsCategory.ST)).raw("</td><td class=\"wt\"><b>WT</b>").list(towsNames(swot, TowsCategory.WT))
                .raw("</td></tr>\n</tbody></table>\n");
    }

    private static List<String> swotNames(SwotAnalysis swot, SwotCategory category) {
        return swot.getItems().stream().filter(i -> i.getCategory() == category).map(i -> s(i.getName())).toList();
    }

    private static List<String> towsNames(SwotAnalysis swot, TowsCategory category) {
        return swot.getStrategies().stream().filter(t -> t.getCategory() == category).map(t -> s(t.getName())).toList();
    }

    private void objectivesTable(HtmlWriter out, List<SmartObjective> objectives) {
        out.table("objectives", List.of("Objective", "RACE", "Metric", "Baseline", "Target", "Deadline", "Owner"),
                rows(objectives, o -> List.of(s(o.getName()), Text.words(o.getRaceStage()), s(o.getMetric()),
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
                g -> List.of(s(g.getName()), Text.words(g.getLayer()), s(g.getCriteria()), s(g.getProductOrService()),
                        String.valueOf(g.getPriority()))));
        out.heading(3, "personas", "Personas");
        out.table("personas", List.of("Persona", "Profile", "Goals", "Pain points"), rows(strategy.getPersonas(),
                p -> List.of(s(p.getName()), s(p.getProfile()), s(p.getGoals()), s(p.getPainPoints()))));
        out.heading(3, "content-map", "Content map");
        out.table("content", List.of("Content", "Format", "RACE", "Personas"), rows(strategy.getContentMap(),
                c -> List.of(s(c.getName()), Text.words(c.getFormat()), Text.words(c.getRaceStage()), names(c.getPersonas()))));
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
                    p -> List.of(s(p.getName()), Text.words(p.getType()), Text.words(p.getRaceStage()), String.valueOf(p.getPriority()))));
            out.table("audit", List.of("Activity", "RACE", "Capability", "Priority"), rows(communications.getAudit(),
                    a -> List.of(s(a.getName()), Text.words(a.getRaceStage()), String.valueOf(a.getCapability()),
                            String.valueOf(a.getPriority()))));
        }
        out.heading(3, "business-model-canvas", "Business Model Canvas");
        if (strategy.getBusinessModelCanvas() != null) {
            canvas(out, strategy.getBusinessModelCanvas());
        }
    }

    private void canvas(HtmlWriter out, BusinessModelCanvas canvas) {
        Function<CanvasBlock, List<String>> block = b -> canvas.getItems().stream().filter(i -> i.getBlock() == b)
                .map(i -> s(i.getName())).toList();
        out.raw("<table class=\"canvas\"><tbody>\n<tr>");
        cell(out, "Key partners", block.apply(CanvasBlock.KEY_PARTNERS), "rowspan=\"2\" colspan=\"2\"");
        cell(out, "Key activities", block.apply(CanvasBlock.KEY_ACTIVITIES), "colspan=\"2\"");
        cell(out, "Value propositions", block.apply(CanvasBlock.VALUE_PROPOSITIONS), "rowspan=\"2\" colspan=\"2\"");
        cell(out, "Customer relationships", block.apply(CanvasBlock.CUSTOMER_RELATIONSHIPS), "colspan=\"2\"");
        cell(out, "Customer segments", block.apply(CanvasBlock.CUSTOMER_SEGMENTS), "rowspan=\"2\" colspan=\"2\"");
        out.raw("</tr>\n<tr>");
        cell(out, "Key resources", block.apply(CanvasBlock.KEY_RESOURCES), "colspan=\"2\"");
        cell(out, "Channels", block.apply(CanvasBlock.CHANNELS), "colspan=\"2\"");
        out.raw("</tr>\n<tr>");
        cell(out, "Cost structure", block.apply(CanvasBlock.COST_STRUCTURE), "colspan=\"5\"");
        cell(out, "Revenue streams", block.apply(CanvasBlock.REVENUE_STREAMS), "colspan=\"5\"");
        out.raw("</tr>\n</tbody></table>\n");
    }

    private static void cell(HtmlWriter out, String title, List<String> items, String span) {
        out.raw("<td " + span + "><b>" + Text.html(title) + "</b>").list(items).raw("</td>");
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
        Budget budget = action.getBudget();
        if (budget != null) {
            out.table("budget", List.of("Budget line", "Category", "Cost type", "Channel", "Amount"), rows(budget.getLines(),
                    l -> List.of(s(l.getName()), Text.words(l.getCategory()), Text.words(l.getCostType()), name(l.getChannel()),
                            money(lineAmount(l)))));
            budgetTotals(out, budget);
        }
        out.heading(3, "dashboard", "KPI dashboard");
        if (action.getDashboard() != null) {
            out.table("kpis", List.of("KPI", "RACE", "Baseline", "Target", "YoY", "MoM", "Channel", "Owner"),
                    rows(action.getDashboard().getKpis(), k -> List.of(s(k.getName()), Text.words(k.getRaceStage()),
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
            out.table("media-plan", List.of("Placement", "Channel", "Media", "Budget", "Period"), rows(campaign.getMediaPlan(),
                    m -> List.of(s(m.getName()), name(m.getChannel()), Text.words(m.getMediaType()), money(m.getBudget()),
                            period(m.getStart(), m.getEnd()))));
            out.raw("</div>\n");
        }
        out.heading(3, "always-on", "Always-on plan");
        if (action.getAlwaysOnPlan() != null) {
            out.table("always-on", List.of("Activity", "RACE", "Quarters", "Channel", "Owner"), rows(action.getAlwaysOnPlan().getActivities(),
                    a -> List.of(s(a.getName()), Text.words(a.getRaceStage()),
                            a.getQuarters().stream().map(Quarter::getName).collect(Collectors.joining(" ")), name(a.getChannel()),
                            name(a.getOwner()))));
        }
        out.heading(3, "martech", "MarTech stack");
        out.table("martech", List.of("Tool", "Category", "Vendor", "RACE stages"), rows(action.getMartechStack(),
                t -> List.of(s(t.getName()), Text.words(t.getCategory()), s(t.getVendor()),
                        t.getRaceStages().stream().map(Text::words).collect(Collectors.joining(", ")))));
        out.heading(3, "ninety-day-plan", "90-day plan");
        ninetyDays(out, action.getNinetyDayPlans());
    }

    private void campaignsTable(HtmlWriter out, List<Campaign> campaigns) {
        out.table("campaigns", List.of("Campaign", "Period", "Budget", "Owner", "Objectives"), rows(campaigns,
                c -> List.of(s(c.getName()), period(c.getStart(), c.getEnd()), money(c.getBudget()), name(c.getOwner()),
                        names(c.getObjectives()))));
    }

    private void ninetyDays(HtmlWriter out, List<NinetyDayPlan> plans) {
        for (NinetyDayPlan ninetyDays : plans) {
            out.raw("<h4>").text(join(ninetyDays.getQuarter() == null ? "" : ninetyDays.getQuarter().getName(),
                    s(ninetyDays.getName()))).raw("</h4>\n");
            out.table("ninety-days", List.of("Action", "Workstream", "RACE", "Period", "Owner", "Status"), rows(ninetyDays.getActions(),
                    a -> List.of(s(a.getName()), Text.words(a.getWorkstream()), Text.words(a.getRaceStage()),
                            period(a.getStart(), a.getEnd()), name(a.getOwner()), Text.words(a.getStatus()))));
        }
        if (plans.isEmpty()) {
            out.raw("<p class=\"empty\">—</p>\n");
        }
    }

    private static Money lineAmount(BudgetLine line) {
        return line.getAmount() != null ? line.getAmount() : line.getPhasedTotal();
    }

    private void budgetTotals(HtmlWriter out, Budget budget) {
        if (budget == null) {
            return;
        }
        // Totals per category and currency; lines in another currency are never added together.
        Map<String, Money> totals = new LinkedHashMap<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            for (BudgetLine line : budget.getLines()) {
                Money amount = lineAmount(line);
                if (line.getCategory() == category && amount != null) {
                    totals.merge(Text.words(category) + " " + amount.currency(), amount, Money::plus);
                }
            }
        }
        Map<String, Money> grand = new LinkedHashMap<>();
        totals.values().forEach(m -> grand.merge(m.currency(), m, Money::plus));
        List<List<String>> rows = new ArrayList<>();
        totals.forEach((key, money) -> rows.add(List.of(key.substring(0, key.length() - 4), money(money))));
        grand.values().forEach(money -> rows.add(List.of("Total", money(money))));
        out.table("budget-totals", List.of("Category", "Total"), rows);
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
                rows(operations.getQuarterlyObjectives(), q -> List.of(q.getQuarter() == null ? "" : q.getQuarter().getName(),
                        s(q.getName()), name(q.getAnnualObjective()), join(number(q.getTarget()), s(q.getUnit())), name(q.getOwner()))));
        out.heading(3, "monthly-objectives", "Monthly objectives");
        out.table("monthly", List.of("Month", "Objective", "Phase", "Deadline", "Target", "Actual", "Status"),
                rows(operations.getMonthlyObjectives(), m -> List.of(month(m.getMonth()), s(m.getName()), Text.words(m.getPhase()),
                        date(m.getDeadline()), join(number(m.getTarget()), s(m.getUnit())), number(m.getActual()),
                        Text.words(m.getStatus()))));
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
            // The journey as a row of RACE stage columns, touchpoints stacked in each.
            out.raw("<table class=\"journey\"><thead><tr>");
            for (JourneyStage stage : journey.getStages()) {
                out.raw("<th>").text(join(Text.words(stage.getRaceStage()), s(stage.getName()))).raw("</th>");
            }
            out.raw("</tr></thead><tbody><tr>");
            for (JourneyStage stage : journey.getStages()) {
                out.raw("<td>");
                for (Touchpoint touchpoint : stage.getTouchpoints()) {
                    out.raw("<div class=\"touchpoint\"><b>").text(touchpoint.getName()).raw("</b><br/>")
                            .text(join(Text.words(touchpoint.getMediaType()), name(touchpoint.getChannel()))).raw("</div>");
                }
                out.raw("</td>");
            }
            out.raw("</tr></tbody></table>\n");
            out.table("flows", List.of("From", "To", "Condition"), rows(journey.getFlows(),
                    f -> List.of(name(f.getSource()), name(f.getTarget()), s(f.getCondition()))));
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
        return value == null ? "" : unmarked(NumberFormat.getNumberInstance(locale).format(value));
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
            return unmarked(format.format(money.amount()));
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
            table.tows td.so { background: #eaf5ea; } table.tows td.wo { background: #f5f2e6; }
            table.tows td.st { background: #e9eff7; } table.tows td.wt { background: #f7e9e9; }
            table.canvas td { height: 60pt; width: 10%%; }
            ul { margin: 2pt 0; padding-left: 14pt; padding-right: 0; }
            html[dir="rtl"] ul, html[dir="rtl"] nav.toc ol { padding-left: 0; padding-right: 14pt; }
            .label { font-weight: bold; }
            .empty { color: #888; }
            .touchpoint { border: 0.5pt solid #bbb; border-radius: 3pt; padding: 2pt; margin: 2pt 0; }
            .running-header, .running-footer { display: none; }
            nav.toc ol { padding-left: 16pt; }
            table.validation-counts { width: auto; }
            table.validation-counts td { text-align: center; min-width: 50pt; }
            table.findings-list { font-size: 8pt; }
            td.rule-id { white-space: nowrap; font-size: 7pt; }
            td.severity.error { color: #a11; font-weight: bold; } td.severity.warning { color: #8a5a00; }
            p.no-findings { color: #2a6b2a; font-weight: bold; }
            """.formatted(DocumentFonts.FONT_FAMILY_CHAIN);
}
