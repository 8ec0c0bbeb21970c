package org.tactician.generators.content;

import java.util.List;
import java.util.Objects;

import org.tactician.charts.PlanChart;

/**
 * One block of a {@link DocumentContent document}: what it says, never how a format lays it out.
 * Every text is final — user text as the plan has it (renderers clean and escape it), fixed text
 * in the plan's language, numbers already formatted by {@code PlanFormat} — so every format shows
 * the same words and the same figures.
 */
public sealed interface Block {

    /** A sub-section: a heading one level below its parent's, and its blocks. */
    record Section(String id, String title, List<Block> blocks) implements Block {
        /** Copies the blocks. */
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    /** How a paragraph reads. */
    enum Tone {
        /** Plain text. */
        PLAIN,
        /** Nothing to show here (a dash). */
        EMPTY,
        /** Something the reader must not miss (over budget, inputs without margin). */
        WARNING,
        /** A key sentence (the break-even month). */
        EMPHASIS,
        /** Good news (no validation findings). */
        GOOD
    }

    /** A paragraph. */
    record Paragraph(String text, Tone tone) implements Block {
        /** Checks the parts. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
        }
    }

    /** A labelled value ({@code Brand: Casa Nova}); never empty (the builder leaves blank ones out). */
    record Field(String label, String value) implements Block {
    }

    /** A bulleted list. */
    record Bullets(List<String> items) implements Block {
        /** Copies the items. */
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header row (repeated on every page).
     *
     * @param kind what it shows, for styles ({@code budget-totals}, {@code findings})
     * @param headers the column headers
     * @param rows the rows, each with one cell per header
     * @param numbers whether the cells after the first are figures (aligned to the end)
     * @param totalRow whether the last row is a total (shown bold)
     */
    record Table(String kind, List<String> headers, List<List<String>> rows, boolean numbers, boolean totalRow) implements Block {
        /** Copies the rows and pads short ones. */
        public Table {
            Objects.requireNonNull(kind, "kind");
            headers = List.copyOf(headers);
            List<List<String>> copied = new java.util.ArrayList<>(rows.size());
            for (List<String> row : rows) {
                List<String> cells = new java.util.ArrayList<>(row);
                while (cells.size() < headers.size()) {
                    cells.add("");
                }
                copied.add(List.copyOf(cells));
            }
            rows = List.copyOf(copied);
        }
    }

    /** A figure drawn from the model (TOWS matrix, canvas, journey), with its caption. */
    record Figure(org.tactician.generators.figures.PlanFigure figure, String caption) implements Block {
    }

    /** A chart of the engines' figures, with a caption that states its totals in words. */
    record Chart(PlanChart chart, String caption) implements Block {
    }
}
