package org.tactician.diagrams.tows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.layout.Bounds;
import org.tactician.layout.TextLines;
import org.tactician.layout.DiagramLayout;
import org.tactician.model.PlanElement;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotItem;
import org.tactician.model.TowsStrategy;

/**
 * Where everything of a TOWS diagram goes: the grid of cells (sized to hold their cards) and each
 * card inside its cell — where the user put it (the stored layout, kept inside the cell) or, for
 * cards never placed, in columns below the placed ones. Computed afresh for every model update.
 * A right-to-left plan's matrix is mirrored as its documents draw it: the side column of
 * opportunities and threats at the right, strengths next to it, weaknesses at the left, the rows
 * as they are; inside a cell the cards are mirrored too. The layout file keeps cards' places as
 * drawn left to right (from the cell's start edge), so a change of the plan's language keeps them.
 */
final class TowsArrangement {

    static final int SIDE_WIDTH = 250;
    static final int CELL_WIDTH = 470;
    static final int PADDING = 12;
    static final int GAP = 10;
    static final int TITLE_HEIGHT = 50;
    static final int MIN_CELL_HEIGHT = 150;
    /** Free room below the last card of a cell: where new cards and dropped cards go. */
    static final int DROP_ROOM = 56;
    static final int MIN_CARD_WIDTH = 140;
    static final int FACTOR_CODE_WIDTH = 34;
    static final int CARD_TEXT_PADDING = 10;
    static final int SUPPORT_HEIGHT = 16;
    static final int BADGE_WIDTH = 34;
    static final int BADGE_HEIGHT = 20;
    static final int BADGE_GAP = 16;
    static final int BADGE_ROW_HEIGHT = 26;

    /** A cell's place in the diagram. */
    record CellBox(TowsCell cell, int x, int y, int width, int height) {
        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** A card's place, relative to its cell, and the lines of its name. */
    record CardBox(PlanElement element, TowsCell cell, Bounds bounds, List<String> lines) {
    }

    private final Map<TowsCell, CellBox> cells = new EnumMap<>(TowsCell.class);
    private final Map<String, CardBox> cards = new LinkedHashMap<>();
    private int cornerHeight;
    private final boolean rightToLeft;

    private TowsArrangement(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
    }

    /** The matrix's whole width: the side column and two cells. */
    static final int WIDTH = SIDE_WIDTH + 2 * CELL_WIDTH;

    /** {@link #of(SwotAnalysis, DiagramLayout, boolean)} in the reading direction of the plan that holds {@code swot}. */
    static TowsArrangement of(SwotAnalysis swot, DiagramLayout layout) {
        return of(swot, layout, ReadingDirection.rightToLeft(swot));
    }

    static TowsArrangement of(SwotAnalysis swot, DiagramLayout layout, boolean rightToLeft) {
        TowsArrangement arrangement = new TowsArrangement(rightToLeft);
        Map<TowsCell, List<PlanElement>> members = new EnumMap<>(TowsCell.class);
        for (TowsCell cell : TowsCell.values()) {
            members.put(cell, new ArrayList<>());
        }
        if (swot != null) {
            // Unclassified items and strategies ("not set") belong to no cell.
            for (SwotItem item : swot.getItems()) {
                if (item.isSetCategory()) {
                    members.get(TowsCell.of(item.getCategory())).add(item);
                }
            }
            for (TowsStrategy strategy : swot.getStrategies()) {
                if (strategy.isSetCategory()) {
                    members.get(TowsCell.of(strategy.getCategory())).add(strategy);
                }
            }
        }
        Map<TowsCell, Integer> heights = new EnumMap<>(TowsCell.class);
        for (TowsCell cell : TowsCell.values()) {
            heights.put(cell, arrangement.placeCards(cell, members.get(cell), layout));
        }
        int[] rowHeights = new int[3];
        heights.forEach((cell, height) -> rowHeights[cell.row()] = Math.max(rowHeights[cell.row()], height));
        rowHeights[0] = Math.max(rowHeights[0], MIN_CELL_HEIGHT);
        int[] rowY = {0, rowHeights[0], rowHeights[0] + rowHeights[1]};
        for (TowsCell cell : TowsCell.values()) {
            arrangement.cells.put(cell, new CellBox(cell, ReadingDirection.x(rightToLeft, columnX(cell.column()), width(cell), WIDTH),
                    rowY[cell.row()], width(cell), rowHeights[cell.row()]));
        }
        arrangement.cornerHeight = rowHeights[0];
        if (rightToLeft) {
            arrangement.cards.replaceAll((id, card) -> new CardBox(card.element(), card.cell(), arrangement.mirror(card.cell(),
                    card.bounds()), card.lines()));
        }
        return arrangement;
    }

