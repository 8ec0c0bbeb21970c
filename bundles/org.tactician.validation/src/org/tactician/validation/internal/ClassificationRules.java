package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.PLAN_CLASSIFICATION_MISSING;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.tactician.forecast.PlanCalendar;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.BudgetLine;
import org.tactician.model.CostType;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;
import org.tactician.model.TowsStrategy;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;

/**
 * Classifications are set: a SWOT item says which list it is on, a budget line its category, a
 * touchpoint its media type, an objective its scope and measure... An unset classification is
 * "not classified" (the model never takes a first literal for it), and documents and figures
 * cannot place the element.
 */
final class ClassificationRules {

    /** A classification and how to propose its value. */
    private record Classification(EAttribute attribute, String what, Function<EObject, Object> proposal) {
        // what: the key of the classification's words in the rule messages
    }

    private static final List<Classification> ALL = List.of(
            new Classification(Literals.CHANNEL__CATEGORY, "plan.classification.missing.channel.category", none()),
            new Classification(Literals.CHANNEL__MEDIA_TYPE, "plan.classification.missing.channel.media-type", none()),
            new Classification(Literals.EXTERNAL_FACTOR__EFFECT, "plan.classification.missing.external-factor.effect", none()),
            new Classification(Literals.MARKET_FINDING__AREA, "plan.classification.missing.market-finding.area", none()),
            new Classification(Literals.PESTLE_FACTOR__CATEGORY, "plan.classification.missing.pestle-factor.category", none()),
            new Classification(Literals.SWOT_ITEM__CATEGORY, "plan.classification.missing.swot-item.category", none()),
            new Classification(Literals.TOWS_STRATEGY__CATEGORY, "plan.classification.missing.tows-strategy.category",
                    element -> TowsRules.cellMadeBy((TowsStrategy) element)),
            new Classification(Literals.SEGMENT__LAYER, "plan.classification.missing.segment.layer", none()),
            new Classification(Literals.CONTENT_ITEM__FORMAT, "plan.classification.missing.content-item.format", none()),
            new Classification(Literals.CONTENT_ITEM__RACE_STAGE, "plan.classification.missing.content-item.race-stage", none()),
            new Classification(Literals.MIX_IMPROVEMENT__ELEMENT, "plan.classification.missing.mix-improvement.element", none()),
            new Classification(Literals.COMMUNICATION_PRIORITY__TYPE, "plan.classification.missing.communication-priority.type", none()),
            new Classification(Literals.COMMUNICATION_PRIORITY__RACE_STAGE, "plan.classification.missing.communication-priority.race-stage", none()),
            new Classification(Literals.AUDIT_ACTIVITY__RACE_STAGE, "plan.classification.missing.audit-activity.race-stage", none()),
            new Classification(Literals.CANVAS_ITEM__BLOCK, "plan.classification.missing.canvas-item.block", none()),
            new Classification(Literals.BUDGET_LINE__CATEGORY, "plan.classification.missing.budget-line.category", none()),
            new Classification(Literals.BUDGET_LINE__COST_TYPE, "plan.classification.missing.budget-line.cost-type",
                    ClassificationRules::costTypeOf),
            new Classification(Literals.CATEGORY_TARGET__CATEGORY, "plan.classification.missing.category-target.category", none()),
            new Classification(Literals.KPI__RACE_STAGE, "plan.classification.missing.kpi.race-stage", none()),
            new Classification(Literals.MEDIA_PLACEMENT__MEDIA_TYPE, "plan.classification.missing.media-placement.media-type",
                    element -> channelMedia(((MediaPlacement) element).getChannel())),
            new Classification(Literals.ACTIVITY__RACE_STAGE, "plan.classification.missing.activity.race-stage", none()),
            new Classification(Literals.MAR_TECH_TOOL__CATEGORY, "plan.classification.missing.mar-tech-tool.category", none()),
            new Classification(Literals.NINETY_DAY_PLAN__QUARTER, "plan.classification.missing.ninety-day-plan.quarter", null),
            new Classification(Literals.ACTION_ITEM__WORKSTREAM, "plan.classification.missing.action-item.workstream", none()),
            new Classification(Literals.QUARTERLY_OBJECTIVE__QUARTER, "plan.classification.missing.quarterly-objective.quarter", none()),
            new Classification(Literals.MONTHLY_OBJECTIVE__PHASE, "plan.classification.missing.monthly-objective.phase", none()),
            new Classification(Literals.EDITORIAL_ENTRY__FORMAT, "plan.classification.missing.editorial-entry.format", none()),
            new Classification(Literals.ADVERTISING_ENTRY__MEDIA_TYPE, "plan.classification.missing.advertising-entry.media-type",
                    element -> flightMedia((AdvertisingEntry) element)),
            new Classification(Literals.AUTOMATION_ENTRY__TRIGGER, "plan.classification.missing.automation-entry.trigger", none()),
            new Classification(Literals.JOURNEY_STAGE__RACE_STAGE, "plan.classification.missing.journey-stage.race-stage", none()),
            new Classification(Literals.TOUCHPOINT__MEDIA_TYPE, "plan.classification.missing.touchpoint.media-type",
                    element -> channelMedia(((Touchpoint) element).getChannel())),
            new Classification(Literals.SMART_OBJECTIVE__SCOPE, "plan.classification.missing.smart-objective.scope",
                    element -> listedScope((SmartObjective) element)),
            new Classification(Literals.SMART_OBJECTIVE__MEASURE_KIND, "plan.classification.missing.smart-objective.measure-kind",
                    none()),
            new Classification(Literals.SMART_OBJECTIVE__DIRECTION, "plan.classification.missing.smart-objective.direction",
                    element -> direction((SmartObjective) element)));

