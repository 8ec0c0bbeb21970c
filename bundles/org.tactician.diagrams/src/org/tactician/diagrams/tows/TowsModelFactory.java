package org.tactician.diagrams.tows;

import static org.tactician.diagrams.tows.TowsArrangement.BADGE_GAP;
import static org.tactician.diagrams.tows.TowsArrangement.BADGE_HEIGHT;
import static org.tactician.diagrams.tows.TowsArrangement.BADGE_ROW_HEIGHT;
import static org.tactician.diagrams.tows.TowsArrangement.BADGE_WIDTH;
import static org.tactician.diagrams.tows.TowsArrangement.CARD_TEXT_PADDING;
import static org.tactician.diagrams.tows.TowsArrangement.FACTOR_CODE_WIDTH;
import static org.tactician.diagrams.tows.TowsArrangement.PADDING;
import static org.tactician.diagrams.tows.TowsArrangement.SIDE_WIDTH;
import static org.tactician.diagrams.tows.TowsArrangement.SUPPORT_HEIGHT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.model.GModelState;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.i18n.SwotCodes;
import org.tactician.layout.Bounds;
import org.tactician.layout.TextLines;
import org.tactician.layout.DiagramLayout;
import org.tactician.diagrams.tows.TowsArrangement.CardBox;
import org.tactician.diagrams.tows.TowsArrangement.CellBox;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotItem;
import org.tactician.model.TowsStrategy;

import com.google.inject.Inject;

/**
 * The TOWS matrix of the plan as a GLSP graph: a corner, eight cells and the cards in them; each
 * strategy card carries a badge per SWOT item it combines ({@code S2 + O1}). Element ids are the
 * plan's own ids, so the diagram, the layout file and validation findings all meet on them.
 */
public class TowsModelFactory implements GModelFactory {

    public static final String ROOT_ID = "tows";

    @Inject
    protected GModelState modelState;

    @Inject
    protected PlanDiagram diagram;

    @Override
    public void createGModel() {
        MarketingPlan plan = diagram.source().plan();
        GGraph graph = build(TowsModel.swot(plan), diagram.layout(), ReadingDirection.rightToLeft(plan));
        if (modelState.getRoot() != null) {
            // GLSP numbers the next revision from the current root's
            graph.setRevision(modelState.getRoot().getRevision());
        }
        modelState.updateRoot(graph);
    }

    /** The graph of {@code swot} (may be {@code null}: an empty matrix) under {@code layout}. */
    public static GGraph build(SwotAnalysis swot, DiagramLayout layout) {
        return build(swot, layout, ReadingDirection.rightToLeft(swot));
    }

    /**
     * The graph of {@code swot} under {@code layout}, mirrored when {@code rightToLeft} (the
     * side column at the right, each card's code and badges at its right).
     */
    public static GGraph build(SwotAnalysis swot, DiagramLayout layout, boolean rightToLeft) {
        TowsArrangement arrangement = TowsArrangement.of(swot, layout, rightToLeft);
        SwotCodes codes = swot == null ? null : SwotCodes.of(swot, DiagramTexts.terms());
        Map<TowsCell, List<GModelElement>> cellChildren = new EnumMap<>(TowsCell.class);
        for (CardBox card : arrangement.cards()) {
            GModelElement node = card.element() instanceof SwotItem item ? factor(item, card, codes, rightToLeft)
                    : strategy((TowsStrategy) card.element(), card, codes, rightToLeft);
            cellChildren.computeIfAbsent(card.cell(), c -> new ArrayList<>()).add(node);
        }
        GGraphBuilder graph = new GGraphBuilder().id(ROOT_ID).addCssClass("tows-diagram");
        if (rightToLeft) {
            graph.addCssClass("rtl").addArgument(ReadingDirection.ARGUMENT, true);
        }
        graph.add(new GNodeBuilder(TowsTypes.CORNER).id("cell:corner").position(arrangement.cornerX(), 0)
                .size(SIDE_WIDTH, arrangement.cornerHeight()).addCssClass("tows-corner")
                .add(label(TowsTypes.CELL_TITLE, "cell:corner:title", DiagramTexts.get("page.towsTitle"), PADDING, 12, SIDE_WIDTH - 2 * PADDING))
                .add(label(TowsTypes.CELL_HINT, "cell:corner:hint", DiagramTexts.get("tows.cornerHint"),
                        rightToLeft ? PADDING + 40 : PADDING, 34, SIDE_WIDTH - 2 * PADDING - 40))
                .build());
        for (TowsCell cell : TowsCell.values()) {
            CellBox box = arrangement.cell(cell);
            GNodeBuilder node = new GNodeBuilder(TowsTypes.CELL).id(cell.elementId()).position(box.x(), box.y())
                    .size(box.width(), box.height()).addCssClass("tows-cell")
                    .addCssClass("cell-" + cell.name().toLowerCase(Locale.ROOT))
                    .addCssClass(cell.holdsFactors() ? "swot-list" : "strategy-cell")
                    .addArgument("cell", cell.name())
                    .add(label(TowsTypes.CELL_TITLE, cell.elementId() + ":title", cell.title(),
                            PADDING, 12, box.width() - 2 * PADDING))
                    .add(label(TowsTypes.CELL_HINT, cell.elementId() + ":hint", cell.hint(), PADDING, 32,
                            box.width() - 2 * PADDING));
            node.addAll(cellChildren.getOrDefault(cell, List.of()));
            graph.add(node.build());
        }
        return graph.build();
    }

