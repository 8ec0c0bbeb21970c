package org.tactician.generators.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GenerationCancelledException;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.generators.TestPlans;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.Activity;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NamedElement;
import org.tactician.model.OperationsSection;
import org.tactician.model.PlanElement;
import org.tactician.model.SmartObjective;

/** The ICS and CSV files, read back by Python's icalendar and csv modules. */
class PlanCalendarsTest {

    /** Prints one line per event: uid, DTSTART, DTEND, value type, summary, description (base64). */
    private static final String READ_ICS = """
            import sys, base64, icalendar, datetime
            b = lambda s: base64.b64encode(str(s).encode('utf-8')).decode('ascii')
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for ev in cal.walk('VEVENT'):
                start = ev.decoded('DTSTART'); end = ev.decoded('DTEND')
                kind = 'datetime' if isinstance(start, datetime.datetime) else 'date'
                assert 'DTSTAMP' in ev, 'no DTSTAMP'
                print('\\t'.join([str(ev['UID']), start.isoformat(), end.isoformat(), kind,
                                  b(ev.get('SUMMARY', '')), b(ev.get('DESCRIPTION', ''))]))
            """;

    /** Prints each CSV row as tab-separated base64 cells. */
    private static final String READ_CSV = """
            import sys, csv, base64
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                for row in csv.reader(f, strict=True):
                    print('\\t'.join(base64.b64encode(c.encode('utf-8')).decode('ascii') for c in row))
            """;

    @TempDir
    Path out;

    private MarketingPlan plan;

    @BeforeEach
    void generate() throws IOException {
        plan = TestPlans.full("en");
        new PlanGenerator(Instant.parse("2027-01-01T09:00:00Z")).generate(plan, new OutputFolder(out),
                EnumSet.of(ArtifactFormat.ICS, ArtifactFormat.CSV), false, GenerationProgress.NONE);
    }

    private record Event(String uid, String start, String end, String type, String summary, String description) {
    }

