package org.tactician.ui.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PrintableCalendar;
import org.tactician.ui.internal.Messages;

/**
 * The calendar view's drawing: a month as weeks of days, or a quarter of the plan year as a
 * timeline with a band per calendar; each entry a bar in its calendar's colour. In a month, the
 * ongoing entries — those longer than a month, such as always-on campaigns and year-long
 * automations — sit in one strip above the weeks instead of repeating on every week row, so the
 * short campaigns keep the weeks to themselves; the strip is one summary line (a count, the first
 * names, the rest in its tooltip) until it is expanded to a line per entry. Click selects an entry,
 * double-click (or Enter) opens it, dragging it to another day (or Ctrl+arrow keys) reschedules it
 * — the grid only reports these, the view turns them into commands.
 */
final class CalendarGrid extends Canvas {

    /** How the grid lays out days. */
    enum Mode {
        /** A month: a row per week, a column per weekday. */
        MONTH,
        /** Three months of the plan year: a column per day, a band per calendar. */
        QUARTER
    }

    /** What the user did to an entry. */
    interface Listener {
        void selected(CalendarItem item);

        void open(CalendarItem item);

        void reschedule(CalendarItem item, long days);

        /** The ongoing strip was expanded or collapsed from the grid (a click on it). */
        default void ongoingShown(boolean expanded) {
        }
    }

    static final int BAR = 16;
    static final int GAP = 2;
    private static final int HEADER = 22;
    private static final int DAY_HEADER = 18;
    private static final int MIN_WEEK = 64;
    private static final int LABEL_WIDTH = 170;
    private static final int DRAG_SLOP = 4;
    /** The narrowest column of the ongoing strip, and the lines it fills before a column is added. */
    private static final int STRIP_COLUMN = 300;
    private static final int STRIP_ROWS = 4;
    /** An entry of more days than this is ongoing: the month shows it in the strip, not on its weeks. */
    static final int ONGOING_DAYS = 31;

    /**
     * One bar on screen: an item's days within one week row (month) or one band (quarter), or its
     * line in the month's expanded strip of ongoing entries ({@code ongoing}). An entry that
     * runs over several week rows has a bar on each; {@code continued} and {@code continues} say
     * that it began before the bar's first day and goes on after its last, and the bar is drawn
     * pointed on those ends, as calendar apps draw a continuing entry.
     */
    record Bar(CalendarItem item, Rectangle bounds, boolean ongoing, boolean continued, boolean continues) {

        Bar(CalendarItem item, Rectangle bounds, boolean ongoing) {
            this(item, bounds, ongoing, false, false);
        }
    }

    private final Listener listener;
    private final Map<CalendarKind, Color> colours = new EnumMap<>(CalendarKind.class);
    private final Map<CalendarKind, Color> fills = new EnumMap<>(CalendarKind.class);
    private final Color grid;
    private final Color outside;
    private final Color dayText;
    private Mode mode = Mode.MONTH;
    private YearMonth first = YearMonth.now();
    private Locale locale = Locale.getDefault();
    private LocalDate planStart;
    private LocalDate planEnd;
    private List<CalendarItem> items = List.of();
    private List<CalendarKind> bands = List.of(CalendarKind.values());
    private final List<Bar> bars = new ArrayList<>();
    private final List<Rectangle> weekRows = new ArrayList<>();
    private final List<LocalDate> weekStarts = new ArrayList<>();
    /** The strip of ongoing entries, above the weekday names (empty when there are none). */
    private Rectangle strip = new Rectangle(0, 0, 0, 0);
    /** Where a click expands or collapses the strip: its caption, or all of it while collapsed. */
    private Rectangle stripToggle = new Rectangle(0, 0, 0, 0);
    private String stripCaption = ""; //$NON-NLS-1$
    /** The ongoing entries of the month shown, in strip order. */
    private List<CalendarItem> ongoing = List.of();
    private boolean ongoingExpanded;
    private int preferredHeight;
    private CalendarItem selected;
    private CalendarItem pressed;
    private LocalDate pressedDay;
    private Point pressedAt;
    private LocalDate dropDay;
    private boolean dragging;

