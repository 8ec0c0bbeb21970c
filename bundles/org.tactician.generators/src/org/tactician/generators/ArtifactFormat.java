package org.tactician.generators;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    XLSX("xlsx"),
    /**
     * The plan's figures as standalone SVG documents, for slides: {@code tows.svg},
     * {@code canvas.svg} and {@code journey.svg} (further journeys {@code journey-2.svg}, ...).
     * Only on request: not one of the {@link #defaults()}.
     */
    SVG("svg");

    private final String id;

    ArtifactFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and as the file extension, e.g. {@code "ics"}. */
    public String id() {
        return id;
    }

    /** The formats generated when none are named: all but {@link #SVG}, which is asked for by name. */
    public static Set<ArtifactFormat> defaults() {
        return EnumSet.complementOf(EnumSet.of(SVG));
    }

    /** The format with the given {@link #id()}, ignoring case. */
    public static Optional<ArtifactFormat> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }
}
