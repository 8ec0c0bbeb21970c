package org.tactician.diagrams.canvas;

import java.util.List;

import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasItem;

/** A block's order is the canvas's list order of its items: where the n-th place of a block is in that list. */
final class CanvasOrder {

    private CanvasOrder() {
    }

    /**
     * The index in the canvas's item list (without {@code moving}) that puts an item at place
     * {@code place} of {@code area}'s items: before the item now there, or after the block's last.
     */
    static int listIndex(BusinessModelCanvas canvas, CanvasArea area, int place, CanvasItem moving) {
        List<CanvasItem> items = new java.util.ArrayList<>(canvas.getItems());
        items.remove(moving);
        int seen = 0;
        int afterLast = -1;
        for (int i = 0; i < items.size(); i++) {
            if (CanvasModel.blockOf(items.get(i)) == area.block()) {
                if (seen == place) {
                    return i;
                }
                seen++;
                afterLast = i + 1;
            }
        }
        return afterLast < 0 ? items.size() : afterLast;
    }
}
