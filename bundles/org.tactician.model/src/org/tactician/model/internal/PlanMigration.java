package org.tactician.model.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.tactician.model.Activity;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.Direction;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.PlanLabels;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;

/**
 * Reads plans written by Tactician 0.1.0 (plan format 1.0) into the current model, in memory: the
 * file on disk stays as it is until the plan is saved, which writes the current format.
 *
 * <p>What changes, and how the migration keeps each 0.1.0 plan meaning what it meant:
 * <ul>
 * <li><b>Classifications</b> (SWOT category, TOWS cell, budget category and cost type, media type,
 * canvas block, quarter, phase, workstream...) used to fall back to their first value when the
 * file did not say; they can now be unset ("not classified"). Every classification the 0.1.0 file
 * left out is set to that first value, so the plan's documents do not change.</li>
 * <li><b>Costs</b>: an activity's or calendar entry's {@code cost} and a media placement's
 * {@code budget} become the amount they book on their budget line ({@code bookedAmount}). An
 * advertising flight that executes a media placement and repeated its cost on the same line (0.1.0
 * counted that money twice) books nothing of its own any more.</li>
 * <li><b>Forecast inputs</b> lose their {@code cost}: 0.1.0 charged it on top of the budget. The
 * forecast's marketing cost is now the budget's; variable cost per order and gross margin are
 * assumptions of the forecast. The dropped total is reported in a migration note.</li>
 * <li><b>Objectives</b>: the single {@code channel} meant where the result was measured. A website
 * or app channel becomes the online scope, any other channel the channel scope with that channel,
 * no channel the whole plan. The measure kind, direction and forecast figure are filled in the way
 * 0.1.0 judged the objective: a target the 0.1.0 forecast check recognised from its English words
 * keeps that forecast figure and is a sum; a percentage is a rate; the direction follows baseline
 * and target.</li>
 * </ul>
 * Each change that a plan author should know about becomes a note of the resource (see
 * {@link org.tactician.model.resource.PlanResource#migrationNotes()}).
 */
public final class PlanMigration {

    /** The namespace of plans written by Tactician 0.1.0. */
    public static final String LEGACY_NAMESPACE = "http://tactician.org/plan/1.0";

    /** The version of Tactician that wrote the legacy format. */
    public static final String LEGACY_VERSION = "0.1.0";

    /**
     * The classifications that 0.1.0 defaulted to their first literal: unsettable now, set to that
     * literal when a 0.1.0 file leaves them out.
     */
    static final List<EAttribute> DEFAULTED = List.of(Literals.CHANNEL__CATEGORY, Literals.CHANNEL__MEDIA_TYPE,
            Literals.MARKET_FINDING__AREA, Literals.PESTLE_FACTOR__CATEGORY, Literals.SWOT_ITEM__CATEGORY,
            Literals.TOWS_STRATEGY__CATEGORY, Literals.SEGMENT__LAYER, Literals.CONTENT_ITEM__FORMAT,
            Literals.MIX_IMPROVEMENT__ELEMENT, Literals.COMMUNICATION_PRIORITY__TYPE, Literals.CANVAS_ITEM__BLOCK,
            Literals.BUDGET_LINE__CATEGORY, Literals.BUDGET_LINE__COST_TYPE, Literals.MEDIA_PLACEMENT__MEDIA_TYPE,
            Literals.MAR_TECH_TOOL__CATEGORY, Literals.NINETY_DAY_PLAN__QUARTER, Literals.ACTION_ITEM__WORKSTREAM,
            Literals.QUARTERLY_OBJECTIVE__QUARTER, Literals.MONTHLY_OBJECTIVE__PHASE, Literals.EDITORIAL_ENTRY__FORMAT,
            Literals.ADVERTISING_ENTRY__MEDIA_TYPE, Literals.AUTOMATION_ENTRY__TRIGGER, Literals.TOUCHPOINT__MEDIA_TYPE);

    private static final String BOOKED_AMOUNT = Literals.BUDGET_BOOKING__BOOKED_AMOUNT.getName();

