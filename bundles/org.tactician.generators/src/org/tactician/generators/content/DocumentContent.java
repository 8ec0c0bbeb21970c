package org.tactician.generators.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.tactician.fonts.DocumentFonts;

import org.tactician.generators.content.Block.Section;

/**
 * A plan document (the full plan or the executive summary) as content, independent of its
 * format: built once per generation by {@link PlanContent} from one {@link PlanAnalysis}, then
 * rendered as HTML, PDF and Word. The top-level sections are the table of contents.
 *
 * @param languageTag the plan's language (BCP 47)
 * @param rightToLeft whether it reads right to left
 * @param title the document title (the plan's name)
 * @param subtitle the line under the title (brand and kind of document)
 * @param contentsTitle the heading of the table of contents, or null for a document without one
 * @param sections the sections, in reading order
 * @param summary whether this is the executive summary
 */
public record DocumentContent(String languageTag, boolean rightToLeft, String title, String subtitle, String contentsTitle,
        List<Section> sections, boolean summary) {

    /** Copies the sections. */
    public DocumentContent {
        Objects.requireNonNull(languageTag, "languageTag");
        sections = List.copyOf(sections);
    }

    /** Passes every text of the document to {@code text}, in reading order (titles, cells, captions, chart labels). */
    public void forEachText(Consumer<String> text) {
        text.accept(title);
        text.accept(subtitle);
        sections.forEach(section -> visit(section, text));
    }

    /**
     * The language whose shapes the document's Chinese, Japanese and Korean characters take
     * ({@link DocumentFonts#fontLanguageTag}): the plan's language, or Traditional Chinese for a
     * plan whose language does not say and whose text is Traditional.
     */
    public String fontLanguageTag() {
        StringBuilder all = new StringBuilder();
        forEachText(text -> all.append(text).append('\n'));
        return DocumentFonts.fontLanguageTag(languageTag, all);
    }

    private static void visit(Section section, Consumer<String> text) {
        text.accept(section.title());
        for (Block block : section.blocks()) {
            switch (block) {
                case Section child -> visit(child, text);
                case Block.Paragraph paragraph -> text.accept(paragraph.text());
                case Block.Field field -> {
                    text.accept(field.label());
                    text.accept(field.value());
                }
                case Block.Bullets bullets -> bullets.items().forEach(text);
                case Block.Table table -> {
                    table.headers().forEach(text);
                    table.rows().forEach(row -> row.forEach(text));
                }
                case Block.Figure figure -> text.accept(figure.caption());
                case Block.Chart chart -> {
                    text.accept(chart.caption());
                    chart.chart().categories().forEach(text);
                    chart.chart().series().forEach(series -> text.accept(series.name()));
                }
            }
        }
    }

    /** The section titles in reading order: the table of contents. */
    public List<String> sectionTitles() {
        return sections.stream().map(Section::title).toList();
    }

    /** Every table of the document, in reading order. */
    public List<Block.Table> tables() {
        List<Block.Table> tables = new ArrayList<>();
        sections.forEach(section -> collect(section, Block.Table.class, tables));
        return tables;
    }

    /** Every chart of the document, in reading order. */
    public List<Block.Chart> charts() {
        List<Block.Chart> charts = new ArrayList<>();
        sections.forEach(section -> collect(section, Block.Chart.class, charts));
        return charts;
    }

    /** Every figure of the document, in reading order. */
    public List<Block.Figure> figures() {
        List<Block.Figure> figures = new ArrayList<>();
        sections.forEach(section -> collect(section, Block.Figure.class, figures));
        return figures;
    }

    private static <T extends Block> void collect(Section section, Class<T> type, List<T> found) {
        for (Block block : section.blocks()) {
            if (type.isInstance(block)) {
                found.add(type.cast(block));
            } else if (block instanceof Section child) {
                collect(child, type, found);
            }
        }
    }
}
