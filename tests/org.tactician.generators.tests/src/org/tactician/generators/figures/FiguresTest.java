package org.tactician.generators.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.CustomerJourney;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Touchpoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The figures as markup (parsed as XML) and as drawn in the PDF (text by pdftotext, pixels by pdftoppm). */
class FiguresTest {

    @TempDir
    Path temp;

    private static Document parse(String fragment) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<root>" + fragment + "</root>").getBytes(StandardCharsets.UTF_8)));
    }

    private static String cell(Document dom, String tag, String css) {
        NodeList cells = dom.getElementsByTagName(tag);
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if ((" " + cell.getAttribute("class") + " ").contains(" " + css + " ")) {
                return cell.getTextContent();
            }
        }
        throw new AssertionError("no " + tag + "." + css);
    }

    @Test
    void theTowsMatrixPutsEachItemAndStrategyInItsCell() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        Document dom = parse(new TowsFigure(plan.getOpportunity().getSwot(), PlanTerms.of("en"), "#2a5d8f").html());
        assertEquals(9, dom.getElementsByTagName("th").getLength() + dom.getElementsByTagName("td").getLength());
        assertTrue(cell(dom, "td", "so").contains("Automatic bidding with templates"));
        assertTrue(cell(dom, "td", "wt").contains("Own a niche"));
        assertFalse(cell(dom, "td", "wo").contains("Own a niche"));
        NodeList headers = dom.getElementsByTagName("th");
        assertTrue(headers.item(1).getTextContent().contains("Wide catalogue"), "strengths across the top");
        assertTrue(headers.item(4).getTextContent().contains("Marketplace price pressure"), "threats down the side");
    }

    @Test
    void theTowsMatrixNumbersTheFactorsWithTheLanguagesCodesAsTheDiagramDoes() throws Exception {
        MarketingPlan plan = TestPlans.full("pt");
        org.tactician.model.SwotAnalysis swot = plan.getOpportunity().getSwot();
        Document dom = parse(new TowsFigure(swot, PlanTerms.of("pt"), "#2a5d8f").html());
        NodeList headers = dom.getElementsByTagName("th");
        String strengths = headers.item(1).getTextContent();
        String weaknesses = headers.item(2).getTextContent();
        assertTrue(strengths.startsWith("For\u00e7as (F)") && strengths.contains("F1 "), strengths);
        assertTrue(weaknesses.contains("Fr1 ") && !weaknesses.contains("W1"), weaknesses);
        org.tactician.model.TowsStrategy combined = swot.getStrategies().stream().filter(t -> !t.getSwotItems().isEmpty())
                .findFirst().orElseThrow();
        String codes = org.tactician.i18n.SwotCodes.of(swot, PlanTerms.of("pt")).of(combined);
        assertTrue(codes.matches("(F|Fr)\\d+( \\+ (F|Fr|O|A)\\d+)*"), codes);
        assertTrue(dom.getDocumentElement().getTextContent().contains(combined.getName() + " (" + codes + ")"),
                "the strategy with the codes it combines, as on the diagram's card");
        // the SVG figure (slides, the PDF) says the same
        String svg = new TowsFigure(swot, PlanTerms.of("pt"), "#2a5d8f").svg();
        assertTrue(svg.contains("Fr1"), "the SVG figure has the codes too");
    }

    @Test
    void theCanvasHasTheNineBlocksInTheClassicLayout() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        Document dom = parse(new CanvasFigure(plan.getStrategy().getBusinessModelCanvas(), PlanTerms.of("en")).html());
        NodeList rows = dom.getElementsByTagName("tr");
        assertEquals(3, rows.getLength());
        assertEquals(5, ((Element) rows.item(0)).getElementsByTagName("td").getLength());
        assertEquals(2, ((Element) rows.item(1)).getElementsByTagName("td").getLength());
        assertEquals(2, ((Element) rows.item(2)).getElementsByTagName("td").getLength());
        assertTrue(cell(dom, "td", "key-partners").contains("Visual social network"));
        assertTrue(cell(dom, "td", "revenue-streams").contains("Online sales"));
        assertTrue(cell(dom, "td", "value-propositions").startsWith("Value propositions"));
    }

    @Test
    void theJourneyHasABoxPerTouchpointAndAnArrowPerFlow() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        CustomerJourney journey = plan.getJourneys().get(0);
        Document dom = parse(journeyHtml(journey, "en"));
        long touchpoints = journey.getStages().stream().mapToLong(s -> s.getTouchpoints().size()).sum();
        assertEquals(touchpoints, count(dom, "div", "tp"));
        long drawable = journey.getFlows().stream().filter(f -> f.getSource() != f.getTarget()).count();
        // cut into pages for print, an arrow from one page to the next is drawn on both; its number on one
        long pieces = count(dom, "div", "journey-page");
        assertTrue(pieces >= 1);
        int arrows = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength();
        assertTrue(arrows >= drawable && arrows <= drawable * pieces, arrows + " arrows for " + drawable + " flows on " + pieces + " pages");
        assertEquals(arrows, dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polygon").getLength(), "an arrowhead each");
        assertEquals(drawable, count(dom, "div", "flow-no"));
        // The sample loops back (a product page sends researchers back to the guides): dashed arrows.
        long loops = journey.getFlows().stream().filter(f -> journey.getStages().indexOf(f.getTarget().eContainer())
                < journey.getStages().indexOf(f.getSource().eContainer())).count();
        assertTrue(loops > 0, "the sample has a flow back to an earlier stage");
        NodeList paths = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        long dashed = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).hasAttribute("stroke-dasharray")) {
                dashed++;
            }
        }
        assertTrue(dashed >= loops && dashed <= loops * pieces, "dashed arrows for the flows back to an earlier stage, no other");
        // Paid, owned and earned boxes get their colours.
        assertTrue(count(dom, "div", "paid") > 0 && count(dom, "div", "owned") > 0 && count(dom, "div", "earned") > 0);
    }

    @Test
    void aRightToLeftJourneyStartsOnTheRight() throws Exception {
        CustomerJourney journey = TestPlans.full("ar").getJourneys().get(0);
        String ltr = journeyHtml(journey, "en");
        String rtl = journeyHtml(journey, "ar");
        assertTrue(left(ltr, "Discover") < left(ltr, "Buy"));
        assertTrue(left(rtl, "Discover") > left(rtl, "Buy"));
    }

    @Test
    void hostileNamesStayText() throws Exception {
        CustomerJourney journey = TestPlans.full("en").getJourneys().get(0);
        journey.getStages().get(0).getTouchpoints().get(0).setName(TestPlans.HOSTILE_MARKUP);
        String html = journeyHtml(journey, "en");
        assertFalse(html.contains("<script"));
        assertTrue(parse(html).getDocumentElement().getTextContent().contains(TestPlans.HOSTILE_MARKUP));
    }

    @Test
    void theSvgDrawerReadsTheFiguresPaths() {
        var path = FigureSvgDrawer.path("M 10 20 C 30 20 40 60 80 60 L 90 70 Z");
        var bounds = path.getBounds2D();
        assertEquals(10, bounds.getMinX(), 0.01);
        assertEquals(90, bounds.getMaxX(), 0.01);
        assertEquals(70, bounds.getMaxY(), 0.01);
        assertEquals(null, FigureSvgDrawer.colour("none", java.awt.Color.BLACK));
        assertEquals(new java.awt.Color(0x3f5f80), FigureSvgDrawer.colour("#3f5f80", null));
        // A malformed path draws what it can instead of failing the document.
        assertEquals(10, FigureSvgDrawer.path("M 10 20 L x").getBounds2D().getMinX(), 0.01);
    }

    @Test
    void theFiguresAreDrawnInThePdf() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        // Kept under target/ for a human to look at.
        Path out = Path.of("target", "rendered", "furniture").toAbsolutePath();
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.PDF), false,
                GenerationProgress.NONE);
        Path pdf = out.resolve("plan.pdf");
        String[] pages = ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).split("\f");
        int journeyPage = lastPageWith(pages, "numbered arrows are the flows below");
        // the journey's pages, cut for print, end with the legend: their text together
        int firstJourneyPage = journeyPage;
        while (firstJourneyPage > 1 && pages[firstJourneyPage - 2].contains("Part ")) {
            firstJourneyPage--;
        }
        String journeyText = String.join(" ", java.util.Arrays.copyOfRange(pages, firstJourneyPage - 1, journeyPage));
        int towsPage = lastPageWith(pages, "TOWS matrix");
        int canvasPage = lastPageWith(pages, "Business Model Canvas");
        CustomerJourney journey = plan.getJourneys().get(0);
        for (Touchpoint touchpoint : journey.getStages().get(0).getTouchpoints()) {
            String firstWord = touchpoint.getName().split(" ")[0];
            assertTrue(journeyText.contains(firstWord), touchpoint.getName());
        }
        // The arrows are drawn: the journey page has pixels of the forward-arrow colour, the TOWS page none.
        assertTrue(arrowPixels(render(pdf, firstJourneyPage, "figure-journey")) > 200, "arrows drawn");
        assertEquals(0, arrowPixels(render(pdf, towsPage, "figure-tows")));
        render(pdf, canvasPage, "figure-canvas");
    }

    private static int lastPageWith(String[] pages, String text) {
        for (int i = pages.length - 1; i >= 0; i--) {
            if (pages[i].replaceAll("[\u2066-\u2069]", "").contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page with " + text);
    }

    private static BufferedImage render(Path pdf, int page, String name) throws Exception {
        Path folder = Path.of("target", "rendered").toAbsolutePath();
        Files.createDirectories(folder);
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "80", "-f", String.valueOf(page), "-l", String.valueOf(page),
                "-singlefile", pdf.toString(), folder.resolve(name).toString()));
        return ImageIO.read(folder.resolve(name + ".png").toFile());
    }

    /** Pixels close to the forward arrows' colour #3f5f80. */
    private static int arrowPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0x3f) < 10 && Math.abs(g - 0x5f) < 10 && Math.abs(b - 0x80) < 10) {
                    count++;
                }
            }
        }
        return count;
    }


    private static long count(Document dom, String tag, String css) {
        NodeList nodes = dom.getElementsByTagName(tag);
        long count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if ((" " + ((Element) nodes.item(i)).getAttribute("class") + " ").contains(" " + css + " ")) {
                count++;
            }
        }
        return count;
    }

    private static String journeyHtml(CustomerJourney journey, String language) {
        return new JourneyFigure(journey, 0, PlanTerms.of(language), JourneyLayout.ELK).html();
    }

    /** The left offset of the stage header holding {@code stageName}. */
    private static double left(String html, String stageName) {
        int at = html.indexOf("<bdi>" + stageName + "</bdi>");
        int style = html.lastIndexOf("left: ", at);
        return Double.parseDouble(html.substring(style + 6, html.indexOf("px", style)));
    }
}
