package org.tactician.generators.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.ExternalTool;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.tactician.model.MarketingPlan;

/** The printable calendar: a landscape month grid per month, then the quarter views, read back with poppler. */
class PrintableCalendarTest {

    @TempDir
    Path temp;

    /** Page text without whitespace, hyphens and bidi isolates: names wrap inside narrow day cells. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\-\u00AD\u2066-\u2069]", "");
    }

    @Test
    void entriesAppearOnTheirMonthsPage() throws Exception {
        MarketingPlan plan = TestPlans.furniture(temp);
        Path out = Path.of("target", "rendered", "calendar").toAbsolutePath();
        new PlanGenerator(Instant.now()).generate(plan, new OutputFolder(out), EnumSet.of(ArtifactFormat.PDF), false,
                GenerationProgress.NONE);
        Path pdf = out.resolve(PrintableCalendar.FILE);
        String info = ExternalTool.run(List.of("pdfinfo", pdf.toString()));
        assertTrue(info.contains("841.875 x 595.275 pts (A4)"), "A4 landscape: " + info);
        String[] pages = ExternalTool.run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).split("\f");
        PlanSchedule schedule = PlanSchedule.of(plan);
        List<YearMonth> months = new PrintableCalendar(schedule, org.tactician.i18n.PlanTerms.of(plan), org.tactician.generators.theme.DocumentTheme.STANDARD).months();
        assertEquals(YearMonth.from(plan.getStart()), months.get(0));
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH);
        int checked = 0;
        for (CalendarKind kind : List.of(CalendarKind.EDITORIAL, CalendarKind.ADVERTISING, CalendarKind.DEM, CalendarKind.CRO)) {
            for (ScheduledItem item : schedule.items(kind)) {
                if (!item.isDated() || checked >= 12) {
                    continue;
                }
                YearMonth month = YearMonth.from(item.start());
                String page = pages[months.indexOf(month)];
                assertTrue(page.contains(monthName.format(month)), "page of " + month);
                // A busy day lists four entries; the rest are counted.
                long sameDay = schedule.items().stream().filter(i -> i.isDated() && i.start().equals(item.start())).count();
                if (sameDay <= 4) {
                    assertTrue(squeezed(page).contains(squeezed(item.title())), item.title() + " on " + month);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 8, "checked " + checked);
        // After the months, one quarter view per three months, each on one page, with a row per calendar.
        assertEquals(months.size() + (months.size() + 2) / 3, pages.length - (pages[pages.length - 1].isBlank() ? 1 : 0));
        String quarter = pages[months.size()];
        for (CalendarKind kind : CalendarKind.values()) {
            // Row headers wrap, and poppler reads the wrapped words in layout order: look for each word.
            for (String word : kind.title().split(" ")) {
                assertTrue(quarter.contains(word), kind.title());
            }
        }
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                out.resolve("month-1").toString()));
        ExternalTool.run(List.of("pdftoppm", "-png", "-r", "50", "-f", String.valueOf(months.size() + 1), "-l",
                String.valueOf(months.size() + 1), "-singlefile", pdf.toString(), out.resolve("quarter-1").toString()));
    }

    @Test
    void hostileAndRightToLeftTextStaysText() {
        String html = new PrintableCalendar(PlanSchedule.of(TestPlans.full("ar")), org.tactician.i18n.PlanTerms.of("ar"), org.tactician.generators.theme.DocumentTheme.STANDARD).html();
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("dir=\"rtl\""));
        assertTrue(html.contains("&lt;script&gt;"));
    }
}
