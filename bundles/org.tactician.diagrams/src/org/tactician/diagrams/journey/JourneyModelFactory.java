package org.tactician.diagrams.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.layout.TextLines;
import org.tactician.layout.journey.JourneyBoxes;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Lane;
import org.tactician.layout.journey.JourneyDrawing.Point;
import org.tactician.layout.journey.JourneyDrawing.Rect;
import org.tactician.layout.journey.JourneyDrawing.Route;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyFlow;
import org.tactician.model.Persona;
import org.tactician.model.PurchaseMode;
import org.tactician.model.RaceStage;
import org.tactician.model.Touchpoint;

import com.google.inject.Inject;

/**
 * The plan's customer journey as a GLSP graph, placed by ELK ({@link JourneyArrangement}): a column
 * per stage (and, when asked for, a lane per persona across them), a box per touchpoint coloured by its media type (as in the plan documents), an edge
 * per flow with the route ELK gave it and a label with its name and condition. Element ids are
 * the plan's own ids.
 */
public class JourneyModelFactory implements GModelFactory {

    public static final String ROOT_ID = "journey";
    /** Width of a column of a plan that has no journey yet. */
    static final int EMPTY_COLUMN_WIDTH = 240;
    static final int EMPTY_HEIGHT = 420;

    @Inject
    protected GModelState modelState;

    @Inject
    protected PlanDiagram diagram;

    @Inject
    protected JourneyArrangement arrangement;

    @Override
    public void createGModel() {
        CustomerJourney journey = JourneyModel.journey(diagram.source().plan());
        GGraph graph = journey == null ? empty(ReadingDirection.rightToLeft(diagram.source().plan()))
                : build(arrangement.drawing(journey, diagram.layout()));
        if (modelState.getRoot() != null) {
            graph.setRevision(modelState.getRoot().getRevision());
        }
        modelState.updateRoot(graph);
    }

    /** A plan without a journey: the five RACE stages as empty columns to create the first touchpoint in. */
    /** The RACE stage above a column's name, in capitals, in the workbench's language ("ALCANÇAR"). */
    static String raceWord(RaceStage race) {
        return DiagramTexts.terms().literal(race).toUpperCase(DiagramTexts.locale());
    }

    static GGraph empty() {
        return empty(false);
    }

    /** {@link #empty()}, right to left the first stage at the right. */
    static GGraph empty(boolean rightToLeft) {
        GGraphBuilder graph = new GGraphBuilder().id(ROOT_ID).addCssClass("journey-diagram");
        if (rightToLeft) {
            graph.addCssClass("rtl").addArgument(ReadingDirection.ARGUMENT, true);
        }
        RaceStage[] stages = RaceStage.values();
        for (int i = 0; i < stages.length; i++) {
            String literal = raceWord(stages[i]);
            String name = DiagramTexts.terms().literal(stages[i]);
            graph.add(new GNodeBuilder(JourneyTypes.STAGE).id("stage:" + stages[i].name())
                    .position(emptyColumn(i, rightToLeft) * EMPTY_COLUMN_WIDTH, 0).size(EMPTY_COLUMN_WIDTH, EMPTY_HEIGHT).addCssClass("journey-stage")
                    .addCssClass(i % 2 == 0 ? "even" : "odd").addArgument("race", literal).addArgument("placeholder", true)
                    .add(label(JourneyTypes.STAGE_TITLE, "stage:" + stages[i].name() + ":name", name, 12, 22,
                            EMPTY_COLUMN_WIDTH - 24))
                    .build());
        }
        return graph.build();
    }

    /** Where the {@code stage}th placeholder column is drawn (and the reverse): right to left, the first at the right. */
    static int emptyColumn(int stage, boolean rightToLeft) {
        return rightToLeft ? RaceStage.values().length - 1 - stage : stage;
    }

