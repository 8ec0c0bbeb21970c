package org.tactician.editing.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the editing session that users see: command labels (the Edit menu's "Undo ...")
 * and what to type in a field, from {@code messages.properties} beside this class.
 */
public final class Messages extends NLS {

    // --- keys of messages.properties ---
    public static String commands_set;
    public static String commands_clear;
    public static String commands_add;
    public static String commands_remove;
    public static String commands_create;
    public static String commands_delete;
    public static String commands_deleteMany;
    public static String commands_move;
    public static String commands_reschedule;
    public static String text_wholeNumber;
    public static String text_percentage;
    public static String text_number;
    public static String text_date;
    public static String text_month;
    public static String text_yesNo;
    public static String text_notTyped;
    public static String text_decimalPoint;
    public static String text_moneyExample;
    public static String text_currencySymbol;
    public static String text_amount;
    public static String text_noCurrency;
    public static String text_choiceSeparator;
    public static String text_choose;
    public static String session_openElsewhere;
    // --- end of keys ---

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
