package org.tactician.generators.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.tactician.generators.internal.Text;

/**
 * Writes a Word document with XWPF: real heading styles (so Word's table of contents and
 * navigation pane find the headings), tables, a table-of-contents field, a running header and a
 * footer with page numbers. All user text goes through {@link Text#clean} (NFC, no characters
 * XML forbids). In a right-to-left document every paragraph is marked {@code w:bidi}, every run
 * {@code w:rtl} and tables are laid out right to left; every run names the Latin, the
 * complex-script and (for Chinese, Japanese or Korean text) the East Asian font of its text, so
 * Word and LibreOffice pick Noto Sans Arabic, Hebrew or Thai, Noto Sans (Devanagari), Noto Sans SC, TC, JP or KR.
 */
public final class WordWriter {

    /** The complex-script font of a run with no Hebrew, Thai or Devanagari (Arabic). */
    public static final String COMPLEX_SCRIPT_FONT = "Noto Sans Arabic";

    private final XWPFDocument document = new XWPFDocument();
    private final boolean rightToLeft;
    private final String languageTag;
    private final List<String> headings = new ArrayList<>();
    private final String latinFont;
    private final String headingColour;
    private final String tableHeaderFill;
    private XWPFParagraph contents;
    private int pictures;

    /**
     * A new document; {@code rightToLeft} for plans in Arabic, Hebrew, Persian...
     *
     * @param languageTag the document's font language ({@code DocumentContent.fontLanguageTag}: Chinese
     *        characters in a Japanese plan take Noto Sans JP, in a Traditional Chinese one Noto Sans TC)
     * @param font the font of Latin, Cyrillic, Greek and Vietnamese text (the theme's)
     * @param headingColour the headings' colour, {@code rrggbb}
     * @param tableHeaderFill the table headers' fill, {@code rrggbb}
     */
    public WordWriter(boolean rightToLeft, String languageTag, String font, String headingColour, String tableHeaderFill) {
        this.rightToLeft = rightToLeft;
        this.languageTag = languageTag;
        this.latinFont = font;
        this.headingColour = headingColour;
        this.tableHeaderFill = tableHeaderFill;
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(COMPLEX_SCRIPT_FONT);
        fonts.setEastAsia(font);
        styles.setDefaultFonts(fonts);
        styles.addStyle(headingStyle("Title", "Title", -1, 44));
        for (int level = 1; level <= 4; level++) {
            styles.addStyle(headingStyle("Heading" + level, "heading " + level, level - 1, new int[] {32, 26, 22, 20}[level - 1]));
        }
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz a4 = section.addNewPgSz();
        a4.setW(BigInteger.valueOf(11906));
        a4.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        for (java.util.function.Consumer<BigInteger> side : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop,
                margins::setBottom, margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(1134));
        }
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        if (rightToLeft) {
            section.addNewBidi();
        }
        // Word refreshes the table of contents (page numbers) when it opens the document.
        document.enforceUpdateFields();
    }

    private XWPFStyle headingStyle(String id, String name, int outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 360 : 200));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewBCs();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(headingColour);
        return new XWPFStyle(style);
    }

    /** The level-1 headings written so far, in order. */
    public List<String> headings() {
        return List.copyOf(headings);
    }

    /** A paragraph in the document's direction. */
    public XWPFParagraph paragraph() {
        return direct(document.createParagraph());
    }

    private XWPFParagraph direct(XWPFParagraph paragraph) {
        if (rightToLeft) {
            paragraph.getCTP().addNewPPr().addNewBidi();
        }
        return paragraph;
    }

    /** A run of {@code userText} at the end of {@code paragraph}; {@code bold} for labels. */
    public XWPFRun run(XWPFParagraph paragraph, String userText, boolean bold) {
        XWPFRun run = paragraph.createRun();
        String clean = Text.clean(userText);
        fonts(run, clean);
        String[] lines = clean.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        run.setBold(bold);
        return run;
    }

    private void fonts(XWPFRun run, String text) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.addNewRFonts();
        fonts.setAscii(latinFont);
        fonts.setHAnsi(latinFont);
        fonts.setCs(complexScriptFont(text));
        String eastAsian = eastAsianFont(text, languageTag);
        if (eastAsian != null) {
            fonts.setEastAsia(eastAsian);
            fonts.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
        }
        if (rightToLeft) {
            properties.addNewRtl();
        }
    }

    /** The bundled font Word should use for the complex-script letters of {@code text}. */
    static String complexScriptFont(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.UnicodeScript.of(codePoint)) {
                case HEBREW:
                    return "Noto Sans Hebrew";
                case THAI:
                    return "Noto Sans Thai";
                case DEVANAGARI:
                    return "Noto Sans";
                default:
                    break;
            }
            i += Character.charCount(codePoint);
        }
        return COMPLEX_SCRIPT_FONT;
    }

    /**
     * The bundled East Asian font for {@code text}, or {@code null} when it has no Chinese,
     * Japanese or Korean: Hangul takes Noto Sans KR, kana Noto Sans JP, Chinese characters the
     * face of {@code languageTag} (the document's {@code fontLanguageTag}: Noto Sans TC for
     * Traditional Chinese, SC when it is none of Japanese, Korean and Traditional).
     */
    static String eastAsianFont(String text, String languageTag) {
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.UnicodeScript.of(codePoint)) {
                case HANGUL:
                    return "Noto Sans KR";
                case HIRAGANA, KATAKANA:
                    return "Noto Sans JP";
                case HAN, BOPOMOFO:
                    han = true;
                    break;
                default:
                    break;
            }
            i += Character.charCount(codePoint);
        }
        if (!han) {
            return null;
        }
        return org.tactician.fonts.DocumentFonts.hanFamily(languageTag);
    }

    /** The document title (Title style). */
    public void title(String text) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setStyle("Title");
        run(paragraph, text, false);
    }

    /** A plain paragraph of user text. */
    public void text(String userText) {
        run(paragraph(), userText, false);
    }

    /** The table-of-contents field under {@code title}; its entries are the level-1 headings, filled in by {@link #write}. */
    public void tableOfContents(String title) {
        XWPFParagraph heading = paragraph();
        run(heading, title, true);
        contents = paragraph();
    }

    /** A heading of {@code level} (1–4) in the matching Word heading style. */
    public void heading(int level, String text) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setStyle("Heading" + Math.min(4, level));
        run(paragraph, text, false);
        if (level == 1) {
            headings.add(Text.clean(text));
        }
    }

    /** {@code label: userText}; nothing when the text is blank. */
    public void field(String label, String userText) {
        if (userText == null || userText.isBlank()) {
            return;
        }
        XWPFParagraph paragraph = paragraph();
        run(paragraph, label + ": ", true);
        run(paragraph, userText, false);
    }

    /** A dash for a section without content. */
    public void empty() {
        text("—");
    }

    /** A bulleted list of user text. */
    public void list(List<String> items) {
        for (String item : items) {
            XWPFParagraph paragraph = paragraph();
            paragraph.setIndentationFirstLine(0);
            run(paragraph, "•\u00A0" + Text.clean(item), false);
        }
    }

    /** A paragraph of text in {@code colour} ({@code rrggbb}), bold or not. */
    public void text(String userText, String colour, boolean bold) {
        XWPFRun run = run(paragraph(), userText, bold);
        if (colour != null) {
            run.setColor(colour);
        }
    }

    /**
     * A picture {@code width} × {@code height} points (PNG bytes), centred, with a caption under it;
     * kept on one page with its caption.
     */
    public void picture(byte[] png, double width, double height, String caption) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new java.io.ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    "figure-" + ++pictures + ".png", org.apache.poi.util.Units.toEMU(width), org.apache.poi.util.Units.toEMU(height));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot add a picture to the Word document", e);
        }
        if (caption == null) {
            return;
        }
        XWPFParagraph under = paragraph();
        under.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        XWPFRun text = run(under, caption, false);
        text.setFontSize(8);
        text.setColor("555555");
    }

    /** A small grey line (a figure's part), at the top of a new page when {@code newPage}; kept with what follows. */
    public void note(String userText, boolean newPage) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setPageBreak(newPage);
        paragraph.setKeepNext(true);
        XWPFRun text = run(paragraph, userText, false);
        text.setFontSize(8);
        text.setColor("555555");
    }

    /**
     * What {@code content} writes, on landscape A4 pages whose text is 265 mm wide and 170 mm tall
     * (the PDF's landscape pages): the pages so far end, and after {@code content} the document
     * goes on on portrait pages. Both sections keep the document's header and footer.
     */
    public void landscape(Runnable content) {
        CTSectPr portrait = document.getDocument().getBody().getSectPr();
        sectionEnd((CTSectPr) portrait.copy());
        content.run();
        CTSectPr wide = (CTSectPr) portrait.copy();
        wide.getPgSz().setW(BigInteger.valueOf(16838));
        wide.getPgSz().setH(BigInteger.valueOf(11906));
        wide.getPgSz().setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
        // 16 mm a side: 265 mm of text, as the PDF's landscape pages
        wide.getPgMar().setLeft(BigInteger.valueOf(907));
        wide.getPgMar().setRight(BigInteger.valueOf(907));
        sectionEnd(wide);
    }

    /** A paragraph that ends a section with {@code properties} (Word keeps a section's properties in its last paragraph). */
    private void sectionEnd(CTSectPr properties) {
        XWPFParagraph paragraph = paragraph();
        var ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        ppr.setSectPr(properties);
    }

    /** A table with our column headers (repeated on every page) and rows of user text; a dash when empty. */
    public void table(List<String> headers, List<List<String>> rows) {
        table(headers, rows, false, false);
    }

    /**
     * A table with our column headers (repeated on every page) and rows of user text; a dash when
     * empty. {@code numbers}: the cells after the first are figures, aligned to the end;
     * {@code totalRow}: the last row is bold.
     */
    public void table(List<String> headers, List<List<String>> rows, boolean numbers, boolean totalRow) {
        if (rows.isEmpty()) {
            empty();
            return;
        }
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (rightToLeft) {
            properties.addNewBidiVisual();
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(tableHeaderFill);
            run(cellParagraph(cell), headers.get(c), true);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean bold = totalRow && r == rows.size() - 1;
            XWPFTableRow tableRow = table.getRow(r + 1);
            tableRow.setCantSplitRow(true);
            for (int c = 0; c < headers.size(); c++) {
                String text = c < row.size() ? row.get(c) : "";
                XWPFTableCell cell = tableRow.getCell(c);
                if (Text.isAmount(text)) {
                    // An amount keeps its digits and currency on one line.
                    (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewNoWrap();
                }
                XWPFParagraph paragraph = cellParagraph(cell);
                if (numbers && c > 0) {
                    paragraph.setAlignment(rightToLeft ? org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT
                            : org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
                }
                run(paragraph, text, bold);
            }
        }
        // A paragraph after the table keeps the next table from merging into it.
        paragraph();
    }

    private XWPFParagraph cellParagraph(XWPFTableCell cell) {
        return direct(cell.getParagraphs().get(0));
    }

    /**
     * The running header (the logo, if any, and {@code title}) and the footer: the firm's line and
     * {@code pageOf} ("Page {0} of {1}" in the plan's language, {0} the page, {1} the count).
     */
    public void headerAndFooter(String title, byte[] logoPng, String footerText, String pageOf) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = direct(header.createParagraph());
        if (logoPng != null) {
            try {
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logoPng));
                if (image != null) {
                    double height = 14;
                    double width = height * image.getWidth() / Math.max(1, image.getHeight());
                    top.createRun().addPicture(new java.io.ByteArrayInputStream(logoPng),
                            org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "logo.png",
                            org.apache.poi.util.Units.toEMU(width), org.apache.poi.util.Units.toEMU(height));
                    top.createRun().setText("  ");
                }
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                // A logo that cannot be placed is left out; the theme reported what it could not read.
            }
        }
        run(top, title, false);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        // In the plan's direction: "الصفحة 3 من 9" reads right to left, its numbers in their places.
        XWPFParagraph paragraph = direct(footer.createParagraph());
        paragraph.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        if (footerText != null && !footerText.isBlank()) {
            run(paragraph, footerText + " · ", false);
        }
        int page = pageOf.indexOf("{0}");
        int count = pageOf.indexOf("{1}");
        if (page < 0 || count < 0 || count < page) {
            run(paragraph, pageOf, false);
            return;
        }
        run(paragraph, pageOf.substring(0, page), false);
        simpleField(paragraph, "PAGE", "1");
        run(paragraph, pageOf.substring(page + 3, count), false);
        simpleField(paragraph, "NUMPAGES", "1");
        run(paragraph, pageOf.substring(count + 3), false);
    }

    private static void simpleField(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue(shown);
    }

    /**
     * Writes the document to {@code out} (not closed). The table of contents is a {@code TOC}
     * field over heading levels 1–3 whose shown result lists the level-1 headings, so readers
     * that do not update fields still show the contents.
     */
    public void write(OutputStream out) throws IOException {
        if (contents != null) {
            fieldChar(contents, STFldCharType.BEGIN);
            contents.createRun().getCTR().addNewInstrText().setStringValue("TOC \\o \"1-3\" \\h \\z \\u");
            fieldChar(contents, STFldCharType.SEPARATE);
            for (int i = 0; i < headings.size(); i++) {
                XWPFRun entry = run(contents, headings.get(i), false);
                if (i < headings.size() - 1) {
                    entry.addBreak();
                }
            }
            fieldChar(contents, STFldCharType.END);
        }
        document.write(out);
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    /** Releases the document. */
    public void close() throws IOException {
        document.close();
    }
}