    /** The graph of a laid-out journey. */
    static GGraph build(JourneyDrawing drawing) {
        GGraphBuilder graph = new GGraphBuilder().id(ROOT_ID).addCssClass("journey-diagram");
        boolean rightToLeft = ReadingDirection.rightToLeft(drawing.journey());
        if (rightToLeft) {
            graph.addCssClass("rtl").addArgument(ReadingDirection.ARGUMENT, true);
        }
        for (Column column : drawing.columns()) {
            Rect b = column.bounds();
            RaceStage race = column.stage().isSetRaceStage() ? column.stage().getRaceStage() : null;
            graph.add(new GNodeBuilder(JourneyTypes.STAGE).id(column.stage().getId()).position(b.x(), b.y())
                    .size(b.width(), b.height()).addCssClass("journey-stage")
                    .addCssClass(column.index() % 2 == 0 ? "even" : "odd")
                    .addArgument("race", race == null ? "" : raceWord(race))
                    .add(label(JourneyTypes.STAGE_TITLE, JourneyTypes.nameId(column.stage().getId()),
                            column.stage().getName() == null ? "" : column.stage().getName(), 12, 22, b.width() - 24))
                    .build());
        }
        graph.addArgument("swimlanes", !drawing.lanes().isEmpty());
        for (Lane lane : drawing.lanes()) {
            Rect b = lane.bounds();
            Persona persona = lane.persona();
            String title = persona == null ? org.tactician.diagrams.internal.DiagramTexts.get("journey.noPersona") : persona.getName() == null ? "?" : persona.getName();
            graph.add(new GNodeBuilder(JourneyTypes.LANE).id("lane:" + (persona == null ? "none" : persona.getId()))
                    .position(b.x(), b.y()).size(b.width(), b.height()).addCssClass("journey-lane")
                    .addCssClass(lane.index() % 2 == 0 ? "even" : "odd").addCssClass(persona == null ? "no-persona" : "persona")
                    .addArgument("title", title).addArgument("titleAt", titleAt(drawing, b, rightToLeft)).build());
        }
        for (Route route : drawing.routes()) {
            graph.add(flow(route));
        }
        for (Box box : drawing.boxes()) {
            graph.add(touchpoint(box));
        }
        for (Route route : drawing.routes()) {
            if (route.label() != null) {
                graph.add(flowLabel(route));
            }
        }
        return graph.build();
    }

    /**
     * Where a lane's name is repeated, from the lane's left: at the start of every stage column
     * but the first (a wide journey scrolled sideways still tells its lanes apart), as
     * comma-separated px; right to left, a column starts at its right edge.
     */
    static String titleAt(JourneyDrawing drawing, Rect lane, boolean rightToLeft) {
        StringBuilder at = new StringBuilder();
        for (Column column : drawing.columns()) {
            if (column.index() > 0) {
                double start = rightToLeft ? column.bounds().right() : column.bounds().x();
                at.append(at.isEmpty() ? "" : ",").append(Math.round(start - lane.x()));
            }
        }
        return at.toString();
    }

