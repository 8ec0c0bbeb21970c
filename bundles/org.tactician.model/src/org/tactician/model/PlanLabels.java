package org.tactician.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;

/**
 * How messages name plan elements, in the plan's words: {@code SMART objective 'Grow revenue'},
 * {@code phasing for 2027-03 of budget line 'Search ads'}, {@code unnamed campaign (id c1)}.
 * One place, so that load errors, save errors, validation findings and the command line all
 * speak alike.
 */
public final class PlanLabels {

    private static final Map<ENamedElement, String> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, String> ACRONYMS = Map.ofEntries(Map.entry("smart", "SMART"),
            Map.entry("tows", "TOWS"), Map.entry("swot", "SWOT"), Map.entry("kpi", "KPI"), Map.entry("kpis", "KPIs"),
            Map.entry("cro", "CRO"), Map.entry("dem", "DEM"), Map.entry("rfm", "RFM"), Map.entry("pestle", "PESTLE"),
            Map.entry("race", "RACE"));
    /** Words of enum literals that are acronyms or codes (TOWS cells, quarters). */
    private static final Map<String, String> LITERAL_WORDS = Map.ofEntries(Map.entry("pr", "PR"), Map.entry("seo", "SEO"),
            Map.entry("cms", "CMS"), Map.entry("crm", "CRM"), Map.entry("martech", "MarTech"),
            Map.entry("ecommerce", "e-commerce"), Map.entry("so", "SO"), Map.entry("wo", "WO"), Map.entry("st", "ST"),
            Map.entry("wt", "WT"), Map.entry("q1", "Q1"), Map.entry("q2", "Q2"), Map.entry("q3", "Q3"),
            Map.entry("q4", "Q4"));

    private PlanLabels() {
    }

    /** E.g. {@code SMART objective 'Grow revenue'}, or {@code unnamed campaign (id c1)}. */
    public static String of(EObject object) {
        String type = words(object.eClass());
        if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return type + " '" + named.getName().trim() + "'";
        }
        if (object instanceof MonthlyAmount month && object.eContainer() != null) {
            return "phasing " + (month.getMonth() == null ? "without a month" : "for " + month.getMonth()) + " of "
                    + of(object.eContainer());
        }
        String id = object instanceof PlanElement element ? element.getId() : null;
        return "unnamed " + type + (id == null ? "" : " (id " + id + ")");
    }

    /** {@link #of} with a capital first letter, to start a message. */
    public static String capitalised(EObject object) {
        String label = of(object);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * A class or feature name in words: {@code SmartObjective} → {@code SMART objective},
     * {@code budgetLine} → {@code budget line}.
     */
    public static String words(ENamedElement element) {
        return WORDS.computeIfAbsent(element, e -> {
            StringBuilder words = new StringBuilder();
            for (String word : e.getName().split("(?<=[a-z])(?=[A-Z])")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                words.append(ACRONYMS.getOrDefault(lower, lower));
            }
            return words.toString().replace("mar tech", "MarTech").replace("ab test", "A/B test");
        });
    }

    /** The class in words. */
    public static String type(EClass eClass) {
        return words(eClass);
    }

    /**
     * Where an objective's result is measured, in words: {@code whole plan}, {@code online total},
     * the names of its channels or segments ({@code Pinterest, Email}); {@code scope not set}.
     */
    public static String scope(SmartObjective objective) {
        if (!objective.isSetScope()) {
            return "scope not set";
        }
        return switch (objective.getScope()) {
            case PLAN -> "whole plan";
            case ONLINE -> "online total";
            case CHANNELS -> names(objective.getChannels());
            case SEGMENTS -> names(objective.getSegments());
        };
    }

    private static String names(java.util.List<? extends NamedElement> elements) {
        StringBuilder text = new StringBuilder();
        for (NamedElement element : elements) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(element.getName() == null || element.getName().isBlank() ? "?" : element.getName().trim());
        }
        return text.isEmpty() ? "none listed" : text.toString();
    }

    /**
     * An enum literal in words, acronyms kept: {@code PAID_SOCIAL} → {@code Paid social},
     * {@code PR_EVENTS} → {@code PR events}, {@code SO} → {@code SO}, {@code Q1} → {@code Q1}.
     */
    public static String literal(Enumerator literal) {
        String name = literal.getName();
        StringBuilder words = new StringBuilder();
        for (String word : name.split("_")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(LITERAL_WORDS.getOrDefault(lower, ACRONYMS.getOrDefault(lower, lower)));
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
