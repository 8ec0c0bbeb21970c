package org.tactician.generators.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.LibreOffice;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.generators.document.ValidationSummary;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
import org.tactician.samples.SamplePlans;
import org.tactician.validation.RuleMessages;

/**
 * The furniture sample with its language switched to each of Tactician's languages: its PDF (read
 * by pdftotext), its Word document (laid out by LibreOffice) and its workbook (read by POI and
 * LibreOffice) carry the translated section names and no English fixed text, the validation
 * appendix's findings included.
 */
class DocumentLanguagesTest {

    @TempDir
    Path temp;

    /**
     * English fixed texts of the documents that read differently in {@code terms}' language:
     * phrases of two words or more (single words like "Budget" are too often shared or in user
     * text), and none that the plan's own (English) text contains.
     */
    private static List<String> englishLeftovers(PlanTerms terms, String planText) {
        ResourceBundle english = ResourceBundle.getBundle("org.tactician.i18n.terms", Locale.ROOT, PlanTerms.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> phrases = new ArrayList<>();
        for (String key : english.keySet()) {
            if (!(key.startsWith("doc.") || key.startsWith("column.") || key.startsWith("label.") || key.startsWith("row.")
                    || key.startsWith("figure.") || key.startsWith("chart."))) {
                continue;
            }
            String value = english.getString(key);
            if (value.contains("{") || !value.trim().contains(" ") || value.equals(terms.text(key)) || planText.contains(value)) {
                continue;
            }
            phrases.add(value);
        }
        phrases.addAll(englishRuleText(terms, planText));
        return phrases;
    }

    /**
     * The English of the validation appendix that reads differently in {@code terms}' language: the
     * fixed parts of the rule messages between their arguments (three words or more) and the kinds
     * of element findings name ("SMART objective"), none that the plan's own text or the language's
     * own words contain.
     */
    private static List<String> englishRuleText(PlanTerms terms, String planText) {
        ResourceBundle english = RuleMessages.bundle(Locale.ROOT);
        ResourceBundle translated = RuleMessages.bundle(terms.locale());
        StringBuilder ownWords = new StringBuilder();
        for (String key : translated.keySet()) {
            ownWords.append(translated.getString(key).replace("''", "'")).append('\n');
        }
        List<String> phrases = new ArrayList<>();
        for (String key : english.keySet()) {
            for (String part : english.getString(key).replace("''", "'").split("\\{\\d+}")) {
                String phrase = part.strip();
                if (phrase.split("\\s+").length >= 3 && !planText.contains(phrase) && !ownWords.toString().contains(phrase)) {
                    phrases.add(phrase);
                }
            }
        }
        ResourceBundle englishTerms = ResourceBundle.getBundle("org.tactician.i18n.terms", Locale.ROOT, PlanTerms.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : englishTerms.keySet()) {
            String kind = englishTerms.getString(key);
            if (key.startsWith("type.") && kind.contains(" ") && !kind.equals(terms.text(key)) && !planText.contains(kind)) {
                phrases.add(kind);
            }
        }
        return phrases;
    }

    /** The text of the validation appendix: from its heading (the last time it appears, after the contents) to the end. */
    private static String appendix(String text, PlanTerms terms) {
        String heading = terms.text("doc.section.validation");
        int start = text.lastIndexOf(heading);
        assertTrue(start >= 0, "the appendix " + heading);
        return text.substring(start);
    }

    /** Poppler names yeh and alef maksura by the Farsi yeh glyph: one letter for the comparison. */
    private static String yeh(String text) {
        return text.replace('\u06CC', '\u064A').replace('\u0649', '\u064A');
    }

    private static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\u2066-\u2069\u200B\u200E\u200F]", "")
                .replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt", "ru", "vi", "it", "ar"})
    void everyArtifactSpeaksThePlansLanguage(String language) throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        String planText = Files.readString(temp.resolve("furniture-retailer.mplan"));
        plan.setLanguage(language);
        PlanTerms terms = PlanTerms.of(language);
        Path out = Path.of("target", "rendered", "lang-" + language).toAbsolutePath();
        new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.PDF, ArtifactFormat.DOCX, ArtifactFormat.XLSX), false, GenerationProgress.NONE);

        String pdf = flat(ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", out.resolve("plan.pdf").toString(), "-")));
        LibreOffice.convert(out.resolve("plan.docx"), "pdf", out.resolve("docx"));
        String docx = flat(ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", out.resolve("docx").resolve("plan.pdf").toString(),
                "-")));
        List<String> sections = new ArrayList<>();
        for (String id : List.of("overview", "opportunity", "strategy", "action", "operations", "journey", "validation")) {
            sections.add(terms.text("doc.section." + id));
        }
        List<String> leftovers = englishLeftovers(terms, planText);
        assertTrue(leftovers.size() > 50, "enough English phrases to look for: " + leftovers.size());
        for (String[] artifact : new String[][] {{"plan.pdf", pdf}, {"plan.docx", docx}}) {
            String name = artifact[0];
            String text = artifact[1];
            if (!language.equals("ar")) {
                // Arabic comes out of pdftotext as presentation forms in visual order; its words are checked below.
                for (String section : sections) {
                    assertTrue(text.contains(section), name + " has the section " + section);
                }
            }
            for (String english : leftovers) {
                assertTrue(!text.contains(english), name + " still says '" + english + "' in " + language);
            }
        }
        if (language.equals("ar")) {
            String words = yeh(Normalizer.normalize(pdf, Normalizer.Form.NFKC)).replace(" ", "");
            for (String section : sections) {
                // Visual order reverses the words' letters and the words' order: look for each word.
                for (String word : yeh(section).split("[\\s:]+")) {
                    if (word.length() > 1) {
                        assertTrue(words.contains(word) || words.contains(new StringBuilder(word).reverse().toString()),
                                "the Arabic PDF has the word " + word + " of the section " + section);
                    }
                }
            }
        }

        Path xlsx = out.resolve("budget.xlsx");
        List<String> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(terms.text("column.category"), workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(terms.text("sheet.budget"), sheets.get(0));
        assertEquals(terms.text("sheet.profitability"), sheets.get(5));
        Path csv = out.resolve("csv");
        LibreOffice.convert(xlsx, LibreOffice.ALL_SHEETS_CSV, csv);
        String budgetSheet = flat(Files.readString(csv.resolve("budget-" + sheets.get(0) + ".csv")));
        assertTrue(budgetSheet.contains(terms.text("row.total")), "LibreOffice reads the translated total row");
        assertTrue(!budgetSheet.contains("Outside plan period") && !budgetSheet.contains("Budget line"), budgetSheet);
    }

    /**
     * The validation appendix of a plan with findings of many rules (the draft sample that needs
     * work, switched to each language): PDF and Word word every finding in the plan's language,
     * with no English rule text left; the pages are rendered for a look ({@code target/rendered/}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"pt", "ru", "vi", "it", "ar"})
    void theValidationAppendixSpeaksThePlansLanguage(String language) throws Exception {
        MarketingPlan plan = TestPlans.sample(SamplePlans.NEEDS_WORK, temp);
        String planText = Files.readString(temp.resolve(SamplePlans.NEEDS_WORK.fileName()));
        plan.setLanguage(language);
        PlanTerms terms = PlanTerms.of(language);
        ValidationSummary summary = ValidationSummary.validate(plan);
        Set<String> rules = new TreeSet<>();
        summary.findings().forEach(finding -> rules.add(finding.rule()));
        assertTrue(rules.size() >= 10, "findings of many rules: " + rules);
        Path out = Path.of("target", "rendered", "appendix-" + language).toAbsolutePath();
        new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.PDF, ArtifactFormat.DOCX), false, GenerationProgress.NONE);

        String pdf = flat(ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", out.resolve("plan.pdf").toString(), "-")));
        LibreOffice.convert(out.resolve("plan.docx"), "pdf", out.resolve("docx"));
        String docx = flat(ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", out.resolve("docx").resolve("plan.pdf").toString(),
                "-")));
        List<String> english = englishRuleText(terms, planText);
        assertTrue(english.size() > 100, "enough English rule text to look for: " + english.size());
        for (String[] artifact : new String[][] {{"plan.pdf", pdf}, {"plan.docx", docx}}) {
            String name = artifact[0];
            String text = language.equals("ar") ? artifact[1] : appendix(artifact[1], terms);
            for (String phrase : english) {
                assertTrue(!text.contains(phrase), name + "'s appendix still says '" + phrase + "' in " + language);
            }
            if (!language.equals("ar")) {
                // Each finding's message starts with its own words (Arabic comes out of pdftotext in visual order).
                for (ValidationSummary.Finding finding : summary.findings()) {
                    String start = String.join(" ", List.of(flat(finding.message()).split(" ")).subList(0,
                            Math.min(3, flat(finding.message()).split(" ").length)));
                    // pdftotext joins a word hyphenated at a line's end without its hyphen.
                    assertTrue(text.replace("-", "").contains(start.replace("-", "")),
                            name + " words " + finding.rule() + " as '" + start + "' in " + language);
                }
            }
        }
        // The appendix pages, to look at: right to left in Arabic, Vietnamese diacritics.
        int pages = Integer.parseInt(ExternalTool.run(List.of("pdfinfo", out.resolve("plan.pdf").toString())).lines()
                .filter(line -> line.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(Math.max(1, pages - 1)), "-l",
                String.valueOf(pages), out.resolve("plan.pdf").toString(), out.resolve("appendix").toString()));
    }

}
