package org.tactician.diagrams.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.diagrams.PlanFileModelSource;
import org.tactician.diagrams.TestPlans;
import org.tactician.diagrams.canvas.CanvasArrangement.BlockBox;
import org.tactician.diagrams.canvas.CanvasArrangement.NoteBox;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.layout.DiagramLayout;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Segment;

/** The canvas's model factory and every operation handler against the furniture sample, with undo. */
class CanvasHandlersTest {

    @TempDir
    Path folder;

    private PlanFileModelSource source;
    private PlanDiagram diagram;

    @BeforeEach
    void open() throws Exception {
        source = TestPlans.furniture(folder);
        diagram = PlanDiagram.of(source, new DiagramLayout(), CanvasTypes.DIAGRAM_TYPE);
    }

    private BusinessModelCanvas canvas() {
        return CanvasModel.canvas(source.plan());
    }

    private CanvasItem item(String id) {
        return CanvasModel.item(canvas(), id).orElseThrow();
    }

    private List<String> order(CanvasBlock block) {
        return CanvasModel.items(canvas(), block).stream().map(CanvasItem::getId).toList();
    }

    private <H extends org.tactician.diagrams.internal.PlanOperationHandler<?>> H handler(H handler) {
        handler.on(diagram);
        return handler;
    }

    private CommandStack stack() {
        return source.editingDomain().getCommandStack();
    }

    private void run(Optional<Command> command) {
        assertTrue(command.isPresent(), "the operation makes a command");
        assertTrue(command.get().canExecute());
        stack().execute(command.get());
    }

    private CanvasArrangement arrangement() {
        return CanvasArrangement.of(canvas(), source.plan());
    }

