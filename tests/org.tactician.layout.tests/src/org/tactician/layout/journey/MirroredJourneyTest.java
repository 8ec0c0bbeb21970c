package org.tactician.layout.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Direction;
import org.tactician.layout.journey.JourneyDrawing.Lane;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.JourneyDrawing.Route;
import org.tactician.layout.journey.JourneyLayout.Options;
import org.tactician.model.CustomerJourney;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;

/**
 * A right-to-left plan's journey is drawn as a right-to-left reader reads it: the first stage's
 * column at the right edge, the stages leftwards in journey order, forward flows pointing left,
 * persona lanes across; a left-to-right plan's as before (first stage at the left, flows pointing
 * right). Pins are direction-neutral: the same stored places give the same drawing, mirrored.
 */
class MirroredJourneyTest {

    private static CustomerJourney journey(SamplePlans sample) throws Exception {
        Path file = Files.createTempFile(sample.name().toLowerCase(), ".mplan");
        try (var in = sample.openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            MarketingPlan plan = PlanFiles.load(file);
            return plan.getJourneys().get(0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double forwardFlowsDx(JourneyDrawing drawing, boolean wantLeft) {
        int forward = 0;
        for (Route route : drawing.routes()) {
            if (route.direction() != Direction.FORWARD) {
                continue;
            }
            forward++;
            Point start = route.points().get(0);
            Point end = route.points().get(route.points().size() - 1);
            // a forward flow leaves its source towards the next stage and arrives from that side
            assertTrue(wantLeft ? end.x() < start.x() : end.x() > start.x(), route.flow().getId() + " from " + start + " to " + end);
            assertTrue(wantLeft ? route.target().bounds().right() <= route.source().bounds().x() + 0.5
                    : route.target().bounds().x() >= route.source().bounds().right() - 0.5, route.flow().getId());
        }
        return forward;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theArabicJourneyReadsRightToLeft(boolean lanes) throws Exception {
        CustomerJourney journey = journey(SamplePlans.ARABIC);
        Options options = Options.defaults().withSwimlanes(lanes);
        JourneyDrawing ltr = JourneyLayout.of(journey, options);
        JourneyDrawing rtl = JourneyLayout.of(journey, options.withRightToLeft(true));
        assertEquals(List.of(), DrawingQuality.problems(rtl));
        assertEquals(ltr.width(), rtl.width());
        List<Column> columns = rtl.columns();
        assertTrue(columns.size() >= 4, "the sample's stages");
        assertEquals(rtl.width(), columns.get(0).bounds().right(), 0.01, "the first stage at the right edge");
        assertEquals(0, columns.get(columns.size() - 1).bounds().x(), 0.01, "the last stage at the left edge");
        for (int i = 1; i < columns.size(); i++) {
            assertTrue(columns.get(i).bounds().right() <= columns.get(i - 1).bounds().x() + 0.5,
                    "stage " + i + " left of stage " + (i - 1));
        }
        for (Box box : rtl.boxes()) {
            assertTrue(columns.get(box.column()).bounds().encloses(box.bounds()), box.touchpoint().getId() + " in its column");
        }
        assertTrue(forwardFlowsDx(rtl, true) >= 5, "the sample's forward flows");
        // the left-to-right layout, mirrored: same boxes at the same heights, x from the right edge
        Map<String, Box> mirrored = rtl.boxesById();
        for (Box box : ltr.boxes()) {
            Box other = mirrored.get(box.touchpoint().getId());
            assertEquals(box.bounds().y(), other.bounds().y(), 0.01);
            assertEquals(ltr.width() - box.bounds().right(), other.bounds().x(), 0.01, box.touchpoint().getId());
        }
        if (lanes) {
            assertEquals(journey.getPersonas().size(), rtl.lanes().size(), "a lane per persona of the sample");
            for (Lane lane : rtl.lanes()) {
                assertEquals(0, lane.bounds().x(), 0.01);
                assertEquals(rtl.width(), lane.bounds().right(), 0.01, "lanes across the whole journey");
            }
            for (Box box : rtl.boxes()) {
                assertTrue(rtl.lanes().get(box.lane()).bounds().encloses(box.bounds()), box.touchpoint().getId() + " in its lane");
            }
        } else {
            assertEquals(List.of(), rtl.lanes());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLeftToRightJourneyIsAsBefore(boolean lanes) throws Exception {
        CustomerJourney journey = journey(SamplePlans.FURNITURE_RETAILER);
        JourneyDrawing drawing = JourneyLayout.of(journey, Options.defaults().withSwimlanes(lanes));
        List<Column> columns = drawing.columns();
        assertEquals(0, columns.get(0).bounds().x(), 0.01, "the first stage at the left edge");
        for (int i = 1; i < columns.size(); i++) {
            assertTrue(columns.get(i).bounds().x() >= columns.get(i - 1).bounds().right() - 0.5);
        }
        assertTrue(forwardFlowsDx(drawing, false) >= 5, "the sample's forward flows");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void storedPlacesMeanTheSameInBothDirections(boolean lanes) throws Exception {
        CustomerJourney journey = journey(SamplePlans.ARABIC);
        JourneyDrawing first = JourneyLayout.of(journey, Options.defaults().withSwimlanes(lanes));
        // the consultant dropped the first stage's last touchpoint at the top of its column
        Box moved = first.boxes().stream().filter(b -> b.column() == 0).reduce((a, b) -> b).orElseThrow();
        Map<String, Point> pins = Map.of(moved.touchpoint().getId(), new Point(moved.bounds().x(), 0));
        JourneyDrawing ltr = JourneyLayout.of(journey, Options.defaults().withSwimlanes(lanes).withPinned(pins));
        JourneyDrawing rtl = JourneyLayout.of(journey, Options.defaults().withSwimlanes(lanes).withPinned(pins).withRightToLeft(true));
        assertEquals(ltr.mirrored(), rtl, "one stored place, the same drawing mirrored");
        assertEquals(List.of(), DrawingQuality.problems(rtl));
    }
}