    CalendarGrid(Composite parent, Listener listener) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.listener = listener;
        for (CalendarKind kind : CalendarKind.values()) {
            colours.put(kind, new Color(rgb(PrintableCalendar.colour(kind))));
            fills.put(kind, new Color(rgb(PrintableCalendar.fill(kind))));
        }
        grid = new Color(new RGB(0xd0, 0xd5, 0xdb));
        outside = new Color(new RGB(0xf3, 0xf4, 0xf6));
        dayText = new Color(new RGB(0x55, 0x5b, 0x63));
        addPaintListener(event -> paint(event.gc));
        addListener(SWT.Resize, event -> relayout());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::doubleClick);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, event -> {
            // Tab leaves the grid; Enter stays in it and opens the selected entry.
            switch (event.detail) {
                case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> event.doit = true;
                case SWT.TRAVERSE_RETURN -> event.doit = false;
                default -> {
                    // as usual
                }
            }
        });
        addListener(SWT.FocusIn, event -> redraw());
        addListener(SWT.FocusOut, event -> redraw());
        getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = selected == null ? title() + (ongoing.isEmpty() ? "" : ", " + stripCaption) //$NON-NLS-1$
                        : describe(selected);
            }
        });
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    // --- what is shown ---

    /** Shows {@code shown} (already filtered) from the month {@code from}, in {@code newMode}. */
    void show(Mode newMode, YearMonth from, List<CalendarItem> shown, List<CalendarKind> kinds, Locale language,
            LocalDate start, LocalDate end) {
        mode = newMode;
        first = from;
        items = List.copyOf(shown);
        bands = List.copyOf(kinds);
        locale = language;
        planStart = start;
        planEnd = end;
        if (selected != null && items.stream().noneMatch(item -> item.element() == selected.element())) {
            selected = null;
        } else if (selected != null) {
            selected = items.stream().filter(item -> item.element() == selected.element()).findFirst().orElse(null);
        }
        relayout();
    }

    Mode mode() {
        return mode;
    }

    YearMonth first() {
        return first;
    }

    /** The first and last day shown. */
    LocalDate firstDay() {
        return mode == Mode.MONTH ? first.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek()))
                : first.atDay(1);
    }

    LocalDate lastDay() {
        return mode == Mode.MONTH
                ? first.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek().minus(1)))
                : first.plusMonths(2).atEndOfMonth();
    }

    /** "March 2027" or "Q1: January – March 2027". */
    String title() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale); //$NON-NLS-1$
        if (mode == Mode.MONTH) {
            return month.format(first);
        }
        return NLS.bind(Messages.calendar_quarterTitle, month.format(first), month.format(first.plusMonths(2)));
    }

    /** The bars on screen, in paint order (for tests and hit testing). */
    List<Bar> bars() {
        return List.copyOf(bars);
    }

    /**
     * Whether the month view puts {@code item} in its ongoing strip: it runs longer than a month.
     * A campaign of a month or less stays on its weeks, even when it fills the month shown.
     */
    boolean isOngoing(CalendarItem item) {
        return mode == Mode.MONTH && ChronoUnit.DAYS.between(item.start(), item.end()) + 1 > ONGOING_DAYS;
    }

    /** The ongoing entries in the days shown, in strip order (none outside the month view). */
    List<CalendarItem> ongoing() {
        return ongoing;
    }

    /** Whether the ongoing strip lists its entries one per line (else it is one summary line). */
    boolean ongoingExpanded() {
        return ongoingExpanded;
    }

    void showOngoing(boolean expanded) {
        if (expanded != ongoingExpanded) {
            ongoingExpanded = expanded;
            relayout();
        }
    }

    /** The strip of ongoing entries (empty outside the month view or without such entries). */
    Rectangle strip() {
        return new Rectangle(strip.x, strip.y, strip.width, strip.height);
    }

    CalendarItem selection() {
        return selected;
    }

    void select(CalendarItem item) {
        selected = item;
        redraw();
        getAccessible().selectionChanged();
    }

    /** The height that shows every entry at the current width. */
    int preferredHeight() {
        return preferredHeight;
    }

    @Override
    public Point computeSize(int widthHint, int heightHint, boolean changed) {
        int width = widthHint == SWT.DEFAULT ? 700 : widthHint;
        return new Point(width, Math.max(preferredHeight, heightHint == SWT.DEFAULT ? 300 : heightHint));
    }

    private DayOfWeek firstDayOfWeek() {
        return WeekFields.of(locale).getFirstDayOfWeek();
    }

    // --- layout ---

    private void relayout() {
        bars.clear();
        weekRows.clear();
        weekStarts.clear();
        strip = new Rectangle(0, 0, 0, 0);
        stripToggle = new Rectangle(0, 0, 0, 0);
        ongoing = List.of();
        int width = Math.max(getClientArea().width, 200);
        if (mode == Mode.MONTH) {
            layoutMonth(width);
        } else {
            layoutQuarter(width);
        }
        redraw();
    }

    private void layoutMonth(int width) {
        double cell = width / 7.0;
        int y = layoutStrip(width);
        y += HEADER;
        for (LocalDate week = firstDay(); !week.isAfter(lastDay()); week = week.plusDays(7)) {
            LocalDate weekEnd = week.plusDays(6);
            // The ongoing entries take no lane: the short ones keep the weeks to themselves.
            List<List<CalendarItem>> lanes = lanes(week, weekEnd);
            int height = Math.max(MIN_WEEK, DAY_HEADER + lanes.size() * (BAR + GAP) + 6);
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (CalendarItem item : lanes.get(lane)) {
                    long from = Math.max(0, ChronoUnit.DAYS.between(week, item.start()));
                    long to = Math.min(6, ChronoUnit.DAYS.between(week, item.end()));
                    int x = (int) Math.round(from * cell) + 2;
                    int right = (int) Math.round((to + 1) * cell) - 2;
                    bars.add(new Bar(item, new Rectangle(x, y + DAY_HEADER + lane * (BAR + GAP), right - x, BAR), false,
                            item.start().isBefore(week), item.end().isAfter(weekEnd)));
                }
            }
            weekRows.add(new Rectangle(0, y, width, height));
            weekStarts.add(week);
            y += height;
        }
        preferredHeight = y + 1;
    }

    /**
     * Lays the ongoing strip out: collapsed, one summary line (its names are painted, not bars);
     * expanded, a line per entry after the caption, earliest first then by calendar, in as many
     * columns as keep them readable. Returns the height taken (nothing when there are none).
     */
    private int layoutStrip(int width) {
        List<CalendarItem> found = new ArrayList<>(items.stream()
                .filter(item -> isOngoing(item) && item.overlaps(firstDay(), lastDay())).toList());
        if (found.isEmpty()) {
            return 0;
        }
        found.sort(Comparator.comparing(CalendarItem::start).thenComparing(item -> item.kind().ordinal())
                .thenComparing(item -> item.item().title()));
        ongoing = List.copyOf(found);
        stripCaption = NLS.bind(Messages.calendar_ongoing, found.size());
        GC gc = new GC(this);
        int captionWidth;
        try {
            captionWidth = Math.min(width / 3, gc.textExtent(stripCaption).x + TWISTY + 16);
        } finally {
            gc.dispose();
        }
        if (!ongoingExpanded) {
            strip = new Rectangle(0, 0, width, GAP + 2 + BAR + 4);
            stripToggle = strip;
            return strip.height;
        }
        // Many such entries share the width in columns (read down, then across), so the weeks stay in sight.
        int available = Math.max(20, width - captionWidth - 4);
        int columns = Math.max(1, Math.min(available / STRIP_COLUMN, (found.size() + STRIP_ROWS - 1) / STRIP_ROWS));
        int rows = (found.size() + columns - 1) / columns;
        double column = available / (double) columns;
        for (int index = 0; index < found.size(); index++) {
            int x = captionWidth + (int) Math.round(index / rows * column);
            int right = captionWidth + (int) Math.round((index / rows + 1) * column) - (columns > 1 ? 4 : 0);
            int y = GAP + 2 + index % rows * (BAR + GAP);
            bars.add(new Bar(found.get(index), new Rectangle(x, y, right - x, BAR), true));
        }
        strip = new Rectangle(0, 0, width, GAP + 2 + rows * (BAR + GAP) + 4);
        stripToggle = new Rectangle(0, 0, captionWidth, strip.height);
        return strip.height;
    }

    private void layoutQuarter(int width) {
        LocalDate from = firstDay();
        LocalDate to = lastDay();
        double day = (width - LABEL_WIDTH) / (double) (ChronoUnit.DAYS.between(from, to) + 1);
        int y = HEADER * 2;
        for (CalendarKind kind : bands) {
            List<List<CalendarItem>> lanes = lanes(from, to, kind);
            int height = Math.max(1, lanes.size()) * (BAR + GAP) + 8;
            for (int lane = 0; lane < lanes.size(); lane++) {
                for (CalendarItem item : lanes.get(lane)) {
                    long start = Math.max(0, ChronoUnit.DAYS.between(from, item.start()));
                    long end = Math.min(ChronoUnit.DAYS.between(from, to), ChronoUnit.DAYS.between(from, item.end()));
                    int x = LABEL_WIDTH + (int) Math.round(start * day);
                    int right = Math.max(x + 4, LABEL_WIDTH + (int) Math.round((end + 1) * day) - 1);
                    bars.add(new Bar(item, new Rectangle(x, y + 4 + lane * (BAR + GAP), right - x, BAR), false));
                }
            }
            weekRows.add(new Rectangle(0, y, width, height));
            y += height;
        }
        preferredHeight = y + 1;
    }

    private List<List<CalendarItem>> lanes(LocalDate from, LocalDate to) {
        return lanes(from, to, null);
    }

    /** The items shown between {@code from} and {@code to}, in lanes where none overlaps another. */
    private List<List<CalendarItem>> lanes(LocalDate from, LocalDate to, CalendarKind kind) {
        List<CalendarItem> shown = new ArrayList<>();
        for (CalendarItem item : items) {
            if ((kind == null || item.kind() == kind) && item.overlaps(from, to) && !isOngoing(item)) {
                shown.add(item);
            }
        }
        shown.sort(Comparator.comparing(CalendarItem::start)
                .thenComparing(item -> -ChronoUnit.DAYS.between(item.start(), item.end()))
                .thenComparing(item -> item.kind().ordinal()));
        List<List<CalendarItem>> lanes = new ArrayList<>();
        List<LocalDate> laneEnds = new ArrayList<>();
        for (CalendarItem item : shown) {
            int lane = 0;
            while (lane < lanes.size() && !laneEnds.get(lane).isBefore(item.start())) {
                lane++;
            }
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
                laneEnds.add(item.end());
            } else {
                laneEnds.set(lane, item.end());
            }
            lanes.get(lane).add(item);
        }
        return lanes;
    }

    // --- hit testing ---

    /** The item drawn at {@code x, y}, or null. */
    CalendarItem itemAt(int x, int y) {
        for (int i = bars.size() - 1; i >= 0; i--) {
            if (bars.get(i).bounds().contains(x, y)) {
                return bars.get(i).item();
            }
        }
        return null;
    }

    /** The day under {@code x, y}, or null outside the days. */
    LocalDate dayAt(int x, int y) {
        int width = Math.max(getClientArea().width, 200);
        if (mode == Mode.MONTH) {
            for (int row = 0; row < weekRows.size(); row++) {
                Rectangle bounds = weekRows.get(row);
                if (y >= bounds.y && y < bounds.y + bounds.height) {
                    int column = Math.min(6, Math.max(0, (int) (x / (width / 7.0))));
                    return weekStarts.get(row).plusDays(column);
                }
            }
            return null;
        }
        if (x < LABEL_WIDTH || y < HEADER * 2) {
            return null;
        }
        LocalDate from = firstDay();
        long days = ChronoUnit.DAYS.between(from, lastDay()) + 1;
        long index = (long) ((x - LABEL_WIDTH) / ((width - LABEL_WIDTH) / (double) days));
        return from.plusDays(Math.min(days - 1, Math.max(0, index)));
    }

    /** The centre of the cell of {@code day} in the first row that shows it (for tests and keyboard drops). */
    Point pointOf(LocalDate day) {
        int width = Math.max(getClientArea().width, 200);
        if (mode == Mode.MONTH) {
            for (int row = 0; row < weekStarts.size(); row++) {
                long column = ChronoUnit.DAYS.between(weekStarts.get(row), day);
                if (column >= 0 && column < 7) {
                    Rectangle bounds = weekRows.get(row);
                    return new Point((int) ((column + 0.5) * width / 7.0), bounds.y + DAY_HEADER / 2);
                }
            }
            return null;
        }
        LocalDate from = firstDay();
        long days = ChronoUnit.DAYS.between(from, lastDay()) + 1;
        long index = ChronoUnit.DAYS.between(from, day);
        if (index < 0 || index >= days) {
            return null;
        }
        double dayWidth = (width - LABEL_WIDTH) / (double) days;
        return new Point(LABEL_WIDTH + (int) ((index + 0.5) * dayWidth), HEADER * 2 + 2);
    }

    // --- mouse and keys ---

    private void mouseDown(Event event) {
        setFocus();
        if (event.button != 1) {
            return;
        }
        if (stripToggle.contains(event.x, event.y)) {
            showOngoing(!ongoingExpanded);
            listener.ongoingShown(ongoingExpanded);
            return;
        }
        CalendarItem item = itemAt(event.x, event.y);
        select(item);
        if (item != null) {
            listener.selected(item);
        }
        pressed = item;
        pressedDay = item == null ? null : dayAt(event.x, event.y);
        pressedAt = new Point(event.x, event.y);
        dragging = false;
    }

    private void mouseMove(Event event) {
        if (pressed != null && (event.stateMask & SWT.BUTTON1) != 0) {
            // An entry in the ongoing strip has no day under the pointer to drag from.
            if (!dragging && pressedDay != null && (Math.abs(event.x - pressedAt.x) > DRAG_SLOP || Math.abs(event.y - pressedAt.y) > DRAG_SLOP)) {
                dragging = true;
                setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            }
            if (dragging) {
                LocalDate day = dayAt(event.x, event.y);
                if (day != null && !day.equals(dropDay)) {
                    dropDay = day;
                    redraw();
                }
            }
            return;
        }
        CalendarItem under = itemAt(event.x, event.y);
        String tip = under != null ? describe(under) : stripToggle.contains(event.x, event.y) ? ongoingSummary() : null;
        if (tip == null ? getToolTipText() != null : !tip.equals(getToolTipText())) {
            setToolTipText(tip);
        }
    }

    private void mouseUp(Event event) {
        CalendarItem item = pressed;
        LocalDate from = pressedDay;
        LocalDate to = dragging ? dayAt(event.x, event.y) : null;
        boolean wasDragging = dragging;
        pressed = null;
        dragging = false;
        dropDay = null;
        setCursor(null);
        if (wasDragging && item != null && from != null && to != null && !to.equals(from)) {
            listener.reschedule(item, ChronoUnit.DAYS.between(from, to));
        }
        redraw();
    }

    private void doubleClick(Event event) {
        CalendarItem item = itemAt(event.x, event.y);
        if (item != null) {
            listener.open(item);
        }
    }

    private void key(Event event) {
        // Space expands or collapses the ongoing strip; so does Enter while no entry is selected.
        if (!ongoing.isEmpty() && (event.character == ' ' || selected == null && event.character == SWT.CR)) {
            showOngoing(!ongoingExpanded);
            listener.ongoingShown(ongoingExpanded);
            return;
        }
        if (selected == null) {
            if (!bars.isEmpty() && (event.keyCode == SWT.ARROW_RIGHT || event.keyCode == SWT.ARROW_DOWN)) {
                select(bars.get(0).item());
                listener.selected(selected);
            }
            return;
        }
        boolean move = (event.stateMask & SWT.MOD1) != 0;
        int step = switch (event.keyCode) {
            case SWT.ARROW_LEFT -> getOrientation() == SWT.RIGHT_TO_LEFT ? 1 : -1;
            case SWT.ARROW_RIGHT -> getOrientation() == SWT.RIGHT_TO_LEFT ? -1 : 1;
            case SWT.ARROW_UP -> -7;
            case SWT.ARROW_DOWN -> 7;
            default -> 0;
        };
        if (event.character == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
            listener.open(selected);
        } else if (step != 0 && move) {
            listener.reschedule(selected, step);
        } else if (step == 1 || step == -1) {
            List<CalendarItem> order = bars.stream().map(Bar::item).distinct().toList();
            int index = order.indexOf(selected);
            int next = Math.max(0, Math.min(order.size() - 1, index + step));
            if (!order.isEmpty()) {
                select(order.get(next));
                listener.selected(selected);
            }
        }
    }

    /** The entry in words: name, calendar, days, channel, owner, stage and status. */
    String describe(CalendarItem item) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String days = item.start().equals(item.end()) ? date.format(item.start())
                : NLS.bind(Messages.calendar_dates, date.format(item.start()), date.format(item.end()));
        StringBuilder text = new StringBuilder(item.item().title()).append('\n')
                .append(CalendarKinds.label(item.kind())).append(" \u00b7 ").append(days); //$NON-NLS-1$
        detail(text, Messages.calendar_channel, item.item().channel());
        detail(text, Messages.calendar_owner, item.item().owner());
        detail(text, Messages.calendar_stage, item.item().raceStage());
        detail(text, Messages.calendar_status, item.item().status());
        if (isOngoing(item)) {
            text.append('\n').append(Messages.calendar_ongoingTip);
        }
        return text.toString();
    }

    /** The collapsed strip's tool tip: why the entries are there, then each with its days (at most 25). */
    String ongoingSummary() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder text = new StringBuilder(NLS.bind(Messages.calendar_ongoingSummary, ongoing.size()));
        int listed = Math.min(ongoing.size(), 25);
        for (CalendarItem item : ongoing.subList(0, listed)) {
            text.append("\n\u2022 ").append(item.item().title()).append(" (") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(NLS.bind(Messages.calendar_dates, date.format(item.start()), date.format(item.end()))).append(')');
        }
        if (listed < ongoing.size()) {
            text.append("\n").append(NLS.bind(Messages.calendar_ongoingMore, ongoing.size() - listed)); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static void detail(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(NLS.bind(label, value));
        }
    }

    // --- painting ---

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (mode == Mode.MONTH) {
            paintMonth(gc, area);
        } else {
            paintQuarter(gc, area);
        }
        for (Bar bar : bars) {
            paintBar(gc, bar, bar.bounds(), bar.item() == selected, 255);
        }
        if (dragging && pressed != null && dropDay != null && pressedDay != null) {
            paintDrop(gc);
        }
    }

    private boolean outsidePlan(LocalDate day) {
        return planStart != null && day.isBefore(planStart) || planEnd != null && day.isAfter(planEnd);
    }

    private void paintMonth(GC gc, Rectangle area) {
        double cell = area.width / 7.0;
        if (strip.height > 0) {
            paintStrip(gc, area);
        }
        gc.setForeground(dayText);
        DayOfWeek firstDay = firstDayOfWeek();
        for (int column = 0; column < 7; column++) {
            String name = firstDay.plus(column).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            Point size = gc.textExtent(name);
            gc.drawText(name, (int) (column * cell + (cell - size.x) / 2), strip.height + (HEADER - size.y) / 2, true);
        }
        for (int row = 0; row < weekRows.size(); row++) {
            Rectangle bounds = weekRows.get(row);
            for (int column = 0; column < 7; column++) {
                LocalDate day = weekStarts.get(row).plusDays(column);
                int x = (int) Math.round(column * cell);
                int right = (int) Math.round((column + 1) * cell);
                boolean inMonth = YearMonth.from(day).equals(first);
                if (!inMonth || outsidePlan(day)) {
                    gc.setBackground(outside);
                    gc.fillRectangle(x, bounds.y, right - x, bounds.height);
                }
                if (dragging && day.equals(dropDay)) {
                    gc.setBackground(fills.get(pressed.kind()));
                    gc.fillRectangle(x, bounds.y, right - x, bounds.height);
                }
                gc.setForeground(inMonth ? dayText : grid);
                String number = Integer.toString(day.getDayOfMonth());
                if (day.getDayOfMonth() == 1) {
                    number = DateTimeFormatter.ofPattern("d MMM", locale).format(day); //$NON-NLS-1$
                }
                gc.drawText(number, x + 4, bounds.y + 2, true);
                gc.setForeground(grid);
                gc.drawRectangle(x, bounds.y, right - x, bounds.height);
            }
        }
    }

    /** How wide the strip's expand/collapse triangle is. */
    private static final int TWISTY = 10;

    /** The ongoing strip's caption with its triangle; collapsed, the first names after it and how many more. */
    private void paintStrip(GC gc, Rectangle area) {
        gc.setBackground(outside);
        gc.fillRectangle(strip);
        int middle = GAP + 2 + BAR / 2;
        gc.setBackground(dayText);
        // (a right-to-left grid is drawn mirrored, so the collapsed triangle points to the left there)
        int[] triangle = ongoingExpanded ? new int[] {6, middle - 3, 6 + TWISTY, middle - 3, 6 + TWISTY / 2, middle + 3}
                : new int[] {8, middle - 5, 8, middle + 5, 8 + TWISTY / 2, middle};
        gc.fillPolygon(triangle);
        gc.setForeground(dayText);
        int captionX = 10 + TWISTY;
        Point caption = gc.textExtent(stripCaption);
        gc.drawText(inWorkbenchDirection(clip(gc, stripCaption, strip.width / 3 - captionX)), captionX,
                middle - caption.y / 2, true);
        if (!ongoingExpanded) {
            // A glimpse of what is there: a colour key and a name each, as many as fit on the line.
            int x = captionX + caption.x + 16;
            int right = area.width - 8;
            for (int index = 0; index < ongoing.size(); index++) {
                CalendarItem item = ongoing.get(index);
                String name = item.item().title();
                String more = NLS.bind(Messages.calendar_ongoingMore, ongoing.size() - index);
                int room = right - x - (index < ongoing.size() - 1 ? gc.textExtent(more).x + 12 : 0);
                int needed = 14 + Math.min(gc.textExtent(name).x, 220);
                if (needed > room) {
                    gc.setForeground(dayText);
                    gc.drawText(inWorkbenchDirection(more), x, middle - caption.y / 2, true);
                    break;
                }
                gc.setBackground(colours.get(item.kind()));
                gc.fillRectangle(x, middle - 4, 9, 9);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
                String shown = clip(gc, name, 220);
                gc.drawText(shown, x + 13, middle - caption.y / 2, true);
                x += 13 + gc.textExtent(shown).x + 14;
            }
        }
        if (isFocusControl() && selected == null) {
            gc.drawFocus(stripToggle.x + 2, stripToggle.y + 1, stripToggle.width - 4, Math.min(stripToggle.height, BAR + 6) - 2);
        }
        gc.setForeground(grid);
        gc.drawLine(0, strip.height - 1, area.width, strip.height - 1);
    }

    private void paintQuarter(GC gc, Rectangle area) {
        LocalDate from = firstDay();
        LocalDate to = lastDay();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        double dayWidth = (area.width - LABEL_WIDTH) / (double) days;
        int bottom = Math.max(preferredHeight, area.height);
        for (long index = 0; index < days; index++) {
            LocalDate day = from.plusDays(index);
            int x = LABEL_WIDTH + (int) Math.round(index * dayWidth);
            int right = LABEL_WIDTH + (int) Math.round((index + 1) * dayWidth);
            if (outsidePlan(day) || day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                gc.setBackground(outside);
                gc.fillRectangle(x, HEADER, right - x, bottom - HEADER);
            }
            if (dragging && day.equals(dropDay)) {
                gc.setBackground(fills.get(pressed.kind()));
                gc.fillRectangle(x, HEADER, right - x, bottom - HEADER);
            }
            if (day.getDayOfMonth() == 1) {
                gc.setForeground(dayText);
                gc.drawText(DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(day), x + 4, 3, true); //$NON-NLS-1$
                gc.drawLine(x, 0, x, bottom);
            }
            if (day.getDayOfWeek() == firstDayOfWeek()) {
                gc.setForeground(grid);
                gc.drawLine(x, HEADER, x, bottom);
                gc.setForeground(dayText);
                gc.drawText(Integer.toString(day.getDayOfMonth()), x + 2, HEADER + 3, true);
            }
        }
        gc.setForeground(grid);
        gc.drawLine(0, HEADER, area.width, HEADER);
        gc.drawLine(0, HEADER * 2, area.width, HEADER * 2);
        for (int band = 0; band < bands.size(); band++) {
            Rectangle bounds = weekRows.get(band);
            CalendarKind kind = bands.get(band);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, bounds.y, LABEL_WIDTH, bounds.height);
            gc.setBackground(colours.get(kind));
            gc.fillRectangle(4, bounds.y + 5, 10, 10);
            gc.setForeground(dayText);
            gc.drawText(clip(gc, CalendarKinds.label(kind), LABEL_WIDTH - 24), 20, bounds.y + 2, true);
            gc.setForeground(grid);
            gc.drawLine(0, bounds.y + bounds.height, area.width, bounds.y + bounds.height);
        }
        gc.drawLine(LABEL_WIDTH, 0, LABEL_WIDTH, bottom);
    }

    private void paintBar(GC gc, Bar bar, Rectangle bounds, boolean isSelected, int alpha) {
        CalendarItem item = bar.item();
        gc.setAlpha(alpha);
        gc.setBackground(fills.get(item.kind()));
        gc.setForeground(colours.get(item.kind()));
        gc.setLineWidth(isSelected ? 2 : 1);
        int textFrom = bounds.x + 7;
        if (bar.continued() || bar.continues()) {
            // Pointed where the entry goes on in the row before or after, square where it starts or ends.
            int[] outline = continuingOutline(bounds, bar.continued(), bar.continues());
            gc.fillPolygon(outline);
            gc.drawPolygon(outline);
            if (bar.continued()) {
                textFrom = bounds.x + POINT + 3;
            }
        } else {
            gc.fillRoundRectangle(bounds.x, bounds.y, bounds.width, bounds.height, 5, 5);
            gc.drawRoundRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1, 5, 5);
        }
        gc.setLineWidth(1);
        if (!bar.continued()) {
            // the accent marks where an entry starts
            gc.setBackground(colours.get(item.kind()));
            gc.fillRectangle(bounds.x + 1, bounds.y + 2, 3, bounds.height - 4);
        }
        int textRight = bounds.x + bounds.width - (bar.continues() ? POINT + 2 : 3);
        if (textRight - textFrom > 8) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            String text = clip(gc, item.item().title(), textRight - textFrom);
            gc.drawText(text, textFrom, bounds.y + (bounds.height - gc.textExtent(text).y) / 2, true);
        }
        if (isSelected && isFocusControl()) {
            gc.drawFocus(bounds.x - 1, bounds.y - 1, bounds.width + 2, bounds.height + 2);
        }
        gc.setAlpha(255);
    }

    /** How far a continuing bar's point reaches into it. */
    private static final int POINT = 6;

    private static int[] continuingOutline(Rectangle bounds, boolean continued, boolean continues) {
        int left = bounds.x;
        int right = bounds.x + bounds.width - 1;
        int top = bounds.y;
        int bottom = bounds.y + bounds.height - 1;
        int middle = bounds.y + bounds.height / 2;
        List<Integer> points = new ArrayList<>();
        if (continued) {
            points.addAll(List.of(left, middle, left + POINT, top));
        } else {
            points.addAll(List.of(left, top));
        }
        if (continues) {
            points.addAll(List.of(right - POINT, top, right, middle, right - POINT, bottom));
        } else {
            points.addAll(List.of(right, top, right, bottom));
        }
        if (continued) {
            points.addAll(List.of(left + POINT, bottom));
        } else {
            points.addAll(List.of(left, bottom));
        }
        return points.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The dragged entry where it would land. */
    private void paintDrop(GC gc) {
        long shift = ChronoUnit.DAYS.between(pressedDay, dropDay);
        for (Bar bar : bars) {
            if (bar.item() == pressed) {
                Point from = pointOf(pressedDay);
                Point to = pointOf(dropDay);
                if (from != null && to != null) {
                    Rectangle moved = new Rectangle(bar.bounds().x + to.x - from.x,
                            bar.bounds().y + (mode == Mode.MONTH ? to.y - from.y : 0), bar.bounds().width,
                            bar.bounds().height);
                    paintBar(gc, bar, moved, true, 150);
                }
            }
        }
        String label = NLS.bind(Messages.calendar_dropHint, shift > 0 ? "+" + shift : Long.toString(shift));
        Point size = gc.textExtent(label);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        Point at = pointOf(dropDay);
        if (at != null) {
            gc.fillRectangle(at.x + 8, at.y - 2, size.x + 8, size.y + 4);
            gc.drawText(label, at.x + 12, at.y, true);
        }
    }

    /**
     * The workbench's own words embedded in the workbench's direction: on a grid mirrored for a
     * right-to-left plan, "+3 more" in an English workbench would otherwise read "more 3+".
     */
    private static String inWorkbenchDirection(String text) {
        boolean rightToLeft = org.eclipse.jface.window.Window.getDefaultOrientation() == SWT.RIGHT_TO_LEFT;
        return (rightToLeft ? "\u202b" : "\u202a") + text + "\u202c"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String clip(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int length = text.length();
        while (length > 0 && gc.textExtent(text.substring(0, length) + ellipsis).x > width) {
            length--;
        }
        return length == 0 ? "" : text.substring(0, length) + ellipsis;
    }
}
