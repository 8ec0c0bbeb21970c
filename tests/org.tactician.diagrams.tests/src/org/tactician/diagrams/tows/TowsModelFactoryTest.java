package org.tactician.diagrams.tows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.diagrams.PlanFileModelSource;
import org.tactician.diagrams.TestPlans;
import org.tactician.layout.Bounds;
import org.tactician.layout.TextLines;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.layout.DiagramLayout;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.samples.SamplePlans;

/** The TOWS graph of the samples, checked against what the sample files say. */
class TowsModelFactoryTest {

    @TempDir
    Path folder;

    private static Map<String, GModelElement> index(GGraph graph) {
        Map<String, GModelElement> all = new java.util.HashMap<>();
        collect(graph, all);
        return all;
    }

    private static void collect(GModelElement element, Map<String, GModelElement> all) {
        all.put(element.getId(), element);
        element.getChildren().forEach(child -> collect(child, all));
    }

    private static Set<String> childIds(GModelElement parent, String type) {
        return parent.getChildren().stream().filter(c -> c.getType().equals(type)).map(GModelElement::getId)
                .collect(Collectors.toSet());
    }

    @Test
    void everyCellHoldsTheSampleCardsOfItsKind() throws Exception {
        PlanFileModelSource source = TestPlans.furniture(folder);
        GGraph graph = TowsModelFactory.build(TowsModel.swot(source.plan()), new DiagramLayout());
        Map<String, GModelElement> all = index(graph);

        assertEquals(9, graph.getChildren().size(), "corner and eight cells");
        assertEquals(Set.of("sw-s-range", "sw-s-imagery", "sw-s-showroom", "sw-s-list"),
                childIds(all.get("cell:S"), TowsTypes.FACTOR));
        assertEquals(Set.of("sw-w-delivery", "sw-w-data", "sw-w-content", "sw-w-mobile"),
                childIds(all.get("cell:W"), TowsTypes.FACTOR));
        assertEquals(5, childIds(all.get("cell:O"), TowsTypes.FACTOR).size());
        assertEquals(4, childIds(all.get("cell:T"), TowsTypes.FACTOR).size());
        assertEquals(Set.of("tows-so-pinterest", "tows-so-south"), childIds(all.get("cell:SO"), TowsTypes.STRATEGY));
        assertEquals(Set.of("tows-wo-academy", "tows-wo-measurement", "tows-wo-mobile"),
                childIds(all.get("cell:WO"), TowsTypes.STRATEGY));
        assertEquals(Set.of("tows-st-club", "tows-st-advice"), childIds(all.get("cell:ST"), TowsTypes.STRATEGY));
        assertEquals(Set.of("tows-wt-delivery", "tows-wt-consent"), childIds(all.get("cell:WT"), TowsTypes.STRATEGY));
        assertTrue(childIds(all.get("cell:SO"), TowsTypes.FACTOR).isEmpty());
    }

    @Test
    void strategiesShowTheCodesOfWhatTheyCombine() throws Exception {
        PlanFileModelSource source = TestPlans.furniture(folder);
        Map<String, GModelElement> all = index(TowsModelFactory.build(TowsModel.swot(source.plan()), new DiagramLayout()));

        // swotItems="sw-s-imagery sw-o-pinterest-partnership sw-o-visual-discovery": the second strength, the
        // second and the first opportunity of the file's lists.
        GNode pinterest = (GNode) all.get("tows-so-pinterest");
        assertEquals("S2 + O2 + O1", pinterest.getArgs().get("codes"));
        List<String> badges = pinterest.getChildren().stream().filter(c -> c.getType().equals(TowsTypes.BADGE))
                .map(c -> (String) c.getArgs().get("code")).toList();
        assertEquals(List.of("S2", "O2", "O1"), badges);
        assertTrue(all.containsKey("link:tows-so-pinterest:sw-o-visual-discovery"));
        assertEquals("S4", all.get("sw-s-list").getArgs().get("code"));
        assertEquals("T4", all.get("sw-t-signal-loss").getArgs().get("code"));
        assertEquals("supports 2 strategies", ((GLabel) all.get("sw-w-data:support")).getText());
        assertEquals("supports 1 strategy", ((GLabel) all.get("sw-s-list:support")).getText());
        assertEquals("supports no strategy", ((GLabel) all.get("sw-o-baltics:support")).getText());
        assertEquals("Engaged email list", ((GLabel) all.get("sw-s-list:name")).getText());
    }

