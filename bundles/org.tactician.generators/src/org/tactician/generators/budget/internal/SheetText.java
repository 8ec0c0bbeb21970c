package org.tactician.generators.budget.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tactician.generators.budget.BudgetWorkbook;
import org.tactician.generators.internal.ElementFailure;
import org.tactician.model.SpreadsheetLimits;

/**
 * The spreadsheet format's limits on text, for one workbook being written: a cell holds at most
 * {@value #CELL_LIMIT} UTF-16 characters, a formula at most {@value #FORMULA_LIMIT}. Text longer
 * than a cell holds is cut (between user-perceived characters, so no surrogate pair or combining
 * sequence is split) and ends in "…"; each element cut is remembered once, as a warning for the
 * run, naming it.
 */
public final class SheetText {

    /** The most characters (UTF-16 units) a spreadsheet cell holds (the validator warns of longer names). */
    public static final int CELL_LIMIT = SpreadsheetLimits.CELL_CHARACTERS;
    /** The most characters a spreadsheet formula may have. */
    public static final int FORMULA_LIMIT = 8_192;

    private static final String ELLIPSIS = "…";

    private final Set<String> warnings = new LinkedHashSet<>();

    /**
     * {@code text} as a cell can hold it: itself, or cut to exactly or just under
     * {@value #CELL_LIMIT} characters, ending in "…"; a cut is remembered as a warning naming
     * {@code element} (a plan element or budget row; null for our own words).
     */
    public String cell(String text, Object element) {
        if (text == null || text.length() <= CELL_LIMIT) {
            return text;
        }
        String label = element == null ? null : ElementFailure.describe(element);
        warnings.add((label == null ? "a text" : label) + ": its name was cut to " + String.format(Locale.ROOT, "%,d", CELL_LIMIT)
                + " characters in " + BudgetWorkbook.FILE);
        return cut(text, CELL_LIMIT);
    }

    /** Remembers {@code warning} for the run (once, however often it is given). */
    public void warn(String warning) {
        warnings.add(warning);
    }

    /** The warnings so far, in the order they first came. */
    public List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    /**
     * {@code text} in at most {@code limit} UTF-16 characters: itself if it fits, otherwise its
     * longest prefix that ends between two user-perceived characters (grapheme clusters) followed
     * by "…".
     */
    public static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int room = limit - ELLIPSIS.length();
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int end = graphemes.preceding(room + 1);
        if (end == BreakIterator.DONE) {
            end = 0;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
