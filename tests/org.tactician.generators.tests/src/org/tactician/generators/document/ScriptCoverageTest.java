package org.tactician.generators.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.generators.content.GlyphCheck;
import org.tactician.model.MarketingPlan;
import org.tactician.model.TeamMember;

/**
 * Text in the scripts a consultant meets prints in the PDF (read back with poppler), with the
 * fonts a document needs embedded as subsets, and a warning only for what no bundled font has.
 */
class ScriptCoverageTest {

    private static final String CHINESE = "上海家居营销团队";
    /** Traditional Chinese (Taiwan): 臺 灣 為 與 這 個 劃 預 are written otherwise in Simplified. */
    private static final String TRADITIONAL = "臺灣行銷團隊";
    private static final String[] TRADITIONAL_NAMES = {TRADITIONAL, "為與", "這個計劃的預算", "一月一日"};
    private static final String JAPANESE = "東京ひかりカタカナ店";
    private static final String KOREAN = "서울 마케팅 팀장";
    private static final String THAI = "ทีมการตลาดกรุงเทพ";
    private static final String HEBREW = "צוות השיווק";
    private static final String DEVANAGARI = "विपणन टीम";
    private static final String EMOJI = "Launch 🚀 party 🎉";
    /** Ethiopic: no bundled font has it. */
    private static final String ETHIOPIC = "ሰላም";

    @TempDir
    Path out;

    private static MarketingPlan withTeam(String language, String... names) {
        MarketingPlan plan = TestPlans.full(language);
        for (int i = 0; i < names.length; i++) {
            TeamMember member = org.tactician.model.TacticianFactory.eINSTANCE.createTeamMember();
            member.setId("tm-script-" + i);
            member.setName(names[i]);
            member.setRole("Lead " + i);
            plan.getTeam().add(member);
        }
        return plan;
    }

