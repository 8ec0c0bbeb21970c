package org.tactician.generators.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tactician.generators.internal.Text;
import org.tactician.generators.theme.DocumentTheme;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;

/**
 * The plan's calendars for the wall: one A4 landscape page per month with the entries in their
 * day cells, then one page per quarter with a row per calendar and a column per week. Entries
 * are coloured by {@link CalendarKind}. The result is an XHTML page with its own {@code @page}
 * rules, rendered to {@value #FILE} by the PDF renderer.
 *
 * <p>A month cell lists what starts that day (a multi-day entry says until when); entries that
 * started in an earlier month and still run are listed above the grid, so a year-long automation
 * does not fill every cell. The quarter view shows every week an entry runs in.
 */
public final class PrintableCalendar {

    /** The file name of the printable calendar. */
    public static final String FILE = "calendar.pdf";

    /** At most this many entries in a day cell; the rest are counted. */
    private static final int PER_DAY = 4;
    /** At most this many names in a quarter-view cell; the rest are counted. */
    private static final int PER_WEEK = 3;

    private static final Map<CalendarKind, String[]> COLOURS = new EnumMap<>(CalendarKind.class);

    static {
        // Border colour and light fill per calendar: distinguishable in print and for most colour-blind readers.
        COLOURS.put(CalendarKind.EDITORIAL, new String[] {"#4e79a7", "#e3ebf4"});
        COLOURS.put(CalendarKind.ADVERTISING, new String[] {"#e15759", "#fbe4e4"});
        COLOURS.put(CalendarKind.DEM, new String[] {"#f28e2b", "#fdebd9"});
        COLOURS.put(CalendarKind.AUTOMATIONS, new String[] {"#5b9e99", "#e1f0ef"});
        COLOURS.put(CalendarKind.CRO, new String[] {"#59a14f", "#e3f1e1"});
        COLOURS.put(CalendarKind.LOYALTY, new String[] {"#b07aa1", "#f3e8f0"});
        COLOURS.put(CalendarKind.CAMPAIGNS, new String[] {"#c9a227", "#f9f1d6"});
        COLOURS.put(CalendarKind.MILESTONES, new String[] {"#9c755f", "#f1e9e4"});
        COLOURS.put(CalendarKind.DEADLINES, new String[] {"#555555", "#e9e9e9"});
    }

    /** The colour of {@code kind}'s entries (borders, text), e.g. {@code "#4e79a7"}: the workbench's calendar view uses it too. */
    public static String colour(CalendarKind kind) {
        return COLOURS.get(kind)[0];
    }

    /** The light fill that goes with {@link #colour(CalendarKind)}, e.g. {@code "#e3ebf4"}. */
    public static String fill(CalendarKind kind) {
        return COLOURS.get(kind)[1];
    }

    private final PlanSchedule schedule;
    private final PlanTerms terms;
    private final PlanFormat format;
    private final DocumentTheme theme;
    private final Locale locale;
    private final boolean rightToLeft;

    /**
     * The printable calendar of {@code schedule}, with month and day names and every label in
     * {@code terms}' language, in {@code theme}'s font, colours and footer.
     */
    public PrintableCalendar(PlanSchedule schedule, PlanTerms terms, DocumentTheme theme) {
        this.schedule = schedule;
        this.terms = terms;
        this.format = new PlanFormat(terms);
        this.theme = theme;
        this.locale = terms.locale();
        this.rightToLeft = terms.isRightToLeft();
    }

