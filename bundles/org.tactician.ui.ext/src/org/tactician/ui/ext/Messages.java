package org.tactician.ui.ext;

import org.eclipse.osgi.util.NLS;

/** The texts of the JFace adapters, from {@code messages.properties} beside this class (NLS wants public fields). */
final class Messages extends NLS {

    // --- keys of messages.properties ---
    public static String undo;
    public static String redo;
    public static String undoTooltip;
    public static String redoTooltip;
    public static String undoCommand;
    public static String redoCommand;
    public static String undoCommandTooltip;
    public static String redoCommandTooltip;
    // --- end of keys ---

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
