package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.model.TacticianPackage;

/**
 * What the plan editor shows where, by the metamodel's own names: the pages, each a list of
 * sections named as in the marketing-plan method, each section the object at a containment path
 * from the plan and the features of it to show. Everything else — widgets, tables, details — is
 * derived from the features themselves, so a model change needs at most an edit here: a new
 * feature of an element in a list shows up by itself, a new section of the plan is added below.
 */
public final class PlanPages {

    /** One editor page. */
    public record Page(String id, String title, String description, List<SectionSpec> sections) {
    }

    /**
     * One form section: the object at {@code path} from the plan (created on demand) and which of
     * its features to show (all, in model order, when {@code features} is empty).
     *
     * @param columns the table columns of a list section (feature names of the listed class), the
     *        label first; empty for the default
     */
    public record SectionSpec(String title, String description, List<EReference> path, List<EStructuralFeature> features,
            List<String> columns, boolean detailsBelow) {

        /** The class of the object the section shows. */
        public EClass type() {
            return path.isEmpty() ? TacticianPackage.Literals.MARKETING_PLAN : path.get(path.size() - 1).getEReferenceType();
        }

        /** Whether the section shows nothing but one list (a master/details table). */
        public boolean isList() {
            return features.size() == 1 && features.get(0) instanceof EReference reference && reference.isContainment()
                    && reference.isMany();
        }
    }

    /** Text features that get a multi-line field (descriptions and other prose), by name. */
    public static final Set<String> PROSE = Set.of("description", "missedOpportunities", "notes", "elevatorPitch",
            "digitalValueProposition", "brandIdentity", "toneOfVoice", "criteria", "profile", "goals", "painPoints",
            "currentSituation", "tracking", "targeting", "hypothesis", "offer", "condition", "productOrService");

