package org.tactician.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The fonts Tactician embeds in generated documents, so a plan prints the same in every script
 * on every machine: Noto Sans (Latin, Greek, Cyrillic, Devanagari), Noto Sans Arabic, Hebrew and
 * Thai, Noto Sans SC, TC, JP and KR (Simplified and Traditional Chinese, Japanese, Korean), DejaVu Sans for symbols and
 * monochrome Noto Emoji last. Noto Sans, Noto Sans Arabic and DejaVu Sans are always used; the
 * other families only by a document whose text needs them ({@link #facesFor}), so a plan without
 * Chinese never reads the 10 MB Chinese faces.
 */
public final class DocumentFonts {

    /** The CSS {@code font-family} chain of every bundled family (Chinese shapes first among CJK). */
    public static final String FONT_FAMILY_CHAIN;

    /**
     * One font file.
     *
     * @param family the CSS family name
     * @param weight the CSS weight (400 regular, 700 bold)
     * @param resource the path of the TTF file inside this bundle
     */
    public record Face(String family, int weight, String resource) {

        /** The TTF file's bytes, read once per JVM (do not change the array). */
        public byte[] bytes() {
            return BYTES.computeIfAbsent(resource, name -> {
                try (InputStream in = open()) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** Opens the TTF file; the caller closes the stream. */
        public InputStream open() {
            InputStream in = DocumentFonts.class.getResourceAsStream(resource);
            if (in == null) {
                throw new UncheckedIOException(new IOException("font missing from the fonts bundle: " + resource));
            }
            return in;
        }
    }

    /**
     * A family: its faces, whether every document uses it, and the scripts it is the first choice
     * for (a family used on demand joins a document that has letters of those scripts, or
     * characters no earlier family shows).
     */
    record Family(String name, boolean always, List<Face> faces, Set<Character.UnicodeScript> scripts) {
    }

    private static final ConcurrentMap<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private static final Set<UnicodeScript> CJK = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
            UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);

    private static final String CHINESE = "Noto Sans SC";
    private static final String TRADITIONAL_CHINESE = "Noto Sans TC";
    private static final String JAPANESE = "Noto Sans JP";
    private static final String KOREAN = "Noto Sans KR";

    /** Every family in fallback order (CJK in the order of a plan that is none of the three). */
    private static final List<Family> FAMILIES = List.of(
            family("Noto Sans", true, "/fonts/noto-sans/NotoSans", Set.of()),
            family("Noto Sans Arabic", true, "/fonts/noto-sans-arabic/NotoSansArabic", Set.of()),
            family("Noto Sans Hebrew", false, "/fonts/noto-sans-hebrew/NotoSansHebrew", Set.of(UnicodeScript.HEBREW)),
            family("Noto Sans Thai", false, "/fonts/noto-sans-thai/NotoSansThai", Set.of(UnicodeScript.THAI)),
            family(CHINESE, false, "/fonts/noto-sans-sc/NotoSansSC", CJK),
            family(TRADITIONAL_CHINESE, false, "/fonts/noto-sans-tc/NotoSansTC", CJK),
            family(JAPANESE, false, "/fonts/noto-sans-jp/NotoSansJP", CJK),
            family(KOREAN, false, "/fonts/noto-sans-kr/NotoSansKR", CJK),
            new Family("DejaVu Sans", true, List.of(new Face("DejaVu Sans", 400, "/fonts/dejavu-sans/DejaVuSans.ttf"),
                    new Face("DejaVu Sans", 700, "/fonts/dejavu-sans/DejaVuSans-Bold.ttf")), Set.of()),
            // Monochrome emoji (a PDF has no colour glyphs); one weight, bold text uses it too.
            new Family("Noto Emoji", false, List.of(new Face("Noto Emoji", 400, "/fonts/noto-emoji/NotoEmoji-Regular.ttf")), Set.of()));

    static {
        FONT_FAMILY_CHAIN = familyChain(null);
    }

    private DocumentFonts() {
    }

    private static Family family(String name, boolean always, String stem, Set<UnicodeScript> scripts) {
        return new Family(name, always, List.of(new Face(name, 400, stem + "-Regular.ttf"), new Face(name, 700, stem + "-Bold.ttf")),
                scripts);
    }

    /** Every face, in fallback order. */
    public static List<Face> faces() {
        return FAMILIES.stream().flatMap(family -> family.faces().stream()).toList();
    }

    /**
     * The faces a document needs, in fallback order: the ones every document uses, and those of
     * the families that show a character of {@code text} that an earlier family lacks. Only those
     * families' files are read (once per JVM), so a Latin plan costs no CJK font.
     *
     * @param languageTag the document's language: with {@code text} it decides whose shapes the
     *        characters Chinese, Japanese and Korean share take ({@link #fontLanguageTag})
     */
    public static List<Face> facesFor(CharSequence text, String languageTag) {
        return familiesFor(text, languageTag).stream().flatMap(family -> family.faces().stream()).toList();
    }

    /**
     * The language whose shapes of the characters Chinese, Japanese and Korean share a document
     * in {@code languageTag} (may be {@code null}) with {@code text} takes: the tag itself when it
     * says (ja, ko, zh-Hans, zh-Hant, zh-CN, zh-TW, zh-HK, zh-MO, ...); otherwise (another language,
     * bare zh, none) {@code zh-Hant} when {@code text} is Traditional Chinese (it has more distinct
     * characters only Traditional writing uses, such as 臺 為 與 這, than ones only Simplified
     * uses, such as 这 为 团), else the tag unchanged (Simplified shapes). What
     * {@link #familyChain} and {@link #hanFamily} take for a whole document, so every run of it
     * gets the same shapes.
     */
    public static String fontLanguageTag(String languageTag, CharSequence text) {
        String language = languageTag == null ? "" : Locale.forLanguageTag(languageTag).getLanguage();
        if (language.equals("ja") || language.equals("ko") || ChineseScript.traditionalByTag(languageTag) != null) {
            return languageTag;
        }
        return ChineseScript.isTraditional(text) ? "zh-Hant" : languageTag;
    }

    /**
     * The family that shows the Chinese characters of a document in {@code fontLanguageTag} (see
     * {@link #fontLanguageTag}): Noto Sans JP for Japanese, KR for Korean, TC for Traditional
     * Chinese, SC otherwise.
     */
    public static String hanFamily(String fontLanguageTag) {
        return preferred(fontLanguageTag);
    }

    /**
     * The families {@link #facesFor} picks, in fallback order: every family used always; a family
     * used on demand when the text has a letter of its scripts that it shows (Hebrew takes Noto
     * Sans Hebrew although DejaVu Sans has Hebrew too), or a character that no family used always
     * and no earlier pick shows (CJK punctuation, emoji).
     */
    static List<Family> familiesFor(CharSequence text, String languageTag) {
        Set<Integer> codePoints = new LinkedHashSet<>();
        text.codePoints().filter(Java2DFonts::needsGlyph).forEach(codePoints::add);
        boolean han = codePoints.stream().anyMatch(codePoint -> UnicodeScript.of(codePoint) == UnicodeScript.HAN);
        List<Family> order = families(han ? fontLanguageTag(languageTag, text) : languageTag);
        Set<Integer> uncovered = new LinkedHashSet<>(codePoints);
        for (Family family : order) {
            if (family.always()) {
                uncovered.removeIf(codePoint -> Java2DFonts.canDisplay(family, codePoint));
            }
        }
        List<Family> needed = new ArrayList<>();
        Set<UnicodeScript> scriptsTaken = java.util.EnumSet.noneOf(UnicodeScript.class);
        for (Family family : order) {
            boolean ownScript = family.scripts().stream().anyMatch(script -> !scriptsTaken.contains(script))
                    && codePoints.stream().anyMatch(codePoint -> family.scripts().contains(UnicodeScript.of(codePoint))
                            && !scriptsTaken.contains(UnicodeScript.of(codePoint)) && Java2DFonts.canDisplay(family, codePoint));
            boolean fillsAHole = !family.always() && !uncovered.isEmpty()
                    && uncovered.stream().anyMatch(codePoint -> Java2DFonts.canDisplay(family, codePoint));
            if (family.always() || ownScript || fillsAHole) {
                needed.add(family);
                if (!family.always()) {
                    uncovered.removeIf(codePoint -> Java2DFonts.canDisplay(family, codePoint));
                    // The first CJK face shows the shared characters; a later one joins only for what it lacks.
                    codePoints.stream().filter(codePoint -> family.scripts().contains(UnicodeScript.of(codePoint))
                            && Java2DFonts.canDisplay(family, codePoint)).map(UnicodeScript::of).forEach(scriptsTaken::add);
                }
            }
        }
        return needed;
    }

    /**
     * The CSS {@code font-family} chain of every bundled family for a document in
     * {@code languageTag} (may be {@code null}; pass {@link #fontLanguageTag} for a document): a
     * Japanese plan names Noto Sans JP before the Chinese and Korean faces, a Korean plan Noto Sans
     * KR, a Traditional Chinese one Noto Sans TC before SC.
     */
    public static String familyChain(String languageTag) {
        return families(languageTag).stream().map(family -> "'" + family.name() + "'").collect(Collectors.joining(", "));
    }

    /** The families in fallback order for a document in {@code languageTag}. */
    static List<Family> families(String languageTag) {
        String first = preferred(languageTag);
        if (first.equals(CHINESE)) {
            return FAMILIES;
        }
        List<Family> ordered = new ArrayList<>(FAMILIES);
        Family preferred = ordered.stream().filter(family -> family.name().equals(first)).findFirst().orElseThrow();
        ordered.remove(preferred);
        ordered.add(ordered.indexOf(ordered.stream().filter(family -> family.name().equals(CHINESE)).findFirst().orElseThrow()),
                preferred);
        return List.copyOf(ordered);
    }

    /** The CJK family a document in {@code languageTag} names first. */
    private static String preferred(String languageTag) {
        String language = languageTag == null ? "" : Locale.forLanguageTag(languageTag).getLanguage();
        return switch (language) {
            case "ja" -> JAPANESE;
            case "ko" -> KOREAN;
            default -> Boolean.TRUE.equals(ChineseScript.traditionalByTag(languageTag)) ? TRADITIONAL_CHINESE : CHINESE;
        };
    }
}