    /** Drags note {@code id} so that its top left lands at absolute {@code x}, {@code y} of the diagram. */
    private ChangeBoundsOperation drop(String id, double x, double y) {
        CanvasArrangement arrangement = arrangement();
        NoteBox note = arrangement.note(id);
        BlockBox from = arrangement.block(note.area());
        ElementAndBounds bounds = new ElementAndBounds();
        bounds.setElementId(id);
        bounds.setNewPosition(GraphUtil.point(x - from.x(), y - from.y()));
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
    void theNineBlocksSitInTheCanonicalLayout() {
        GGraph graph = CanvasModelFactory.build(canvas(), source.plan());
        Map<String, GModelElement> all = index(graph);
        Map<CanvasArea, GNode> blocks = new java.util.EnumMap<>(CanvasArea.class);
        for (CanvasArea area : CanvasArea.values()) {
            blocks.put(area, (GNode) all.get(area.elementId()));
        }
        assertEquals(9, graph.getChildren().size());
        // left to right across the top: partners, activities/resources, value propositions, relationships/channels, segments
        double[] xs = {x(blocks, CanvasArea.KEY_PARTNERS), x(blocks, CanvasArea.KEY_ACTIVITIES), x(blocks, CanvasArea.VALUE_PROPOSITIONS),
                x(blocks, CanvasArea.CUSTOMER_RELATIONSHIPS), x(blocks, CanvasArea.CUSTOMER_SEGMENTS)};
        for (int i = 1; i < xs.length; i++) {
            assertTrue(xs[i] > xs[i - 1]);
        }
        assertEquals(x(blocks, CanvasArea.KEY_ACTIVITIES), x(blocks, CanvasArea.KEY_RESOURCES));
        assertTrue(y(blocks, CanvasArea.KEY_RESOURCES) > y(blocks, CanvasArea.KEY_ACTIVITIES), "resources under activities");
        assertTrue(y(blocks, CanvasArea.CHANNELS) > y(blocks, CanvasArea.CUSTOMER_RELATIONSHIPS), "channels under relationships");
        GNode partners = blocks.get(CanvasArea.KEY_PARTNERS);
        GNode resources = blocks.get(CanvasArea.KEY_RESOURCES);
        assertEquals(partners.getSize().getHeight(), resources.getPosition().getY() + resources.getSize().getHeight(), 0.01,
                "the tall blocks span both rows");
        GNode costs = blocks.get(CanvasArea.COST_STRUCTURE);
        GNode revenue = blocks.get(CanvasArea.REVENUE_STREAMS);
        assertEquals(costs.getPosition().getY(), revenue.getPosition().getY());
        assertTrue(costs.getPosition().getY() >= partners.getSize().getHeight(), "costs and revenue along the bottom");
        assertEquals(costs.getSize().getWidth(), revenue.getSize().getWidth());
        // every item is a note inside its block
        for (CanvasItem item : canvas().getItems()) {
            GNode note = (GNode) all.get(item.getId());
            GNode block = (GNode) note.getParent();
            assertEquals(CanvasArea.of(item.getBlock()).elementId(), block.getId());
            assertTrue(note.getPosition().getX() + note.getSize().getWidth() <= block.getSize().getWidth());
            assertTrue(note.getPosition().getY() + note.getSize().getHeight() <= block.getSize().getHeight());
            assertEquals(item.getName(), ((GLabel) all.get(item.getId() + ":name")).getText());
        }
        // what a note stands for: a chip per element, the value proposition implied in its block
        GNode families = (GNode) all.get("bmc-cs-families:link:seg-families");
        assertEquals("segment", families.getArgs().get("kind"));
        assertEquals("Home-owning families 35–49", families.getArgs().get("name"));
        assertEquals("value-proposition", ((GNode) all.get("bmc-vp-durable")).getChildren().stream()
                .filter(c -> CanvasTypes.LINK.equals(c.getType())).findFirst().map(c -> ((GNode) c).getArgs().get("kind")).orElse(null));
        assertEquals("+2 more", ((GLabel) all.get("bmc-cost-media:more")).getText(), "six budget lines, four shown");
    }

    /** The grid of the canvas: ten columns of 128 px (the documents' canvas has the same ten). */
    private static final double COLUMN = 128;

    @Test
    void aLeftToRightPlansBlocksSitOnTheGridFromTheLeft() {
        GGraph graph = CanvasModelFactory.build(canvas(), source.plan());
        Map<String, GModelElement> all = index(graph);
        for (CanvasArea area : CanvasArea.values()) {
            assertEquals(area.column() * COLUMN, ((GNode) all.get(area.elementId())).getPosition().getX(), 0.01, area.name());
        }
        assertFalse(graph.getCssClasses().contains("rtl"));
        assertFalse(graph.getArgs().containsKey("rightToLeft"));
    }

    @Test
    void anArabicPlansCanvasIsMirrored() throws Exception {
        PlanFileModelSource arabic = TestPlans.open(org.tactician.samples.SamplePlans.ARABIC, folder);
        GGraph graph = CanvasModelFactory.build(CanvasModel.canvas(arabic.plan()), arabic.plan());
        Map<String, GModelElement> all = index(graph);
        Map<CanvasArea, GNode> blocks = new java.util.EnumMap<>(CanvasArea.class);
        for (CanvasArea area : CanvasArea.values()) {
            GNode block = (GNode) all.get(area.elementId());
            blocks.put(area, block);
            // each block's right edge where its left edge is left to right, counted from the right
            assertEquals(10 * COLUMN - area.column() * COLUMN, block.getPosition().getX() + block.getSize().getWidth(), 0.01,
                    area.name());
        }
        assertTrue(x(blocks, CanvasArea.KEY_PARTNERS) > x(blocks, CanvasArea.CUSTOMER_SEGMENTS), "key partners right of the segments");
        assertEquals(0, x(blocks, CanvasArea.CUSTOMER_SEGMENTS), 0.01, "customer segments at the left edge");
        assertTrue(x(blocks, CanvasArea.COST_STRUCTURE) > x(blocks, CanvasArea.REVENUE_STREAMS), "costs at the right, revenue at the left");
        assertEquals(y(blocks, CanvasArea.KEY_ACTIVITIES), 0);
        assertTrue(y(blocks, CanvasArea.KEY_RESOURCES) > 0, "the rows are not mirrored");
        assertTrue(graph.getCssClasses().contains("rtl"));
        assertEquals(Boolean.TRUE, graph.getArgs().get("rightToLeft"), "the page mirrors the chips");
    }

    @Test
    void rightToLeftAWideBlocksNotesFillFromTheRightAndReorderSo() {
        source.exclusive(() -> {
            source.plan().setLanguage("ar");
            return null;
        });
        List<String> costs = order(CanvasBlock.COST_STRUCTURE);
        assertTrue(costs.size() >= 2, "the sample has several costs");
        NoteBox first = arrangement().note(costs.get(0));
        NoteBox second = arrangement().note(costs.get(1));
        assertEquals(first.bounds().y(), second.bounds().y(), "one row");
        assertTrue(first.bounds().x() > second.bounds().x(), "the first note at the right of its row");
        assertEquals(CanvasArrangement.width(CanvasArea.COST_STRUCTURE) - CanvasArrangement.PADDING,
                first.bounds().x() + first.bounds().width(), "against the block's right padding");
        // dropped over the left half of the second note: after it, as it is read
        BlockBox block = arrangement().block(CanvasArea.COST_STRUCTURE);
        double centreX = block.x() + second.bounds().x() + second.bounds().width() / 4.0;
        run(handler(new MoveNoteHandler()).createCommand(drop(costs.get(0), centreX - first.bounds().width() / 2.0,
                block.y() + second.bounds().y() + 2)));
        assertEquals(List.of(costs.get(1), costs.get(0)), order(CanvasBlock.COST_STRUCTURE).subList(0, 2));
    }

    private static double x(Map<CanvasArea, GNode> blocks, CanvasArea area) {
        return blocks.get(area).getPosition().getX();
    }

    private static double y(Map<CanvasArea, GNode> blocks, CanvasArea area) {
        return blocks.get(area).getPosition().getY();
    }

    @Test
    void anItemNotPlacedInABlockIsNotDrawnInOne() {
        item("bmc-kp-workshops").unsetBlock();
        Map<String, GModelElement> all = index(CanvasModelFactory.build(canvas(), source.plan()));
        assertFalse(all.containsKey("bmc-kp-workshops"));
        assertEquals(List.of("bmc-kp-pinterest", "bmc-kp-delivery"), order(CanvasBlock.KEY_PARTNERS));
        // the second place of the block is before the second partner that is placed
        assertEquals(canvas().getItems().indexOf(item("bmc-kp-delivery")),
                CanvasOrder.listIndex(canvas(), CanvasArea.KEY_PARTNERS, 1, null));
    }

    @Test
    void aNewNoteIsNamedInThePlansLanguage() throws Exception {
        source.exclusive(() -> {
            source.plan().setLanguage("vi");
            return null;
        });
        List<String> before = order(CanvasBlock.CHANNELS);
        run(handler(new CreateNoteHandler()).createCommand(new CreateNodeOperation(CanvasTypes.NEW_NOTE,
                GraphUtil.point(arrangement().block(CanvasArea.CHANNELS).x() + 40, arrangement().block(CanvasArea.CHANNELS).y()
                        + CanvasArrangement.TITLE_HEIGHT + 2))));
        List<String> after = new java.util.ArrayList<>(order(CanvasBlock.CHANNELS));
        after.removeAll(before);
        assertEquals("Ghi ch\u00fa m\u1edbi", item(after.get(0)).getName());
    }

    @Test
    void aNoteIsCreatedWhereTheBlockWasClicked() {
        BlockBox channels = arrangement().block(CanvasArea.CHANNELS);
        List<String> before = order(CanvasBlock.CHANNELS);
        // just under the block's title: the first place
        run(handler(new CreateNoteHandler()).createCommand(new CreateNodeOperation(CanvasTypes.NEW_NOTE,
                GraphUtil.point(channels.x() + 40, channels.y() + CanvasArrangement.TITLE_HEIGHT + 2))));
        List<String> after = order(CanvasBlock.CHANNELS);
        assertEquals(before.size() + 1, after.size());
        assertEquals(before, after.subList(1, after.size()));
        assertEquals("New note", item(after.get(0)).getName());
        // at the bottom: the last place
        run(handler(new CreateNoteHandler()).createCommand(new CreateNodeOperation(CanvasTypes.NEW_NOTE,
                GraphUtil.point(channels.x() + 40, arrangement().block(CanvasArea.CHANNELS).y()
                        + arrangement().block(CanvasArea.CHANNELS).height() - 5))));
        assertEquals(before.size() + 2, order(CanvasBlock.CHANNELS).size());
        assertFalse(before.contains(order(CanvasBlock.CHANNELS).get(before.size() + 1)));
        stack().undo();
        stack().undo();
        assertEquals(before, order(CanvasBlock.CHANNELS));
    }

    @Test
    void droppedIntoAnotherBlockANoteChangesBlock() {
        BlockBox segments = arrangement().block(CanvasArea.CUSTOMER_SEGMENTS);
        run(handler(new MoveNoteHandler()).createCommand(drop("bmc-vp-planning", segments.x() + 20,
                segments.y() + segments.height() - 30)));
        assertEquals(CanvasBlock.CUSTOMER_SEGMENTS, item("bmc-vp-planning").getBlock());
        assertEquals("bmc-vp-planning", order(CanvasBlock.CUSTOMER_SEGMENTS).get(3), "at the bottom, where it was dropped");
        stack().undo();
        assertEquals(CanvasBlock.VALUE_PROPOSITIONS, item("bmc-vp-planning").getBlock());
        assertEquals(List.of("bmc-vp-durable", "bmc-vp-planning"), order(CanvasBlock.VALUE_PROPOSITIONS));
    }

    @Test
    void droppedInsideItsBlockANoteTakesItsNewPlace() {
        assertEquals(List.of("bmc-cs-urban", "bmc-cs-families", "bmc-cs-south"), order(CanvasBlock.CUSTOMER_SEGMENTS));
        BlockBox segments = arrangement().block(CanvasArea.CUSTOMER_SEGMENTS);
        NoteBox urban = arrangement().note("bmc-cs-urban");
        run(handler(new MoveNoteHandler()).createCommand(drop("bmc-cs-south", segments.x() + urban.bounds().x(),
                segments.y() + urban.bounds().y() - 12)));
        assertEquals(List.of("bmc-cs-south", "bmc-cs-urban", "bmc-cs-families"), order(CanvasBlock.CUSTOMER_SEGMENTS));
        assertEquals(CanvasBlock.CUSTOMER_SEGMENTS, item("bmc-cs-south").getBlock());
        stack().undo();
        assertEquals(List.of("bmc-cs-urban", "bmc-cs-families", "bmc-cs-south"), order(CanvasBlock.CUSTOMER_SEGMENTS));
        // dropped back where it is: nothing to do
        NoteBox south = arrangement().note("bmc-cs-south");
        assertTrue(handler(new MoveNoteHandler()).createCommand(drop("bmc-cs-south", segments.x() + south.bounds().x(),
                segments.y() + south.bounds().y())).isEmpty());
    }

    @Test
    void deletingANoteOrUnlinkingAChip() {
        int items = canvas().getItems().size();
        run(handler(new DeleteNotesHandler()).createCommand(new DeleteOperation(List.of("bmc-kp-workshops"))));
        assertEquals(items - 1, canvas().getItems().size());
        assertTrue(CanvasModel.item(canvas(), "bmc-kp-workshops").isEmpty());
        Segment families = item("bmc-cs-families").getSegments().get(0);
        run(handler(new DeleteNotesHandler()).createCommand(new DeleteOperation(List.of("bmc-cs-families:link:seg-families"))));
        assertTrue(item("bmc-cs-families").getSegments().isEmpty(), "unlinked");
        assertTrue(source.plan().getStrategy().getSegments().contains(families), "the segment stays in the plan");
        stack().undo();
        stack().undo();
        assertEquals(items, canvas().getItems().size());
        assertEquals(List.of(families), item("bmc-cs-families").getSegments());
    }

    @Test
    void aNoteIsRenamedInPlaceAndItsLinkOpens() {
        run(handler(new RenameNoteHandler()).createCommand(new ApplyLabelEditOperation("bmc-ch-online:name", "متجر إلكتروني")));
        assertEquals("متجر إلكتروني", item("bmc-ch-online").getName());
        assertTrue(handler(new RenameNoteHandler()).createCommand(new ApplyLabelEditOperation("bmc-ch-online:name", " ")).isEmpty());
        OpenPlanElementHandler open = new OpenPlanElementHandler();
        open.diagram = diagram;
        List<Action> answer = open.execute(new OpenPlanElementAction("seg-families"));
        assertEquals(1, answer.size());
        String message = ((org.eclipse.glsp.server.actions.MessageAction) answer.get(0)).getMessage();
        assertTrue(message.startsWith("Segment 'Home-owning families 35–49'"), message);
        assertTrue(((org.eclipse.glsp.server.actions.MessageAction) open.execute(new OpenPlanElementAction("nothing-here")).get(0))
                .getMessage().contains("no longer"));
    }
}
