package org.tactician.diagrams.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.layout.Bounds;
import org.tactician.layout.TextLines;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasItem;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanLanguage;

/**
 * Where everything of a canvas goes: the nine blocks in their canonical places, rows as tall as
 * their notes need, and each block's notes in the canvas's order, in one column (two in the wide
 * bottom blocks). A note's place is its order: moving one changes the order, not a stored position.
 * A right-to-left plan's canvas is mirrored: key partners at the right edge, customer segments at
 * the left, the wide blocks' notes filled from the right.
 */
final class CanvasArrangement {

    static final int UNIT = 128;
    static final int PADDING = 10;
    static final int GAP = 10;
    static final int TITLE_HEIGHT = 48;
    static final int MIN_ROW = 170;
    static final int MIN_BOTTOM_ROW = 130;
    static final int DROP_ROOM = 44;
    static final int NOTE_PADDING = 8;
    static final int LINK_HEIGHT = 20;
    static final int MAX_LINKS = 4;

    record BlockBox(CanvasArea area, int x, int y, int width, int height) {
        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** A note's place relative to its block, its name's lines and the links it shows. */
    record NoteBox(CanvasItem item, CanvasArea area, Bounds bounds, List<String> lines, List<CanvasModel.Link> links) {
    }

    private final Map<CanvasArea, BlockBox> blocks = new EnumMap<>(CanvasArea.class);
    private final Map<CanvasArea, List<NoteBox>> notes = new EnumMap<>(CanvasArea.class);
    private final Map<String, NoteBox> byId = new LinkedHashMap<>();
    private final boolean rightToLeft;

    private CanvasArrangement(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
    }

    /** The canvas's whole width: ten grid columns. */
    static final int WIDTH = 10 * UNIT;

    static CanvasArrangement of(BusinessModelCanvas canvas, MarketingPlan plan) {
        CanvasArrangement arrangement = new CanvasArrangement(PlanLanguage.isRightToLeft(plan));
        Map<CanvasArea, Integer> heights = new EnumMap<>(CanvasArea.class);
        for (CanvasArea area : CanvasArea.values()) {
            List<NoteBox> placed = arrangement.place(area, CanvasModel.items(canvas, area.block()), plan);
            arrangement.notes.put(area, placed);
            int bottom = TITLE_HEIGHT;
            for (NoteBox note : placed) {
                bottom = Math.max(bottom, note.bounds().y() + note.bounds().height());
                arrangement.byId.put(note.item().getId(), note);
            }
            heights.put(area, bottom + DROP_ROOM);
        }
        int top = Math.max(MIN_ROW, Math.max(heights.get(CanvasArea.KEY_ACTIVITIES), heights.get(CanvasArea.CUSTOMER_RELATIONSHIPS)));
        int middle = Math.max(MIN_ROW, Math.max(heights.get(CanvasArea.KEY_RESOURCES), heights.get(CanvasArea.CHANNELS)));
        int tall = Math.max(heights.get(CanvasArea.KEY_PARTNERS),
                Math.max(heights.get(CanvasArea.VALUE_PROPOSITIONS), heights.get(CanvasArea.CUSTOMER_SEGMENTS)));
        if (tall > top + middle) {
            middle += tall - top - middle;
        }
        int bottom = Math.max(MIN_BOTTOM_ROW, Math.max(heights.get(CanvasArea.COST_STRUCTURE), heights.get(CanvasArea.REVENUE_STREAMS)));
        int[] rowY = {0, top, top + middle};
        int[] rowHeight = {top, middle, bottom};
        for (CanvasArea area : CanvasArea.values()) {
            int height = area.rows() == 2 ? top + middle : rowHeight[area.row()];
            int x = ReadingDirection.x(arrangement.rightToLeft, area.column() * UNIT, area.columns() * UNIT, WIDTH);
            arrangement.blocks.put(area, new BlockBox(area, x, rowY[area.row()], area.columns() * UNIT, height));
        }
        return arrangement;
    }

    static int width(CanvasArea area) {
        return area.columns() * UNIT;
    }

    static int noteColumns(CanvasArea area) {
        return area.columns() >= 4 ? 2 : 1;
    }

    static int noteWidth(CanvasArea area) {
        int columns = noteColumns(area);
        return (width(area) - PADDING * 2 - GAP * (columns - 1)) / columns;
    }

    static List<String> lines(CanvasItem item, int noteWidth) {
        String name = item.getName();
        return TextLines.wrap(name == null || name.isBlank() ? "(unnamed)" : name, noteWidth - 2 * NOTE_PADDING);
    }

    static int noteHeight(List<String> lines, int links) {
        int shown = Math.min(links, MAX_LINKS) + (links > MAX_LINKS ? 1 : 0);
        return NOTE_PADDING + TextLines.height(lines.size()) + (shown > 0 ? 4 + shown * LINK_HEIGHT : 0) + NOTE_PADDING;
    }

    /** The notes of one block, row by row in the canvas's order. */
    private List<NoteBox> place(CanvasArea area, List<CanvasItem> items, MarketingPlan plan) {
        int columns = noteColumns(area);
        int width = noteWidth(area);
        List<NoteBox> placed = new ArrayList<>();
        int y = TITLE_HEIGHT;
        for (int start = 0; start < items.size(); start += columns) {
            int rowHeight = 0;
            List<NoteBox> row = new ArrayList<>();
            for (int c = 0; c < columns && start + c < items.size(); c++) {
                CanvasItem item = items.get(start + c);
                List<String> lines = lines(item, width);
                List<CanvasModel.Link> links = CanvasModel.links(item, plan);
                int height = noteHeight(lines, links.size());
                int x = ReadingDirection.x(rightToLeft, PADDING + c * (width + GAP), width, width(area));
                row.add(new NoteBox(item, area, new Bounds(x, y, width, height), lines, links));
                rowHeight = Math.max(rowHeight, height);
            }
            placed.addAll(row);
            y += rowHeight + GAP;
        }
        return placed;
    }

    /** Whether the canvas is mirrored for a right-to-left plan. */
    boolean rightToLeft() {
        return rightToLeft;
    }

    BlockBox block(CanvasArea area) {
        return blocks.get(area);
    }

    List<NoteBox> notes(CanvasArea area) {
        return notes.get(area);
    }

    NoteBox note(String id) {
        return byId.get(id);
    }

    /** The block at a diagram point, or {@code null}. */
    CanvasArea areaAt(double x, double y) {
        for (BlockBox box : blocks.values()) {
            if (box.contains(x, y)) {
                return box.area();
            }
        }
        return null;
    }

    /**
     * Where among {@code area}'s notes (without {@code moving}) a note dropped at block-relative
     * {@code x}, {@code y} goes: the number of notes before the drop point, row by row.
     */
    int indexAt(CanvasArea area, double x, double y, CanvasItem moving) {
        int index = 0;
        for (NoteBox note : notes.get(area)) {
            if (note.item() == moving) {
                continue;
            }
            Bounds b = note.bounds();
            boolean sameRow = y >= b.y() && y < b.y() + b.height();
            // in a row, a note is before the drop point when the point is past its middle in reading order
            boolean past = rightToLeft ? x < b.x() + b.width() / 2.0 : x >= b.x() + b.width() / 2.0;
            boolean before = sameRow ? noteColumns(area) > 1 && past || noteColumns(area) == 1
                    && y >= b.y() + b.height() / 2.0 : b.y() + b.height() / 2.0 < y;
            if (before) {
                index++;
            }
        }
        return index;
    }
}
