package org.tactician.editing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.tactician.editing.internal.Messages;
import org.tactician.model.Money;
import org.tactician.model.PlanLabels;
import org.tactician.model.TacticianPackage.Literals;

/**
 * Attribute values as a plan author reads and types them, for every editor of a plan (form
 * fields, the Properties view, in-place label editing in diagrams): dates as {@code 2027-03-31},
 * months as {@code 2027-03}, amounts as {@code 1250.00 EUR} (the plan currency when none is
 * typed), percentages as {@code 2.5} (a trailing {@code %} is allowed), enum literals in words.
 * Text that does not fit is refused with a message that says what to type.
 */
public final class FeatureText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F_']+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern CODE_FIRST = Pattern.compile("([A-Za-z]{3})\\s*([^A-Za-z]*)");
    private static final Pattern CODE_LAST = Pattern.compile("([^A-Za-z]*?)\\s*([A-Za-z]{3})");

    private FeatureText() {
    }

    /** {@code value} of {@code feature} as text; empty for none. */
    public static String format(EStructuralFeature feature, Object value) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case Enumerator literal -> PlanLabels.literal(literal);
            case BigDecimal number -> number.toPlainString();
            case Boolean flag -> flag ? "yes" : "no";
            default -> value.toString();
        };
    }

    /**
     * The value typed as {@code text} for {@code feature}; null for empty text (none, or "not
     * set").
     *
     * @param planCurrency the plan's currency, used for amounts typed without one (may be null)
     * @throws IllegalArgumentException with a message saying what to type, when the text does not fit
     */
    public static Object parse(EStructuralFeature feature, String text, String planCurrency) {
        EClassifier type = feature.getEType();
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (type instanceof EEnum eEnum) {
            return literalOf(eEnum, trimmed);
        }
        Class<?> kind = type.getInstanceClass();
        if (kind == String.class) {
            return text;
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            String digits = SPACES.matcher(trimmed).replaceAll("");
            try {
                return kind == int.class || kind == Integer.class ? (Object) Integer.valueOf(digits) : Long.valueOf(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.text_wholeNumber);
            }
        }
        if (kind == BigDecimal.class) {
            String number = type == Literals.PERCENTAGE && trimmed.endsWith("%")
                    ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            return decimal(number, type == Literals.PERCENTAGE ? Messages.text_percentage : Messages.text_number);
        }
        if (kind == Money.class) {
            return money(trimmed, planCurrency);
        }
        if (kind == LocalDate.class) {
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(Messages.text_date);
            }
        }
        if (kind == YearMonth.class) {
            try {
                return YearMonth.parse(trimmed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(Messages.text_month);
            }
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return switch (trimmed.toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> Boolean.TRUE;
                case "no", "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(Messages.text_yesNo);
            };
        }
        throw new IllegalArgumentException(Messages.text_notTyped);
    }

    /** A sample of what to type in a field of {@code feature}, for hints; empty when free text. */
    public static String example(EStructuralFeature feature, String planCurrency) {
        EClassifier type = feature.getEType();
        if (type == Literals.PERCENTAGE) {
            return "2.5";
        }
        Class<?> kind = type.getInstanceClass();
        if (kind == Money.class) {
            return "1250.00 " + (planCurrency == null || planCurrency.isBlank() ? "EUR" : planCurrency.trim()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (kind == LocalDate.class) {
            return "2027-03-31";
        }
        if (kind == YearMonth.class) {
            return "2027-03";
        }
        if (kind == BigDecimal.class) {
            return "1250.5";
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            return "12";
        }
        return "";
    }

    private static BigDecimal decimal(String text, String hint) {
        String number = SPACES.matcher(text.trim()).replaceAll("");
        if (number.contains(",")) {
            throw new IllegalArgumentException(NLS.bind(Messages.text_decimalPoint, hint));
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException(hint);
        }
        return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    }

    private static Money money(String text, String planCurrency) {
        String currency = planCurrency == null || planCurrency.isBlank() ? null : planCurrency.trim();
        String example = NLS.bind(Messages.text_moneyExample, currency == null ? "EUR" : currency); //$NON-NLS-1$
        String amount = text;
        String code = null;
        Matcher before = CODE_FIRST.matcher(text);
        Matcher after = CODE_LAST.matcher(text);
        if (before.matches()) {
            code = before.group(1);
            amount = before.group(2);
        } else if (after.matches()) {
            amount = after.group(1);
            code = after.group(2);
        }
        if (amount.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
            throw new IllegalArgumentException(NLS.bind(Messages.text_currencySymbol, example));
        }
        BigDecimal value = decimal(amount, NLS.bind(Messages.text_amount, example));
        if (code == null && currency == null) {
            throw new IllegalArgumentException(Messages.text_noCurrency);
        }
        return new Money(value, (code != null ? code : currency).toUpperCase(Locale.ROOT));
    }

    private static Enumerator literalOf(EEnum eEnum, String text) {
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            Enumerator instance = literal.getInstance();
            if (literal.getName().equalsIgnoreCase(text) || literal.getLiteral().equalsIgnoreCase(text)
                    || PlanLabels.literal(instance).equalsIgnoreCase(text)) {
                return instance;
            }
        }
        StringBuilder choices = new StringBuilder();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            choices.append(choices.isEmpty() ? "" : Messages.text_choiceSeparator).append(PlanLabels.literal(literal.getInstance()));
        }
        throw new IllegalArgumentException(NLS.bind(Messages.text_choose, choices));
    }
}