    private static org.eclipse.glsp.graph.GNode touchpoint(Box box) {
        Touchpoint touchpoint = box.touchpoint();
        Rect b = box.bounds();
        String media = !touchpoint.isSetMediaType() ? "unclassified"
                : touchpoint.getMediaType().getLiteral().toLowerCase(Locale.ROOT);
        PurchaseMode purchase = JourneyBoxes.purchase(touchpoint);
        List<String> personas = new ArrayList<>();
        for (Persona persona : touchpoint.getPersonas()) {
            personas.add(persona.getName() == null ? "?" : persona.getName());
        }
        String channel = touchpoint.getChannel() == null || touchpoint.getChannel().getName() == null ? ""
                : touchpoint.getChannel().getName();
        String kind = touchpoint.isSetMediaType() ? DiagramTexts.terms().literal(touchpoint.getMediaType())
                : DiagramTexts.get("journey.mediaNotSet");
        String meta = kind + (channel.isEmpty() ? "" : " · " + channel);
        List<String> nameLines = JourneyBoxes.nameLines(touchpoint);
        int nameHeight = TextLines.height(nameLines.size());
        int width = (int) b.width() - 2 * JourneyBoxes.PADDING;
        return new GNodeBuilder(JourneyTypes.TOUCHPOINT).id(touchpoint.getId()).position(b.x(), b.y())
                .size(b.width(), b.height()).addCssClass("journey-touchpoint").addCssClass(media)
                .addCssClass("purchase-" + purchase.getLiteral().toLowerCase(Locale.ROOT))
                .addArgument("media", media).addArgument("channel", channel)
                .addArgument("personas", String.join("\n", personas))
                .addArgument("purchase", purchase.getLiteral().toLowerCase(Locale.ROOT))
                .addArgument("metaY", JourneyBoxes.PADDING + nameHeight + 2)
                .add(new GLabelBuilder(JourneyTypes.NAME).id(JourneyTypes.nameId(touchpoint.getId()))
                        .text(touchpoint.getName() == null ? "" : touchpoint.getName())
                        .position(JourneyBoxes.PADDING, JourneyBoxes.PADDING).size(width, nameHeight)
                        .addArgument("lines", String.join("\n", nameLines)).build())
                .add(new GLabelBuilder(JourneyTypes.META).id(touchpoint.getId() + ":meta").text(meta)
                        .position(JourneyBoxes.PADDING, JourneyBoxes.PADDING + nameHeight + 2)
                        .size(width, JourneyBoxes.MEDIA_LINE)
                        .addArgument("lines", firstLine(meta, width * 13.0 / 11.0))
                        .build())
                .build();
    }

    private static org.eclipse.glsp.graph.GEdge flow(Route route) {
        JourneyFlow flow = route.flow();
        List<GPoint> points = new ArrayList<>();
        for (Point point : route.points()) {
            points.add(GraphUtil.point(point.x(), point.y()));
        }
        return new GEdgeBuilder(JourneyTypes.FLOW).id(flow.getId()).sourceId(route.source().touchpoint().getId())
                .targetId(route.target().touchpoint().getId()).addRoutingPoints(points)
                .addCssClass("journey-flow").addCssClass(route.direction().name().toLowerCase(Locale.ROOT))
                .addArgument("curved", route.curved()).addArgument("direction", route.direction().name())
                .addArgument("condition", flow.getCondition() == null ? "" : flow.getCondition())
                .build();
    }

    private static GLabel flowLabel(Route route) {
        JourneyFlow flow = route.flow();
        Rect b = route.label();
        return new GLabelBuilder(JourneyTypes.FLOW_LABEL).id(JourneyTypes.labelId(flow.getId())).text(FlowText.of(flow))
                .position(b.x(), b.y()).size(b.width(), b.height())
                .addCssClass("journey-flow-label").addCssClass(route.direction().name().toLowerCase(Locale.ROOT))
                .addArgument("lines", String.join("\n", JourneyBoxes.labelLines(flow, JourneyArrangement.condition())))
                .addArgument("nameLines", JourneyBoxes.nameLines(flow).size())
                .addArgument("conditional", flow.getCondition() != null && !flow.getCondition().isBlank())
                .build();
    }

    /** The first line of {@code text} at {@code width}, with an ellipsis when there is more. */
    static String firstLine(String text, double width) {
        List<String> lines = TextLines.wrap(text, width);
        return lines.size() == 1 ? lines.get(0) : lines.get(0) + " …";
    }

    private static GLabel label(String type, String id, String text, double x, double y, double width) {
        List<String> lines = TextLines.wrap(text, width);
        return new GLabelBuilder(type).id(id).text(text).position(x, y).size(width, TextLines.height(lines.size()))
                .addArgument("lines", String.join("\n", lines)).build();
    }
}
