package org.tactician.generators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Tactician generates from a plan. */
public enum ArtifactFormat {

    /** iCalendar files: one per calendar of the plan and one combining them all. */
    ICS("ics"),
    /** CSV tables: every calendar entry, and every budget line by month. */
    CSV("csv"),
    /** The plan document as one self-contained HTML file. */
    HTML("html"),
    /** The plan document as an A4 PDF. */
    PDF("pdf"),
    /** The plan document as a Word document. */
    DOCX("docx"),
    /** The budget, conversion forecast and profitability as a workbook with live formulas. */
    XLSX("xlsx");

    private final String id;

    ArtifactFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and as the file extension, e.g. {@code "ics"}. */
    public String id() {
        return id;
    }

    /** The format with the given {@link #id()}, ignoring case. */
    public static Optional<ArtifactFormat> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }
}