    /** Table columns of lists that are not declared in a section (nested lists), by class name. */
    public static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("ChannelPerformance", List.of("channel", "sessions", "conversionRate", "revenue")),
            Map.entry("ForecastInput", List.of("month", "channel", "sessions", "conversionRate", "averageOrderValue")),
            Map.entry("MonthlyAmount", List.of("month", "amount")),
            Map.entry("KpiValue", List.of("month", "target", "actual", "previousYear")),
            Map.entry("KeyMessage", List.of("name")),
            Map.entry("MediaPlacement", List.of("name", "channel", "start", "budget")),
            Map.entry("CommunicationPriority", List.of("name", "type", "raceStage", "priority")),
            Map.entry("AuditActivity", List.of("name", "raceStage", "capability", "priority")),
            Map.entry("ActionItem", List.of("name", "workstream", "raceStage", "start")),
            Map.entry("AbTest", List.of("name", "metric")),
            Map.entry("JourneyStage", List.of("name", "raceStage")),
            Map.entry("Touchpoint", List.of("name", "mediaType", "channel", "purchase")),
            Map.entry("JourneyFlow", List.of("name", "source", "target")),
            Map.entry("RfmSegment", List.of("name", "recencyScore", "frequencyScore", "monetaryScore")),
            Map.entry("EditorialEntry", List.of("name", "start", "channel", "format", "status")),
            Map.entry("AdvertisingEntry", List.of("name", "start", "channel", "cost", "status")),
            Map.entry("DemEntry", List.of("name", "start", "listProvider", "cost", "status")),
            Map.entry("AutomationEntry", List.of("name", "trigger", "start", "status")),
            Map.entry("CroEntry", List.of("name", "page", "start", "status")),
            Map.entry("LoyaltyEntry", List.of("name", "rfmSegment", "start", "status")));

    /** The editor's pages, in the order of the plan. */
    public static final List<Page> PAGES = List.of(
            page("overview", "Overview", "The plan, who works on it and the channels it uses",
                    section("Plan", "Name, business, period, currency and language of the plan", "",
                            "name", "brand", "description", "start", "end", "currency", "language", "author", "owner"),
                    list("Team", "The people and teams that own objectives, KPIs, activities and entries", "", "team",
                            "name", "role", "email"),
                    list("Channels", "The channels used throughout the plan, on paid, owned or earned media", "",
                            "channels", "name", "category", "mediaType")),
            page("opportunity", "Opportunity", "Where are we now, and what do we want to achieve?",
                    section("Performance review", "Last period against target, with results by channel",
                            "opportunity/performanceReview"),
                    list("Market review", "Customers, competitors and intermediaries: opportunities and threats",
                            "opportunity/marketReview", "findings", "name", "area", "effect"),
                    list("PESTLE", "The macro-environment, factor by factor", "opportunity/pestle", "factors",
                            "name", "category", "effect", "impact", "likelihood"),
                    list("SWOT", "Strengths and weaknesses (internal), opportunities and threats (external)",
                            "opportunity/swot", "items", "name", "category", "importance"),
                    list("TOWS strategies", "The strategy cells SO, WO, ST and WT, each combining SWOT items",
                            "opportunity/swot", "strategies", "name", "category", "priority"),
                    list("Key issues", "What the SWOT analysis says matters most", "opportunity/swot", "keyIssues",
                            "name", "priority"),
                    list("SMART objectives", "Specific, measurable, achievable, relevant and time-bound objectives",
                            "opportunity", "objectives", "name", "raceStage", "target", "unit", "deadline"),
                    section("Conversion forecast", "Sessions × conversion rate × average order value, by month and "
                            + "channel", "opportunity/forecast")),
            page("strategy", "Strategy", "How will we prioritise investment to reach the objectives?",
                    section("Value proposition", "Elevator pitch, digital value proposition, brand identity and tone "
                            + "of voice", "strategy/valueProposition"),
                    list("Segments", "Layered segmentation: demographics, behaviour, intent and value", "strategy",
                            "segments", "name", "layer", "priority"),
                    list("Personas", "Who the plan serves, their goals and pain points", "strategy", "personas",
                            "name"),
                    list("Content map", "Which content serves which persona at which RACE stage", "strategy",
                            "contentMap", "name", "format", "raceStage"),
                    list("Marketing mix (7Ps)", "The planned improvements for each P", "strategy", "marketingMix",
                            "name", "element", "priority"),
                    section("RACE communications", "Inbound, always-on and campaign priorities, and the audit of key "
                            + "activities", "strategy/communications"),
                    list("Business Model Canvas", "The nine blocks of the business model", "strategy/businessModelCanvas",
                            "items", "name", "block")),
            page("action", "Action", "How will we implement and fund the plan?",
                    list("Budget", "Budget lines by category, one-shot or recurring, phased by month", "action/budget",
                            "lines", "name", "category", "costType", "amount"),
                    section("Approved budget", "The total the client approved and the most each category may spend",
                            "action/budget", "approvedTotal", "categoryTargets"),
                    list("Dashboard KPIs", "KPIs across the customer lifecycle, year on year and month on month",
                            "action/dashboard", "kpis", "name", "raceStage", "target", "unit"),
                    list("Campaigns", "Goals, audience, key messages, media plan and budget of each campaign", "action",
                            "campaigns", "name", "start", "end", "budget"),
                    list("Always-on plan", "Prioritised always-on activities across RACE, by quarter",
                            "action/alwaysOnPlan", "activities", "name", "raceStage", "priority", "status"),
                    list("MarTech stack", "The tools the plan runs on", "action", "martechStack", "name", "category",
                            "vendor"),
                    list("90-day plans", "The priority actions of each quarter", "action", "ninetyDayPlans", "name",
                            "quarter", "start")),
            page("operations", "Operations", "The operational plan on a calendar",
                    list("Quarterly objectives", "The year's objectives broken down by quarter", "operations",
                            "quarterlyObjectives", "name", "quarter", "target", "unit"),
                    list("Monthly objectives", "Micro-objectives checked every month", "operations", "monthlyObjectives",
                            "name", "month", "target", "status"),
                    section("Editorial calendar", "Organic content: posts, articles, interviews",
                            "operations/editorialCalendar"),
                    section("Advertising calendar", "Paid campaigns: how much, where, for which content; A/B tests",
                            "operations/advertisingCalendar"),
                    section("DEM calendar", "Paid email campaigns on external lists", "operations/demCalendar"),
                    section("Automations", "Newsletters, abandoned-cart recovery and other email automations",
                            "operations/automationPlan"),
                    section("CRO plan", "Conversion-rate optimisation hypotheses and tests", "operations/croPlan"),
                    section("Loyalty (RFM)", "RFM segments and the loyalty calendar", "operations/loyaltyPlan")),
            page("journey", "Customer journey", "Stages, touchpoints and the flows between them",
                    bigElements(list("Customer journeys", "Each journey's stages, touchpoints and flows", "", "journeys",
                            "name", "personas"))));

    private PlanPages() {
    }

    /** The columns of a list of {@code type} that no section declares. */
    public static List<String> columnsOf(EClass type) {
        return COLUMNS.getOrDefault(type.getName(), List.of("name"));
    }

    private static Page page(String id, String title, String description, SectionSpec... sections) {
        return new Page(id, title, description, List.of(sections));
    }

    /** A section showing the features of the object at {@code path} (all of them when none are named). */
    private static SectionSpec section(String title, String description, String path, String... features) {
        List<EReference> references = path(path);
        EClass type = references.isEmpty() ? TacticianPackage.Literals.MARKETING_PLAN
                : references.get(references.size() - 1).getEReferenceType();
        List<EStructuralFeature> shown = new ArrayList<>();
        for (String name : features) {
            shown.add(feature(type, name));
        }
        return new SectionSpec(title, description, references, List.copyOf(shown), List.of(), false);
    }

    /** A master/details section on the list {@code feature} of the object at {@code path}. */
    private static SectionSpec list(String title, String description, String path, String feature, String... columns) {
        List<EReference> references = path(path);
        EClass type = references.isEmpty() ? TacticianPackage.Literals.MARKETING_PLAN
                : references.get(references.size() - 1).getEReferenceType();
        return new SectionSpec(title, description, references, List.of(feature(type, feature)), List.of(columns), false);
    }

    /** A list section whose elements are large (lists of their own): their details go below the table. */
    private static SectionSpec bigElements(SectionSpec list) {
        return new SectionSpec(list.title(), list.description(), list.path(), list.features(), list.columns(), true);
    }

    private static List<EReference> path(String path) {
        List<EReference> references = new ArrayList<>();
        EClass type = TacticianPackage.Literals.MARKETING_PLAN;
        for (String step : path.isEmpty() ? new String[0] : path.split("/")) {
            EReference reference = (EReference) feature(type, step);
            references.add(reference);
            type = reference.getEReferenceType();
        }
        return List.copyOf(references);
    }

    private static EStructuralFeature feature(EClass type, String name) {
        EStructuralFeature feature = type.getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalStateException("The plan editor shows " + type.getName() + "." + name
                    + ", which the model does not have: update PlanPages");
        }
        return feature;
    }
}
