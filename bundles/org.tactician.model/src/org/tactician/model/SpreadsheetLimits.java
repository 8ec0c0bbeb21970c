package org.tactician.model;

/**
 * What a spreadsheet cell holds (the XLSX format's limit). Here, below both the validator and the
 * generators, so that the rule that warns while a plan is edited and the budget workbook that cuts
 * the text agree on one number.
 */
public final class SpreadsheetLimits {

    /** The most characters (UTF-16 units) a spreadsheet cell holds. */
    public static final int CELL_CHARACTERS = 32_767;

    private SpreadsheetLimits() {
    }
}
