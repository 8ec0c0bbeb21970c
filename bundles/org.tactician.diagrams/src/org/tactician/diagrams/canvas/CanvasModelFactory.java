package org.tactician.diagrams.canvas;

import static org.tactician.diagrams.canvas.CanvasArrangement.LINK_HEIGHT;
import static org.tactician.diagrams.canvas.CanvasArrangement.MAX_LINKS;
import static org.tactician.diagrams.canvas.CanvasArrangement.NOTE_PADDING;
import static org.tactician.diagrams.canvas.CanvasArrangement.PADDING;

import java.util.List;
import java.util.Locale;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.canvas.CanvasArrangement.BlockBox;
import org.tactician.diagrams.canvas.CanvasArrangement.NoteBox;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.layout.Bounds;
import org.tactician.layout.TextLines;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.MarketingPlan;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.model.ValueProposition;

import com.google.inject.Inject;

/**
 * The plan's Business Model Canvas as a GLSP graph: the nine blocks in their canonical places and
 * the items as notes in them; a note that stands for plan elements (segments, channels, budget
 * lines, the value proposition) carries a chip for each, to open it. Ids are the plan's own.
 */
public class CanvasModelFactory implements GModelFactory {

    public static final String ROOT_ID = "canvas";

    @Inject
    protected GModelState modelState;

    @Inject
    protected PlanDiagram diagram;

    @Override
    public void createGModel() {
        MarketingPlan plan = diagram.source().plan();
        GGraph graph = build(CanvasModel.canvas(plan), plan);
        if (modelState.getRoot() != null) {
            graph.setRevision(modelState.getRoot().getRevision());
        }
        modelState.updateRoot(graph);
    }

    /** The graph of {@code canvas} (may be {@code null}: an empty canvas). */
    static GGraph build(BusinessModelCanvas canvas, MarketingPlan plan) {
        CanvasArrangement arrangement = CanvasArrangement.of(canvas, plan);
        GGraphBuilder graph = new GGraphBuilder().id(ROOT_ID).addCssClass("canvas-diagram");
        if (arrangement.rightToLeft()) {
            graph.addCssClass("rtl").addArgument(ReadingDirection.ARGUMENT, true);
        }
        for (CanvasArea area : CanvasArea.values()) {
            BlockBox box = arrangement.block(area);
            String css = area.name().toLowerCase(Locale.ROOT).replace('_', '-');
            GNodeBuilder block = new GNodeBuilder(CanvasTypes.BLOCK).id(area.elementId()).position(box.x(), box.y())
                    .size(box.width(), box.height()).addCssClass("canvas-block").addCssClass(css)
                    .addArgument("block", area.block().getLiteral())
                    .add(label(CanvasTypes.BLOCK_TITLE, area.elementId() + ":title", area.title(), PADDING, 8, box.width() - 2 * PADDING))
                    .add(label(CanvasTypes.BLOCK_HINT, area.elementId() + ":hint", area.hint(), PADDING, 27, box.width() - 2 * PADDING));
            for (NoteBox note : arrangement.notes(area)) {
                block.add(note(note));
            }
            graph.add(block.build());
        }
        return graph.build();
    }

    private static GNode note(NoteBox note) {
        Bounds b = note.bounds();
        String id = note.item().getId();
        GNodeBuilder node = new GNodeBuilder(CanvasTypes.NOTE).id(id).position(b.x(), b.y()).size(b.width(), b.height())
                .addCssClass("canvas-note").addArgument("links", note.links().size())
                .add(new GLabelBuilder(CanvasTypes.NAME).id(CanvasTypes.nameId(id))
                        .text(note.item().getName() == null ? "" : note.item().getName())
                        .position(NOTE_PADDING, NOTE_PADDING).size(b.width() - 2 * NOTE_PADDING, TextLines.height(note.lines().size()))
                        .addArgument("lines", String.join("\n", note.lines())).build());
        int y = NOTE_PADDING + TextLines.height(note.lines().size()) + 4;
        List<CanvasModel.Link> links = note.links();
        for (int i = 0; i < Math.min(MAX_LINKS, links.size()); i++) {
            CanvasModel.Link link = links.get(i);
            PlanElement element = link.element();
            node.add(new GNodeBuilder(CanvasTypes.LINK).id(CanvasTypes.linkId(id, element.getId()))
                    .position(NOTE_PADDING, y + i * LINK_HEIGHT).size(b.width() - 2 * NOTE_PADDING, LINK_HEIGHT - 2)
                    .addCssClass("canvas-link").addCssClass(link.kind()).addArgument("kind", link.kind())
                    .addArgument("target", element.getId()).addArgument("name", name(element))
                    .addArgument("unlinkable", link.reference() != null).build());
        }
        if (links.size() > MAX_LINKS) {
            // how many chips more than the note shows, in the workbench's language
            String more = DiagramTexts.get("canvas.moreLinks", links.size() - MAX_LINKS);
            node.add(new GLabelBuilder(CanvasTypes.BLOCK_HINT).id(id + ":more")
                    .text(more).position(NOTE_PADDING, y + MAX_LINKS * LINK_HEIGHT)
                    .size(b.width() - 2 * NOTE_PADDING, LINK_HEIGHT).addArgument("lines", more)
                    .build());
        }
        return node.build();
    }

    /** What a chip says: the element's name (the value proposition's elevator pitch). */
    static String name(PlanElement element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element instanceof ValueProposition proposition && proposition.getElevatorPitch() != null) {
            return proposition.getElevatorPitch();
        }
        return DiagramTexts.get("canvas.valueProposition");
    }

    private static GLabel label(String type, String id, String text, int x, int y, int width) {
        List<String> lines = TextLines.wrap(text, width);
        return new GLabelBuilder(type).id(id).text(text).position(x, y).size(width, TextLines.height(lines.size()))
                .addArgument("lines", lines.get(0)).build();
    }
}
