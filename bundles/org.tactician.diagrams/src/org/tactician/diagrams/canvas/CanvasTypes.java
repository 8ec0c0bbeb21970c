package org.tactician.diagrams.canvas;

/** The GLSP element types of the Business Model Canvas diagram (the client's views use the same). */
public final class CanvasTypes {

    public static final String DIAGRAM_TYPE = "tactician-canvas";

    public static final String BLOCK = "canvas:block";
    public static final String BLOCK_TITLE = "canvas:block-title";
    public static final String BLOCK_HINT = "canvas:block-hint";
    public static final String NOTE = "canvas:note";
    public static final String NAME = "canvas:name";
    public static final String LINK = "canvas:link";
    /** The creation tool: a note in the block that is clicked. */
    public static final String NEW_NOTE = "canvas:new-note";

    private CanvasTypes() {
    }

    /** The id of a note's name label. */
    public static String nameId(String noteId) {
        return noteId + ":name";
    }

    /** The id of the chip on a note that shows the plan element it stands for. */
    public static String linkId(String noteId, String elementId) {
        return noteId + ":link:" + elementId;
    }
}
