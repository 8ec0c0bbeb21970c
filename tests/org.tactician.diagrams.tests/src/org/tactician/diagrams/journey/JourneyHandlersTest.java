package org.tactician.diagrams.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.graph.GPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.diagrams.PlanFileModelSource;
import org.tactician.diagrams.TestPlans;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.layout.DiagramLayout;
import org.tactician.layout.journey.DrawingQuality;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Direction;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.MediaType;
import org.tactician.model.Touchpoint;
import org.tactician.samples.SamplePlans;

/** The journey's model factory and every operation handler against the furniture sample, with undo. */
class JourneyHandlersTest {

    @TempDir
    Path folder;

    private PlanFileModelSource source;
    private PlanDiagram diagram;
    private DiagramLayout layout;
    private JourneyArrangement arrangement;

    @BeforeEach
    void open() throws Exception {
        source = TestPlans.furniture(folder);
        layout = new DiagramLayout();
        diagram = PlanDiagram.of(source, layout, JourneyTypes.DIAGRAM_TYPE);
        arrangement = new JourneyArrangement();
    }

    private CustomerJourney journey() {
        return JourneyModel.journey(source.plan());
    }

    private Touchpoint touchpoint(String id) {
        return JourneyModel.touchpoint(journey(), id).orElseThrow();
    }

    private JourneyFlow flow(String id) {
        return JourneyModel.flow(journey(), id).orElse(null);
    }

    private JourneyDrawing drawing() {
        return arrangement.drawing(journey(), layout);
    }

    private <H extends JourneyOperationHandler<?>> H handler(H handler) {
        handler.on(diagram, arrangement);
        return handler;
    }

    private CreateTouchpointHandler handler(CreateTouchpointHandler handler) {
        return handler.on(diagram, arrangement);
    }

    private CommandStack stack() {
        return source.editingDomain().getCommandStack();
    }

    private void run(Optional<Command> command) {
        assertTrue(command.isPresent(), "the operation makes a command");
        assertTrue(command.get().canExecute());
        stack().execute(command.get());
    }

    private Column column(String stageId) {
        return drawing().columns().stream().filter(c -> stageId.equals(c.stage().getId())).findFirst().orElseThrow();
    }

    private static ChangeBoundsOperation move(String id, double x, double y) {
        ElementAndBounds bounds = new ElementAndBounds();
        bounds.setElementId(id);
        bounds.setNewPosition(GraphUtil.point(x, y));
        return new ChangeBoundsOperation(List.of(bounds));
    }

