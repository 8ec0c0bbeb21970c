package org.tactician.fonts;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Whether Chinese text is written in Traditional or Simplified characters. A character counts
 * as Traditional-only when ICU's Traditional-to-Simplified transliteration changes it (臺, 為, 這),
 * as Simplified-only when the Simplified-to-Traditional one does (这, 为, 团); the many
 * characters both write alike (中, 的, 計 in neither list) decide nothing. ICU compiles the two
 * transliterators once per JVM (about two seconds), and only for a document whose language does
 * not already say which it is.
 */
final class ChineseScript {

    /** Per Han code point: 1 Traditional-only, -1 Simplified-only, 0 both. */
    private static final Map<Integer, Integer> LEANING = new ConcurrentHashMap<>();

    private ChineseScript() {
    }

    /** The transliterators, compiled on first use. */
    private static final class Rules {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
        static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    }

    /**
     * Whether {@code languageTag} names Traditional Chinese ({@code TRUE}: zh-Hant, or zh in
     * Taiwan, Hong Kong or Macau without a script), Simplified ({@code FALSE}: zh-Hans, or zh with
     * another region), or neither ({@code null}: another language, bare zh, none).
     */
    static Boolean traditionalByTag(String languageTag) {
        if (languageTag == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getLanguage().equals("zh")) {
            return null;
        }
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return script.equals("Hant") ? Boolean.TRUE : script.equals("Hans") ? Boolean.FALSE : null;
        }
        return switch (locale.getCountry()) {
            case "" -> null;
            case "TW", "HK", "MO" -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }

    /**
     * Whether {@code text} is Traditional Chinese: it has more distinct Traditional-only
     * characters than Simplified-only ones (so a Simplified text quoting 東京 stays Simplified).
     */
    static boolean isTraditional(CharSequence text) {
        int[] distinctHan = text.codePoints().filter(codePoint -> UnicodeScript.of(codePoint) == UnicodeScript.HAN).distinct().toArray();
        int balance = 0;
        for (int codePoint : distinctHan) {
            balance += LEANING.computeIfAbsent(codePoint, ChineseScript::leaning);
        }
        return balance > 0;
    }

    private static int leaning(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        // ICU's rule-based transliterators are not documented as thread-safe: one caller at a time.
        synchronized (LEANING) {
            if (!Rules.TO_SIMPLIFIED.transliterate(character).equals(character)) {
                return 1;
            }
            if (!Rules.TO_TRADITIONAL.transliterate(character).equals(character)) {
                return -1;
            }
        }
        return 0;
    }
}
