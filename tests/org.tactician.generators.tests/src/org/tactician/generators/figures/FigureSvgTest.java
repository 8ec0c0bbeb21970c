package org.tactician.generators.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.MarketingPlan;
import org.tactician.samples.SamplePlans;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The figures as standalone SVG documents ({@code --format svg}), parsed back as XML. */
class FigureSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path temp;

    private List<GeneratedArtifact> generate(MarketingPlan plan, Path out, List<String> warnings) throws Exception {
        return new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.SVG), false, GenerationProgress.warningsTo(warnings::add));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of every {@code <text>} of the document, one string per line of text. */
    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Whether {@code name} is in the figure, perhaps wrapped over consecutive lines. */
    private static boolean shows(Document svg, String name) {
        String all = String.join(" ", texts(svg)).replaceAll("\\s+", " ");
        return all.contains(name.replaceAll("\\s+", " "));
    }

    private static void assertStandaloneSvg(Path file) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), file + " starts with the XML declaration");
        Element root = parse(file).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG, root.getNamespaceURI());
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));
        assertTrue(width > 100 && height > 100, file + " has a size: " + width + " x " + height);
        assertEquals("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"), root.getAttribute("viewBox"));
        String fonts = root.getAttribute("font-family");
        assertTrue(fonts.startsWith("'Noto Sans'") && fonts.endsWith(", sans-serif"), fonts);
    }

    @Test
    void theThreeFiguresAreStandaloneSvgWithThePlansNames() throws Exception {
        // Kept for looking at (target/rendered/svg), as the PDF tests keep their pages.
        Path out = Path.of("target", "rendered", "svg").toAbsolutePath();
        List<String> warnings = new ArrayList<>();
        List<GeneratedArtifact> written = generate(TestPlans.full("en"), out, warnings);
        assertEquals(Set.of("tows.svg", "canvas.svg", "journey.svg"),
                Set.copyOf(written.stream().map(a -> a.file().getFileName().toString()).toList()));
        assertEquals(List.of(), warnings);
        for (String name : List.of("tows.svg", "canvas.svg", "journey.svg")) {
            assertStandaloneSvg(out.resolve(name));
        }
        Document tows = parse(out.resolve("tows.svg"));
        assertTrue(shows(tows, "Automatic bidding with templates"), texts(tows).toString());
        assertTrue(shows(tows, "Own a niche"));
        assertTrue(shows(tows, "Wide catalogue"));
        Document canvas = parse(out.resolve("canvas.svg"));
        assertTrue(shows(canvas, "Visual social network"), texts(canvas).toString());
        assertTrue(shows(canvas, "Online sales"));
        Document journey = parse(out.resolve("journey.svg"));
        assertTrue(shows(journey, "Template ad"), texts(journey).toString());
        assertTrue(shows(journey, "Online store"));
        assertTrue(journey.getElementsByTagNameNS(SVG, "path").getLength() > 0, "the flows are drawn");
        assertFalse(Files.readString(out.resolve("tows.svg")).contains("direction=\"rtl\""), "an English plan is left to right");
    }

    /**
     * Found by fuzzing: a SWOT item, TOWS strategy or canvas item without a name (the editor allows
     * it) made the figures' font choice fail, so the Word document and the SVG figures were not
     * written. It is an empty line, as in the HTML; the named ones are drawn as before.
     */
    @Test
    void unnamedItemsAreEmptyLinesNotAFailure() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        String named = plan.getOpportunity().getSwot().getStrategies().get(1).getName();
        plan.getOpportunity().getSwot().getItems().get(0).setName(null);
        plan.getOpportunity().getSwot().getStrategies().get(0).setName(null);
        plan.getStrategy().getBusinessModelCanvas().getItems().get(0).setName(null);
        Path out = temp.resolve("unnamed");
        List<GeneratedArtifact> written = new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan,
                new OutputFolder(out), EnumSet.of(ArtifactFormat.SVG, ArtifactFormat.DOCX), false, GenerationProgress.NONE);
        assertTrue(written.stream().anyMatch(artifact -> artifact.file().getFileName().toString().equals("plan.docx")));
        assertStandaloneSvg(out.resolve("tows.svg"));
        assertStandaloneSvg(out.resolve("canvas.svg"));
        assertTrue(shows(parse(out.resolve("tows.svg")), named), named);
    }

    @Test
    void userTextIsEscapedNotMarkup() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        plan.getOpportunity().getSwot().getStrategies().get(0).setName(TestPlans.HOSTILE_MARKUP);
        Path out = temp.resolve("hostile");
        generate(plan, out, new ArrayList<>());
        Document tows = parse(out.resolve("tows.svg"));
        assertEquals(0, tows.getElementsByTagName("script").getLength());
        assertTrue(shows(tows, TestPlans.HOSTILE_MARKUP), texts(tows).toString());
    }

    @Test
    void anArabicPlansNamesSurviveRightToLeft() throws Exception {
        MarketingPlan plan = TestPlans.sample(SamplePlans.ARABIC, temp);
        Path out = Path.of("target", "rendered", "svg-ar").toAbsolutePath();
        generate(plan, out, new ArrayList<>());
        String strategy = plan.getOpportunity().getSwot().getStrategies().get(0).getName();
        String item = plan.getStrategy().getBusinessModelCanvas().getItems().get(0).getName();
        String touchpoint = plan.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0).getName();
        for (String name : List.of(strategy, item, touchpoint)) {
            assertTrue(name.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
                    "the sample's names are Arabic: " + name);
        }
        Document tows = parse(out.resolve("tows.svg"));
        assertTrue(shows(tows, strategy), strategy + " in " + texts(tows));
        assertEquals("rtl", tows.getDocumentElement().getAttribute("direction"));
        Document canvas = parse(out.resolve("canvas.svg"));
        assertTrue(shows(canvas, item), item + " in " + texts(canvas));
        Document journey = parse(out.resolve("journey.svg"));
        assertTrue(shows(journey, touchpoint), touchpoint + " in " + texts(journey));
    }

    @Test
    void aFigureThePlanLacksIsSkippedWithAWarning() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        plan.getJourneys().clear();
        plan.getStrategy().setBusinessModelCanvas(null);
        Path out = temp.resolve("partial");
        List<String> warnings = new ArrayList<>();
        generate(plan, out, warnings);
        assertTrue(Files.exists(out.resolve("tows.svg")));
        assertFalse(Files.exists(out.resolve("canvas.svg")));
        assertFalse(Files.exists(out.resolve("journey.svg")));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("journey.svg")), warnings.toString());
    }

    @Test
    void thePlansFileNamesAreTheFilesItsRunWrites() throws Exception {
        MarketingPlan plan = TestPlans.full("en");
        plan.getStrategy().setBusinessModelCanvas(null);
        plan.getJourneys().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(plan.getJourneys().get(0)));
        Path out = temp.resolve("named");
        List<GeneratedArtifact> written = new PlanGenerator(Instant.parse("2027-01-01T00:00:00Z")).generate(plan,
                new OutputFolder(out), EnumSet.of(ArtifactFormat.SVG, ArtifactFormat.CSV), false, GenerationProgress.NONE);
        List<String> names = written.stream().map(a -> a.file().getFileName().toString()).toList();
        assertEquals(List.of("calendar-entries.csv", "budget.csv", "tows.svg", "journey.svg", "journey-2.svg"), names);
        assertEquals(names, List.copyOf(PlanGenerator.fileNames(plan, EnumSet.of(ArtifactFormat.SVG, ArtifactFormat.CSV), false)));
        // Without the plan, the names are those of any plan: the three figures.
        assertEquals(Set.of("calendar-entries.csv", "budget.csv", "tows.svg", "canvas.svg", "journey.svg"),
                PlanGenerator.fileNames(EnumSet.of(ArtifactFormat.SVG, ArtifactFormat.CSV), false));
    }

    @Test
    void aRunMakesEachFigureOnceForTheDocumentsAndTheSvgFiles() {
        MarketingPlan plan = TestPlans.full("en");
        org.tactician.generators.content.PlanAnalysis analysis = org.tactician.generators.content.PlanAnalysis.of(plan);
        PlanFigures figures = analysis.figures();
        assertTrue(figures == analysis.figures(), "the analysis keeps its figures");
        List<PlanFigure> inDocument = org.tactician.generators.content.PlanContent.full(analysis).figures().stream()
                .map(org.tactician.generators.content.Block.Figure::figure).toList();
        assertEquals(3, inDocument.size(), inDocument.toString());
        assertTrue(inDocument.get(0) == figures.tows().orElseThrow(), "the document's TOWS matrix is the run's");
        assertTrue(inDocument.get(1) == figures.canvas().orElseThrow(), "the document's canvas is the run's");
        assertTrue(inDocument.get(2) == figures.journey(0), "the document's journey is laid out once");
        assertEquals(1, figures.journeyCount());
    }

    @Test
    void svgIsOnlyWrittenWhenAskedFor() {
        assertFalse(ArtifactFormat.defaults().contains(ArtifactFormat.SVG));
        assertTrue(ArtifactFormat.defaults().containsAll(EnumSet.of(ArtifactFormat.ICS, ArtifactFormat.CSV, ArtifactFormat.HTML,
                ArtifactFormat.PDF, ArtifactFormat.DOCX, ArtifactFormat.XLSX)));
    }
}