    private static Map<String, GModelElement> index(GGraph graph) {
        Map<String, GModelElement> all = new java.util.HashMap<>();
        graph.eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement e) {
                all.put(e.getId(), e);
            }
        });
        return all;
    }

    @Test
    void theFactoryDrawsStagesTouchpointsAndFlowsAsElkPlacedThem() {
        JourneyDrawing drawing = drawing();
        assertEquals(List.of(), DrawingQuality.problems(drawing));
        GGraph graph = JourneyModelFactory.build(drawing);
        Map<String, GModelElement> all = index(graph);
        for (JourneyStage stage : journey().getStages()) {
            GNode column = (GNode) all.get(stage.getId());
            assertEquals(JourneyTypes.STAGE, column.getType());
            assertEquals(stage.getName(), ((GLabel) all.get(stage.getId() + ":name")).getText());
        }
        assertEquals(18, graph.getChildren().stream().filter(e -> JourneyTypes.TOUCHPOINT.equals(e.getType())).count());
        assertEquals(journey().getFlows().size(), graph.getChildren().stream().filter(e -> e instanceof GEdge).count());
        GNode showroom = (GNode) all.get("tp-showroom");
        assertTrue(showroom.getCssClasses().containsAll(List.of("owned", "purchase-offline")), showroom.getCssClasses().toString());
        assertTrue(((GNode) all.get("tp-checkout")).getCssClasses().contains("purchase-online"));
        assertTrue(((GNode) all.get("tp-press")).getCssClasses().contains("earned"));
        assertEquals("Owned · " + touchpoint("tp-showroom").getChannel().getName(),
                shownText((GLabel) all.get("tp-showroom:meta")), "media type and channel");
        Box box = drawing.boxesById().get("tp-showroom");
        assertEquals(box.bounds().x(), showroom.getPosition().getX(), 0.001);
        GEdge loop = (GEdge) all.get("fl-club-product");
        assertTrue(loop.getCssClasses().contains("back"), "a loop back to an earlier stage is drawn as one");
        assertTrue(loop.getRoutingPoints().size() >= 2);
        GLabel condition = (GLabel) all.get("fl-product-basket:label");
        assertEquals("Leaves with a full basket [Basket left for more than an hour]", condition.getText());
        assertTrue(((String) condition.getArgs().get("lines")).contains("if Basket left"), "the condition is shown");
    }

    @Test
    void aFlowsConditionIsIntroducedInTheWorkbenchsLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("pt-PT"));
            Map<String, GModelElement> all = index(JourneyModelFactory.build(drawing()));
            GLabel condition = (GLabel) all.get("fl-product-basket:label");
            String lines = (String) condition.getArgs().get("lines");
            assertTrue(lines.contains("se Basket left") && !lines.contains("if "), lines);
            assertEquals(org.tactician.layout.journey.JourneyBoxes.nameLines(flow("fl-product-basket")).size(),
                    ((Number) condition.getArgs().get("nameLines")).intValue(), "where the condition's lines start");
            assertEquals(List.of(), DrawingQuality.problems(drawing()), "its label sized for the Portuguese words");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aTouchpointWithoutMediaTypeIsShownAsNotSet() {
        touchpoint("tp-survey").unsetMediaType();
        Map<String, GModelElement> all = index(JourneyModelFactory.build(drawing()));
        assertTrue(((GNode) all.get("tp-survey")).getCssClasses().contains("unclassified"));
        assertTrue(shownText((GLabel) all.get("tp-survey:meta")).startsWith("Media not set"));
    }

    private static String shownText(GLabel label) {
        return ((String) label.getArgs().get("lines")).replace('\n', ' ');
    }

    @Test
    void aTouchpointIsCreatedInTheStageWhoseColumnWasClicked() {
        Column buy = column("js-convert");
        int before = buy.stage().getTouchpoints().size();
        double x = buy.bounds().centerX();
        run(handler(new CreateTouchpointHandler()).createCommand(
                new CreateNodeOperation(JourneyTypes.newTouchpoint(MediaType.EARNED), GraphUtil.point(x - 40, 900))));
        JourneyStage stage = (JourneyStage) source.plan().eResource().getEObject("js-convert");
        assertEquals(before + 1, stage.getTouchpoints().size());
        Touchpoint created = stage.getTouchpoints().get(before);
        assertEquals(MediaType.EARNED, created.getMediaType());
        assertEquals("New earned touchpoint", created.getName());
        assertTrue(layout.get(JourneyTypes.LAYOUT_NAME, created.getId()).isPresent(), "put where it was clicked");
        assertEquals(List.of(), DrawingQuality.problems(drawing()));
        assertEquals(stage, drawing().boxesById().get(created.getId()).touchpoint().eContainer());
        stack().undo();
        assertEquals(before, stage.getTouchpoints().size());
        assertTrue(layout.get(JourneyTypes.LAYOUT_NAME, created.getId()).isEmpty());
    }

    @Test
    void newTouchpointsAndFlowsAreNamedInThePlansLanguage() throws Exception {
        source.exclusive(() -> {
            source.plan().setLanguage("ar");
            return null;
        });
        Column buy = column("js-convert");
        run(handler(new CreateTouchpointHandler()).createCommand(new CreateNodeOperation(
                JourneyTypes.newTouchpoint(MediaType.PAID), GraphUtil.point(buy.bounds().centerX() - 40, 900))));
        JourneyStage stage = (JourneyStage) source.plan().eResource().getEObject("js-convert");
        Touchpoint created = stage.getTouchpoints().get(stage.getTouchpoints().size() - 1);
        assertEquals("\u0646\u0642\u0637\u0629 \u062a\u0648\u0627\u0635\u0644 \u0645\u062f\u0641\u0648\u0639\u0629 "
                + "\u062c\u062f\u064a\u062f\u0629", created.getName());
        source.exclusive(() -> {
            source.plan().setLanguage("it");
            return null;
        });
        run(handler(new CreateFlowHandler()).createCommand(new CreateEdgeOperation(JourneyTypes.FLOW, "tp-club", "tp-academy")));
        List<org.tactician.model.JourneyFlow> flows = journey().getFlows();
        assertEquals("Passo successivo", flows.get(flows.size() - 1).getName());
    }

    @Test
    void aPlanWithoutJourneyGetsOneWithTheFirstTouchpoint() throws Exception {
        PlanFileModelSource starter = TestPlans.open(SamplePlans.STARTER, folder);
        starter.exclusive(() -> {
            starter.plan().getJourneys().clear();
            return null;
        });
        PlanDiagram empty = PlanDiagram.of(starter, new DiagramLayout(), JourneyTypes.DIAGRAM_TYPE);
        GGraph placeholder = JourneyModelFactory.empty();
        assertEquals(5, placeholder.getChildren().size(), "the five RACE stages to click into");
        CreateTouchpointHandler create = new CreateTouchpointHandler();
        create.on(empty, new JourneyArrangement());
        Command command = create.createCommand(new CreateNodeOperation(JourneyTypes.newTouchpoint(MediaType.PAID),
                GraphUtil.point(JourneyModelFactory.EMPTY_COLUMN_WIDTH * 1.5, 100))).orElseThrow();
        starter.editingDomain().getCommandStack().execute(command);
        CustomerJourney journey = starter.plan().getJourneys().get(0);
        assertEquals(5, journey.getStages().size());
        assertEquals(1, journey.getStages().get(1).getTouchpoints().size(), "in the Reach column clicked");
        starter.editingDomain().getCommandStack().undo();
        assertTrue(starter.plan().getJourneys().isEmpty());
    }

    @Test
    void flowsBranchAndLoopBack() {
        int flows = journey().getFlows().size();
        CreateFlowHandler create = handler(new CreateFlowHandler());
        // a loop: from the club (Engage) back to the Home Academy (Act)
        run(create.createCommand(new CreateEdgeOperation(JourneyTypes.FLOW, "tp-club", "tp-academy")));
        JourneyFlow loop = journey().getFlows().get(flows);
        assertEquals(touchpoint("tp-club"), loop.getSource());
        assertEquals(touchpoint("tp-academy"), loop.getTarget());
        JourneyDrawing drawing = drawing();
        assertEquals(Direction.BACK, drawing.routes().stream().filter(r -> r.flow() == loop).findFirst().orElseThrow().direction());
        // a branch: the survey gets a second way on
        run(create.createCommand(new CreateEdgeOperation(JourneyTypes.FLOW, "tp-survey", "tp-pin")));
        assertEquals(2, journey().getFlows().stream().filter(f -> f.getSource() == touchpoint("tp-survey")).count());
        assertEquals(List.of(), DrawingQuality.problems(drawing()));
        // never to itself
        assertTrue(create.createCommand(new CreateEdgeOperation(JourneyTypes.FLOW, "tp-club", "tp-club")).isEmpty());
        stack().undo();
        stack().undo();
        assertEquals(flows, journey().getFlows().size());
    }

    @Test
    void droppedIntoAnotherColumnATouchpointChangesStage() {
        Touchpoint planner = touchpoint("tp-planner");
        JourneyStage act = (JourneyStage) planner.eContainer();
        int index = act.getTouchpoints().indexOf(planner);
        Column buy = column("js-convert");
        Box box = drawing().boxesById().get("tp-planner");
        run(handler(new MoveTouchpointHandler()).createCommand(move("tp-planner", buy.bounds().x() + 10, box.bounds().y())));
        assertEquals("js-convert", ((JourneyStage) planner.eContainer()).getId());
        assertTrue(layout.get(JourneyTypes.LAYOUT_NAME, "tp-planner").isPresent());
        JourneyDrawing after = drawing();
        assertEquals(List.of(), DrawingQuality.problems(after));
        assertTrue(buy.bounds().x() <= after.boxesById().get("tp-planner").bounds().centerX()
                || after.columns().get(3).bounds().x() <= after.boxesById().get("tp-planner").bounds().x(),
                "drawn in the Buy column");
        stack().undo();
        assertSame(act, planner.eContainer());
        assertEquals(index, act.getTouchpoints().indexOf(planner), "back in its place");
        assertTrue(layout.get(JourneyTypes.LAYOUT_NAME, "tp-planner").isEmpty());
    }

    @Test
    void movedDownInsideItsColumnATouchpointStaysBelowTheOthers() {
        JourneyDrawing before = drawing();
        Box reel = before.boxesById().get("tp-reel");
        double lowest = before.boxes().stream().mapToDouble(b -> b.bounds().bottom()).max().orElseThrow();
        run(handler(new MoveTouchpointHandler()).createCommand(move("tp-reel", reel.bounds().x(), lowest + 30)));
        assertEquals("js-reach", ((JourneyStage) touchpoint("tp-reel").eContainer()).getId(), "same stage");
        JourneyDrawing after = drawing();
        Box moved = after.boxesById().get("tp-reel");
        for (Box other : after.boxes()) {
            if (other != moved && other.bounds().x() == moved.bounds().x()) {
                assertTrue(other.bounds().y() < moved.bounds().y(), other.touchpoint().getName() + " above");
            }
        }
        // "Layout again" forgets the hand placement, as one undoable edit
        run(handler(new LayoutAgainHandler()).createCommand(new LayoutAgainOperation()));
        assertTrue(layout.get(JourneyTypes.LAYOUT_NAME, "tp-reel").isEmpty());
        assertEquals(reel.bounds(), drawing().boxesById().get("tp-reel").bounds(), "where ELK put it at first");
        stack().undo();
        assertTrue(layout.get(JourneyTypes.LAYOUT_NAME, "tp-reel").isPresent());
        assertTrue(handler(new LayoutAgainHandler()).createCommand(new LayoutAgainOperation()).isPresent());
    }

    @Test
    void anArabicPlansJourneyReadsRightToLeftWithAndWithoutLanes() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(SamplePlans.ARABIC, folder);
        DiagramLayout arabicLayout = new DiagramLayout();
        CustomerJourney journey = JourneyModel.journey(arabic.plan());
        for (boolean lanes : new boolean[] {false, true}) {
            if (lanes) {
                new org.tactician.layout.ChangeLayoutCommand(arabicLayout, "lanes")
                        .putSetting(JourneyTypes.LAYOUT_NAME, JourneyArrangement.LANES, JourneyArrangement.LANES_BY_PERSONA).execute();
            }
            JourneyDrawing drawing = arrangement.drawing(journey, arabicLayout);
            assertEquals(lanes, !drawing.lanes().isEmpty());
            List<Column> columns = drawing.columns();
            assertEquals(drawing.width(), columns.get(0).bounds().right(), 0.01, "the first stage at the right");
            for (int i = 1; i < columns.size(); i++) {
                assertTrue(columns.get(i).bounds().right() <= columns.get(i - 1).bounds().x() + 0.5, "stages leftwards");
            }
            GGraph graph = JourneyModelFactory.build(drawing);
            assertEquals(Boolean.TRUE, graph.getArgs().get("rightToLeft"));
            Map<String, GModelElement> all = index(graph);
            for (JourneyDrawing.Route route : drawing.routes()) {
                if (route.direction() == Direction.FORWARD) {
                    List<GPoint> points = ((org.eclipse.glsp.graph.GEdge) all.get(route.flow().getId())).getRoutingPoints();
                    assertTrue(points.get(points.size() - 1).getX() < points.get(0).getX(), route.flow().getId() + " points left");
                }
            }
            if (lanes) {
                // a lane's name repeated where each further stage starts: its column's right edge
                String expected = columns.stream().filter(c -> c.index() > 0)
                        .map(c -> String.valueOf(Math.round(c.bounds().right()))).reduce((a, b) -> a + "," + b).orElseThrow();
                graph.getChildren().stream().filter(e -> JourneyTypes.LANE.equals(e.getType()))
                        .forEach(n -> assertEquals(expected, ((GNode) n).getArgs().get("titleAt")));
            }
        }
    }

    @Test
    void aTouchpointMovedRightToLeftIsStoredAsLaidOutLeftToRight() throws Exception {
        source.exclusive(() -> {
            source.plan().setLanguage("ar");
            return null;
        });
        JourneyDrawing rtl = drawing();
        // a touchpoint of the first stage (at the right), moved to the bottom of its column
        Box reel = rtl.boxes().stream().filter(b -> b.column() == 0).findFirst().orElseThrow();
        String id = reel.touchpoint().getId();
        JourneyStage stage = (JourneyStage) reel.touchpoint().eContainer();
        double lowest = rtl.boxes().stream().mapToDouble(b -> b.bounds().bottom()).max().orElseThrow();
        run(handler(new MoveTouchpointHandler()).createCommand(move(id, reel.bounds().x(), lowest + 30)));
        assertEquals(stage, touchpoint(id).eContainer(), "same stage");
        org.tactician.layout.Bounds stored = layout.get(JourneyTypes.LAYOUT_NAME, id).orElseThrow();
        assertEquals(Math.round(rtl.width() - reel.bounds().right()), stored.x(), 1.0, "the mirrored x mirrored back");
        // read left to right (the plan in another language), the stored place is in the touchpoint's column
        source.exclusive(() -> {
            source.plan().setLanguage("en");
            return null;
        });
        JourneyDrawing ltr = drawing();
        Column first = ltr.columns().get(0);
        assertTrue(stored.x() >= first.bounds().x() && stored.x() + stored.width() <= first.bounds().right() + 1,
                stored + " in " + first.bounds());
        assertTrue(first.bounds().encloses(ltr.boxesById().get(id).bounds()), "drawn in its column");
        assertEquals(0, ltr.columns().get(0).bounds().x(), 0.01, "left to right again");
    }

    @Test
    void personaLanesAreAnUndoableSettingOfTheLayoutFile() {
        assertFalse(JourneyArrangement.swimlanes(layout));
        assertTrue(drawing().lanes().isEmpty());
        run(handler(new SetSwimlanesHandler()).createCommand(new SetSwimlanesOperation(true)));
        assertEquals("personas", layout.setting(JourneyTypes.LAYOUT_NAME, "lanes").orElseThrow());
        assertTrue(layout.isChanged(), "the plan's side file has something to save");
        JourneyDrawing lanes = drawing();
        assertTrue(lanes.lanes().size() >= 3, "a lane per persona: " + lanes.lanes().size());
        assertEquals(List.of(), DrawingQuality.problems(lanes));
        GGraph graph = JourneyModelFactory.build(lanes);
        List<GNode> laneNodes = graph.getChildren().stream().filter(e -> JourneyTypes.LANE.equals(e.getType()))
                .map(GNode.class::cast).toList();
        assertEquals(lanes.lanes().size(), laneNodes.size());
        assertEquals(Boolean.TRUE, graph.getArgs().get("swimlanes"));
        assertTrue(laneNodes.stream().anyMatch(n -> String.valueOf(n.getArgs().get("title")).startsWith("Lena")),
                "a lane is named after its persona");
        // and names itself again at each further stage's column
        String expected = lanes.columns().stream().filter(c -> c.index() > 0)
                .map(c -> String.valueOf(Math.round(c.bounds().x()))).reduce((a, b) -> a + "," + b).orElseThrow();
        assertTrue(laneNodes.stream().allMatch(n -> expected.equals(n.getArgs().get("titleAt"))),
                expected + " vs " + laneNodes.get(0).getArgs().get("titleAt"));
        // asking again for what is shown changes nothing
        assertTrue(handler(new SetSwimlanesHandler()).createCommand(new SetSwimlanesOperation(true)).isEmpty());
        stack().undo();
        assertFalse(JourneyArrangement.swimlanes(layout));
        assertTrue(drawing().lanes().isEmpty());
        stack().redo();
        assertTrue(JourneyArrangement.swimlanes(layout));
        run(handler(new SetSwimlanesHandler()).createCommand(new SetSwimlanesOperation(false)));
        assertTrue(layout.setting(JourneyTypes.LAYOUT_NAME, "lanes").isEmpty());
    }

    @Test
    void droppedIntoAnotherLaneATouchpointServesThatPersonaFirst() {
        run(handler(new SetSwimlanesHandler()).createCommand(new SetSwimlanesOperation(true)));
        JourneyDrawing before = drawing();
        Box box = before.boxes().stream().filter(b -> !b.touchpoint().getPersonas().isEmpty()).findFirst().orElseThrow();
        Touchpoint touchpoint = box.touchpoint();
        List<org.tactician.model.Persona> personas = List.copyOf(touchpoint.getPersonas());
        JourneyDrawing.Lane other = before.lanes().stream()
                .filter(l -> l.persona() != null && l.index() != box.lane()).findFirst().orElseThrow();
        run(handler(new MoveTouchpointHandler()).createCommand(
                move(touchpoint.getId(), box.bounds().x(), other.bounds().y() + JourneyDrawing.Lane.HEADER + 4)));
        assertSame(other.persona(), touchpoint.getPersonas().get(0), "leads with the lane's persona");
        JourneyDrawing after = drawing();
        assertEquals(List.of(), DrawingQuality.problems(after));
        Box moved = after.boxesById().get(touchpoint.getId());
        assertSame(other.persona(), after.lanes().get(moved.lane()).persona(), "drawn in that lane");
        stack().undo();
        assertEquals(personas, touchpoint.getPersonas(), "undone, its personas are as before");
    }

    @Test
    void deletingATouchpointDeletesItsFlows() {
        Touchpoint academy = touchpoint("tp-academy");
        long attached = journey().getFlows().stream().filter(f -> f.getSource() == academy || f.getTarget() == academy).count();
        assertTrue(attached >= 5);
        int flows = journey().getFlows().size();
        run(handler(new DeleteJourneyElementsHandler()).createCommand(new DeleteOperation(List.of("tp-academy"))));
        assertTrue(JourneyModel.touchpoint(journey(), "tp-academy").isEmpty());
        assertEquals(flows - attached, journey().getFlows().size());
        assertTrue(journey().getFlows().stream().allMatch(f -> f.getSource() != null && f.getTarget() != null), "no flow left dangling");
        assertEquals(List.of(), DrawingQuality.problems(drawing()));
        stack().undo();
        assertEquals(flows, journey().getFlows().size());
        assertSame(academy, touchpoint("tp-academy"));
        // a flow by its label
        run(handler(new DeleteJourneyElementsHandler()).createCommand(new DeleteOperation(List.of("fl-product-basket:label"))));
        assertNull(flow("fl-product-basket"));
        assertEquals(touchpoint("tp-product-page"), touchpoint("tp-product-page"), "its ends stay");
    }

    @Test
    void namesAndConditionsAreEditedInPlace() {
        RenameJourneyElementHandler rename = handler(new RenameJourneyElementHandler());
        run(rename.createCommand(new ApplyLabelEditOperation("tp-club:name", "Holmvik Club — превью")));
        assertEquals("Holmvik Club — превью", touchpoint("tp-club").getName());
        run(rename.createCommand(new ApplyLabelEditOperation("fl-basket-checkout:label", "Comes back and pays [Within a week]")));
        assertEquals("Comes back and pays", flow("fl-basket-checkout").getName());
        assertEquals("Within a week", flow("fl-basket-checkout").getCondition());
        run(rename.createCommand(new ApplyLabelEditOperation("fl-product-basket:label", "Leaves with a full basket")));
        assertNull(flow("fl-product-basket").getCondition(), "no brackets, no condition");
        run(rename.createCommand(new ApplyLabelEditOperation("js-engage:name", "Live with it")));
        assertEquals("Live with it", ((JourneyStage) source.plan().eResource().getEObject("js-engage")).getName());
        assertTrue(rename.createCommand(new ApplyLabelEditOperation("tp-club:name", "  ")).isEmpty(), "a name is required");
        stack().undo();
        stack().undo();
        assertEquals("Basket left for more than an hour", flow("fl-product-basket").getCondition());
    }

    @Test
    void aRenameKeepsTheLayoutAndAMoveMakesANewOne() {
        JourneyDrawing first = drawing();
        run(handler(new RenameJourneyElementHandler()).createCommand(new ApplyLabelEditOperation("tp-club:name", "Club previews")));
        assertSame(first, drawing(), "same box size: no new layout");
        run(handler(new CreateFlowHandler()).createCommand(new CreateEdgeOperation(JourneyTypes.FLOW, "tp-club", "tp-pin")));
        assertNotSame(first, drawing());
        assertNotNull(drawing().boxesById().get("tp-club"));
        assertFalse(drawing().routes().isEmpty());
    }
}