    /**
     * The months the calendar prints: the plan period, widened to every dated entry (an entry
     * outside the period is a validation warning, but it still gets printed).
     */
    public List<YearMonth> months() {
        YearMonth first = null;
        YearMonth last = null;
        MarketingPlan plan = schedule.plan();
        List<LocalDate> bounds = new ArrayList<>();
        if (plan.getStart() != null && plan.getEnd() != null && !plan.getEnd().isBefore(plan.getStart())) {
            bounds.add(plan.getStart());
            bounds.add(plan.getEnd());
        }
        for (ScheduledItem item : schedule.items()) {
            if (item.isDated()) {
                bounds.add(item.start());
                bounds.add(item.end());
            }
        }
        for (LocalDate date : bounds) {
            YearMonth month = YearMonth.from(date);
            first = first == null || month.isBefore(first) ? month : first;
            last = last == null || month.isAfter(last) ? month : last;
        }
        List<YearMonth> months = new ArrayList<>();
        // Bounded: a typo year (20207) must not print thousands of pages.
        for (YearMonth month = first; month != null && !month.isAfter(last) && months.size() < 60; month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The calendar as an XHTML page for the PDF renderer. */
    public String html() {
        StringBuilder out = new StringBuilder(128 * 1024);
        String title = Text.clean(schedule.plan().getName());
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(Text.html(locale.toLanguageTag()))
                .append("\" dir=\"").append(rightToLeft ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(Text.html(title.isEmpty() ? terms.text("printable.title") : title + " — " + terms.text("printable.title"))).append("</title>\n<style>\n")
                .append(style()).append("</style>\n</head>\n<body>\n");
        out.append("<div class=\"running-header\">");
        text(out, title);
        out.append("</div><div class=\"running-footer\" dir=\"").append(rightToLeft ? "rtl" : "ltr").append("\">");
        if (!theme.footer().isEmpty()) {
            text(out, theme.footer());
            out.append(" · ");
        }
        out.append(Text.html(terms.format("doc.pageOf", "\uE000", "\uE001")).replace("\uE000", "<span class=\"page-number\"></span>")
                .replace("\uE001", "<span class=\"page-count\"></span>")).append("</div>\n");
        List<YearMonth> months = months();
        if (months.isEmpty()) {
            out.append("<h2>");
            text(out, terms.text("printable.title"));
            out.append("</h2><p>");
            text(out, terms.text("printable.noEntries"));
            out.append("</p>\n");
        }
        for (YearMonth month : months) {
            month(out, month);
        }
        for (int i = 0; i < months.size(); i += 3) {
            quarter(out, months.subList(i, Math.min(months.size(), i + 3)));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void month(StringBuilder out, YearMonth month) {
        out.append("<div class=\"page month\"><h2>");
        text(out, monthName(month));
        out.append("</h2>\n");
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<ScheduledItem> continuing = new ArrayList<>();
        for (ScheduledItem item : schedule.items()) {
            if (item.isDated() && item.start().isBefore(first) && !item.end().isBefore(first)) {
                continuing.add(item);
            }
        }
        if (!continuing.isEmpty()) {
            out.append("<div class=\"continuing\"><span class=\"label\">");
            text(out, terms.text("printable.continuing"));
            out.append("</span> ");
            for (ScheduledItem item : continuing) {
                entry(out, item, terms.format("printable.until", shortDate(item.end())));
            }
            out.append("</div>\n");
        }
        DayOfWeek firstDay = WeekFields.of(locale).getFirstDayOfWeek();
        out.append("<table class=\"grid\"><thead><tr>");
        for (int i = 0; i < 7; i++) {
            out.append("<th>");
            text(out, firstDay.plus(i).getDisplayName(TextStyle.SHORT, locale));
            out.append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        LocalDate day = first.with(TemporalAdjusters.previousOrSame(firstDay));
        int weeks = (int) Math.ceil((ChronoUnit.DAYS.between(day, last) + 1) / 7.0);
        String rowHeight = weeks > 5 ? "week six" : "week";
        while (!day.isAfter(last)) {
            out.append("<tr class=\"").append(rowHeight).append("\">");
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                if (!YearMonth.from(day).equals(month)) {
                    out.append("<td class=\"outside\"></td>");
                    continue;
                }
                out.append("<td><div class=\"day\">").append(day.getDayOfMonth()).append("</div>");
                LocalDate today = day;
                List<ScheduledItem> starting = schedule.items().stream().filter(it -> it.isDated() && it.start().equals(today))
                        .toList();
                for (int k = 0; k < starting.size() && k < PER_DAY; k++) {
                    ScheduledItem item = starting.get(k);
                    entry(out, item, item.end().equals(item.start()) ? "" : terms.format("printable.until", shortDate(item.end())));
                }
                if (starting.size() > PER_DAY) {
                    out.append("<div class=\"more\">");
                    text(out, terms.format("printable.more", starting.size() - PER_DAY));
                    out.append("</div>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        legend(out);
        out.append("</div>\n");
    }

    private void quarter(StringBuilder out, List<YearMonth> months) {
        LocalDate from = months.get(0).atDay(1);
        LocalDate to = months.get(months.size() - 1).atEndOfMonth();
        DayOfWeek firstDay = WeekFields.of(locale).getFirstDayOfWeek();
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = from.with(TemporalAdjusters.previousOrSame(firstDay)); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        out.append("<div class=\"page quarter\"><h2>");
        text(out, monthName(months.get(0)) + " – " + monthName(months.get(months.size() - 1)));
        out.append("</h2>\n<table class=\"weeks\"><thead><tr><th class=\"kind\">");
        text(out, terms.text("printable.calendarColumn"));
        out.append("</th>");
        for (LocalDate week : weeks) {
            out.append("<th>");
            text(out, format.dayAndMonth(week));
            out.append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (CalendarKind kind : CalendarKind.values()) {
            List<ScheduledItem> items = schedule.items(kind).stream().filter(ScheduledItem::isDated)
                    .filter(it -> !it.end().isBefore(from) && !it.start().isAfter(to)).toList();
            String[] colour = COLOURS.get(kind);
            out.append("<tr><th class=\"kind\" style=\"border-left: 3pt solid ").append(colour[0]).append("\">");
            text(out, kind.title(terms));
            out.append("</th>");
            for (LocalDate week : weeks) {
                LocalDate weekEnd = week.plusDays(6);
                List<ScheduledItem> running = items.stream().filter(it -> !it.end().isBefore(week) && !it.start().isAfter(weekEnd))
                        .toList();
                if (running.isEmpty()) {
                    out.append("<td></td>");
                    continue;
                }
                // Clipped so a busy week cannot push the quarter onto a second page.
                out.append("<td style=\"background: ").append(colour[1]).append("\"><div class=\"clip\">");
                // Names where entries start; a bare bar where they only continue.
                List<ScheduledItem> starting = running.stream()
                        .filter(it -> !it.start().isBefore(week) || week.equals(weeks.get(0))).toList();
                for (int k = 0; k < starting.size() && k < PER_WEEK; k++) {
                    out.append("<div class=\"w\">");
                    text(out, starting.get(k).title());
                    out.append("</div>");
                }
                if (starting.size() > PER_WEEK) {
                    out.append("<div class=\"more\">+").append(starting.size() - PER_WEEK).append("</div>");
                }
                out.append("</div></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"note\">");
        text(out, terms.text("printable.note"));
        out.append("</p></div>\n");
    }

    private void entry(StringBuilder out, ScheduledItem item, String suffix) {
        String[] colour = COLOURS.get(item.kind());
        out.append("<div class=\"e\" style=\"border-color: ").append(colour[0]).append("; background: ").append(colour[1])
                .append("\">");
        text(out, item.title().isEmpty() ? item.kind().title(terms) : item.title());
        if (!suffix.isEmpty()) {
            out.append(" <span class=\"until\">");
            text(out, suffix);
            out.append("</span>");
        }
        out.append("</div>");
    }

    private void legend(StringBuilder out) {
        out.append("<p class=\"legend\">");
        for (CalendarKind kind : CalendarKind.values()) {
            String[] colour = COLOURS.get(kind);
            out.append("<span class=\"key\" style=\"background: ").append(colour[1]).append("; border-color: ").append(colour[0])
                    .append("\">").append(Text.html(kind.title(terms))).append("</span> ");
        }
        out.append("</p>\n");
    }

    private String monthName(YearMonth month) {
        return format.month(month);
    }

    private String shortDate(LocalDate date) {
        return format.dayAndMonth(date);
    }

    private static void text(StringBuilder out, String userText) {
        String escaped = Text.html(userText);
        if (!escaped.isEmpty()) {
            out.append("<bdi>").append(escaped).append("</bdi>");
        }
    }

    /** Whose shapes the calendar's Chinese characters take: the plan's language, or what its entries are written in. */
    private String fontLanguageTag() {
        StringBuilder text = new StringBuilder(Text.clean(schedule.plan().getName()));
        schedule.items().forEach(item -> text.append('\n').append(item.title()));
        return org.tactician.fonts.DocumentFonts.fontLanguageTag(terms.languageTag(), text);
    }

    private String style() {
        return """
                @page { size: A4 landscape; margin: 14mm 10mm 12mm 10mm;
                  @top-center { content: element(header); font-size: 7pt; color: #666; }
                  @bottom-center { content: element(footer); font-size: 7pt; color: #666; } }
                .running-header { position: running(header); }
                .running-footer { position: running(footer); text-align: center; }
                .page-number::after { content: counter(page); }
                .page-count::after { content: counter(pages); }
                body { font-family: %s; font-size: 7pt; color: #222; margin: 0; }
                html[dir="rtl"] body { direction: rtl; }
                .page { page-break-after: always; }
                .page:last-child { page-break-after: auto; }
                h2 { font-size: 14pt; color: #2a5d8f; margin: 0 0 3pt 0; }
                table { border-collapse: collapse; width: 100%%; table-layout: fixed; }
                th, td { border: 0.5pt solid #aaa; vertical-align: top; padding: 1.5pt; }
                th { background: #e8eef5; font-size: 7.5pt; }
                table.grid tr.week td { height: 74pt; }
                table.grid tr.week.six td { height: 61pt; }
                table.grid td { overflow: hidden; }
                td.outside { background: #f4f4f4; }
                .day { font-weight: bold; font-size: 8pt; color: #555; }
                .e { border-left: 2.5pt solid #999; padding: 0.5pt 2pt; margin: 1pt 0; font-size: 6.5pt; line-height: 1.15;
                  overflow: hidden; max-height: 16pt; }
                html[dir="rtl"] .e { border-left: none; border-right: 2.5pt solid #999; }
                .until { color: #555; }
                .more { font-size: 6pt; color: #555; }
                .continuing { margin: 0 0 3pt 0; }
                .continuing .e { display: inline-block; margin: 1pt 3pt 1pt 0; max-height: none; }
                .label { font-weight: bold; }
                .legend { margin: 4pt 0 0 0; font-size: 6.5pt; }
                .legend .key { border-left: 3pt solid #999; padding: 0.5pt 3pt; margin-right: 4pt; }
                table.weeks th.kind { width: 70pt; text-align: start; }
                table.weeks td { height: 40pt; font-size: 6pt; line-height: 1.15; overflow: hidden; }
                table.weeks .w { margin-bottom: 1pt; }
                table.weeks .clip { max-height: 38pt; overflow: hidden; }
                .note { font-size: 6.5pt; color: #555; }
                """.formatted(theme.fontChain(fontLanguageTag())).replace("#2a5d8f", theme.primary());
    }
}
