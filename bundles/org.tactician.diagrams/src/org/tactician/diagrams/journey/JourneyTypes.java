package org.tactician.diagrams.journey;

import org.tactician.model.MediaType;

/** The GLSP element types of the customer journey diagram (the client's views use the same). */
public final class JourneyTypes {

    public static final String DIAGRAM_TYPE = "tactician-journey";
    /** The diagram's name in the layout file: where touchpoints were put by hand. */
    public static final String LAYOUT_NAME = org.tactician.layout.journey.JourneyLayout.DIAGRAM;

    public static final String STAGE = "journey:stage";
    public static final String STAGE_TITLE = "journey:stage-title";
    /** A persona's lane across the stages (when the journey is drawn in lanes). */
    public static final String LANE = "journey:lane";
    public static final String TOUCHPOINT = "journey:touchpoint";
    public static final String NAME = "journey:name";
    public static final String META = "journey:meta";
    public static final String FLOW = "journey:flow";
    public static final String FLOW_LABEL = "journey:flow-label";

    /** Creation tools: one per media type. */
    public static final String NEW_PREFIX = "journey:new-";

    private JourneyTypes() {
    }

    public static String newTouchpoint(MediaType media) {
        return NEW_PREFIX + media.name();
    }

    /** The media type a creation tool's type creates, or {@code null}. */
    public static MediaType mediaOfNewType(String elementTypeId) {
        if (elementTypeId == null || !elementTypeId.startsWith(NEW_PREFIX)) {
            return null;
        }
        try {
            return MediaType.valueOf(elementTypeId.substring(NEW_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The id of an element's name label. */
    public static String nameId(String elementId) {
        return elementId + ":name";
    }

    /** The id of a flow's label. */
    public static String labelId(String flowId) {
        return flowId + ":label";
    }
}