    @Test
    void theCodesAreTheWorkbenchLanguagesLettersAsInTheCellTitles() throws Exception {
        PlanFileModelSource source = TestPlans.furniture(folder);
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-PT"));
            Map<String, GModelElement> all = index(TowsModelFactory.build(TowsModel.swot(source.plan()), new DiagramLayout()));
            assertEquals("F2 + O2 + O1", ((GNode) all.get("tows-so-pinterest")).getArgs().get("codes"));
            assertEquals("F4", all.get("sw-s-list").getArgs().get("code"));
            assertEquals("A4", all.get("sw-t-signal-loss").getArgs().get("code"));
            assertTrue(TowsCell.W.title().endsWith("(Fr)"), TowsCell.W.title());
            assertTrue(((String) all.get("sw-w-data").getArgs().get("code")).startsWith("Fr"), "weaknesses are Fr, not F");
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ru"));
            all = index(TowsModelFactory.build(TowsModel.swot(source.plan()), new DiagramLayout()));
            assertEquals("\u04212 + \u04122 + \u04121", ((GNode) all.get("tows-so-pinterest")).getArgs().get("codes"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void cardsStayInsideTheirCellAndDoNotOverlap() throws Exception {
        PlanFileModelSource source = TestPlans.furniture(folder);
        GGraph graph = TowsModelFactory.build(TowsModel.swot(source.plan()), new DiagramLayout());
        for (GModelElement cell : graph.getChildren()) {
            GNode cellNode = (GNode) cell;
            List<GNode> cards = cell.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                    .filter(n -> !n.getType().equals(TowsTypes.BADGE)).toList();
            for (GNode card : cards) {
                assertTrue(card.getPosition().getX() >= 0 && card.getPosition().getY() >= 0, card.getId());
                assertTrue(card.getPosition().getX() + card.getSize().getWidth() <= cellNode.getSize().getWidth(), card.getId());
                assertTrue(card.getPosition().getY() + card.getSize().getHeight() <= cellNode.getSize().getHeight(),
                        card.getId());
                for (GNode other : cards) {
                    if (other != card) {
                        assertFalse(overlap(card, other), card.getId() + " overlaps " + other.getId());
                    }
                }
            }
        }
        // The three rows line up: cells of one row share their top and height.
        Function<String, GNode> cell = id -> (GNode) index(graph).get(id);
        assertEquals(cell.apply("cell:O").getPosition().getY(), cell.apply("cell:WO").getPosition().getY());
        assertEquals(cell.apply("cell:T").getSize().getHeight(), cell.apply("cell:WT").getSize().getHeight());
        assertEquals(cell.apply("cell:S").getPosition().getX(), cell.apply("cell:ST").getPosition().getX());
    }

    private static boolean overlap(GNode a, GNode b) {
        return a.getPosition().getX() < b.getPosition().getX() + b.getSize().getWidth()
                && b.getPosition().getX() < a.getPosition().getX() + a.getSize().getWidth()
                && a.getPosition().getY() < b.getPosition().getY() + b.getSize().getHeight()
                && b.getPosition().getY() < a.getPosition().getY() + a.getSize().getHeight();
    }

    @Test
    void storedLayoutPlacesCardsButKeepsThemInsideTheirCell() throws Exception {
        PlanFileModelSource source = TestPlans.furniture(folder);
        DiagramLayout layout = new DiagramLayout();
        new ChangeLayoutCommand(layout, "test").put("tows", "sw-s-range", new Bounds(200, 80, 220, 90))
                .put("tows", "sw-s-list", new Bounds(-50, 10, 2000, 10)).execute();
        Map<String, GModelElement> all = index(TowsModelFactory.build(TowsModel.swot(source.plan()), layout));

        GNode range = (GNode) all.get("sw-s-range");
        assertEquals(200, range.getPosition().getX());
        assertEquals(80, range.getPosition().getY());
        assertEquals(220, range.getSize().getWidth());
        assertEquals(90, range.getSize().getHeight());
        GNode list = (GNode) all.get("sw-s-list");
        assertEquals(12, list.getPosition().getX(), "pulled back inside the cell's padding");
        assertEquals(446, list.getSize().getWidth(), "no wider than the cell less its padding (470 - 2 x 12)");
        assertTrue(list.getPosition().getY() >= 50, "below the cell title");
        assertTrue(list.getSize().getHeight() >= 44, "never smaller than its text");
    }

    @Test
    void aPlanWithoutSwotShowsTheEmptyMatrix() {
        MarketingPlan plan = TacticianFactory.eINSTANCE.createMarketingPlan();
        GGraph graph = TowsModelFactory.build(TowsModel.swot(plan), new DiagramLayout());
        assertEquals(9, graph.getChildren().size());
        for (TowsCell cell : TowsCell.values()) {
            GModelElement node = index(graph).get(cell.elementId());
            assertEquals(2, node.getChildren().size(), "title and hint only in " + cell);
        }
    }

    @Test
    void longAndRightToLeftNamesWrapWithoutLosingText() throws Exception {
        PlanFileModelSource source = TestPlans.open(SamplePlans.ARABIC, folder);
        GGraph graph = TowsModelFactory.build(TowsModel.swot(source.plan()), new DiagramLayout());
        Map<String, GModelElement> all = index(graph);
        for (SwotItem item : TowsModel.swot(source.plan()).getItems()) {
            GLabel name = (GLabel) all.get(item.getId() + ":name");
            assertEquals(item.getName(), name.getText());
            String lines = (String) name.getArgs().get("lines");
            assertEquals(item.getName().replaceAll("\\s+", ""), lines.replaceAll("\\s+", ""), "no character lost");
        }
        List<String> wrapped = TextLines.wrap("Pinterest partnership: automated keyword bidding with ready-made templates",
                150);
        assertTrue(wrapped.size() >= 3, wrapped.toString());
        wrapped.forEach(line -> assertTrue(line.length() * TextLines.CHAR_WIDTH <= 150 + TextLines.CHAR_WIDTH, line));
        assertEquals(List.of("(unnamed)"), TowsArrangement.lines(TacticianFactory.eINSTANCE.createSwotItem(), 200));
    }
}
