package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.tactician.model.TacticianPackage;
import org.tactician.ui.internal.Messages;

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
            page("overview", Messages.pages_overview, Messages.pages_overviewDescription,
                    section(Messages.section_plan, Messages.section_planDescription, "",
                            "name", "brand", "description", "start", "end", "currency", "language", "author", "owner"),
                    list(Messages.section_team, Messages.section_teamDescription, "", "team",
                            "name", "role", "email"),
                    list(Messages.section_channels, Messages.section_channelsDescription, "",
                            "channels", "name", "category", "mediaType")),
            page("opportunity", Messages.pages_opportunity, Messages.pages_opportunityDescription,
                    section(Messages.section_performanceReview, Messages.section_performanceReviewDescription,
                            "opportunity/performanceReview"),
                    list(Messages.section_marketReview, Messages.section_marketReviewDescription,
                            "opportunity/marketReview", "findings", "name", "area", "effect"),
                    list(Messages.section_pestle, Messages.section_pestleDescription, "opportunity/pestle", "factors",
                            "name", "category", "effect", "impact", "likelihood"),
                    list(Messages.section_swot, Messages.section_swotDescription,
                            "opportunity/swot", "items", "name", "category", "importance"),
                    list(Messages.section_towsStrategies, Messages.section_towsStrategiesDescription,
                            "opportunity/swot", "strategies", "name", "category", "priority"),
                    list(Messages.section_keyIssues, Messages.section_keyIssuesDescription,
                            "opportunity/swot", "keyIssues",
                            "name", "priority"),
                    list(Messages.section_smartObjectives, Messages.section_smartObjectivesDescription,
                            "opportunity", "objectives", "name", "raceStage", "target", "unit", "deadline"),
                    section(Messages.section_conversionForecast, Messages.section_conversionForecastDescription,
                            "opportunity/forecast")),
            page("strategy", Messages.pages_strategy, Messages.pages_strategyDescription,
                    section(Messages.section_valueProposition, Messages.section_valuePropositionDescription,
                            "strategy/valueProposition"),
                    list(Messages.section_segments, Messages.section_segmentsDescription, "strategy",
                            "segments", "name", "layer", "priority"),
                    list(Messages.section_personas, Messages.section_personasDescription, "strategy", "personas",
                            "name"),
                    list(Messages.section_contentMap, Messages.section_contentMapDescription, "strategy",
                            "contentMap", "name", "format", "raceStage"),
                    list(Messages.section_marketingMix7Ps, Messages.section_marketingMix7PsDescription,
                            "strategy", "marketingMix",
                            "name", "element", "priority"),
                    section(Messages.section_raceCommunications, Messages.section_raceCommunicationsDescription,
                            "strategy/communications"),
                    list(Messages.section_businessModelCanvas, Messages.section_businessModelCanvasDescription,
                            "strategy/businessModelCanvas",
                            "items", "name", "block")),
            page("action", Messages.pages_action, Messages.pages_actionDescription,
                    list(Messages.section_budget, Messages.section_budgetDescription, "action/budget",
                            "lines", "name", "category", "costType", "amount"),
                    section(Messages.section_approvedBudget, Messages.section_approvedBudgetDescription,
                            "action/budget", "approvedTotal", "categoryTargets"),
                    list(Messages.section_dashboardKPIs, Messages.section_dashboardKPIsDescription,
                            "action/dashboard", "kpis", "name", "raceStage", "target", "unit"),
                    list(Messages.section_campaigns, Messages.section_campaignsDescription, "action",
                            "campaigns", "name", "start", "end", "budget"),
                    list(Messages.section_alwaysOnPlan, Messages.section_alwaysOnPlanDescription,
                            "action/alwaysOnPlan", "activities", "name", "raceStage", "priority", "status"),
                    list(Messages.section_marTechStack, Messages.section_marTechStackDescription,
                            "action", "martechStack", "name", "category",
                            "vendor"),
                    list(Messages.section_90DayPlans, Messages.section_90DayPlansDescription,
                            "action", "ninetyDayPlans", "name",
                            "quarter", "start")),
            page("operations", Messages.pages_operations, Messages.pages_operationsDescription,
                    list(Messages.section_quarterlyObjectives, Messages.section_quarterlyObjectivesDescription,
                            "operations",
                            "quarterlyObjectives", "name", "quarter", "target", "unit"),
                    list(Messages.section_monthlyObjectives, Messages.section_monthlyObjectivesDescription,
                            "operations", "monthlyObjectives",
                            "name", "month", "target", "status"),
                    section(Messages.section_editorialCalendar, Messages.section_editorialCalendarDescription,
                            "operations/editorialCalendar"),
                    section(Messages.section_advertisingCalendar, Messages.section_advertisingCalendarDescription,
                            "operations/advertisingCalendar"),
                    section(Messages.section_demCalendar, Messages.section_demCalendarDescription,
                            "operations/demCalendar"),
                    section(Messages.section_automations, Messages.section_automationsDescription,
                            "operations/automationPlan"),
                    section(Messages.section_croPlan, Messages.section_croPlanDescription, "operations/croPlan"),
                    section(Messages.section_loyaltyRFM, Messages.section_loyaltyRFMDescription,
                            "operations/loyaltyPlan")),
            page("journey", Messages.pages_journey, Messages.pages_journeyDescription,
                    bigElements(list(Messages.section_customerJourneys, Messages.section_customerJourneysDescription,
                            "", "journeys",
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
            throw new IllegalStateException("The plan editor shows " + type.getName() + "." + name //$NON-NLS-1$
                    + ", which the model does not have: update PlanPages"); //$NON-NLS-1$
        }
        return feature;
    }
}
