package org.tactician.generators.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.internal.CsvTable;
import org.tactician.generators.internal.ElementFailure;
import org.tactician.generators.internal.Text;
import org.tactician.i18n.PlanFormat;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;

/**
 * Writes a plan's calendars: one iCalendar file per {@link CalendarKind}, one combining them
 * all ({@value #COMBINED_FILE}), and a CSV of every entry ({@value #CSV_FILE}).
 *
 * <p>Events are all-day (the plan schedules by date); each UID is {@code <id>@<plan-id>.tactician},
 * so re-importing an updated calendar updates its events instead of duplicating them.
 */
public final class PlanCalendars {

    /** The iCalendar file with every calendar's events. */
    public static final String COMBINED_FILE = "calendar-all.ics";
    /** The CSV file with every calendar entry. */
    public static final String CSV_FILE = "calendar-entries.csv";

    private static final int MAX_LINE_OCTETS = 75;

    private final PlanSchedule schedule;
    private final PlanTerms terms;
    private final PlanFormat format;
    private final Instant stamp;

    /**
     * @param schedule what to write
     * @param terms the plan's words (calendar names, the labels of event descriptions)
     * @param stamp the DTSTAMP of every event (when the calendar was generated)
     */
    public PlanCalendars(PlanSchedule schedule, PlanTerms terms, Instant stamp) {
        this.schedule = schedule;
        this.terms = terms;
        this.format = new PlanFormat(terms);
        this.stamp = stamp.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Writes every ICS file (one per calendar kind plus the combined one) into {@code folder}. */
    public List<GeneratedArtifact> writeIcs(OutputFolder folder, GenerationProgress progress) throws IOException {
        List<GeneratedArtifact> written = new ArrayList<>();
        for (CalendarKind kind : CalendarKind.values()) {
            progress.checkCancelled();
            progress.step(kind.fileName());
            written.add(new GeneratedArtifact(ArtifactFormat.ICS, folder.write(kind.fileName(), ics(kind, progress))));
        }
        progress.checkCancelled();
        progress.step(COMBINED_FILE);
        written.add(new GeneratedArtifact(ArtifactFormat.ICS, folder.write(COMBINED_FILE, combinedIcs(progress))));
        return written;
    }

    /** The iCalendar file of one calendar ({@link CalendarKind#fileName()}), in memory. */
    public byte[] ics(CalendarKind kind, GenerationProgress progress) throws IOException {
        return ics(kind.title(terms), schedule.items(kind), progress);
    }

    /** The iCalendar file with every calendar's events ({@value #COMBINED_FILE}), in memory. */
    public byte[] combinedIcs(GenerationProgress progress) throws IOException {
        return ics(terms.text("calendar.all"), schedule.items(), progress);
    }

    /** Writes the CSV of every entry into {@code folder}. */
    public GeneratedArtifact writeCsv(OutputFolder folder, GenerationProgress progress) throws IOException {
        progress.checkCancelled();
        progress.step(CSV_FILE);
        return new GeneratedArtifact(ArtifactFormat.CSV, folder.write(CSV_FILE, csv()));
    }

    /** The CSV of every entry ({@value #CSV_FILE}), in memory. */
    public byte[] csv() {
        CsvTable table = new CsvTable();
        table.row(List.of("calendar", "uid", "title", "start", "end", "channel", "owner", "cost", "currency",
                "race_stage", "status", "description"));
        for (ScheduledItem item : schedule.items()) {
            ElementFailure.run(item, () -> table.row(List.of(item.kind().title(terms), uid(item), item.title(),
                    item.start() == null ? "" : item.start().toString(),
                    item.end() == null ? "" : item.end().toString(), item.channel(), item.owner(),
                    item.cost() == null ? "" : item.cost().amount().toPlainString(),
                    item.cost() == null ? "" : item.cost().currency(), item.raceStage(), item.status(),
                    item.description())));
        }
        return table.toBytes();
    }

    /** The stable UID of an item: {@code <id>@<plan-id>.tactician}. */
    public String uid(ScheduledItem item) {
        MarketingPlan plan = schedule.plan();
        String planId = plan.getId() == null || plan.getId().isBlank() ? "plan" : plan.getId();
        return item.id() + "@" + planId + ".tactician";
    }

    /** The iCalendar text of {@code items}, as bytes (UTF-8, CRLF, folded at 75 octets). */
    byte[] ics(String title, List<ScheduledItem> items, GenerationProgress progress) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tactician//Marketing plan calendars//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        String planName = Text.clean(schedule.plan().getName());
        calendar.add(new XProperty("X-WR-CALNAME", planName.isEmpty() ? title : planName + " — " + title));
        for (ScheduledItem item : items) {
            progress.checkCancelled();
            if (item.isDated()) {
                calendar.add(ElementFailure.at(item, () -> event(item)));
            }
        }
        StringWriter text = new StringWriter();
        // Not validating: a calendar without events (an empty plan section) is still a valid export.
        new CalendarOutputter(false).output(calendar, text);
        return foldByOctets(text.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(ScheduledItem item) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid(uid(item)));
        event.add(new DtStart<>(item.start()));
        // DTEND of an all-day event is exclusive: the day after the last day.
        event.add(new DtEnd<>(item.end().plusDays(1)));
        event.add(new Summary(item.title().isEmpty() ? item.kind().title(terms) : item.title()));
        String description = describe(item);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        Categories categories = new Categories();
        categories.addCategory(item.kind().title(terms));
        if (!item.raceStage().isEmpty()) {
            categories.addCategory(item.raceStage());
        }
        event.add(categories);
        return event;
    }

    private String describe(ScheduledItem item) {
        List<String> lines = new ArrayList<>();
        if (!item.description().isEmpty()) {
            lines.add(item.description());
        }
        if (!item.channel().isEmpty()) {
            lines.add(terms.text("label.channel") + ": " + item.channel());
        }
        if (!item.owner().isEmpty()) {
            lines.add(terms.text("label.owner") + ": " + item.owner());
        }
        if (item.cost() != null) {
            lines.add(terms.text("label.cost") + ": " + format.money(item.cost()));
        }
        if (!item.raceStage().isEmpty()) {
            lines.add(terms.text("label.raceStage") + ": " + item.raceStage());
        }
        if (!item.status().isEmpty()) {
            lines.add(terms.text("label.status") + ": " + item.status());
        }
        return String.join("\n", lines);
    }

    /**
     * Refolds iCalendar text so no line exceeds 75 octets (RFC 5545 §3.1): ical4j folds at 75
     * characters, which is up to 300 octets of Arabic or Vietnamese. Folds never split a code point.
     */
    static String foldByOctets(String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
