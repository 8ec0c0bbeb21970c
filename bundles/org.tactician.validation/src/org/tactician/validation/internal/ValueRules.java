package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.PLAN_CURRENCY_INVALID;
import static org.tactician.validation.RuleRegistry.VALUE_MONEY_NEGATIVE;
import static org.tactician.validation.RuleRegistry.VALUE_PERCENTAGE_OUT_OF_RANGE;
import static org.tactician.validation.RuleRegistry.VALUE_SCORE_OUT_OF_RANGE;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.QuickFix;
import org.tactician.validation.RuleMessage;

/**
 * Numbers that cannot be true are findings, not valid plans: negative money, rates and shares
 * outside 0–100 %, changes below −100 %, scores outside 1–5, a currency that is no ISO 4217 code.
 * They are errors: the documents and the workbook would print nonsense.
 */
final class ValueRules {

    /** Percentages that are changes (may exceed 100 %, never fall below −100 %); all others are rates or shares. */
    private static final Set<EAttribute> CHANGES = Set.of(Literals.PERFORMANCE_REVIEW__GROWTH_RATE,
            Literals.KPI__TARGET_YEAR_ON_YEAR, Literals.KPI__TARGET_MONTH_ON_MONTH, Literals.CRO_ENTRY__EXPECTED_UPLIFT);

    /** The 1–5 scores of the model (0: not scored). */
    private static final Set<EAttribute> SCORES = Set.of(Literals.SWOT_ITEM__IMPORTANCE, Literals.TOWS_STRATEGY__PRIORITY,
            Literals.KEY_ISSUE__PRIORITY, Literals.PESTLE_FACTOR__IMPACT, Literals.PESTLE_FACTOR__LIKELIHOOD,
            Literals.SEGMENT__PRIORITY, Literals.MIX_IMPROVEMENT__PRIORITY, Literals.COMMUNICATION_PRIORITY__PRIORITY,
            Literals.AUDIT_ACTIVITY__CAPABILITY, Literals.AUDIT_ACTIVITY__PRIORITY, Literals.ACTIVITY__PRIORITY,
            Literals.RFM_SEGMENT__RECENCY_SCORE, Literals.RFM_SEGMENT__FREQUENCY_SCORE,
            Literals.RFM_SEGMENT__MONETARY_SCORE);

    /** Symbols and names people type for a currency, and its code. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("€", "EUR"), Map.entry("$", "USD"),
            Map.entry("US$", "USD"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"),
            Map.entry("R$", "BRL"), Map.entry("₽", "RUB"), Map.entry("₫", "VND"), Map.entry("د.إ", "AED"),
            Map.entry("CHF", "CHF"), Map.entry("EURO", "EUR"), Map.entry("EUROS", "EUR"), Map.entry("DIRHAM", "AED"));

    private static final Map<EClass, List<EAttribute>> CHECKED = new ConcurrentHashMap<>();

    private ValueRules() {
    }

    static void check(EObject element, Findings findings) {
        for (EAttribute attribute : attributes(element.eClass())) {
            Object value = element.eGet(attribute);
            if (value instanceof Money money) {
                money(element, attribute, money, findings);
            } else if (value instanceof BigDecimal percent) {
                percentage(element, attribute, percent, findings);
            } else if (value instanceof Integer score) {
                score(element, attribute, score, findings);
            }
        }
        if (element instanceof MarketingPlan plan) {
            currency(plan, findings);
        }
    }

    /** The attributes of a class this rule judges: stored money, percentages and scores. */
    private static List<EAttribute> attributes(EClass eClass) {
        return CHECKED.computeIfAbsent(eClass, key -> key.getEAllAttributes().stream()
                .filter(attribute -> !attribute.isDerived() && !attribute.isMany())
                .filter(attribute -> attribute.getEAttributeType() == Literals.MONEY
                        && attribute != Literals.PERFORMANCE_REVIEW__PROFIT
                        || attribute.getEAttributeType() == Literals.PERCENTAGE || SCORES.contains(attribute))
                .toList());
    }

    private static void money(EObject element, EAttribute attribute, Money money, Findings findings) {
        if (money.amount().signum() < 0) {
            Money positive = new Money(money.amount().negate(), money.currency());
            findings.report(VALUE_MONEY_NEGATIVE, element, attribute,
                    RuleMessage.of("value.money.negative", attribute, element, money),
                    new QuickFix(RuleMessage.of("fix.value.use-positive", positive), element, attribute, positive));
        }
    }

    private static void percentage(EObject element, EAttribute attribute, BigDecimal percent, Findings findings) {
        boolean change = CHANGES.contains(attribute);
        boolean below = percent.compareTo(change ? BigDecimal.valueOf(-100) : BigDecimal.ZERO) < 0;
        boolean above = !change && percent.compareTo(BigDecimal.valueOf(100)) > 0;
        if (below || above) {
            findings.report(VALUE_PERCENTAGE_OUT_OF_RANGE, element, attribute,
                    RuleMessage.of(change ? "value.percentage.out-of-range.fall" : "value.percentage.out-of-range", attribute,
                            element, percent));
        }
    }

    private static void score(EObject element, EAttribute attribute, int score, Findings findings) {
        if (score < 0 || score > 5) {
            int nearest = score < 0 ? 1 : 5;
            findings.report(VALUE_SCORE_OUT_OF_RANGE, element, attribute,
                    RuleMessage.of("value.score.out-of-range", attribute, element, score),
                    new QuickFix(RuleMessage.of("fix.value.score", nearest), element, attribute, nearest));
        }
    }

    private static void currency(MarketingPlan plan, Findings findings) {
        String currency = plan.getCurrency();
        if (currency == null || currency.isBlank() || isIsoCode(currency)) {
            return;
        }
        String typed = currency.trim();
        String code = SYMBOLS.get(typed.toUpperCase(Locale.ROOT));
        if (code == null && isIsoCode(typed.toUpperCase(Locale.ROOT))) {
            code = typed.toUpperCase(Locale.ROOT);
        }
        findings.report(PLAN_CURRENCY_INVALID, plan, Literals.MARKETING_PLAN__CURRENCY,
                RuleMessage.of("plan.currency.invalid", plan, currency),
                code == null ? null : new QuickFix(RuleMessage.of("fix.value.currency-code", code), plan, Literals.MARKETING_PLAN__CURRENCY, code));
    }

    private static boolean isIsoCode(String text) {
        if (!text.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
