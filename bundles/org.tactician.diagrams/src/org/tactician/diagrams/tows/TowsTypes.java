package org.tactician.diagrams.tows;

import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;

/** The GLSP element types of the TOWS diagram (the client's views are registered under the same). */
public final class TowsTypes {

    public static final String DIAGRAM_TYPE = "tactician-tows";
    /** The diagram's name in the layout file. */
    public static final String LAYOUT_NAME = "tows";

    public static final String CORNER = "tows:corner";
    public static final String CELL = "tows:cell";
    public static final String CELL_TITLE = "tows:cell-title";
    public static final String CELL_HINT = "tows:cell-hint";
    public static final String FACTOR = "tows:factor";
    public static final String STRATEGY = "tows:strategy";
    public static final String NAME = "tows:name";
    public static final String SUPPORT = "tows:support";
    public static final String BADGE = "tows:badge";
    public static final String LINK = "tows:link";

    /** Creation tools: one per SWOT kind and one per strategy cell. */
    public static final String NEW_PREFIX = "tows:new-";

    private TowsTypes() {
    }

    public static String newFactor(SwotCategory kind) {
        return NEW_PREFIX + TowsCell.of(kind).name();
    }

    public static String newStrategy(TowsCategory kind) {
        return NEW_PREFIX + TowsCell.of(kind).name();
    }

    /** The cell a creation tool's type creates into, or {@code null} if it is none. */
    public static TowsCell cellOfNewType(String elementTypeId) {
        if (elementTypeId == null || !elementTypeId.startsWith(NEW_PREFIX)) {
            return null;
        }
        try {
            return TowsCell.valueOf(elementTypeId.substring(NEW_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The id of a strategy's link to a SWOT item (the badge on the strategy's card). */
    public static String linkId(String strategyId, String itemId) {
        return "link:" + strategyId + ":" + itemId;
    }

    /** The id of an element's name label. */
    public static String nameId(String elementId) {
        return elementId + ":name";
    }
}
