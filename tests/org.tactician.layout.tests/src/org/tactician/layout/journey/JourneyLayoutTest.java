package org.tactician.layout.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Direction;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.JourneyDrawing.Rect;
import org.tactician.layout.journey.JourneyDrawing.Route;
import org.tactician.layout.journey.JourneyLayout.Options;
import org.tactician.layout.journey.JourneyLayout.Routing;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyStage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.TacticianFactory;
import org.tactician.model.Touchpoint;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;

/** The ELK journey layout on the furniture sample and on generated journeys: clean, in columns, stable. */
class JourneyLayoutTest {

    private static CustomerJourney furniture() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("furniture", ".mplan");
        try (var in = SamplePlans.FURNITURE_RETAILER.openStream()) {
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            MarketingPlan plan = PlanFiles.load(file);
            return plan.getJourneys().get(0);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void theFurnitureJourneyIsDrawnCleanly(Routing routing) throws Exception {
        CustomerJourney journey = furniture();
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withRouting(routing));
        assertEquals(List.of(), DrawingQuality.problems(drawing));
        assertEquals(journey.getStages().size(), drawing.columns().size());
        int touchpoints = journey.getStages().stream().mapToInt(s -> s.getTouchpoints().size()).sum();
        assertEquals(touchpoints, drawing.boxes().size());
        assertEquals(journey.getFlows().size(), drawing.routes().size(), "every flow of the sample has a route");
        // columns in journey order, left to right, each holding its stage's touchpoints
        for (int i = 1; i < drawing.columns().size(); i++) {
            assertTrue(drawing.columns().get(i).bounds().x() >= drawing.columns().get(i - 1).bounds().right() - 0.5);
        }
        for (Box box : drawing.boxes()) {
            assertEquals(journey.getStages().indexOf(box.touchpoint().eContainer()), box.column());
        }
    }

