package org.tactician.validation.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.model.RaceStage;

/** How findings name elements and features: in the plan's words, by name where there is one. */
public final class Labels {

    private static final Map<ENamedElement, String> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, String> ACRONYMS = Map.ofEntries(Map.entry("smart", "SMART"),
            Map.entry("tows", "TOWS"), Map.entry("swot", "SWOT"), Map.entry("kpi", "KPI"), Map.entry("kpis", "KPIs"),
            Map.entry("cro", "CRO"), Map.entry("dem", "DEM"), Map.entry("rfm", "RFM"), Map.entry("pestle", "PESTLE"),
            Map.entry("race", "RACE"));

    private Labels() {
    }

    /** E.g. {@code SMART objective 'Grow revenue'}, or {@code unnamed campaign (id c1)}. */
    public static String of(EObject object) {
        String type = words(object.eClass());
        if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return type + " '" + named.getName().trim() + "'";
        }
        if (object instanceof MonthlyAmount month && object.eContainer() != null) {
            return "phasing for " + month.getMonth() + " of " + of(object.eContainer());
        }
        String id = object instanceof PlanElement element ? element.getId() : null;
        return "unnamed " + type + (id == null ? "" : " (id " + id + ")");
    }

    /** {@link #of} with a capital first letter, to start a message. */
    public static String capitalised(EObject object) {
        String label = of(object);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** A class or feature name in words: {@code SmartObjective} → {@code SMART objective}, {@code budgetLine} → {@code budget line}. */
    public static String words(ENamedElement element) {
        return WORDS.computeIfAbsent(element, e -> {
            StringBuilder words = new StringBuilder();
            for (String word : e.getName().split("(?<=[a-z])(?=[A-Z])")) {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                words.append(ACRONYMS.getOrDefault(lower, lower));
            }
            return words.toString().replace("mar tech", "MarTech").replace("ab test", "A/B test");
        });
    }

    /** The class of {@code object} in words. */
    public static String type(EObject object) {
        return words(object.eClass());
    }

    /** The class in words. */
    public static String type(EClass eClass) {
        return words(eClass);
    }

    /** A RACE stage as users write it: {@code Reach}, {@code Convert}. */
    public static String stage(RaceStage stage) {
        String literal = stage.getLiteral();
        return literal.charAt(0) + literal.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A number as typed: plain notation, never 1E+3. */
    public static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