    private List<Event> readIcs(Path file) throws Exception {
        List<Event> events = new ArrayList<>();
        for (String line : org.tactician.generators.ExternalTool.run(List.of("python3", "-c", READ_ICS, file.toString())).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            events.add(new Event(f[0], f[1], f[2], f[3], decode(f[4]), decode(f[5])));
        }
        return events;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    /** What a calendar must hold, read from the model itself (not from the generators' schedule). */
    private record Expected(String id, String name, LocalDate start, LocalDate end) {
    }

    /** The dated elements of the plan that belong in {@code kind}'s calendar. */
    private List<Expected> expected(CalendarKind kind) {
        OperationsSection operations = plan.getOperations();
        List<? extends EObject> elements = switch (kind) {
            case EDITORIAL -> operations.getEditorialCalendar().getEntries();
            case ADVERTISING -> operations.getAdvertisingCalendar().getEntries();
            case DEM -> operations.getDemCalendar().getEntries();
            case AUTOMATIONS -> operations.getAutomationPlan().getEntries();
            case CRO -> operations.getCroPlan().getEntries();
            case LOYALTY -> operations.getLoyaltyPlan().getEntries();
            case CAMPAIGNS -> plan.getAction().getCampaigns();
            case MILESTONES -> plan.getAction().getNinetyDayPlans().stream().flatMap(p -> p.getActions().stream()).toList();
            case DEADLINES -> {
                List<EObject> deadlines = new ArrayList<>(plan.getOpportunity().getObjectives());
                deadlines.addAll(operations.getMonthlyObjectives());
                yield deadlines;
            }
        };
        List<Expected> expected = new ArrayList<>();
        for (EObject element : elements) {
            String id = ((PlanElement) element).getId();
            String name = ((NamedElement) element).getName();
            LocalDate start;
            LocalDate end;
            if (element instanceof CalendarEntry entry) {
                start = entry.getStart();
                end = entry.getEnd();
            } else if (element instanceof Campaign campaign) {
                start = campaign.getStart();
                end = campaign.getEnd();
            } else if (element instanceof Activity activity) {
                start = activity.getStart();
                end = activity.getEnd();
            } else if (element instanceof SmartObjective objective) {
                start = objective.getDeadline();
                end = start;
            } else {
                start = ((MonthlyObjective) element).getDeadline();
                end = start;
            }
            if (start != null) {
                expected.add(new Expected(id, name, start, end == null ? start : end));
            }
        }
        return expected;
    }

    @Test
    void everyCalendarHoldsEachOfItsEntriesOnceWithTheRightDays() throws Exception {
        for (CalendarKind kind : CalendarKind.values()) {
            List<Expected> expected = expected(kind);
            assertFalse(expected.isEmpty(), "the test plan has entries for " + kind);
            List<Event> events = readIcs(out.resolve(kind.fileName()));
            assertEquals(expected.size(), events.size(), kind.fileName());
            Map<String, Event> byId = events.stream().collect(Collectors.toMap(e -> e.uid().substring(0, e.uid().indexOf('@')),
                    e -> e));
            for (Expected item : expected) {
                Event event = byId.get(item.id());
                assertTrue(event != null, "missing " + item.id() + " in " + kind.fileName());
                assertEquals(item.id() + "@casa-nova-2027.tactician", event.uid(), "UIDs are the model's ids");
                assertEquals("date", event.type(), "all-day events are DATE values");
                assertEquals(item.start().toString(), event.start());
                assertEquals(item.end().plusDays(1).toString(), event.end(), "DTEND is exclusive");
                if (item.name() != null && !item.name().isBlank()) {
                    assertEquals(Normalizer.normalize(item.name(), Normalizer.Form.NFC), event.summary());
                }
            }
        }
    }

    @Test
    void theCalendarsInMemoryAreTheFilesWritten() throws Exception {
        // What the fuzzing module checks without writing files must be what a run writes.
        PlanCalendars calendars = new PlanCalendars(PlanSchedule.of(plan), org.tactician.i18n.PlanTerms.of(plan),
                Instant.parse("2027-01-01T09:00:00Z"));
        for (CalendarKind kind : CalendarKind.values()) {
            assertEquals(Files.readString(out.resolve(kind.fileName())),
                    new String(calendars.ics(kind, GenerationProgress.NONE), StandardCharsets.UTF_8), kind.fileName());
        }
        assertEquals(Files.readString(out.resolve(PlanCalendars.COMBINED_FILE)),
                new String(calendars.combinedIcs(GenerationProgress.NONE), StandardCharsets.UTF_8));
        assertEquals(Files.readString(out.resolve(PlanCalendars.CSV_FILE)), new String(calendars.csv(), StandardCharsets.UTF_8));
    }

    @Test
    void theCombinedCalendarHoldsEveryEntryOnce() throws Exception {
        List<Event> events = readIcs(out.resolve(PlanCalendars.COMBINED_FILE));
        long dated = java.util.Arrays.stream(CalendarKind.values()).mapToLong(kind -> expected(kind).size()).sum();
        assertEquals(dated, events.size());
        assertEquals(dated, events.stream().map(Event::uid).distinct().count(), "UIDs are unique");
        assertTrue(events.stream().anyMatch(e -> e.uid().equals("ed-post@casa-nova-2027.tactician")), "UIDs come from model ids");
    }

    @Test
    void textSurvivesEscapingAndIsNfc() throws Exception {
        Map<String, Event> byUid = new HashMap<>();
        readIcs(out.resolve(CalendarKind.EDITORIAL.fileName())).forEach(e -> byUid.put(e.uid(), e));
        Event post = byUid.get("ed-post@casa-nova-2027.tactician");
        assertEquals(TestPlans.VIETNAMESE, post.summary());
        assertTrue(post.description().startsWith("Line one, with a comma; and \"quotes\"\nline two"), post.description());
        Event article = byUid.get("ed-article@casa-nova-2027.tactician");
        assertTrue(article.summary().contains("переносить по октетам"));
        assertTrue(Normalizer.isNormalized(post.summary(), Normalizer.Form.NFC));
    }

    @Test
    void linesEndInCrlfAndFoldWithinSeventyFiveOctets() throws IOException {
        for (CalendarKind kind : CalendarKind.values()) {
            byte[] bytes = Files.readAllBytes(out.resolve(kind.fileName()));
            int lineStart = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    assertTrue(i > 0 && bytes[i - 1] == '\r', "bare LF in " + kind.fileName());
                    int octets = i - 1 - lineStart;
                    assertTrue(octets <= 75, kind.fileName() + ": a line of " + octets + " octets");
                    lineStart = i + 1;
                }
            }
            assertEquals(bytes.length, lineStart, "the file ends with CRLF");
            // The fold must never split a UTF-8 sequence: the text decodes cleanly.
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertFalse(text.contains("\uFFFD"));
        }
    }

    @Test
    void theCsvListsEveryEntryAndNeutralisesFormulas() throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve(PlanCalendars.CSV_FILE));
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark");
        List<List<String>> rows = new ArrayList<>();
        for (String line : org.tactician.generators.ExternalTool
                .run(List.of("python3", "-c", READ_CSV, out.resolve(PlanCalendars.CSV_FILE).toString())).split("\n")) {
            if (!line.isEmpty()) {
                rows.add(List.of(line.split("\t", -1)).stream().map(PlanCalendarsTest::decode).toList());
            }
        }
        assertEquals("calendar", rows.get(0).get(0));
        long items = java.util.Arrays.stream(CalendarKind.values()).mapToLong(kind -> expected(kind).size()).sum();
        assertEquals(items + 1, rows.size(), "a header and a row per dated item");
        Map<String, List<String>> byUid = rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(1), r -> r));
        assertEquals("'" + TestPlans.FORMULA, byUid.get("ed-formula@casa-nova-2027.tactician").get(2));
        assertEquals("'-2+3", byUid.get("ed-formula@casa-nova-2027.tactician").get(11));
        assertEquals("'@partner list blast", byUid.get("dem-partner@casa-nova-2027.tactician").get(2));
        assertEquals("'+Abandoned cart", byUid.get("auto-cart@casa-nova-2027.tactician").get(2));
        assertEquals("'\tCheckout test", byUid.get("cro-checkout@casa-nova-2027.tactician").get(2));
        assertEquals("Line one, with a comma; and \"quotes\"\nline two", byUid.get("ed-post@casa-nova-2027.tactician").get(11));
        assertEquals(TestPlans.ARABIC, byUid.get("camp-summer@casa-nova-2027.tactician").get(2));
        assertEquals("8000.00", byUid.get("ad-summer@casa-nova-2027.tactician").get(7));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula cell: " + cell);
            }
        }
    }

    @Test
    void cancellingStopsBeforeTheNextFile() {
        Path folder = out.resolve("cancelled");
        List<String> steps = new ArrayList<>();
        GenerationProgress cancelAfterFirst = new GenerationProgress() {
            @Override
            public void step(String message) {
                steps.add(message);
            }

            @Override
            public boolean isCancelled() {
                return !steps.isEmpty();
            }
        };
        assertThrows(GenerationCancelledException.class, () -> new PlanGenerator().generate(plan, new OutputFolder(folder),
                Set.of(ArtifactFormat.ICS), false, cancelAfterFirst));
        assertEquals(1, steps.size());
        assertFalse(Files.exists(folder.resolve(CalendarKind.ADVERTISING.fileName())));
    }
}
