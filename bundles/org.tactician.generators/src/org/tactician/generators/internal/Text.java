package org.tactician.generators.internal;

import java.text.Normalizer;
import java.util.Locale;

import java.util.stream.Collectors;

import org.tactician.i18n.PlanTerms;
import org.tactician.model.PlanLanguage;
import org.tactician.model.SmartObjective;

/** Text as generated documents need it: NFC-normalised, escaped, with its direction known. */
public final class Text {

    private Text() {
    }

    /**
     * User text ready for output: null becomes empty, the text is NFC-normalised (decomposed
     * Vietnamese otherwise gets misplaced tone marks in PDF) and characters that XML forbids
     * are dropped.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (allowed) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** {@link #clean Cleaned} text escaped for HTML/XML element content and attribute values. */
    public static String html(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a plan in {@code language} (e.g. {@code "ar"}, {@code "ar-EG"}) reads right to left. */
    public static boolean isRightToLeft(String language) {
        return PlanLanguage.isRightToLeft(language);
    }

    /**
     * The value of {@code element}'s enum attribute {@code feature} in {@code terms}' words;
     * "not set" when the attribute is unset (an unsettable classification does not take its first
     * literal).
     */
    public static String value(org.eclipse.emf.ecore.EObject element, String feature, PlanTerms terms) {
        org.eclipse.emf.ecore.EStructuralFeature attribute = element.eClass().getEStructuralFeature(feature);
        if (attribute == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " has no feature " + feature);
        }
        if (attribute.isUnsettable() && !element.eIsSet(attribute)) {
            return terms.notSet();
        }
        return element.eGet(attribute) instanceof org.eclipse.emf.common.util.Enumerator literal ? terms.literal(literal) : "";
    }

    /**
     * Where an objective's result is measured, in {@code terms}' words: the whole plan, the online
     * total, or the names of its channels or segments.
     */
    public static String scope(SmartObjective objective, PlanTerms terms) {
        if (!objective.isSetScope()) {
            return terms.notSet();
        }
        return switch (objective.getScope()) {
            case CHANNELS -> objective.getChannels().stream().map(c -> clean(c.getName())).collect(Collectors.joining(", "));
            case SEGMENTS -> objective.getSegments().stream().map(c -> clean(c.getName())).collect(Collectors.joining(", "));
            default -> terms.literal(objective.getScope());
        };
    }

    /**
     * {@code text} with a break opportunity (a zero-width space) after every {@code run} characters
     * of a word longer than that, so a 10,000-character name wraps inside its table cell or line
     * instead of running off the page.
     */
    public static String breakable(String text, int run) {
        if (text == null || text.length() <= run) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / run);
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            length = Character.isWhitespace(c) || c == '-' || c == '/' ? 0 : length + 1;
            if (length >= run && !Character.isHighSurrogate(c) && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1)) && Character.getType(text.charAt(i + 1)) != Character.NON_SPACING_MARK) {
                out.append('\u200B');
                length = 0;
            }
        }
        return out.toString();
    }

    /** A currency's symbol or code: a symbol or a letter, then up to five letters, dots or symbols. */
    private static final String CURRENCY = "[\\p{Sc}\\p{L}][\\p{L}\\p{M}.\\p{Sc}]{0,5}";

    /** Signs and marks, a currency before or after one number (its group separators may be spaces that do not break), or a percent. */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\p{Cf}*[-−+]?\\p{Cf}*(?:" + CURRENCY
            + "[\\s\u00A0\u202F]?)?[-−+]?\\d[\\d.,\u00A0\u202F'’]*(?:[\\s\u00A0\u202F]?(?:%|" + CURRENCY + "))?\\p{Cf}*");

    /**
     * Whether {@code text} is a number or an amount of money as the documents write it
     * ({@code -55,000 د.إ.}, {@code €1,200.50}, {@code 12.5 %}, {@code 1 200 XYZ}), not a date or a
     * count of something ({@code Jun 30, 2027}, {@code 300 orders}). Such a text must never wrap.
     */
    public static boolean isAmount(String text) {
        return text != null && text.length() <= 40 && AMOUNT.matcher(text.strip()).matches();
    }
}
