package org.tactician.validation;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.PlanLabels;
import org.tactician.model.Quarter;
import org.tactician.model.RaceStage;
import org.tactician.model.TowsCategory;

/**
 * The words of the findings: the resource bundle {@code org/tactician/validation/messages*.properties}
 * (UTF-8), one key per rule message or part of one, in English (the root and the fallback of every
 * missing key), Portuguese, Russian, Vietnamese, Italian and Arabic. Patterns are
 * {@link MessageFormat}s whose arguments are already words ({@code {0}}, never {@code {0,number}}):
 * who fills them decides how a number, a date or an element reads in the target language
 * ({@code org.tactician.i18n.FindingText} does, with the plan's terms and formats).
 */
public final class RuleMessages {

    /** The base name of the bundle. */
    public static final String BUNDLE = "org.tactician.validation.messages";

    /** Only our own files, never the JVM's default locale: a missing key is English. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleMessages() {
    }

    /** The patterns of {@code locale} (English for a language without its own file). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, RuleMessages.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /**
     * {@code message} worded in {@code locale}: its pattern filled with its arguments, each turned
     * into words by {@code words} (nested messages and lists are worded here, element by element),
     * the first letter upper-cased as a sentence starts.
     */
    public static String format(RuleMessage message, Locale locale, Function<Object, String> words) {
        return sentence(fill(message, bundle(locale), locale, words));
    }

    /** {@code message} in English, as the command line and the EMF diagnostic show it. */
    public static String english(RuleMessage message) {
        return format(message, Locale.ROOT, RuleMessages::englishWords);
    }

    private static String fill(RuleMessage message, ResourceBundle patterns, Locale locale, Function<Object, String> words) {
        Object[] filled = new Object[message.arguments().size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = wordsOf(message.arguments().get(i), patterns, locale, words);
        }
        return new MessageFormat(patterns.getString(message.key()), locale).format(filled);
    }

    private static String wordsOf(Object argument, ResourceBundle patterns, Locale locale, Function<Object, String> words) {
        if (argument instanceof RuleMessage part) {
            return fill(part, patterns, locale, words);
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(item -> wordsOf(item, patterns, locale, words)).collect(Collectors.joining(", "));
        }
        return argument == null ? "?" : words.apply(argument);
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** An argument in English, as the rules have always worded it. */
    private static String englishWords(Object argument) {
        return switch (argument) {
            case ENamedElement element -> PlanLabels.words(element);
            case EObject object -> PlanLabels.of(object);
            case RaceStage stage -> stage.getLiteral().charAt(0) + stage.getLiteral().substring(1).toLowerCase(Locale.ROOT);
            case TowsCategory cell -> cell.getLiteral();
            case Quarter quarter -> quarter.getLiteral();
            case Enumerator literal -> literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
            case BigDecimal number -> number.toPlainString();
            // Long counts are the big ones (years of a mistyped period): grouped, as the rule has always written them.
            case Long count -> String.format(Locale.ROOT, "%,d", count);
            default -> String.valueOf(argument);
        };
    }
}