    /** The classifications of each class, computed once. */
    private static final Map<EClass, List<Classification>> BY_CLASS = new ConcurrentHashMap<>();

    private ClassificationRules() {
    }

    static void check(EObject element, ValidationRun run, Findings findings) {
        if (!findings.isOn(PLAN_CLASSIFICATION_MISSING)) {
            return;
        }
        for (Classification classification : of(element.eClass())) {
            if (element.eIsSet(classification.attribute())) {
                continue;
            }
            Object value = classification.proposal() == null ? quarterOf(element, run) : classification.proposal().apply(element);
            QuickFix fix = value == null ? null
                    : new QuickFix(RuleMessage.of("fix.classification.set", classification.attribute(), value), element,
                            classification.attribute(), value);
            findings.report(PLAN_CLASSIFICATION_MISSING, element, classification.attribute(),
                    RuleMessage.of("plan.classification.missing", element, RuleMessage.of(classification.what())), fix);
        }
    }

    private static List<Classification> of(EClass eClass) {
        return BY_CLASS.computeIfAbsent(eClass, key -> ALL.stream()
                .filter(classification -> key.getEAllAttributes().contains(classification.attribute())).toList());
    }

    private static Function<EObject, Object> none() {
        return element -> null;
    }

    private static Object channelMedia(org.tactician.model.Channel channel) {
        return channel != null && channel.isSetMediaType() ? channel.getMediaType() : null;
    }

    private static Object flightMedia(AdvertisingEntry flight) {
        if (flight.getPlacement() != null && flight.getPlacement().isSetMediaType()) {
            return flight.getPlacement().getMediaType();
        }
        return channelMedia(flight.getChannel());
    }

    /** One month of phasing makes a one-shot cost, several a recurring one. */
    private static Object costTypeOf(EObject element) {
        long months = ((BudgetLine) element).getPhasing().stream().map(MonthlyAmount::getMonth).distinct().count();
        return months == 0 ? null : months == 1 ? CostType.ONE_SHOT : CostType.RECURRING;
    }

    private static Object listedScope(SmartObjective objective) {
        boolean channels = !objective.getChannels().isEmpty();
        boolean segments = !objective.getSegments().isEmpty();
        return channels && !segments ? ObjectiveScope.CHANNELS : segments && !channels ? ObjectiveScope.SEGMENTS : null;
    }

    private static Object direction(SmartObjective objective) {
        return objective.getBaseline() == null || objective.getTarget() == null ? null
                : ObjectiveRules.directionOf(objective.getBaseline(), objective.getTarget());
    }

    /** The plan quarter a 90-day plan starts in. */
    private static Object quarterOf(EObject element, ValidationRun run) {
        PlanCalendar calendar = run.calendar();
        if (!(element instanceof NinetyDayPlan plan) || plan.getStart() == null || calendar == null
                || !calendar.contains(plan.getStart())) {
            return null;
        }
        return calendar.quarterOf(YearMonth.from(plan.getStart())).quarter();
    }
}