    /** Where the corner cell goes: the side column's top. */
    int cornerX() {
        return ReadingDirection.x(rightToLeft, 0, SIDE_WIDTH, WIDTH);
    }

    /** {@code bounds} in {@code cell} mirrored (or back) when the matrix is. */
    private Bounds mirror(TowsCell cell, Bounds bounds) {
        return new Bounds(ReadingDirection.x(rightToLeft, bounds.x(), bounds.width(), width(cell)), bounds.y(), bounds.width(),
                bounds.height());
    }

    /**
     * What the layout file keeps for a card of {@code width} × {@code height} drawn at {@code x},
     * {@code y} in {@code cell}: inside the cell, below its title, measured from the cell's start
     * edge as if drawn left to right.
     */
    Bounds stored(TowsCell cell, double x, double y, int width, int height) {
        Bounds drawn = clampInto(cell, x, y, width, height);
        return mirror(cell, drawn);
    }

    static int columnX(int column) {
        return column == 0 ? 0 : SIDE_WIDTH + (column - 1) * CELL_WIDTH;
    }

    static int width(TowsCell cell) {
        return cell.column() == 0 ? SIDE_WIDTH : CELL_WIDTH;
    }

    /** Columns of cards a cell arranges by default. */
    static int columns(TowsCell cell) {
        return cell.column() == 0 ? 1 : 2;
    }

    static int defaultCardWidth(TowsCell cell) {
        int columns = columns(cell);
        return (width(cell) - PADDING * (columns + 1)) / columns;
    }

    /**
     * Places the cards of one cell; returns the height the cell needs. Cards the user placed keep
     * their place; the others fill the cell's columns from the top, stepping past placed cards.
     */
    private int placeCards(TowsCell cell, List<PlanElement> elements, DiagramLayout layout) {
        int cellWidth = width(cell);
        List<Bounds> placed = new ArrayList<>();
        List<PlanElement> unplaced = new ArrayList<>();
        int bottom = TITLE_HEIGHT;
        for (PlanElement element : elements) {
            Bounds stored = element.getId() == null ? null
                    : layout.get(TowsTypes.LAYOUT_NAME, element.getId()).orElse(null);
            if (stored == null) {
                unplaced.add(element);
                continue;
            }
            int width = clamp(stored.width(), MIN_CARD_WIDTH, cellWidth - 2 * PADDING);
            List<String> lines = lines(element, width);
            int height = Math.max(stored.height(), contentHeight(element, width, lines));
            int x = clamp(stored.x(), PADDING, cellWidth - PADDING - width);
            int y = Math.max(stored.y(), TITLE_HEIGHT);
            Bounds bounds = new Bounds(x, y, width, height);
            cards.put(element.getId(), new CardBox(element, cell, bounds, lines));
            placed.add(bounds);
            bottom = Math.max(bottom, y + height);
        }
        int columns = columns(cell);
        int width = defaultCardWidth(cell);
        int[] columnTops = new int[columns];
        java.util.Arrays.fill(columnTops, TITLE_HEIGHT);
        for (PlanElement element : unplaced) {
            List<String> lines = lines(element, width);
            int height = contentHeight(element, width, lines);
            int column = 0;
            int bestY = Integer.MAX_VALUE;
            for (int c = 0; c < columns; c++) {
                int y = freeY(PADDING + c * (width + PADDING), columnTops[c], width, height, placed);
                if (y < bestY) {
                    bestY = y;
                    column = c;
                }
            }
            Bounds bounds = new Bounds(PADDING + column * (width + PADDING), bestY, width, height);
            String key = element.getId() != null ? element.getId() : "unnamed-" + System.identityHashCode(element);
            cards.put(key, new CardBox(element, cell, bounds, lines));
            columnTops[column] = bestY + height + GAP;
            bottom = Math.max(bottom, bestY + height);
        }
        return Math.max(MIN_CELL_HEIGHT, bottom + DROP_ROOM);
    }

