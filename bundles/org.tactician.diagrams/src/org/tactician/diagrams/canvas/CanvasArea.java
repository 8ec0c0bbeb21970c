package org.tactician.diagrams.canvas;

import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.CanvasBlock;

/**
 * The nine blocks in the canvas's canonical places on a grid of ten columns: key partners, key
 * activities over key resources, value propositions, customer relationships over channels and
 * customer segments across the top two rows; cost structure and revenue streams in the bottom row.
 */
public enum CanvasArea {
    KEY_PARTNERS(CanvasBlock.KEY_PARTNERS, 0, 2, 0, 2),
    KEY_ACTIVITIES(CanvasBlock.KEY_ACTIVITIES, 2, 2, 0, 1),
    KEY_RESOURCES(CanvasBlock.KEY_RESOURCES, 2, 2, 1, 1),
    VALUE_PROPOSITIONS(CanvasBlock.VALUE_PROPOSITIONS, 4, 2, 0, 2),
    CUSTOMER_RELATIONSHIPS(CanvasBlock.CUSTOMER_RELATIONSHIPS, 6, 2, 0, 1),
    CHANNELS(CanvasBlock.CHANNELS, 6, 2, 1, 1),
    CUSTOMER_SEGMENTS(CanvasBlock.CUSTOMER_SEGMENTS, 8, 2, 0, 2),
    COST_STRUCTURE(CanvasBlock.COST_STRUCTURE, 0, 5, 2, 1),
    REVENUE_STREAMS(CanvasBlock.REVENUE_STREAMS, 5, 5, 2, 1);

    private final CanvasBlock block;
    private final int column;
    private final int columns;
    private final int row;
    private final int rows;

    CanvasArea(CanvasBlock block, int column, int columns, int row, int rows) {
        this.block = block;
        this.column = column;
        this.columns = columns;
        this.row = row;
        this.rows = rows;
    }

    public CanvasBlock block() {
        return block;
    }

    public int column() {
        return column;
    }

    public int columns() {
        return columns;
    }

    public int row() {
        return row;
    }

    public int rows() {
        return rows;
    }

    /** What the block holds, in a few words of the workbench's language. */
    public String hint() {
        return DiagramTexts.get("canvas.hint." + name());
    }

    /** The block's title in the workbench's language, as the plan documents' canvas names it. */
    public String title() {
        return DiagramTexts.terms().literal(block);
    }

    /** The diagram id of the block (never a plan element id: those hold no colon). */
    public String elementId() {
        return "block:" + name();
    }

    public static CanvasArea of(CanvasBlock block) {
        for (CanvasArea area : values()) {
            if (area.block == block) {
                return area;
            }
        }
        throw new IllegalArgumentException(String.valueOf(block));
    }

    public static CanvasArea ofElementId(String id) {
        for (CanvasArea area : values()) {
            if (area.elementId().equals(id)) {
                return area;
            }
        }
        return null;
    }
}
