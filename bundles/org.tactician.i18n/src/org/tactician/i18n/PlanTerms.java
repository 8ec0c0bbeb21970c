package org.tactician.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.emf.common.util.Enumerator;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanLanguage;
import org.tactician.model.SwotCategory;

/**
 * The fixed words of Tactician in one language: the method's own terms (Opportunity, Strategy,
 * Action, the RACE stages, the TOWS cells...), the headings, labels and column names of every
 * generated document, calendar and workbook, and every enum literal of the plan model. They come
 * from the resource bundle {@code org/tactician/i18n/terms*.properties} (UTF-8), one file per
 * language — English (the root file, and the fallback of every missing word), Portuguese,
 * Russian, Vietnamese, Italian and Arabic — so the workbench shows the same words as the
 * documents.
 *
 * <p>Keys are dotted ({@code section.opportunity}, {@code column.owner}); an enum literal's key is
 * {@code <EnumType>.<LITERAL>} ({@code RaceStage.REACH}). Instances are immutable, cached per
 * language and safe to share between threads.
 */
public final class PlanTerms {

    /** The languages Tactician's words are translated into (BCP 47 tags); others fall back to English. */
    public static final List<String> LANGUAGES = List.of("en", "pt", "ru", "vi", "it", "ar");

    private static final String BUNDLE = "org.tactician.i18n.terms";
    private static final ConcurrentMap<String, PlanTerms> CACHE = new ConcurrentHashMap<>();
    /** Only our own files, never the JVM's default locale: a missing word is English. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final String language;
    private final ResourceBundle words;

    private PlanTerms(Locale locale) {
        this.locale = locale;
        this.language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        this.words = ResourceBundle.getBundle(BUNDLE, locale, PlanTerms.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** The words of {@code plan}'s language (English when it has none). */
    public static PlanTerms of(MarketingPlan plan) {
        return of(plan == null ? null : plan.getLanguage());
    }

    /** The words of {@code languageTag} ({@code pt}, {@code pt-BR}, {@code ar_AE}); English when blank. */
    public static PlanTerms of(String languageTag) {
        return of(localeOf(languageTag));
    }

    /** The words of {@code locale} (the workbench's own, for instance). */
    public static PlanTerms of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return CACHE.computeIfAbsent(locale.toLanguageTag(), tag -> new PlanTerms(locale));
    }

    /** The locale of a plan language tag; English for a blank one. */
    public static Locale localeOf(String languageTag) {
        String tag = languageTag == null || languageTag.isBlank() ? "en" : languageTag.trim().replace('_', '-');
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    /** The locale numbers, dates and currencies are written in. */
    public Locale locale() {
        return locale;
    }

    /** The language tag ({@code pt-BR}). */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** Whether the language is one Tactician's words are translated into (else they are English). */
    public boolean isTranslated() {
        return LANGUAGES.contains(language);
    }

    /** Whether the language reads right to left. */
    public boolean isRightToLeft() {
        return PlanLanguage.isRightToLeft(languageTag());
    }

    /**
     * The word for {@code key}.
     *
     * @throws MissingResourceException when not even English has it (a programming error, caught by the tests)
     */
    public String text(String key) {
        return words.getString(key);
    }

    /** The word for {@code key}, or {@code otherwise} when there is none. */
    public String textOr(String key, String otherwise) {
        return words.containsKey(key) ? words.getString(key) : otherwise;
    }

    /** Whether there is a word for {@code key} (in this language or English). */
    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** The pattern of {@code key} ({@link MessageFormat} syntax) filled with {@code arguments}. */
    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(text(key), locale);
        return format.format(arguments);
    }

    /**
     * An enum literal of the plan model in words ({@code RaceStage.REACH} → "Alcance" in
     * Portuguese); {@link #notSet()} for null.
     */
    public String literal(Enumerator literal) {
        if (literal == null) {
            return notSet();
        }
        String key = literal.getClass().getSimpleName() + "." + literal.getName();
        return textOr(key, words(literal.getName()));
    }

    /**
     * The code letter(s) of a SWOT list in this language ("S" for strengths in English, "F" in
     * Portuguese, "С" in Russian): what {@link SwotCodes} numbers, the letter the TOWS figure's
     * cell titles show and the strategy codes ({@code TowsCategory.*}) are made of.
     */
    public String code(SwotCategory category) {
        return text("SwotCategory." + category.getName() + ".code");
    }

    /** How an unclassified element's classification reads ("Not set"). */
    public String notSet() {
        return text("value.notSet");
    }

    /** {@code PAID_SOCIAL} → {@code Paid social}: the last resort for a literal without a word. */
    static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public String toString() {
        return "PlanTerms[" + languageTag() + "]";
    }
}
