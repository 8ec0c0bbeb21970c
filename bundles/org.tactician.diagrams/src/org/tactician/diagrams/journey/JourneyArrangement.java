package org.tactician.diagrams.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.layout.Bounds;
import org.tactician.layout.DiagramLayout;
import org.tactician.layout.journey.JourneyBoxes;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.JourneyLayout;
import org.tactician.layout.journey.JourneyLayout.Routing;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.Touchpoint;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The journey as the diagram's client sees it: the ELK drawing of the plan's journey with the
 * touchpoints the consultant placed (the layout side file), kept until the journey's shape
 * changes, so an edit that moves nothing (a rename, a change elsewhere in the plan) answers
 * without a new layout. The drawings are shared by every page of the plan (and prepared while a
 * page loads, see {@link #warmUp}); how flows are drawn is this session's choice, whether in
 * persona lanes the journey's setting in the side file ({@link #swimlanes}). The handlers
 * read the same drawing the user sees. A right-to-left plan's journey is the same layout mirrored
 * (first stage at the right); the side file keeps touchpoints' places as laid out left to right.
 */
@Singleton
public class JourneyArrangement {

    /** The journey's setting in the layout file that draws it in lanes, and its one value so far. */
    public static final String LANES = JourneyLayout.LANES;
    public static final String LANES_BY_PERSONA = JourneyLayout.LANES_BY_PERSONA;

    /** The last drawing per routing and lanes, for every page of one plan. */
    static final class Drawings {
        private final Map<String, String> signatures = new HashMap<>();
        private final Map<String, JourneyDrawing> drawings = new HashMap<>();

        synchronized JourneyDrawing drawing(CustomerJourney journey, DiagramLayout layout, Routing routing) {
            Map<String, Point> pinned = pins(layout);
            boolean lanes = swimlanes(layout);
            boolean rightToLeft = ReadingDirection.rightToLeft(journey);
            String key = routing + (lanes ? "+lanes" : "");
            String now = (rightToLeft ? "rtl|" : "") + signature(journey, pinned, routing, lanes);
            if (!now.equals(signatures.get(key))) {
                drawings.put(key, JourneyLayout.of(journey, new JourneyLayout.Options(routing, pinned, lanes)
                        .withCondition(condition()).withRightToLeft(rightToLeft)));
                signatures.put(key, now);
            }
            return drawings.get(key);
        }
    }

    /** Whether {@code layout} has the journey drawn in persona lanes. */
    public static boolean swimlanes(DiagramLayout layout) {
        return JourneyLayout.swimlanes(layout);
    }

    @Inject(optional = true)
    protected PlanDiagram diagram;

    private Drawings own;
    private Routing routing = Routing.ORTHOGONAL;

    /** Lays out the plan's journey for {@code diagram}'s pages while a page loads. */
    public static void warmUp(PlanDiagram diagram) {
        CustomerJourney journey = JourneyModel.journey(diagram.source().plan());
        if (journey != null) {
            diagram.shared(Drawings.class, Drawings::new).drawing(journey, diagram.layout(), Routing.ORTHOGONAL);
        }
    }

    /** How flows are drawn in this session. */
    public synchronized Routing routing() {
        return routing;
    }

    public synchronized void setRouting(Routing newRouting) {
        routing = newRouting;
    }

    /** The drawing of {@code journey} under {@code layout}; call it where the model may be read. */
    public JourneyDrawing drawing(CustomerJourney journey, DiagramLayout layout) {
        return drawings().drawing(journey, layout, routing());
    }

    private synchronized Drawings drawings() {
        if (diagram != null) {
            return diagram.shared(Drawings.class, Drawings::new);
        }
        if (own == null) {
            own = new Drawings();
        }
        return own;
    }

    /** Where the consultant put touchpoints: their stored top left corners. */
    static Map<String, Point> pins(DiagramLayout layout) {
        Map<String, Point> pins = new HashMap<>();
        SortedMap<String, Bounds> stored = layout.diagrams().get(JourneyTypes.LAYOUT_NAME);
        if (stored != null) {
            stored.forEach((id, b) -> pins.put(id, new Point(b.x(), b.y())));
        }
        return pins;
    }

    /** What the layout depends on: the stages, boxes, flows and labels, and the pins. */
    private static String signature(CustomerJourney journey, Map<String, Point> pinned, Routing routing, boolean lanes) {
        StringBuilder out = new StringBuilder(4096).append(routing).append('|').append(lanes).append('|')
                .append(System.identityHashCode(journey));
        if (lanes) {
            journey.getPersonas().forEach(p -> out.append(' ').append(System.identityHashCode(p)));
        }
        for (JourneyStage stage : journey.getStages()) {
            out.append("\nS").append(System.identityHashCode(stage));
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                out.append(' ').append(System.identityHashCode(touchpoint)).append('/').append(touchpoint.getId()).append('/')
                        .append(JourneyBoxes.height(touchpoint));
                if (lanes && !touchpoint.getPersonas().isEmpty()) {
                    out.append('~').append(System.identityHashCode(touchpoint.getPersonas().get(0)));
                }
                Point pin = touchpoint.getId() == null ? null : pinned.get(touchpoint.getId());
                if (pin != null) {
                    out.append('@').append(pin.x()).append(',').append(pin.y());
                }
            }
        }
        for (JourneyFlow flow : journey.getFlows()) {
            List<String> lines = JourneyBoxes.labelLines(flow, condition());
            out.append("\nF").append(System.identityHashCode(flow)).append(' ')
                    .append(System.identityHashCode(flow.getSource())).append('>')
                    .append(System.identityHashCode(flow.getTarget())).append(' ')
                    .append(JourneyBoxes.labelWidth(lines)).append('x').append(lines.size());
        }
        return out.toString();
    }

    /** How a flow's label introduces its condition, in the workbench's language ("if {0}", "se {0}"). */
    static String condition() {
        return DiagramTexts.get("journey.condition");
    }
}
