package org.tactician.generators.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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
import org.tactician.i18n.PlanTerms;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.layout.DiagramLayout;
import org.tactician.layout.LayoutFile;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MediaType;
import org.tactician.model.Persona;
import org.tactician.model.TacticianFactory;
import org.tactician.model.Touchpoint;

/**
 * The journey figure on paper: every word on the plan PDF's journey pages (its landscape pages)
 * at least 7 pt, measured with poppler's pdftotext (a word's box is its font's ascent and descent,
 * the same share of the size for every word of the document's font: that share is measured on a
 * one-line PDF of known size, made with the same renderer and font), a journey too wide or tall for one page
 * cut into pages with their stage headers, and the diagram's persona lanes when it has them.
 * The PDFs stay under target/rendered/ for a human to look at.
 */
class JourneyOnPaperTest {

    /** Smallest text on paper, in pt. */
    static final double FLOOR = 7.0;
    /** The size of the yardstick line. */
    static final double YARDSTICK_PT = 20.0;
    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    @TempDir
    Path temp;

    private record Word(String text, double height, double x, double y, double width) {
    }

    /** The words of each landscape page (the journey's), with their heights in pt. */
    private static List<List<Word>> journeyPages(Path pdf) throws Exception {
        String xml = ExternalTool.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"), Duration.ofMinutes(2));
        List<List<Word>> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(xml);
        while (page.find()) {
            if (Double.parseDouble(page.group(1)) <= Double.parseDouble(page.group(2))) {
                continue;
            }
            List<Word> words = new ArrayList<>();
            Matcher word = WORD.matcher(page.group(3));
            while (word.find()) {
                words.add(new Word(word.group(5), Double.parseDouble(word.group(4)) - Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(1)), Double.parseDouble(word.group(2)),
                        Double.parseDouble(word.group(3)) - Double.parseDouble(word.group(1))));
            }
            pages.add(words);
        }
        return pages;
    }

    /** Draws the journey of {@code plan} in persona lanes, as the diagram's side file says. */
    private static void lanesOn(MarketingPlan plan) throws Exception {
        DiagramLayout layout = new DiagramLayout();
        new ChangeLayoutCommand(layout, "lanes").putSetting("journey", "lanes", "personas").execute();
        LayoutFile.write(Path.of(plan.eResource().getURI().toFileString()), layout, id -> true, false);
    }

    /** The name a piece gives a lane: its persona's, or the plan's words for touchpoints without one. */
    private static String laneName(JourneyDiagram.LaneLabel lane, PlanTerms terms) {
        return lane.persona() == null ? terms.text("figure.journey.noPersona") : lane.persona().getName();
    }

    /**
     * Every piece names, whole, the lane of each of its boxes (its first persona's, or the lane of
     * those without): the figure says so, and pdftotext finds each of its lane names whole, its words
     * in order, on the piece's page.
     */
    private static void assertLanesNamedWhole(JourneyFigure figure, List<List<Word>> pages, PlanTerms terms) {
        assertEquals(figure.pages().size(), pages.size(), "a landscape page per piece");
        boolean rightToLeft = terms.isRightToLeft();
        for (int i = 0; i < pages.size(); i++) {
            JourneyDiagram piece = figure.pages().get(i);
            java.util.Set<String> named = new java.util.HashSet<>();
            piece.lanes().forEach(l -> named.add(laneName(l, terms)));
            for (JourneyDiagram.Node node : piece.nodes()) {
                List<Persona> personas = node.touchpoint().getPersonas();
                String lane = personas.isEmpty() ? terms.text("figure.journey.noPersona") : personas.get(0).getName();
                assertTrue(named.contains(lane), "piece " + (i + 1) + " names the lane of " + node.touchpoint().getName()
                        + " (" + lane + "): " + named);
            }
            // each label has room for its whole name in the bundled fonts at the labels' 7.5 pt (10 px), inside the piece
            for (JourneyDiagram.LaneLabel label : piece.lanes()) {
                String name = laneName(label, terms);
                java.awt.Font font = org.tactician.fonts.Java2DFonts.font(org.tactician.fonts.Java2DFonts.familyFor(List.of(name)), true,
                        10f);
                double width = font.getStringBounds(name, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
                double left = rightToLeft ? label.x() - label.width() : label.x();
                assertTrue(label.width() >= width && left >= 0 && left + label.width() <= piece.width() + 0.5,
                        "piece " + (i + 1) + ": '" + name + "' (" + width + " px) in " + label + " of a piece " + piece.width() + " wide");
            }
            for (String name : named) {
                assertTrue(onOneLine(pages.get(i), name, rightToLeft),
                        "page " + (i + 1) + " has the lane name '" + name + "' whole, on one line: " + pages.get(i));
            }
        }
    }

    /**
     * Whether {@code name} is written whole on one line of the page: its words, in reading order,
     * among the words pdftotext finds at one height (other text there, a stage's clipped third line
     * say, may come between them in the text layer). The bidi isolates the document puts around
     * text are left out (pdftotext makes words of them), and Arabic's presentation forms, which
     * pdftotext gives, are read as the letters they are (its yeh the font's Farsi one, the same letter here).
     */
    private static boolean onOneLine(List<Word> words, String name, boolean rightToLeft) {
        String wanted = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        java.util.Map<Long, List<Word>> lines = new java.util.TreeMap<>();
        for (Word word : words) {
            lines.computeIfAbsent(Math.round(word.y() * 2), k -> new ArrayList<>()).add(word);
        }
        for (List<Word> line : lines.values()) {
            line.sort(java.util.Comparator.comparingDouble(w -> rightToLeft ? -w.x() : w.x()));
            for (int start = 0; start < line.size(); start++) {
                int at = 0;
                for (int k = start; k < line.size() && at < wanted.length(); k++) {
                    String text = java.text.Normalizer.normalize(line.get(k).text(), java.text.Normalizer.Form.NFKC)
                            .replaceAll("[\u2066-\u2069\u200e\u200f]", "").replace('\u06cc', '\u064a');
                    if (rightToLeft) {
                        // pdftotext writes a right-to-left word's letters as drawn, left to right
                        text = new StringBuilder(text).reverse().toString();
                    }
                    if (!text.isEmpty() && wanted.startsWith(text, at)) {
                        at += text.length();
                    }
                }
                if (at == wanted.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path pdf(MarketingPlan plan, Path out) throws Exception {
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.PDF), false,
                GenerationProgress.NONE);
        return out.resolve("plan.pdf");
    }

    private static void render(Path pdf, int firstPage, int lastPage, String name) throws Exception {
        Path folder = Path.of("target", "rendered").toAbsolutePath();
        Files.createDirectories(folder);
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(firstPage), "-l", String.valueOf(lastPage),
                pdf.toString(), folder.resolve(name).toString()));
    }

    /** How tall pdftotext makes a word of the document's font per point of its size. */
    private double perPoint() throws Exception {
        String family = org.tactician.fonts.DocumentFonts.faces().get(0).family();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>@page { size: A4; } body { font-family: '"
                + family + "'; font-size: " + YARDSTICK_PT + "pt; }</style></head><body><p>Yardstick</p></body></html>";
        Path pdf = temp.resolve("yardstick.pdf");
        try (java.io.OutputStream out = Files.newOutputStream(pdf)) {
            org.tactician.generators.document.PlanPdf.renderXhtml(xhtml, out);
        }
        String xml = ExternalTool.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
        Matcher word = WORD.matcher(xml);
        assertTrue(word.find() && word.group(5).equals("Yardstick"), xml);
        return (Double.parseDouble(word.group(4)) - Double.parseDouble(word.group(2))) / YARDSTICK_PT;
    }

    private void assertReadable(List<List<Word>> pages) throws Exception {
        assertTrue(!pages.isEmpty(), "the journey has its landscape pages");
        double perPoint = perPoint();
        assertTrue(perPoint > 0.9 && perPoint < 2, "a word's box is about its size: " + perPoint);
        for (List<Word> words : pages) {
            assertTrue(words.size() > 10, "text on every journey page");
            for (Word word : words) {
                double size = word.height() / perPoint;
                assertTrue(size >= FLOOR - 0.02, "'" + word.text() + "' is " + size + " pt");
            }
        }
    }

    private static int firstLandscapePage(Path pdf) throws Exception {
        String xml = ExternalTool.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"), Duration.ofMinutes(2));
        Matcher page = PAGE.matcher(xml);
        for (int number = 1; page.find(); number++) {
            if (Double.parseDouble(page.group(1)) > Double.parseDouble(page.group(2))) {
                return number;
            }
        }
        return -1;
    }

    @Test
    void theFurnitureJourneyIsReadableOnPaperInLanesToo() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        Path pdf = pdf(plan, Path.of("target", "rendered", "journey-furniture").toAbsolutePath());
        List<List<Word>> pages = journeyPages(pdf);
        assertReadable(pages);
        String all = pages.stream().flatMap(List::stream).map(Word::text).reduce("", (a, b) -> a + " " + b);
        for (JourneyStage stage : plan.getJourneys().get(0).getStages()) {
            assertTrue(all.contains(stage.getName().split(" ")[0]), "stage header " + stage.getName());
        }
        int first = firstLandscapePage(pdf);
        render(pdf, first, first + pages.size() - 1, "journey-furniture");
        // the figure's caption ends its last page (not a page of its own)
        String caption = "From a saved idea to a furnished room";
        assertTrue(pages.get(pages.size() - 1).stream().map(Word::text).anyMatch("furnished"::equals),
                "the caption '" + caption + "' under the figure on its last page");

        // the diagram's persona lanes, stored in the side file, are drawn in the document too
        DiagramLayout layout = new DiagramLayout();
        new ChangeLayoutCommand(layout, "lanes").putSetting("journey", "lanes", "personas").execute();
        Path planFile = Path.of(plan.eResource().getURI().toFileString());
        LayoutFile.write(planFile, layout, id -> true, false);
        Path lanes = pdf(plan, Path.of("target", "rendered", "journey-furniture-lanes").toAbsolutePath());
        List<List<Word>> lanePages = journeyPages(lanes);
        assertReadable(lanePages);
        String laneText = lanePages.stream().flatMap(List::stream).map(Word::text).reduce("", (a, b) -> a + " " + b);
        // the sample's narrow first stages cut no lane name short ("Lena, furnishing her first fla")
        assertTrue(laneText.contains("Lena, furnishing her first flat"), "a lane named after its persona: " + laneText);
        JourneyFigure laneFigure = new JourneyFigure(plan.getJourneys().get(0), 0, PlanTerms.of("en"), JourneyLayout.forPlan(plan));
        assertLanesNamedWhole(laneFigure, journeyPages(lanes), PlanTerms.of("en"));
        int firstLanes = firstLandscapePage(lanes);
        render(lanes, firstLanes, firstLanes + lanePages.size() - 1, "journey-furniture-lanes");
    }

    /** The words of {@code words} inside the box from {@code left} to {@code right}, {@code top} to {@code bottom} (pt), in reading order. */
    private static String wordsIn(List<Word> words, double left, double right, double top, double bottom) {
        List<Word> inside = new ArrayList<>(words.stream().filter(w -> w.x() >= left && w.y() >= top && w.y() + w.height() <= bottom
                && w.x() <= right).toList());
        inside.sort(java.util.Comparator.<Word>comparingLong(w -> Math.round(w.y())).thenComparingDouble(Word::x));
        StringBuilder text = new StringBuilder();
        inside.forEach(w -> text.append(bare(w)));
        return text.toString();
    }

    /** A word's text without the bidi isolates the document puts around text (pdftotext keeps them). */
    private static String bare(Word word) {
        return word.text().replaceAll("[\u2066-\u2069\u200e\u200f]", "");
    }

    /**
     * Stage names longer than their narrow print columns are printed whole, wrapped onto more lines
     * of their header (the row of headers as tall as the longest needs), not clipped after the
     * first: pdftotext finds each stage's RACE stage and every word of its name, in order, inside
     * that stage's header on the page, and every word at 7 pt at least.
     */
    @Test
    void longStageNamesInNarrowColumnsArePrintedWhole() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        String[] names = {"Plan: listen first to what shoppers really ask", "Discover the brand through inspiring boards",
            "Research and plan the whole living room", "Buy online or in the showroom", "Live with it and come back"};
        for (int i = 0; i < names.length; i++) {
            journey.getStages().get(i).setName(names[i]);
        }
        PlanTerms terms = PlanTerms.of("en");
        JourneyFigure figure = new JourneyFigure(journey, 0, terms, JourneyLayout.forPlan(plan));
        Path pdf = pdf(plan, Path.of("target", "rendered", "journey-long-stage-names").toAbsolutePath());
        List<List<Word>> pages = journeyPages(pdf);
        assertEquals(figure.pages().size(), pages.size(), "a landscape page per piece");
        assertReadable(pages);
        int wrapped = 0;
        for (int i = 0; i < pages.size(); i++) {
            JourneyDiagram piece = figure.pages().get(i);
            List<Word> words = pages.get(i);
            // the figure's left and top on the page: where the first stage's RACE word is, less its label's place
            JourneyDiagram.StageLabel first = piece.stages().get(0);
            String firstRace = org.tactician.generators.internal.Text.value(first.stage(), "raceStage", terms);
            Word race = words.stream().filter(w -> bare(w).equals(firstRace)).min(java.util.Comparator.comparingDouble(Word::y))
                    .orElseThrow(() -> new AssertionError("page " + pages.indexOf(words) + " has " + firstRace + ": " + words));
            double top = race.y() - 3;
            double figureLeft = race.x() + race.width() / 2 - (first.x() + first.width() / 2) * JourneyFigure.PT_PER_PX;
            for (JourneyDiagram.StageLabel stage : piece.stages()) {
                double left = figureLeft + stage.x() * JourneyFigure.PT_PER_PX - 1;
                double right = left + stage.width() * JourneyFigure.PT_PER_PX + 2;
                // (a word's box is taller than its line: the last line's may reach a little below the label)
                double bottom = race.y() + stage.height() * JourneyFigure.PT_PER_PX + 3;
                String expected = (org.tactician.generators.internal.Text.value(stage.stage(), "raceStage", terms)
                        + stage.stage().getName()).replaceAll("\\s+", "");
                assertEquals(expected, wordsIn(words, left, right, top, bottom),
                        "page " + (i + 1) + ": the header of '" + stage.stage().getName() + "' (" + stage.width() + " px wide)");
                if (stage.stage().getName().length() * 5.5 > stage.width()) {
                    wrapped++;
                }
            }
        }
        assertTrue(wrapped >= 2, "several names longer than their columns: " + wrapped);
        int first = firstLandscapePage(pdf);
        render(pdf, first, first + pages.size() - 1, "journey-long-stage-names");

        // the Word file's pictures draw the same lines (LibreOffice lays it out, to look at)
        Path out = Path.of("target", "rendered", "journey-long-stage-names-docx").toAbsolutePath();
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.DOCX), false,
                GenerationProgress.NONE);
        org.tactician.generators.LibreOffice.convert(out.resolve("plan.docx"), "pdf", out);
        int firstWord = firstLandscapePage(out.resolve("plan.pdf"));
        assertTrue(firstWord > 0, "the journey's landscape pages in Word");
        render(out.resolve("plan.pdf"), firstWord, firstWord + pages.size(), "journey-long-stage-names-docx");
    }

    @Test
    void aGenerated200TouchpointJourneyIsCutIntoReadablePages() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        assertTrue(personas.size() >= 3, "the sample's personas");
        grow(journey, personas, 200);
        JourneyFigure figure = new JourneyFigure(journey, 0, PlanTerms.of("en"), JourneyLayout.ELK);
        assertTrue(figure.pages().size() > 1, "cut into pages");
        for (JourneyDiagram page : figure.pages()) {
            assertTrue(page.width() <= JourneyFigure.WIDTH + 0.5 && page.height() <= JourneyFigure.PAGE_HEIGHT + 0.5,
                    page.width() + " x " + page.height());
            assertTrue(page.scale() * 10 >= FLOOR - 1e-9, "box text at " + page.scale() * 10 + " pt");
            assertTrue(!page.stages().isEmpty(), "every page has its stage headers");
        }
        // every touchpoint is on one page, every flow numbered once
        assertEquals(200, figure.pages().stream().mapToLong(p -> p.nodes().size()).sum());
        long drawable = journey.getFlows().stream().filter(f -> f.getSource() != f.getTarget()).count();
        assertEquals(drawable, figure.pages().stream().flatMap(p -> p.edges().stream()).filter(JourneyDiagram.Edge::numbered).count());

        Path pdf = pdf(plan, Path.of("target", "rendered", "journey-200").toAbsolutePath());
        List<List<Word>> pages = journeyPages(pdf);
        assertEquals(figure.pages().size(), pages.size(), "a landscape page per piece");
        assertReadable(pages);
        int first = firstLandscapePage(pdf);
        render(pdf, first, first + 2, "journey-200");
    }

    /**
     * The 200-touchpoint journey in persona lanes (ELK draws it 8,150 × 3,700 px, most of it the
     * flows' channels between the stages): no more pieces than cutting its drawing into a grid of
     * whole pages at the smallest text would give (the pieces pack stages side by side and leave
     * out what a strip of stages does not draw), none of them mostly empty, each naming its lanes
     * whole, no text under 7 pt.
     */
    @Test
    void aGenerated200TouchpointJourneyInLanesIsPrintedOnFewFullPages() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        grow(journey, personas, 200);
        lanesOn(plan);
        JourneyFigure figure = new JourneyFigure(journey, 0, PlanTerms.of("en"), JourneyLayout.forPlan(plan));
        org.tactician.layout.journey.JourneyDrawing drawing = org.tactician.layout.journey.JourneyLayout.of(journey,
                org.tactician.layout.journey.JourneyLayout.Options.defaults().withSwimlanes(true)
                        .withDensity(org.tactician.layout.journey.JourneyLayout.Density.PRINT));
        // a page holds 1000 × 555 px less the stage headers' 28 px (and a lane name's band of 15), at 0.7
        double smallest = FLOOR / 10;
        long grid = (long) (Math.ceil(drawing.width() * smallest / JourneyFigure.WIDTH)
                * Math.ceil(drawing.height() * smallest / (JourneyFigure.PAGE_HEIGHT - 28 - 15)));
        int pieces = figure.pages().size();
        assertTrue(pieces > 1 && pieces <= grid, pieces + " pieces, a grid of whole pages would be " + grid);
        for (JourneyDiagram piece : figure.pages()) {
            assertTrue(piece.width() <= JourneyFigure.WIDTH + 0.5 && piece.height() <= JourneyFigure.PAGE_HEIGHT + 0.5,
                    piece.width() + " x " + piece.height());
            assertTrue(piece.width() * piece.height() >= 0.5 * JourneyFigure.WIDTH * JourneyFigure.PAGE_HEIGHT,
                    "a piece fills half its page at least: " + piece.width() + " x " + piece.height());
            assertTrue(piece.scale() * 10 >= FLOOR - 1e-9, "box text at " + piece.scale() * 10 + " pt");
            assertTrue(piece.nodes().size() + piece.edges().stream().filter(JourneyDiagram.Edge::numbered).count() > 0,
                    "something of the journey's own on every piece");
        }
        assertEquals(200, figure.pages().stream().mapToLong(p -> p.nodes().size()).sum());

        Path pdf = pdf(plan, Path.of("target", "rendered", "journey-200-lanes").toAbsolutePath());
        List<List<Word>> pages = journeyPages(pdf);
        assertEquals(pieces, pages.size(), "a landscape page per piece");
        assertReadable(pages);
        assertLanesNamedWhole(figure, journeyPages(pdf), PlanTerms.of("en"));
        int first = firstLandscapePage(pdf);
        render(pdf, first, first + 3, "journey-200-lanes");
    }

    /** Lane names in Russian and Arabic (right to left, the first stage on the right) are printed whole too. */
    @Test
    void laneNamesInRussianAndArabicArePrintedWhole() throws Exception {
        MarketingPlan russian = TestPlans.furniture(temp);
        russian.setLanguage("ru");
        CustomerJourney journey = russian.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        String[] names = {"Лена, обставляет свою первую квартиру", "Катрин и Том, семья, которая обновляет дом",
            "Нгуен Тхи Май, ценит дизайн", "Джулия, обустраивает домашний офис в Милане",
            "Жоау, владелец дома для отпуска в Алгарве", "Ренате, возвращается за новыми вещами"};
        for (int i = 0; i < personas.size(); i++) {
            personas.get(i).setName(names[i % names.length]);
        }
        grow(journey, personas, 60);
        lanesOn(russian);
        Path ruPdf = pdf(russian, Path.of("target", "rendered", "journey-lanes-ru").toAbsolutePath());
        List<List<Word>> ruPages = journeyPages(ruPdf);
        assertReadable(ruPages);
        assertLanesNamedWhole(new JourneyFigure(journey, 0, PlanTerms.of("ru"), JourneyLayout.forPlan(russian)), journeyPages(ruPdf),
                PlanTerms.of("ru"));
        int first = firstLandscapePage(ruPdf);
        render(ruPdf, first, first + 1, "journey-lanes-ru");

        Path arabicFolder = Files.createDirectories(temp.resolve("ar"));
        MarketingPlan arabic = TestPlans.sample(org.tactician.samples.SamplePlans.ARABIC, arabicFolder);
        lanesOn(arabic);
        Path arPdf = pdf(arabic, Path.of("target", "rendered", "journey-lanes-ar").toAbsolutePath());
        List<List<Word>> arTexts = journeyPages(arPdf);
        assertTrue(!arTexts.isEmpty(), "the Arabic journey's landscape pages");
        PlanTerms ar = PlanTerms.of("ar");
        JourneyFigure arFigure = new JourneyFigure(arabic.getJourneys().get(0), 0, ar, JourneyLayout.forPlan(arabic));
        assertTrue(arFigure.pages().stream().allMatch(p -> !p.lanes().isEmpty()), "lane names on every piece");
        assertLanesNamedWhole(arFigure, arTexts, ar);
        int arFirst = firstLandscapePage(arPdf);
        render(arPdf, arFirst, arFirst + arTexts.size() - 1, "journey-lanes-ar");
    }

    @Test
    void aBigJourneyInWordIsCutIntoPagesLikeThePdf() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        grow(journey, personas, 200);
        DiagramLayout layout = new DiagramLayout();
        new ChangeLayoutCommand(layout, "lanes").putSetting("journey", "lanes", "personas").execute();
        LayoutFile.write(Path.of(plan.eResource().getURI().toFileString()), layout, id -> true, false);
        JourneyFigure figure = new JourneyFigure(journey, 0, PlanTerms.of("en"), JourneyLayout.forPlan(plan));
        int pieces = figure.pages().size();
        assertTrue(pieces > 1, "cut into pages");

        Path out = Path.of("target", "rendered", "journey-200-docx").toAbsolutePath();
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.DOCX), false,
                GenerationProgress.NONE);
        // LibreOffice lays the Word file out: the journey's landscape pages, between portrait ones
        org.tactician.generators.LibreOffice.convert(out.resolve("plan.docx"), "pdf", out);
        Path pdf = out.resolve("plan.pdf");
        String xml = ExternalTool.run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"), Duration.ofMinutes(2));
        List<Boolean> landscape = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher page = PAGE.matcher(xml);
        while (page.find()) {
            landscape.add(Double.parseDouble(page.group(1)) > Double.parseDouble(page.group(2)));
            StringBuilder words = new StringBuilder();
            Matcher word = WORD.matcher(page.group(3));
            while (word.find()) {
                words.append(word.group(5)).append(' ');
            }
            texts.add(words.toString());
        }
        int first = landscape.indexOf(true);
        assertTrue(first > 0, "portrait pages first: " + landscape);
        assertEquals(pieces, landscape.stream().filter(b -> b).count(), "a landscape page per piece: " + landscape);
        assertTrue(landscape.subList(first, first + pieces).stream().allMatch(b -> b), "the pieces one after the other");
        assertTrue(!landscape.get(first + pieces), "the document goes on in portrait");
        String partOne = PlanTerms.of("en").format("figure.journey.part", 1, pieces);
        assertTrue(texts.get(first).contains(partOne.split(" ")[0]), "the part line above the picture: " + texts.get(first));
        // each piece one picture drawn at 2 px per pt (144 ppi): printed at its size, not shrunk, so its
        // text is as big as the PDF's (never below 7 pt, checked above on the figure's pages)
        for (int number = first + 1; number <= first + pieces; number++) {
            String list = ExternalTool.run(List.of("pdfimages", "-list", "-f", String.valueOf(number), "-l", String.valueOf(number),
                    pdf.toString()));
            List<String> rows = list.lines().skip(2).filter(l -> !l.isBlank()).toList();
            assertEquals(1, rows.size(), "one picture on page " + number + ":\n" + list);
            String[] columns = rows.get(0).trim().split("\\s+");
            double ppi = Double.parseDouble(columns[12]);
            assertTrue(ppi <= 145 && ppi >= 130, "page " + number + ": the picture at " + ppi + " ppi");
        }
        for (JourneyDiagram piece : figure.pages()) {
            assertTrue(piece.scale() * 10 >= FLOOR - 1e-9, "box text at " + piece.scale() * 10 + " pt");
            assertTrue(!piece.stages().isEmpty() && !piece.lanes().isEmpty(), "stage headers and lane names on every piece");
        }
        render(pdf, first + 1, first + pieces, "journey-200-docx");
    }

    @Test
    void aBigJourneysSvgIsDrawnAtFullSizeWithItsLaneNamesRepeated() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        List<Persona> personas = journey.getStages().stream().flatMap(st -> st.getTouchpoints().stream())
                .flatMap(t -> t.getPersonas().stream()).distinct().toList();
        grow(journey, personas, 200);
        DiagramLayout layout = new DiagramLayout();
        new ChangeLayoutCommand(layout, "lanes").putSetting("journey", "lanes", "personas").execute();
        LayoutFile.write(Path.of(plan.eResource().getURI().toFileString()), layout, id -> true, false);
        Path out = Path.of("target", "rendered", "journey-200-svg").toAbsolutePath();
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.SVG), false,
                GenerationProgress.NONE);
        String svg = Files.readString(out.resolve("journey.svg"));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Element root = factory.newDocumentBuilder().parse(out.resolve("journey.svg").toFile()).getDocumentElement();
        double width = Double.parseDouble(root.getAttribute("width"));
        // at full size: wider than a page (the picture of the documents is fitted to one), boxes' text at 13 px
        assertTrue(width > JourneyFigure.WIDTH * 1.5, "drawn at full size, not fitted to a page: " + width);
        assertTrue(svg.contains("font-size=\"13") || svg.contains("font-size:13") || svg.contains("13px"),
                "touchpoint names at full size (13 px)");
        // each lane's name where it starts and again at each further stage's column
        org.w3c.dom.NodeList texts = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        int stages = journey.getStages().size();
        for (Persona persona : personas) {
            int count = 0;
            for (int i = 0; i < texts.getLength(); i++) {
                String text = texts.item(i).getTextContent().strip();
                // the whole name, or its start and an ellipsis where a column is narrower
                if (persona.getName().equals(text)
                        || text.endsWith("\u2026") && text.length() > 4 && persona.getName().startsWith(text.substring(0, text.length() - 1))) {
                    count++;
                }
            }
            assertEquals(stages, count, "the lane of " + persona.getName() + " named at each stage's column");
        }
    }

    /** Grows {@code journey} to {@code size} touchpoints over its stages, with flows on, branches and loops back. */
    static void grow(CustomerJourney journey, List<Persona> personas, int size) {
        TacticianFactory factory = TacticianFactory.eINSTANCE;
        Random random = new Random(7);
        List<JourneyStage> stages = journey.getStages();
        int existing = stages.stream().mapToInt(s -> s.getTouchpoints().size()).sum();
        List<List<Touchpoint>> byStage = new ArrayList<>();
        stages.forEach(s -> byStage.add(new ArrayList<>(s.getTouchpoints())));
        for (int i = existing; i < size; i++) {
            int s = random.nextInt(stages.size());
            Touchpoint touchpoint = factory.createTouchpoint();
            touchpoint.setId("gen-tp-" + i);
            touchpoint.setName(i % 6 == 0 ? "A longer touchpoint name that wraps, number " + i : "Touchpoint " + i);
            touchpoint.setMediaType(MediaType.values()[random.nextInt(3)]);
            if (!personas.isEmpty() && random.nextInt(3) > 0) {
                touchpoint.getPersonas().add(personas.get(random.nextInt(personas.size())));
            }
            stages.get(s).getTouchpoints().add(touchpoint);
            byStage.get(s).add(touchpoint);
        }
        int flows = 0;
        for (int s = 0; s < stages.size(); s++) {
            for (Touchpoint source : byStage.get(s)) {
                if (!source.getId().startsWith("gen-")) {
                    continue;
                }
                int onward = Math.min(stages.size() - 1, s + 1);
                flow(journey, "gen-flow-" + flows++, source, byStage.get(onward).get(random.nextInt(byStage.get(onward).size())));
                if (s > 1 && random.nextInt(8) == 0) {
                    List<Touchpoint> back = byStage.get(random.nextInt(s));
                    flow(journey, "gen-flow-" + flows++, source, back.get(random.nextInt(back.size())));
                }
            }
        }
    }

    private static void flow(CustomerJourney journey, String id, Touchpoint source, Touchpoint target) {
        if (source == target) {
            return;
        }
        JourneyFlow flow = TacticianFactory.eINSTANCE.createJourneyFlow();
        flow.setId(id);
        flow.setName("Goes on " + id.substring(id.lastIndexOf('-') + 1));
        flow.setSource(source);
        flow.setTarget(target);
        journey.getFlows().add(flow);
    }
}
