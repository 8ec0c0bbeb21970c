package org.tactician.generators.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.tactician.model.PlanLanguage;

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

    /** An enum literal as words: {@code PAID_SOCIAL} → {@code "Paid social"}. */
    /** How an unset classification reads in a document. */
    public static final String NOT_SET = "Not set";

    /**
     * The value of {@code element}'s enum attribute {@code feature} in words; {@link #NOT_SET} when
     * the attribute is unset (an unsettable classification does not take its first literal).
     */
    public static String value(org.eclipse.emf.ecore.EObject element, String feature) {
        org.eclipse.emf.ecore.EStructuralFeature attribute = element.eClass().getEStructuralFeature(feature);
        if (attribute == null) {
            throw new IllegalArgumentException(element.eClass().getName() + " has no feature " + feature);
        }
        if (attribute.isUnsettable() && !element.eIsSet(attribute)) {
            return NOT_SET;
        }
        return element.eGet(attribute) instanceof Enum<?> literal ? words(literal) : "";
    }

    /** {@code literal} in words, or {@link #NOT_SET} when it is null (an unclassified budget row). */
    public static String wordsOrNotSet(Enum<?> literal) {
        return literal == null ? NOT_SET : words(literal);
    }

    public static String words(Enum<?> literal) {
        if (literal == null) {
            return "";
        }
        String lower = literal.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