    private Path pdf(MarketingPlan plan, String folder, List<String> warnings) throws Exception {
        Path target = Files.createDirectories(out.resolve(folder));
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(target), EnumSet.of(ArtifactFormat.PDF), false,
                GenerationProgress.warningsTo(warnings::add));
        Path pdf = target.resolve("plan.pdf");
        Files.copy(pdf, Files.createDirectories(Path.of("target", "rendered")).resolve("scripts-" + folder + ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return pdf;
    }

    private static String text(Path pdf) throws Exception {
        return Normalizer.normalize(ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")),
                Normalizer.Form.NFC);
    }

    private static String fonts(Path pdf) throws Exception {
        return ExternalTool.run(List.of("pdffonts", pdf.toString()));
    }

    @Test
    void cjkThaiHebrewDevanagariAndEmojiPrintWithoutHashesOrWarnings() throws Exception {
        List<String> warnings = new ArrayList<>();
        Path pdf = pdf(withTeam("en", CHINESE, JAPANESE, KOREAN, THAI, HEBREW, DEVANAGARI, EMOJI), "scripts", warnings);
        String text = text(pdf);
        Files.createDirectories(Path.of("target", "rendered"));
        Files.writeString(Path.of("target", "rendered", "plan-scripts.txt"), text);
        render(pdf, pageOf(pdf, CHINESE), "scripts-team");
        String flat = text.replaceAll("\\s+", "");
        for (String name : List.of(CHINESE, JAPANESE, KOREAN, THAI)) {
            assertTrue(flat.contains(name.replaceAll("\\s+", "")), name + " in the PDF's text");
        }
        // Poppler reads Devanagari in visual order: the vowel sign i stands before its consonant.
        String devanagari = DEVANAGARI.replaceAll("\\s+", "");
        assertTrue(flat.contains(devanagari) || flat.contains(devanagari.replaceAll("(.)\u093F", "\u093F$1")),
                "Devanagari in the PDF's text");
        // Hebrew comes out in logical or visual order, depending on how poppler reads the line.
        String hebrew = HEBREW.replace(" ", "");
        assertTrue(flat.contains(hebrew) || flat.contains(new StringBuilder(hebrew).reverse().toString()), "Hebrew");
        assertTrue(text.contains("🚀") && text.contains("🎉"), "emoji");
        assertEquals("", kangxiRadicals(text));
        assertFalse(text.contains("#"), "no missing-glyph placeholder");
        assertEquals(List.of(), warnings.stream().filter(w -> w.contains("glyph")).toList());
        String fonts = fonts(pdf);
        // (Noto Sans itself has Devanagari.)
        for (String font : List.of("NotoSansSC", "NotoSansKR", "NotoSansThai", "NotoSansHebrew", "NotoEmoji")) {
            assertTrue(fonts.contains(font), font + " embedded:\n" + fonts);
        }
    }

    @Test
    void aPlanWithoutThoseScriptsEmbedsNoneOfTheirFontsAndThreeChineseNamesKeepThePdfSmall() throws Exception {
        List<String> warnings = new ArrayList<>();
        Path latin = pdf(TestPlans.full("en"), "latin", warnings);
        String latinFonts = fonts(latin);
        for (String font : List.of("NotoSansSC", "NotoSansTC", "NotoSansJP", "NotoSansKR", "NotoSansThai", "NotoEmoji")) {
            assertFalse(latinFonts.contains(font), font + " not embedded:\n" + latinFonts);
        }
        Path chinese = pdf(withTeam("en", "王伟", "李娜", "张敏"), "chinese", warnings);
        assertTrue(fonts(chinese).contains("NotoSansSC"));
        // Subset: the Chinese face is 10 MB, the few glyphs of three names a few kilobytes each.
        long growth = Files.size(chinese) - Files.size(latin);
        assertTrue(growth < 150_000, "three Chinese names add " + growth + " bytes");
        // Every face is embedded as a subset (poppler marks it "yes" in the "sub" column, and the
        // name carries a six-letter tag).
        for (String line : fonts(chinese).lines().skip(2).toList()) {
            assertTrue(line.matches("[A-Z]{6}\\+\\S+.*"), "subset: " + line);
        }
    }

    @Test
    void aJapanesePlanPrefersJapaneseShapesOfSharedCharacters() throws Exception {
        Path pdf = pdf(withTeam("ja", JAPANESE), "japanese", new ArrayList<>());
        String fonts = fonts(pdf);
        assertTrue(fonts.contains("NotoSansJP"), fonts);
        assertFalse(fonts.contains("NotoSansSC"), fonts);
        // 東 is a Traditional-only form in Chinese, but the plan says Japanese.
        assertFalse(fonts.contains("NotoSansTC"), fonts);
        assertTrue(text(pdf).replaceAll("\\s+", "").contains(JAPANESE));
    }

    @Test
    void aTraditionalChinesePlanEmbedsTheTraditionalFaceAsASmallSubset() throws Exception {
        Path latin = pdf(TestPlans.full("zh-TW"), "traditional-latin", new ArrayList<>());
        List<String> warnings = new ArrayList<>();
        Path pdf = pdf(withTeam("zh-TW", TRADITIONAL_NAMES), "traditional", warnings);
        String fonts = fonts(pdf);
        assertTrue(fonts.contains("NotoSansTC"), fonts);
        assertFalse(fonts.contains("NotoSansSC"), "no Simplified shapes in a Taiwanese plan:\n" + fonts);
        for (String line : fonts.lines().skip(2).toList()) {
            assertTrue(line.matches("[A-Z]{6}\\+\\S+.*"), "subset: " + line);
        }
        String flat = text(pdf).replaceAll("\\s+", "");
        for (String name : TRADITIONAL_NAMES) {
            assertTrue(flat.contains(name), name + " in the PDF's text");
        }
        // 一 日 月 行 share their glyphs with Kangxi radicals: the text layer names the ideographs.
        assertEquals("", kangxiRadicals(flat));
        assertEquals(List.of(), warnings.stream().filter(w -> w.contains("glyph")).toList());
        // The Traditional face is 7 MB; the glyphs of three names a few kilobytes each.
        long growth = Files.size(pdf) - Files.size(latin);
        assertTrue(growth < 150_000, "three Traditional names add " + growth + " bytes");
        render(pdf, pageOf(pdf, TRADITIONAL), "scripts-traditional-team");
    }

    @Test
    void withoutAChineseLanguageTheTextDecidesBetweenTraditionalAndSimplified() throws Exception {
        String traditional = fonts(pdf(withTeam("en", TRADITIONAL_NAMES), "traditional-en", new ArrayList<>()));
        assertTrue(traditional.contains("NotoSansTC"), traditional);
        assertFalse(traditional.contains("NotoSansSC"), traditional);
        // Simplified names and one Japanese place (東 is Traditional-only): more Simplified-only characters.
        String simplified = fonts(pdf(withTeam("en", CHINESE, "王伟", "東京"), "simplified-en", new ArrayList<>()));
        assertTrue(simplified.contains("NotoSansSC"), simplified);
        assertFalse(simplified.contains("NotoSansTC"), simplified);
        // A plan that says Simplified keeps Simplified shapes for Traditional text.
        String hans = fonts(pdf(withTeam("zh-Hans", TRADITIONAL_NAMES), "traditional-hans", new ArrayList<>()));
        assertTrue(hans.contains("NotoSansSC"), hans);
        assertFalse(hans.contains("NotoSansTC"), hans);
    }

    @Test
    void theHtmlNamesTheTraditionalFaceBeforeTheSimplifiedOneForATraditionalPlan() throws Exception {
        for (String[] plan : new String[][] {{"en", "traditional"}, {"zh-HK", "traditional"}, {"zh-CN", "simplified"}}) {
            Path folder = Files.createDirectories(out.resolve("html-" + plan[0]));
            new PlanGenerator(Instant.now()).generate(withTeam(plan[0], TRADITIONAL_NAMES), new OutputFolder(folder),
                    EnumSet.of(ArtifactFormat.HTML), false, GenerationProgress.NONE);
            String html = Files.readString(folder.resolve("plan.html"));
            int traditional = html.indexOf("'Noto Sans TC'");
            int simplified = html.indexOf("'Noto Sans SC'");
            assertTrue(traditional > 0 && simplified > 0, plan[0]);
            assertEquals(plan[1].equals("traditional"), traditional < simplified, plan[0] + ": " + plan[1] + " first");
        }
    }

    @Test
    void theFontLanguageFollowsTheTagThenTheText() {
        String text = String.join(" ", TRADITIONAL_NAMES);
        assertEquals("zh-Hant", org.tactician.fonts.DocumentFonts.fontLanguageTag("en", text));
        assertEquals("zh-Hant", org.tactician.fonts.DocumentFonts.fontLanguageTag(null, text));
        assertEquals("zh-Hant", org.tactician.fonts.DocumentFonts.fontLanguageTag("zh", text));
        assertEquals("zh-HK", org.tactician.fonts.DocumentFonts.fontLanguageTag("zh-HK", CHINESE));
        assertEquals("zh-CN", org.tactician.fonts.DocumentFonts.fontLanguageTag("zh-CN", text));
        assertEquals("ja", org.tactician.fonts.DocumentFonts.fontLanguageTag("ja", text));
        assertEquals("en", org.tactician.fonts.DocumentFonts.fontLanguageTag("en", CHINESE));
        assertEquals("en", org.tactician.fonts.DocumentFonts.fontLanguageTag("en", "Plan 中文"));
        for (String[] tag : new String[][] {{"zh-TW", "Noto Sans TC"}, {"zh-HK", "Noto Sans TC"}, {"zh-MO", "Noto Sans TC"},
                {"zh-Hant", "Noto Sans TC"}, {"zh-Hant-CN", "Noto Sans TC"}, {"zh-Hans-TW", "Noto Sans SC"}, {"zh-SG", "Noto Sans SC"},
                {"zh", "Noto Sans SC"}, {"en", "Noto Sans SC"}, {"ja", "Noto Sans JP"}, {"ko-KR", "Noto Sans KR"}}) {
            assertEquals(tag[1], org.tactician.fonts.DocumentFonts.hanFamily(tag[0]), tag[0]);
        }
    }

    @Test
    void onlyCharactersNoBundledFontHasAreReported() {
        MarketingPlan plan = withTeam("en", CHINESE, THAI, EMOJI, "Team " + ETHIOPIC);
        List<Integer> missing = GlyphCheck.of(TestPlans.content(plan, false), null).missing();
        assertEquals(ETHIOPIC.codePoints().boxed().toList(), missing);
    }

    @Test
    void aTenThousandCharacterWordWrapsInsideThePage() throws Exception {
        MarketingPlan plan = withTeam("en", "W".repeat(10_000), "中".repeat(3_000));
        Path pdf = pdf(plan, "long", new ArrayList<>());
        String bbox = ExternalTool.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
        Matcher page = Pattern.compile("<page width=\"([0-9.]+)\"").matcher(bbox);
        assertTrue(page.find());
        double width = Double.parseDouble(page.group(1));
        Matcher word = Pattern.compile("<word xMin=\"([-0-9.]+)\" yMin=\"[-0-9.]+\" xMax=\"([-0-9.]+)\"[^>]*>([^<]*)<").matcher(bbox);
        int words = 0;
        while (word.find()) {
            words++;
            assertTrue(Double.parseDouble(word.group(1)) >= 0 && Double.parseDouble(word.group(2)) <= width,
                    "a word at " + word.group(1) + "–" + word.group(2) + " on a page " + width + " wide: " + word.group(3));
        }
        assertTrue(words > 100);
        // All there: the lines of the long words, joined (a page's footer and header come between pages).
        String flat = text(pdf).replaceAll("[\\s\u200b]+", "");
        assertEquals(10_000, Pattern.compile("W{20,}").matcher(flat).results().mapToInt(run -> run.group().length()).sum());
        assertEquals(3_000, Pattern.compile("中{20,}").matcher(flat).results().mapToInt(run -> run.group().length()).sum());
    }

    @Test
    void theArabicSampleRendersItsForecastAndFooter() throws Exception {
        MarketingPlan plan = TestPlans.sample(org.tactician.samples.SamplePlans.ARABIC, out);
        Path pdf = pdf(plan, "arabic", new ArrayList<>());
        String layout = ExternalTool.run(List.of("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-"));
        Files.writeString(Path.of("target", "rendered", "arabic-sample-layout.txt"), layout);
        String[] pages = layout.split("\f");
        for (int i = 0; i < pages.length; i++) {
            if (pages[i].contains("%")) {
                render(pdf, i + 1, "arabic-sample-page-" + (i + 1));
            }
        }
        // Money never wraps: the dirham's symbol is never on a line of its own without its amount
        // (column headers name it in brackets: "الإيراد (د.إ.)").
        List<String> orphans = layout.lines().filter(line -> line.replaceAll("\\p{Cf}", "").contains("د.إ"))
                .filter(line -> !line.contains("(") && !line.contains(")") && line.chars().noneMatch(Character::isDigit)).toList();
        assertEquals(List.of(), orphans);
        assertEquals(List.of("الصفحة", "2", "من", String.valueOf(pageCount(pdf))), footerRightToLeft(pdf, 2));
    }

    @Test
    void wordNamesTheFontOfEachScriptAndKeepsTheArabicFooterInOrder() throws Exception {
        Path folder = Files.createDirectories(out.resolve("docx"));
        new PlanGenerator(Instant.now()).generate(withTeam("en", CHINESE, JAPANESE, KOREAN, THAI, HEBREW), new OutputFolder(folder),
                EnumSet.of(ArtifactFormat.DOCX), false, GenerationProgress.NONE);
        String xml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(folder.resolve("plan.docx").toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String[] run : new String[][] {{CHINESE, "w:eastAsia=\"Noto Sans SC\""}, {JAPANESE, "w:eastAsia=\"Noto Sans JP\""},
                {KOREAN, "w:eastAsia=\"Noto Sans KR\""}, {THAI, "w:cs=\"Noto Sans Thai\""}, {HEBREW, "w:cs=\"Noto Sans Hebrew\""}}) {
            assertRunFont(xml, run[0], run[1]);
        }

        Path taiwan = Files.createDirectories(out.resolve("docx-tw"));
        new PlanGenerator(Instant.now()).generate(withTeam("zh-TW", TRADITIONAL_NAMES), new OutputFolder(taiwan),
                EnumSet.of(ArtifactFormat.DOCX), false, GenerationProgress.NONE);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(taiwan.resolve("plan.docx").toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // Every run, including 為與 whose characters Noto Sans SC also has.
        for (String name : TRADITIONAL_NAMES) {
            assertRunFont(xml, name, "w:eastAsia=\"Noto Sans TC\"");
        }

        Path arabic = Files.createDirectories(out.resolve("docx-ar"));
        new PlanGenerator(Instant.now()).generate(TestPlans.sample(org.tactician.samples.SamplePlans.ARABIC, out), new OutputFolder(arabic),
                EnumSet.of(ArtifactFormat.DOCX), false, GenerationProgress.NONE);
        org.tactician.generators.LibreOffice.convert(arabic.resolve("plan.docx"), "pdf", arabic);
        Path pdf = arabic.resolve("plan.pdf");
        Files.copy(pdf, Path.of("target", "rendered", "arabic-sample-docx.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        render(pdf, 2, "arabic-sample-docx-page-2");
        assertEquals(List.of("الصفحة", "2", "من", String.valueOf(pageCount(pdf))), footerRightToLeft(pdf, 2));
    }

    @Test
    void aKangxiRadicalInThePlanPrintsAsItsIdeograph() throws Exception {
        // U+2F8F U+2F47: radicals typed (or pasted) into a plan; the fonts draw them as 行 and 日.
        Path pdf = pdf(withTeam("zh-TW", "\u2F8F\u2F47程"), "radicals", new ArrayList<>());
        String flat = text(pdf).replaceAll("\\s+", "");
        assertTrue(flat.contains("行日程"), flat);
        assertEquals("", kangxiRadicals(flat));
    }

    private static String kangxiRadicals(String text) {
        return text.codePoints().filter(c -> c >= 0x2F00 && c <= 0x2FDF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static void assertRunFont(String xml, String text, String font) {
        int at = xml.indexOf(">" + text + "<");
        assertTrue(at > 0, text);
        String properties = xml.substring(xml.lastIndexOf("<w:r>", at), at);
        assertTrue(properties.contains(font), text + ": " + properties);
    }

    /**
     * The words of the last line of {@code page} as a reader of Arabic reads them: from the right
     * (by their place on the page, which is what the reader sees, whatever order poppler's text has).
     * Poppler's word boxes spell an Arabic word in visual order (backwards): it is turned round.
     */
    private static List<String> footerRightToLeft(Path pdf, int page) throws Exception {
        String bbox = ExternalTool.run(List.of("pdftotext", "-bbox", "-f", String.valueOf(page), "-l", String.valueOf(page), "-enc",
                "UTF-8", pdf.toString(), "-"));
        Matcher word = Pattern.compile("<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"[-0-9.]+\" yMax=\"[-0-9.]+\">([^<]*)<")
                .matcher(bbox);
        record Word(double x, double y, String text) {
        }
        List<Word> words = new ArrayList<>();
        while (word.find()) {
            String text = Normalizer.normalize(word.group(3), Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "").strip();
            if (text.matches("\\p{IsArabic}+")) {
                text = new StringBuilder(text).reverse().toString();
            }
            if (!text.isEmpty()) {
                words.add(new Word(Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)), text));
            }
        }
        double last = words.stream().mapToDouble(Word::y).max().orElseThrow();
        // The footer is alone at the bottom; Arabic and Latin glyphs' boxes start at different heights.
        return words.stream().filter(w -> Math.abs(w.y() - last) < 8).sorted(java.util.Comparator.comparingDouble(Word::x).reversed())
                .map(Word::text).toList();
    }

    private static int pageCount(Path pdf) throws Exception {
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(ExternalTool.run(List.of("pdfinfo", pdf.toString())));
        assertTrue(pages.find());
        return Integer.parseInt(pages.group(1));
    }

    static int pageOf(Path pdf, String text) throws Exception {
        String[] pages = ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).split("\f");
        for (int i = 0; i < pages.length; i++) {
            if (Normalizer.normalize(pages[i], Normalizer.Form.NFC).replaceAll("\\s+", "").contains(text.replaceAll("\\s+", ""))) {
                return i + 1;
            }
        }
        return 1;
    }

    /** Renders a page to PNG under target/rendered/ for a human to look at. */
    static void render(Path pdf, int page, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "rendered").toAbsolutePath());
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "80", "-f", String.valueOf(page), "-l", String.valueOf(page),
                "-singlefile", pdf.toString(), folder.resolve(name).toString()));
        assertTrue(Files.size(folder.resolve(name + ".png")) > 1000);
    }
}