    /** A value of a removed attribute, with where it was in the file. */
    private record Removed(EObject owner, String name, String value, int line, int column) {
    }

    private boolean legacy;
    private final List<Removed> removed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** The handler saw the 0.1.0 namespace: the file is a legacy plan. */
    void legacyNamespaceSeen() {
        legacy = true;
    }

    /** Whether the file being read is a 0.1.0 plan. */
    public boolean isLegacy() {
        return legacy;
    }

    /** The notes of the migration, for the plan author; empty when nothing was migrated. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The current name of a 0.1.0 attribute of {@code owner}, or null when the attribute is gone
     * and its value is kept for {@link #migrate}.
     */
    String attribute(EObject owner, String name, String value, int line, int column) {
        if (name.equals("cost") && (owner instanceof Activity || owner instanceof CalendarEntry)
                || name.equals("budget") && owner instanceof MediaPlacement) {
            return BOOKED_AMOUNT;
        }
        if (name.equals("channel") && owner instanceof SmartObjective
                || name.equals("cost") && owner instanceof ForecastInput) {
            removed.add(new Removed(owner, name, value, line, column));
            return null;
        }
        return name;
    }

    /** Converts the loaded 0.1.0 plan in {@code resource} to the current model. */
    public void migrate(Resource resource) {
        if (!legacy) {
            return;
        }
        notes.add("Read a plan written by Tactician " + LEGACY_VERSION + " (" + LEGACY_NAMESPACE + "); saving it writes"
                + " the current plan format.");
        List<SmartObjective> objectives = new ArrayList<>();
        List<AdvertisingEntry> flights = new ArrayList<>();
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            for (EAttribute attribute : DEFAULTED) {
                if (attribute.getEContainingClass().isInstance(element) && !element.eIsSet(attribute)) {
                    element.eSet(attribute, ((EEnum) attribute.getEType()).getELiterals().get(0).getInstance());
                }
            }
            if (element instanceof SmartObjective objective) {
                objectives.add(objective);
            } else if (element instanceof AdvertisingEntry flight) {
                flights.add(flight);
            }
        }
        BigDecimal inputCosts = BigDecimal.ZERO;
        String inputCurrency = null;
        int inputsWithCost = 0;
        for (Removed value : removed) {
            if (value.owner() instanceof SmartObjective objective) {
                EObject target = resource.getEObject(value.value().trim());
                if (target instanceof Channel channel) {
                    scope(objective, channel);
                } else {
                    resource.getErrors().add(new ReadProblem("'channel' refers to '" + value.value().trim() + "', "
                            + (target == null ? "which no element of the plan has as its id"
                                    : "which is " + PlanLabels.of(target) + ", not a channel"),
                            String.valueOf(resource.getURI()), value.line(), value.column()));
                }
            } else if (value.owner() instanceof ForecastInput) {
                inputsWithCost++;
                try {
                    Money cost = Money.parse(value.value());
                    if (inputCurrency == null || inputCurrency.equals(cost.currency())) {
                        inputCurrency = cost.currency();
                        inputCosts = inputCosts.add(cost.amount());
                    }
                } catch (IllegalArgumentException e) {
                    // a malformed value of a dropped attribute: nothing to keep
                }
            }
        }
        for (SmartObjective objective : objectives) {
            if (!objective.isSetScope()) {
                objective.setScope(ObjectiveScope.PLAN);
            }
            measure(objective);
        }
        int doubleBooked = 0;
        for (AdvertisingEntry flight : flights) {
            MediaPlacement placement = flight.getPlacement();
            if (placement != null && flight.getBookedAmount() != null
                    && flight.getBookedAmount().isSameAmount(placement.getBookedAmount())
                    && (flight.getBudgetLine() == null || flight.getBudgetLine() == placement.getBudgetLine())) {
                flight.setBookedAmount(null);
                flight.setBudgetLine(null);
                doubleBooked++;
            }
        }
        if (doubleBooked > 0) {
            notes.add(doubleBooked + " advertising flight(s) repeated the cost of the media placement they execute;"
                    + " the placement alone books it now (" + LEGACY_VERSION + " counted that money twice).");
        }
        if (inputsWithCost > 0) {
            notes.add(inputsWithCost + " forecast input(s) had a cost (" + inputCosts.toPlainString()
                    + (inputCurrency == null ? "" : " " + inputCurrency) + " in all) that " + LEGACY_VERSION
                    + " charged on top of the budget; it was dropped: the forecast's marketing cost is the budget's."
                    + " Enter the gross margin and the fulfilment cost per order in the conversion forecast.");
        }
    }

    /** Where a 0.1.0 objective was measured, from its single channel. */
    private static void scope(SmartObjective objective, Channel channel) {
        boolean store = channel.isSetCategory()
                && (channel.getCategory() == ChannelCategory.WEBSITE || channel.getCategory() == ChannelCategory.MOBILE_APP);
        if (store) {
            objective.setScope(ObjectiveScope.ONLINE);
        } else {
            objective.setScope(ObjectiveScope.CHANNELS);
            objective.getChannels().add(channel);
        }
    }

    /** The measure kind, direction and forecast figure, as 0.1.0 judged the objective. */
    private static void measure(SmartObjective objective) {
        String unit = objective.getUnit() != null ? objective.getUnit()
                : objective.getKpi() != null ? objective.getKpi().getUnit() : null;
        String metric = objective.getMetric() != null && !objective.getMetric().isBlank() ? objective.getMetric()
                : objective.getKpi() != null ? objective.getKpi().getName() : null;
        if (!objective.isSetForecastMeasure()) {
            ForecastMeasure recognised = recognise(metric, unit);
            if (recognised != null) {
                objective.setForecastMeasure(recognised);
            }
        }
        if (!objective.isSetMeasureKind()) {
            if (objective.isSetForecastMeasure()) {
                objective.setMeasureKind(MeasureKind.SUM);
            } else if (unit != null && unit.contains("%")) {
                objective.setMeasureKind(MeasureKind.RATE);
            }
        }
        if (!objective.isSetDirection() && objective.getBaseline() != null && objective.getTarget() != null) {
            int order = objective.getTarget().compareTo(objective.getBaseline());
            objective.setDirection(order > 0 ? Direction.INCREASE : order < 0 ? Direction.DECREASE : Direction.HOLD);
        }
    }

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> RATIO_WORDS = Set.of("rate", "rates", "ratio", "average", "avg", "per", "roi",
            "roas", "cpa", "cpc", "ctr", "aov", "share", "profitability");

    /**
     * The forecast figure 0.1.0 recognised in an objective's English metric words and unit (the
     * rules of its forecast check, kept only to migrate its plans): contribution/profit;
     * revenue/turnover; sales (revenue in a currency, orders otherwise);
     * order/conversion/transaction/purchase; session/visit/traffic; never a ratio or a percentage.
     */
    static ForecastMeasure recognise(String metric, String unit) {
        if (metric == null || metric.isBlank()) {
            return null;
        }
        List<String> words = List.of(WORD_BREAK.split(
                Normalizer.normalize(metric, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim()));
        String trimmedUnit = unit == null ? "" : unit.trim();
        if (trimmedUnit.contains("%") || words.stream().anyMatch(RATIO_WORDS::contains)) {
            return null;
        }
        if (hasWord(words, "contribution", "profit")) {
            return ForecastMeasure.CONTRIBUTION;
        }
        if (hasWord(words, "revenue", "turnover")) {
            return ForecastMeasure.REVENUE;
        }
        if (hasWord(words, "sale")) {
            return CURRENCY_CODE.matcher(trimmedUnit).matches() ? ForecastMeasure.REVENUE : ForecastMeasure.ORDERS;
        }
        if (hasWord(words, "order", "conversion", "transaction", "purchase")) {
            return ForecastMeasure.ORDERS;
        }
        if (hasWord(words, "session", "visit", "traffic")) {
            return ForecastMeasure.SESSIONS;
        }
        return null;
    }

    private static boolean hasWord(List<String> words, String... stems) {
        for (String word : words) {
            for (String stem : stems) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