    private static GNode factor(SwotItem item, CardBox card, SwotCodes codes, boolean rightToLeft) {
        // the code's pill at the card's start edge (the page draws it), the text beside it
        int textX = rightToLeft ? CARD_TEXT_PADDING : FACTOR_CODE_WIDTH + CARD_TEXT_PADDING;
        Bounds b = card.bounds();
        int strategies = item.getStrategies().size();
        String kind = item.getCategory().getLiteral().toLowerCase(Locale.ROOT);
        return new GNodeBuilder(TowsTypes.FACTOR).id(item.getId()).position(b.x(), b.y()).size(b.width(), b.height())
                .addCssClass("tows-card").addCssClass("factor").addCssClass(kind)
                .addArgument("code", codes.of(item)).addArgument("kind", kind)
                .addArgument("supports", strategies)
                .add(name(item.getId(), item.getName(), card, textX, b.width() - FACTOR_CODE_WIDTH - 2 * CARD_TEXT_PADDING))
                .add(label(TowsTypes.SUPPORT, item.getId() + ":support",
                        DiagramTexts.get(strategies == 0 ? "tows.supportsNone" : strategies == 1 ? "tows.supportsOne" : "tows.supportsMany",
                                strategies),
                        textX, b.height() - CARD_TEXT_PADDING - SUPPORT_HEIGHT + 2,
                        b.width() - FACTOR_CODE_WIDTH - 2 * CARD_TEXT_PADDING))
                .build();
    }

    private static GNode strategy(TowsStrategy strategy, CardBox card, SwotCodes codes, boolean rightToLeft) {
        Bounds b = card.bounds();
        List<SwotItem> items = strategy.getSwotItems();
        GNodeBuilder node = new GNodeBuilder(TowsTypes.STRATEGY).id(strategy.getId()).position(b.x(), b.y())
                .size(b.width(), b.height()).addCssClass("tows-card").addCssClass("strategy")
                .addArgument("kind", strategy.getCategory().getLiteral())
                .addArgument("codes", codes.of(strategy))
                .add(name(strategy.getId(), strategy.getName(), card, CARD_TEXT_PADDING, b.width() - 2 * CARD_TEXT_PADDING));
        int top = CARD_TEXT_PADDING + TextLines.height(card.lines().size()) + 6;
        if (items.isEmpty()) {
            node.add(label(TowsTypes.SUPPORT, strategy.getId() + ":support", DiagramTexts.get("tows.combinesNone"),
                    CARD_TEXT_PADDING, top + 4, b.width() - 2 * CARD_TEXT_PADDING));
        }
        int perRow = TowsArrangement.badgesPerRow(b.width());
        for (int i = 0; i < items.size(); i++) {
            SwotItem item = items.get(i);
            int x = ReadingDirection.x(rightToLeft, CARD_TEXT_PADDING + (i % perRow) * (BADGE_WIDTH + BADGE_GAP), BADGE_WIDTH,
                    b.width());
            int y = top + (i / perRow) * BADGE_ROW_HEIGHT;
            node.add(new GNodeBuilder(TowsTypes.BADGE).id(TowsTypes.linkId(strategy.getId(), item.getId()))
                    .position(x, y).size(BADGE_WIDTH, BADGE_HEIGHT).addCssClass("tows-badge")
                    .addCssClass(item.isSetCategory() ? item.getCategory().getLiteral().toLowerCase(Locale.ROOT) : "not-set")
                    .addArgument("code", codes.of(item)).addArgument("joined", i % perRow != 0)
                    .addArgument("item", item.getName() == null ? "" : item.getName())
                    .build());
        }
        return node.build();
    }

    private static GLabel name(String id, String name, CardBox card, int x, int width) {
        return new GLabelBuilder(TowsTypes.NAME).id(TowsTypes.nameId(id)).text(name == null ? "" : name)
                .position(x, CARD_TEXT_PADDING).size(width, TextLines.height(card.lines().size()))
                .addArgument("lines", String.join("\n", card.lines())).build();
    }

    private static GLabel label(String type, String id, String text, int x, int y, int width) {
        List<String> lines = TextLines.wrap(text, width);
        return new GLabelBuilder(type).id(id).text(text).position(x, y).size(width, TextLines.height(lines.size()))
                .addArgument("lines", String.join("\n", lines)).build();
    }
}
