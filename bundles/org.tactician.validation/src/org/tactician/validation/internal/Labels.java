package org.tactician.validation.internal;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.PlanLabels;
import org.tactician.model.RaceStage;

/**
 * How findings name elements and features: {@link PlanLabels} (shared with loading, saving and
 * the command line) plus the few forms only findings use.
 */
public final class Labels {

    private Labels() {
    }

    /** See {@link PlanLabels#of}. */
    public static String of(EObject object) {
        return PlanLabels.of(object);
    }

    /** See {@link PlanLabels#capitalised}. */
    public static String capitalised(EObject object) {
        return PlanLabels.capitalised(object);
    }

    /** See {@link PlanLabels#words}. */
    public static String words(ENamedElement element) {
        return PlanLabels.words(element);
    }

    /** The class of {@code object} in words. */
    public static String type(EObject object) {
        return PlanLabels.type(object.eClass());
    }

    /** The class in words. */
    public static String type(EClass eClass) {
        return PlanLabels.type(eClass);
    }
    /** An enum value in words: {@code CONVERSION_RATE} → {@code conversion rate}. */
    public static String words(org.eclipse.emf.common.util.Enumerator value) {
        return value.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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

    /** An amount in a currency ({@link Money}), or the bare number when the currency is unknown. */
    public static Object money(BigDecimal amount, String currency) {
        return currency == null || currency.isBlank() ? amount : new org.tactician.model.Money(amount, currency);
    }
}
