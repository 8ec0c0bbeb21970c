package org.tactician.generators.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.LibreOffice;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.MarketingPlan;

/** The Word plan document, read back by POI and laid out to PDF by LibreOffice. */
class PlanDocxTest {

    @TempDir
    Path out;

    private Path generate(MarketingPlan plan, boolean summaryOnly) throws Exception {
        new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.DOCX), summaryOnly, GenerationProgress.NONE);
        return out.resolve(summaryOnly ? "plan-summary.docx" : "plan.docx");
    }

    @Test
    void theSectionsAreThoseOfThePlanDocumentInHeadingStyles() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        try (InputStream in = Files.newInputStream(generate(plan, false)); XWPFDocument document = new XWPFDocument(in)) {
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(TestPlans.content(plan, false).sectionTitles(), headings);
            assertTrue(document.getStyles().styleExist("Heading2"));
            assertTrue(document.getTables().size() >= 8, "tables for SWOT/TOWS, objectives, 7Ps, BMC, budget, KPI...");
            assertTrue(document.getFooterList().get(0).getText().contains("Page"));
            // Profitability after margin, by month: January as computed by hand in TestPlans.
            org.apache.poi.xwpf.usermodel.XWPFTable profitability = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Month") && t.getRow(0).getTableCells().size() == 8)
                    .findFirst().orElseThrow();
            // Whole figures under headers that name the currency, so no amount wraps.
            assertEquals(List.of("Month", "Revenue (EUR)", "Returns (EUR)", "Gross profit (EUR)", "Fulfilment (EUR)", "Marketing (EUR)",
                    "Contribution (EUR)", "Cumulative (EUR)"), profitability.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(List.of("January 2027", "54,000", "4,320", "19,872", "6,000", "17,000", "-3,128", "-3,128"),
                    profitability.getRow(1).getTableCells().stream().map(c -> c.getText()).toList());
        }
        try (ZipFile zip = new ZipFile(out.resolve("plan.docx").toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(body.contains("TOC \\o"), "a table of contents field");
            assertFalse(body.contains("<script"), "markup from the plan stays text");
            assertTrue(Normalizer.isNormalized(body, Normalizer.Form.NFC));
            String footer = new String(zip.getInputStream(zip.getEntry("word/footer1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(footer.contains("PAGE"), footer);
        }
    }

    @Test
    void libreOfficeLaysItOutWithEveryHeadingAndScript() throws Exception {
        Path docx = generate(TestPlans.full("en"), false);
        Path rendered = Path.of("target", "rendered").toAbsolutePath();
        Path copy = rendered.resolve("plan-docx-en.docx");
        Files.createDirectories(rendered);
        Files.copy(docx, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LibreOffice.convert(copy, "pdf", rendered);
        Path pdf = rendered.resolve("plan-docx-en.pdf");
        String text = Normalizer.normalize(ExternalTool.run(List.of("pdftotext", pdf.toString(), "-")), Normalizer.Form.NFC);
        for (String heading : List.of("Contents", "Plan overview", "Opportunity", "Strategy", "Action", "Operations",
                "Customer journey", "SWOT and TOWS matrix", "Marketing mix (7Ps)", "Business Model Canvas", "KPI dashboard",
                "90-day plan")) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains(TestPlans.VIETNAMESE), "Vietnamese");
        assertTrue(text.contains(TestPlans.RUSSIAN), "Russian");
        assertTrue(text.contains("Page 2 of"), "page numbers");
        TestPlans.assertFullPlanProfitability(text, true);
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(),
                rendered.resolve("plan-docx-en").toString()));
    }

    @Test
    void anArabicPlanIsRightToLeft() throws Exception {
        MarketingPlan plan = TestPlans.full("ar");
        Path docx = generate(plan, false);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(body.contains("<w:bidi/>"), "paragraphs right to left");
            assertTrue(body.contains("<w:rtl/>"), "runs right to left");
            assertTrue(body.contains("w:cs=\"Noto Sans Arabic\""), "complex-script font");
            assertTrue(body.contains("<w:bidiVisual/>"), "tables right to left");
        }
        Path rendered = Path.of("target", "rendered").toAbsolutePath();
        Path copy = rendered.resolve("plan-docx-ar.docx");
        Files.createDirectories(rendered);
        Files.copy(docx, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LibreOffice.convert(copy, "pdf", rendered);
        Path pdf = rendered.resolve("plan-docx-ar.pdf");
        String text = ExternalTool.run(List.of("pdftotext", pdf.toString(), "-"));
        assertTrue(text.contains("ليلى") || text.contains("حسن"), "Arabic text in the PDF");
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", pdf.toString(),
                rendered.resolve("plan-docx-ar").toString()));
    }

    @Test
    void theSummaryIsShort() throws Exception {
        int summaryText;
        int fullText;
        try (InputStream in = Files.newInputStream(generate(TestPlans.full("en"), true));
                XWPFDocument document = new XWPFDocument(in)) {
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().contains("Executive summary")));
            summaryText = textLength(document);
        }
        try (InputStream in = Files.newInputStream(generate(TestPlans.full("en"), false));
                XWPFDocument document = new XWPFDocument(in)) {
            fullText = textLength(document);
        }
        // Short: the text of its paragraphs and tables is a fraction of the full document's.
        assertTrue(summaryText > 0 && summaryText * 3 < fullText, summaryText + " vs " + fullText + " characters");
    }

    private static int textLength(XWPFDocument document) {
        int length = 0;
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            length += paragraph.getText().strip().length();
        }
        for (org.apache.poi.xwpf.usermodel.XWPFTable table : document.getTables()) {
            length += table.getText().strip().length();
        }
        return length;
    }
}