    /** The first top at or below {@code y} where a card fits in the column without covering a placed card. */
    private static int freeY(int x, int y, int width, int height, List<Bounds> placed) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Bounds b : placed) {
                boolean overlaps = x < b.x() + b.width() + GAP && b.x() < x + width + GAP && y < b.y() + b.height() + GAP
                        && b.y() < y + height + GAP;
                if (overlaps) {
                    y = b.y() + b.height() + GAP;
                    moved = true;
                }
            }
        }
        return y;
    }

    static List<String> lines(PlanElement element, int cardWidth) {
        String name = element instanceof org.tactician.model.NamedElement named ? named.getName() : null;
        return TextLines.wrap(name == null || name.isBlank() ? "(unnamed)" : name, textWidth(element, cardWidth));
    }

    static double textWidth(PlanElement element, int cardWidth) {
        return element instanceof SwotItem ? cardWidth - FACTOR_CODE_WIDTH - 2 * CARD_TEXT_PADDING
                : cardWidth - 2 * CARD_TEXT_PADDING;
    }

    /** The least height that shows the card's content at {@code width}. */
    static int contentHeight(PlanElement element, int width, List<String> lines) {
        int text = TextLines.height(lines.size());
        if (element instanceof SwotItem) {
            return Math.max(44, CARD_TEXT_PADDING + text + 4 + SUPPORT_HEIGHT + CARD_TEXT_PADDING - 2);
        }
        TowsStrategy strategy = (TowsStrategy) element;
        int rows = badgeRows(strategy.getSwotItems().size(), width);
        return CARD_TEXT_PADDING + text + 6 + rows * BADGE_ROW_HEIGHT + CARD_TEXT_PADDING - 4;
    }

    static int badgesPerRow(int width) {
        return Math.max(1, (width - 2 * CARD_TEXT_PADDING + BADGE_GAP) / (BADGE_WIDTH + BADGE_GAP));
    }

    static int badgeRows(int badges, int width) {
        return Math.max(1, (badges + badgesPerRow(width) - 1) / badgesPerRow(width));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    CellBox cell(TowsCell cell) {
        return cells.get(cell);
    }

    /** The cell containing the diagram point, or {@code null} (the corner, or outside the grid). */
    TowsCell cellAt(double x, double y) {
        for (CellBox box : cells.values()) {
            if (box.contains(x, y)) {
                return box.cell();
            }
        }
        return null;
    }

    CardBox card(String elementId) {
        return cards.get(elementId);
    }

    Iterable<CardBox> cards() {
        return cards.values();
    }

    int cornerHeight() {
        return cornerHeight;
    }

    /** Where a card of {@code width} × {@code height} may sit in {@code cell}: inside it, below its title. */
    static Bounds clampInto(TowsCell cell, double x, double y, int width, int height) {
        int cellWidth = width(cell);
        int w = clamp(width, MIN_CARD_WIDTH, cellWidth - 2 * PADDING);
        return new Bounds(clamp(Bounds.pixels(x), PADDING, cellWidth - PADDING - w), Math.max(Bounds.pixels(y), TITLE_HEIGHT),
                w, height);
    }
}