    @Test
    void loopsAndBranchesAreTold() throws Exception {
        CustomerJourney journey = furniture();
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults());
        Map<String, Route> routes = new java.util.HashMap<>();
        drawing.routes().forEach(r -> routes.put(r.flow().getId(), r));
        // the club (Engage) leads back to a product page (Act): a loop drawn as one
        assertEquals(Direction.BACK, routes.get("fl-club-product").direction());
        assertEquals(Direction.BACK, routes.get("fl-photo-pin").direction());
        assertEquals(Direction.FORWARD, routes.get("fl-pin-product").direction());
        assertEquals(Direction.WITHIN_STAGE, routes.get("fl-academy-planner").direction());
        // a loop's route starts at its source and ends at its target, even though it runs backwards
        Route loop = routes.get("fl-club-product");
        assertTouches(loop.points().get(0), loop.source().bounds());
        assertTouches(loop.points().get(loop.points().size() - 1), loop.target().bounds());
        // a condition is part of the label, which sits apart from every box
        Route conditional = routes.get("fl-product-basket");
        assertTrue(conditional.label() != null && conditional.label().height() > JourneyBoxes.LABEL_LINE_HEIGHT,
                "name and condition on their lines");
    }

    private static void assertTouches(Point point, Rect box) {
        assertTrue(box.grown(1.5).encloses(new Rect(point.x(), point.y(), 0, 0))
                && !box.grown(-1.5).encloses(new Rect(point.x(), point.y(), 0, 0)), point + " on the border of " + box);
    }

    @Test
    void theSameJourneyGetsTheSameDrawing() throws Exception {
        // a large journey too: ELK's own stage partitioning would order it by object hash codes
        for (CustomerJourney journey : List.of(furniture(), GeneratedJourneys.generate(200, 21))) {
            JourneyDrawing first = JourneyLayout.of(journey, Options.defaults());
            for (int run = 0; run < 3; run++) {
                JourneyDrawing again = JourneyLayout.of(journey, Options.defaults());
                assertEquals(first.boxes().stream().map(Box::bounds).toList(), again.boxes().stream().map(Box::bounds).toList());
                assertEquals(first.routes().stream().map(Route::points).toList(),
                        again.routes().stream().map(Route::points).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void aGenerated200TouchpointJourneyIsDrawnCleanly(Routing routing) {
        CustomerJourney journey = GeneratedJourneys.generate(200, 13);
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withRouting(routing));
        assertEquals(200, drawing.boxes().size());
        assertTrue(drawing.routes().stream().anyMatch(r -> r.direction() == Direction.BACK), "it has loops");
        assertEquals(List.of(), DrawingQuality.problems(drawing));
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void theFurnitureJourneyInPersonaLanes(Routing routing) throws Exception {
        CustomerJourney journey = furniture();
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withRouting(routing).withSwimlanes(true));
        assertEquals(List.of(), DrawingQuality.problems(drawing));
        assertLanes(journey, drawing);
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void aGenerated200TouchpointJourneyInPersonaLanes(Routing routing) {
        CustomerJourney journey = GeneratedJourneys.generate(200, 13);
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withRouting(routing).withSwimlanes(true));
        assertEquals(200, drawing.boxes().size());
        // four personas and the touchpoints without one
        assertEquals(5, drawing.lanes().size());
        assertEquals(List.of(), DrawingQuality.problems(drawing));
        assertLanes(journey, drawing);
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void lanesCostOneMoreElkRunThanNoLanes(Routing routing) throws Exception {
        // (at 500 touchpoints ELK's conservative splines cut a box's corner in lanes, as they did before: orthogonal only)
        List<CustomerJourney> journeys = routing == Routing.ORTHOGONAL
                ? List.of(furniture(), GeneratedJourneys.generate(200, 13), GeneratedJourneys.generate(500, 5))
                : List.of(furniture(), GeneratedJourneys.generate(200, 13));
        for (CustomerJourney journey : journeys) {
            for (JourneyLayout.Density density : JourneyLayout.Density.values()) {
                Options options = Options.defaults().withRouting(routing).withDensity(density);
                org.tactician.layout.journey.internal.ElkJourney plain = new org.tactician.layout.journey.internal.ElkJourney(journey, options);
                plain.layout();
                org.tactician.layout.journey.internal.ElkJourney lanes = new org.tactician.layout.journey.internal.ElkJourney(journey,
                        options.withSwimlanes(true));
                JourneyDrawing drawing = lanes.layout();
                assertEquals(List.of(), DrawingQuality.problems(drawing), journey.getName() + " " + density);
                assertLanes(journey, drawing);
                // without lanes one run, and one more when ELK leaves a stage hanging low (laid out again at the top)
                assertTrue(plain.runs() <= 2, "without lanes: " + plain.runs() + " runs");
                assertEquals(2, lanes.runs(), "in lanes: one run to order the layers, one to place the boxes, "
                        + journey.getName() + " " + density);
            }
        }
    }

    @Test
    void lanesFollowTheJourneysPersonasAndKeepPins() throws Exception {
        CustomerJourney journey = furniture();
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withSwimlanes(true));
        List<org.tactician.model.Persona> order = drawing.lanes().stream().map(JourneyDrawing.Lane::persona)
                .filter(java.util.Objects::nonNull).toList();
        List<org.tactician.model.Persona> expected = journey.getPersonas().stream().filter(order::contains).toList();
        assertEquals(expected, order, "lanes in the journey's order of personas");
        assertEquals(drawing.boxes().stream().map(Box::bounds).toList(),
                JourneyLayout.of(journey, Options.defaults().withSwimlanes(true)).boxes().stream().map(Box::bounds).toList(),
                "the same drawing every time");
    }

    @Test
    void aPinnedTouchpointKeepsItsPlaceInItsLane() {
        CustomerJourney journey = GeneratedJourneys.generate(60, 5);
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withSwimlanes(true));
        // a box dragged to the bottom of its cell stays in its lane, below the others of its layer there
        Box top = drawing.boxes().stream()
                .filter(b -> drawing.boxes().stream().anyMatch(o -> o != b && o.lane() == b.lane()
                        && o.bounds().x() == b.bounds().x() && o.bounds().y() > b.bounds().y()))
                .findFirst().orElseThrow();
        {
            Point pin = new Point(top.bounds().x(), drawing.lanes().get(top.lane()).bounds().bottom() - 10);
            JourneyDrawing pinned = JourneyLayout.of(journey,
                    Options.defaults().withSwimlanes(true).withPinned(Map.of(top.touchpoint().getId(), pin)));
            assertEquals(List.of(), DrawingQuality.problems(pinned));
            Box moved = pinned.boxesById().get(top.touchpoint().getId());
            assertEquals(top.lane(), moved.lane());
            assertTrue(pinned.boxes().stream().noneMatch(o -> o != moved && o.lane() == moved.lane()
                    && o.bounds().x() == moved.bounds().x() && o.bounds().y() > moved.bounds().y()));
        }
    }

    /** Lanes top to bottom, each touchpoint in its first persona's lane, inside lane and column. */
    private static void assertLanes(CustomerJourney journey, JourneyDrawing drawing) {
        assertTrue(drawing.lanes().size() >= 2, "several lanes: " + drawing.lanes().size());
        for (int i = 1; i < drawing.lanes().size(); i++) {
            assertTrue(drawing.lanes().get(i).bounds().y() >= drawing.lanes().get(i - 1).bounds().bottom() - 0.5);
        }
        assertTrue(drawing.lanes().get(0).bounds().y() >= org.tactician.layout.journey.internal.ElkJourney.HEADER, "lanes start under the stage headers");
        for (Box box : drawing.boxes()) {
            JourneyDrawing.Lane lane = drawing.lanes().get(box.lane());
            Object persona = box.touchpoint().getPersonas().isEmpty() ? null : box.touchpoint().getPersonas().get(0);
            assertEquals(persona, lane.persona(), box.touchpoint().getName());
            Rect cell = new Rect(drawing.columns().get(box.column()).bounds().x(), lane.bounds().y(),
                    drawing.columns().get(box.column()).bounds().width(), lane.bounds().height());
            assertTrue(cell.grown(1).encloses(box.bounds()), box.touchpoint().getName() + " inside its cell");
            assertTrue(box.bounds().y() >= lane.bounds().y() + JourneyDrawing.Lane.HEADER - 1, "under its lane's name");
        }
    }

    @Test
    void aPinnedTouchpointKeepsItsPlaceInItsLayer() throws Exception {
        CustomerJourney journey = furniture();
        JourneyDrawing automatic = JourneyLayout.of(journey, Options.defaults());
        Box top = topmostSharingALayer(automatic);
        double lowest = automatic.boxes().stream().mapToDouble(b -> b.bounds().bottom()).max().orElseThrow();
        // dragged below everything in its layer
        Point pin = new Point(top.bounds().x(), lowest + 40);
        JourneyDrawing pinned = JourneyLayout.of(journey,
                Options.defaults().withPinned(Map.of(top.touchpoint().getId(), pin)));
        assertEquals(List.of(), DrawingQuality.problems(pinned));
        Box moved = pinned.boxesById().get(top.touchpoint().getId());
        assertEquals(top.column(), moved.column());
        List<Box> layer = pinned.boxes().stream().filter(b -> b.bounds().x() == moved.bounds().x()).toList();
        assertTrue(layer.size() > 1);
        for (Box other : layer) {
            assertTrue(other == moved || other.bounds().y() < moved.bounds().y(),
                    other.touchpoint().getName() + " stays above the box put under it");
        }
    }

    /** The top of each column's highest box, by stage id. */
    private static Map<String, Double> columnTops(JourneyDrawing drawing) {
        Map<String, Double> tops = new java.util.TreeMap<>();
        for (Box box : drawing.boxes()) {
            tops.merge(((JourneyStage) box.touchpoint().eContainer()).getId(), box.bounds().y(), Math::min);
        }
        return tops;
    }

    /**
     * Every column's boxes start near the top of the drawing: its highest box no lower than the
     * drawing's highest by more than half again the tallest box (ELK lines a stage up with a flow
     * that passes the next stage below its boxes, and a stage of one box then hung at the bottom).
     */
    private static void assertColumnsStartAtTheTop(JourneyDrawing drawing, String what) {
        Map<String, Double> tops = columnTops(drawing);
        double highest = tops.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double tallest = drawing.boxes().stream().mapToDouble(b -> b.bounds().height()).max().orElseThrow();
        tops.forEach((stage, top) -> assertTrue(top - highest <= 1.5 * tallest,
                what + ": the column of " + stage + " starts at " + top + ", the highest at " + highest + " " + tops));
    }

    @ParameterizedTest
    @EnumSource(Routing.class)
    void everyColumnStartsAtTheTop(Routing routing) throws Exception {
        assertColumnsStartAtTheTop(JourneyLayout.of(furniture(), Options.defaults().withRouting(routing)), "furniture " + routing);
    }

    @Test
    void aTouchpointMovedToAnotherStageLeavesTheOtherColumnsAtTheTop() throws Exception {
        CustomerJourney journey = furniture();
        JourneyDrawing before = JourneyLayout.of(journey, Options.defaults());
        Box reelBox = before.boxesById().get("tp-reel");
        JourneyStage research = journey.getStages().stream().filter(s -> "js-act".equals(s.getId())).findFirst().orElseThrow();
        Column act = before.columns().stream().filter(c -> c.stage() == research).findFirst().orElseThrow();
        // as the workbench test drags it: from Discover into the Research column, near its bottom
        research.getTouchpoints().add(reelBox.touchpoint());
        Point pin = new Point(act.bounds().centerX() - reelBox.bounds().width() / 2,
                act.bounds().bottom() - 30 - reelBox.bounds().height() / 2);
        for (Map<String, Point> pinned : List.of(Map.<String, Point>of(), Map.of("tp-reel", pin))) {
            JourneyDrawing after = JourneyLayout.of(journey, Options.defaults().withPinned(pinned));
            assertEquals(List.of(), DrawingQuality.problems(after));
            assertColumnsStartAtTheTop(after, pinned.isEmpty() ? "moved" : "moved and pinned");
            Box moved = after.boxesById().get("tp-reel");
            assertEquals(journey.getStages().indexOf(research), moved.column());
            if (!pinned.isEmpty()) {
                // the order the consultant gave: dropped low, it stays under the others of its layer
                after.boxes().stream().filter(b -> b != moved && b.bounds().x() == moved.bounds().x())
                        .forEach(b -> assertTrue(b.bounds().y() < moved.bounds().y(), b.touchpoint().getName() + " above the reel"));
            }
        }
    }

    /** The highest box of a layer holding more than one box. */
    private static Box topmostSharingALayer(JourneyDrawing drawing) {
        Box best = null;
        for (Box box : drawing.boxes()) {
            long shared = drawing.boxes().stream().filter(b -> b.bounds().x() == box.bounds().x()).count();
            boolean highest = drawing.boxes().stream().noneMatch(b -> b.bounds().x() == box.bounds().x()
                    && b.bounds().y() < box.bounds().y());
            if (shared > 1 && highest && (best == null || shared > 2)) {
                best = box;
            }
        }
        return best;
    }

    @Test
    void anEmptyStageStillHasItsColumn() {
        CustomerJourney journey = GeneratedJourneys.generate(12, 3);
        JourneyStage empty = TacticianFactory.eINSTANCE.createJourneyStage();
        empty.setId("gen-empty");
        empty.setName("Nothing here yet");
        journey.getStages().add(2, empty);
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults());
        Column column = drawing.columns().get(2);
        assertEquals(empty, column.stage());
        assertTrue(column.bounds().width() >= 100, column.toString());
        assertEquals(List.of(), DrawingQuality.problems(drawing));
    }

    @Test
    void aJourneyWithoutStagesIsAnEmptyDrawing() {
        JourneyDrawing drawing = JourneyLayout.of(TacticianFactory.eINSTANCE.createCustomerJourney(), Options.defaults());
        assertTrue(drawing.boxes().isEmpty() && drawing.columns().isEmpty() && drawing.routes().isEmpty());
    }

    @Test
    void theCheckSeesAFlowThroughABoxAndOverlappingBoxes() {
        Rect box = new Rect(100, 100, 50, 40);
        assertTrue(DrawingQuality.crosses(new Point(80, 120), new Point(170, 120), box), "straight through");
        assertTrue(DrawingQuality.crosses(new Point(125, 50), new Point(125, 110), box), "ends inside");
        assertFalse(DrawingQuality.crosses(new Point(80, 90), new Point(170, 90), box), "passes above");
        assertFalse(DrawingQuality.crosses(new Point(80, 100), new Point(170, 100), box.grown(-1)), "runs along the border");
        assertTrue(box.overlaps(new Rect(140, 130, 50, 40)));
        assertFalse(box.overlaps(new Rect(150, 100, 50, 40)), "side by side");
        // a drawing with both faults is reported
        CustomerJourney journey = GeneratedJourneys.generate(5, 1);
        JourneyDrawing clean = JourneyLayout.of(journey, Options.defaults());
        Box first = clean.boxes().get(0);
        Box second = clean.boxes().get(1);
        List<Box> boxes = new java.util.ArrayList<>(clean.boxes());
        boxes.set(1, new Box(second.touchpoint(), second.column(), first.bounds()));
        Route route = clean.routes().get(0);
        Box other = boxes.stream().filter(b -> b != route.source() && b != route.target()).findFirst().orElseThrow();
        Route through = new Route(route.flow(), route.source(), route.target(), route.direction(), false,
                List.of(new Point(other.bounds().x() - 5, other.bounds().centerY()),
                        new Point(other.bounds().right() + 5, other.bounds().centerY())), null);
        JourneyDrawing broken = new JourneyDrawing(journey, clean.columns(), boxes, List.of(through),
                clean.width(), clean.height());
        List<String> problems = DrawingQuality.problems(broken);
        assertTrue(problems.stream().anyMatch(p -> p.contains("overlaps")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("passes through")), problems.toString());
    }

    static Touchpoint touchpoint(CustomerJourney journey, String id) {
        return journey.getStages().stream().flatMap(s -> s.getTouchpoints().stream()).filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow();
    }
}
