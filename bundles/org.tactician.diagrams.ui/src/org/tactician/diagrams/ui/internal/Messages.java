package org.tactician.diagrams.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the diagram editors in the workbench, from {@code messages.properties} beside this
 * class (one field per key; translations go to {@code messages_<lang>.properties}). The texts of
 * the diagram page itself come from the diagram server's bundle (org.tactician.diagrams).
 */
public final class Messages extends NLS {

    // --- keys of messages.properties ---
    public static String editor_notADiagram;
    public static String editor_noSuchType;
    public static String editor_unreadablePlan;
    public static String editor_noWebView;
    public static String editor_cannotShow;
    public static String editor_exported;
    public static String editor_notExported;
    public static String editor_notSaved;
    public static String editor_revertTitle;
    public static String editor_revertQuestion;
    public static String editor_revertFailedTitle;
    public static String editor_revertFailed;
    public static String action_delete;
    public static String action_deleteTooltip;
    public static String action_rename;
    public static String action_renameTooltip;
    public static String action_selectAll;
    public static String action_revert;
    public static String action_fit;
    public static String action_fitTooltip;
    public static String action_whole;
    public static String action_wholeTooltip;
    public static String action_exportSvg;
    public static String action_exportSvgTooltip;
    public static String action_exportPng;
    public static String action_exportPngTooltip;
    public static String menu_diagram;
    public static String open_item;
    public static String open_noPlanTitle;
    public static String open_noPlan;
    public static String open_failedTitle;
    // --- end of keys ---

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
