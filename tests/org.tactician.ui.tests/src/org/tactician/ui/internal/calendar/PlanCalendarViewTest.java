package org.tactician.ui.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.EditorialEntry;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SmartObjective;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;

/** The Plan Calendar view: every calendar's entries by month and quarter, filters, opening and rescheduling. */
class PlanCalendarViewTest {

    private PlanEditor editor;
    private PlanCalendarView view;
    private MarketingPlan plan;

    @BeforeEach
    void openTheSample() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "calendar", "calendar.mplan");
        editor = UiTests.open(file);
        plan = editor.session().plan();
        IWorkbenchPage page = UiTests.page();
        view = (PlanCalendarView) page.showView(PlanCalendarView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTests.settle();
    }

    @AfterEach
    void close() {
        IWorkbenchPage page = UiTests.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
        page.closeAllEditors(false);
        UiTests.settle();
    }

    /** The elements the grid shows: as bars, or named in the collapsed ongoing strip. */
    private Set<EObject> shownElements() {
        Set<EObject> shown = new HashSet<>();
        view.grid().bars().forEach(bar -> shown.add(bar.item().element()));
        view.grid().ongoing().forEach(item -> shown.add(item.element()));
        return shown;
    }

    /** Whether the model's own dates make {@code element} longer than a month (31 days). */
    private static boolean longerThanAMonth(org.tactician.model.Scheduled element) {
        LocalDate start = element.getStart();
        return java.time.temporal.ChronoUnit.DAYS.between(start, end(start, element.getEnd())) + 1 > 31;
    }

    @Test
    void theMonthShowsEveryCalendarsEntriesOfItsDays() {
        assertSame(editor.session(), view.session(), "the view follows the open plan");
        assertEquals(HelpContexts.CALENDAR_VIEW, view.grid().getParent().getParent().getParent().getData("org.eclipse.ui.help"));
        EditorialEntry editorial = plan.getOperations().getEditorialCalendar().getEntries().get(0);
        YearMonth month = YearMonth.from(editorial.getStart());
        view.showMonth(month, CalendarGrid.Mode.MONTH);
        UiTests.settle();

        LocalDate first = view.grid().firstDay();
        LocalDate last = view.grid().lastDay();
        assertEquals(first.getDayOfWeek(), view.grid().firstDay().getDayOfWeek());
        assertTrue(!first.isAfter(month.atDay(1)) && !last.isBefore(month.atEndOfMonth()), "the grid covers the month");
        Set<EObject> shown = shownElements();
        assertTrue(shown.contains(editorial), "the editorial entry is on its month");
        // Everything dated in the grid's days is there, from every calendar, and nothing else.
        Set<EObject> expected = new HashSet<>();
        for (CalendarEntry entry : plan.getOperations().getCalendars().stream().flatMap(c -> c.getAllEntries().stream()).toList()) {
            if (entry.getStart() != null && overlaps(entry.getStart(), end(entry.getStart(), entry.getEnd()), first, last)) {
                expected.add(entry);
            }
        }
        for (Campaign campaign : plan.getAction().getCampaigns()) {
            if (campaign.getStart() != null && overlaps(campaign.getStart(), end(campaign.getStart(), campaign.getEnd()), first, last)) {
                expected.add(campaign);
            }
        }
        for (SmartObjective objective : plan.getOpportunity().getObjectives()) {
            if (objective.getDeadline() != null && overlaps(objective.getDeadline(), objective.getDeadline(), first, last)) {
                expected.add(objective);
            }
        }
        Set<EObject> calendarsCampaignsAndObjectives = new HashSet<>(shown);
        calendarsCampaignsAndObjectives.removeIf(element -> !(element instanceof CalendarEntry || element instanceof Campaign
                || element instanceof SmartObjective));
        assertEquals(expected, calendarsCampaignsAndObjectives);
        for (CalendarGrid.Bar bar : view.grid().bars()) {
            assertTrue(bar.item().overlaps(first, last), bar.item().item().title() + " is on the grid's days");
        }
        // The entries longer than a month are named once in the collapsed strip, not drawn on the weeks.
        assertFalse(view.grid().ongoingExpanded(), "the ongoing strip starts collapsed");
        assertFalse(view.grid().ongoing().isEmpty());
        for (CalendarItem item : view.grid().ongoing()) {
            assertTrue(item.element() instanceof org.tactician.model.Scheduled scheduled && longerThanAMonth(scheduled),
                    item.item().title() + " runs longer than a month");
            assertTrue(view.grid().bars().stream().noneMatch(bar -> bar.item().element() == item.element()),
                    item.item().title() + " has no bar while the strip is collapsed");
        }
        UiTests.screenshot("calendar-month");
    }

    private static LocalDate end(LocalDate start, LocalDate end) {
        return end == null || end.isBefore(start) ? start : end;
    }

    private static boolean overlaps(LocalDate start, LocalDate end, LocalDate first, LocalDate last) {
        return !end.isBefore(first) && !start.isAfter(last);
    }

    @Test
    void theQuarterShowsABandPerCalendar() {
        view.showMonth(YearMonth.from(plan.getStart()), CalendarGrid.Mode.QUARTER);
        UiTests.settle();
        assertEquals(plan.getStart(), view.grid().firstDay(), "the plan's first quarter");
        assertEquals(YearMonth.from(plan.getStart()).plusMonths(2).atEndOfMonth(), view.grid().lastDay());
        Set<CalendarKind> kinds = new HashSet<>();
        view.grid().bars().forEach(bar -> kinds.add(bar.item().kind()));
        assertTrue(kinds.size() >= 7, "most calendars have entries in the first quarter: " + kinds);
        // Each calendar's bars lie in one horizontal band, apart from the others'.
        for (CalendarGrid.Bar bar : view.grid().bars()) {
            for (CalendarGrid.Bar other : view.grid().bars()) {
                if (bar.item().kind().ordinal() < other.item().kind().ordinal()) {
                    assertTrue(bar.bounds().y < other.bounds().y, "bands in calendar order");
                }
            }
        }
        UiTests.screenshot("calendar-quarter");
        view.showMonth(YearMonth.from(plan.getStart()).plusMonths(4), CalendarGrid.Mode.QUARTER);
        assertEquals(YearMonth.from(plan.getStart()).plusMonths(3).atDay(1), view.grid().firstDay(),
                "any month of the second quarter shows the second quarter");
    }

    @Test
    void filtersKeepTheChosenCalendarsChannelOwnerAndStage() {
        view.showMonth(YearMonth.from(plan.getStart()), CalendarGrid.Mode.QUARTER);
        for (CalendarKind kind : CalendarKind.values()) {
            if (kind != CalendarKind.ADVERTISING) {
                view.kindFilter(kind).setSelection(false);
                view.kindFilter(kind).notifyListeners(SWT.Selection, new Event());
            }
        }
        UiTests.settle();
        assertFalse(view.grid().bars().isEmpty());
        assertTrue(view.grid().bars().stream().allMatch(bar -> bar.item().kind() == CalendarKind.ADVERTISING));
        UiTests.screenshot("calendar-filter-advertising");
        for (CalendarKind kind : CalendarKind.values()) {
            view.kindFilter(kind).setSelection(true);
            view.kindFilter(kind).notifyListeners(SWT.Selection, new Event());
        }

        for (var combo : List.of(view.channelFilter(), view.ownerFilter(), view.stageFilter())) {
            assertTrue(combo.getItemCount() > 2, "choices were found in the plan");
            combo.select(1);
            combo.notifyListeners(SWT.Selection, new Event());
            UiTests.settle();
            String chosen = combo.getItem(1);
            assertTrue(view.grid().bars().stream().allMatch(bar -> combo == view.channelFilter()
                    ? chosen.equals(bar.item().item().channel())
                    : combo == view.ownerFilter() ? chosen.equals(bar.item().item().owner())
                            : chosen.equals(bar.item().item().raceStage())), chosen + " only");
            combo.select(0);
            combo.notifyListeners(SWT.Selection, new Event());
        }
        UiTests.settle();
        assertTrue(view.grid().bars().stream().map(bar -> bar.item().kind()).distinct().count() > 3, "all again");
    }

    @Test
    void everyFilterIsInSightAndReachableInANarrowView() {
        // Docked beside the editor, or narrower still, the last filters used to run off the view's
        // right edge, out of reach. Now they fold behind a toggle and wrap onto lines of their own.
        IWorkbenchPage page = UiTests.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        view.showMonth(YearMonth.from(plan.getStart()), CalendarGrid.Mode.MONTH);
        UiTests.settle();
        org.eclipse.swt.widgets.Composite body = view.grid().getParent().getParent().getParent();
        assertEquals(HelpContexts.CALENDAR_VIEW, body.getData("org.eclipse.ui.help"), "the view's own composite");
        List<org.eclipse.swt.widgets.Control> controls = filterControls();
        assertEquals(CalendarKind.values().length * 2 + 3 * 2, controls.size(), "a key and a box per calendar, three labelled combos");
        Button toggle = view.filtersToggle();
        assertTrue(body.getSize().x < 800, "docked, not maximized: " + body.getSize());
        // Folded: the calendar keeps the view's height, the toggle is in sight.
        allInSight(body, List.of(toggle), "docked at " + body.getSize());
        assertTrue(controls.stream().noneMatch(org.eclipse.swt.widgets.Control::isVisible), "folded away");
        assertEquals(Messages.calendar_filters, toggle.getText());
        UiTests.screenshot("calendar-filters-docked-folded");
        press(toggle);
        assertTrue(toggle.getSelection());
        allInSight(body, controls, "docked, unfolded");
        view.channelFilter().select(1);
        view.channelFilter().notifyListeners(SWT.Selection, new Event());
        UiTests.settle();
        assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.calendar_filtersActive, 1), toggle.getText(),
                "the toggle says a filter is on");
        UiTests.screenshot("calendar-filters-docked-unfolded");
        view.channelFilter().select(0);
        view.channelFilter().notifyListeners(SWT.Selection, new Event());

        // Folded again, the filters give the calendar their lines back.
        press(toggle);
        assertTrue(controls.stream().noneMatch(org.eclipse.swt.widgets.Control::isVisible), "folded again");
        assertTrue(gridTop(body) < bottomOf(body, toggle) + 10, "the grid right under the header: " + gridTop(body));

        // Maximized, two lines hold them: in line, no toggle.
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTests.settle();
        assertFalse(toggle.isVisible(), "no toggle where the filters fit");
        allInSight(body, controls, "maximized at " + body.getSize());
        UiTests.screenshot("calendar-filters-wide");

        // As narrow as a view docked at the side (the maximized view's height, on screen).
        org.eclipse.swt.widgets.Composite part = body.getParent();
        part.setSize(480, part.getSize().y);
        UiTests.settle();
        assertEquals(480, body.getClientArea().width);
        assertTrue(toggle.isVisible(), "folded at 480 px");
        allInSight(body, List.of(toggle), "480 px wide, folded");
        assertTrue(controls.stream().noneMatch(org.eclipse.swt.widgets.Control::isVisible), "folded away at 480 px");
        press(toggle);
        allInSight(body, controls, "480 px wide");
        UiTests.screenshot("calendar-filters-narrow");

        // Tab goes from the toggle through every filter, in reading order.
        assertTrue(toggle.forceFocus(), "the toggle takes the focus");
        List<org.eclipse.swt.widgets.Control> reached = new java.util.ArrayList<>();
        reached.add(toggle);
        org.eclipse.swt.widgets.Control focus = toggle;
        while (focus != view.stageFilter() && reached.size() < 20) {
            focus.traverse(SWT.TRAVERSE_TAB_NEXT);
            UiTests.settle();
            focus = toggle.getDisplay().getFocusControl();
            reached.add(focus);
        }
        List<org.eclipse.swt.widgets.Control> expected = new java.util.ArrayList<>(List.of(toggle));
        for (CalendarKind kind : CalendarKind.values()) {
            expected.add(view.kindFilter(kind));
        }
        expected.addAll(List.of(view.channelFilter(), view.ownerFilter(), view.stageFilter()));
        assertEquals(expected, reached);
    }

    private int gridTop(org.eclipse.swt.widgets.Composite body) {
        org.eclipse.swt.widgets.Control scroller = view.grid().getParent();
        return body.getDisplay().map(scroller.getParent(), body, scroller.getBounds()).y;
    }

    private static int bottomOf(org.eclipse.swt.widgets.Composite body, org.eclipse.swt.widgets.Control control) {
        Rectangle at = body.getDisplay().map(control.getParent(), body, control.getBounds());
        return at.y + at.height;
    }

    private static void press(Button toggle) {
        toggle.setSelection(!toggle.getSelection());
        toggle.notifyListeners(SWT.Selection, new Event());
        UiTests.settle();
    }

    /** The filters' controls: each calendar's colour key and box, each combo with its label. */
    private List<org.eclipse.swt.widgets.Control> filterControls() {
        List<org.eclipse.swt.widgets.Control> controls = new java.util.ArrayList<>();
        for (CalendarKind kind : CalendarKind.values()) {
            Button box = view.kindFilter(kind);
            List<org.eclipse.swt.widgets.Control> siblings = List.of(box.getParent().getChildren());
            controls.add(siblings.get(siblings.indexOf(box) - 1));
            controls.add(box);
        }
        for (var combo : List.of(view.channelFilter(), view.ownerFilter(), view.stageFilter())) {
            List<org.eclipse.swt.widgets.Control> siblings = List.of(combo.getParent().getChildren());
            controls.add(siblings.get(siblings.indexOf(combo) - 1));
            controls.add(combo);
        }
        return controls;
    }

    /** Every control shown whole inside the view's client area, and the grid below the last of them. */
    private void allInSight(org.eclipse.swt.widgets.Composite body, List<org.eclipse.swt.widgets.Control> controls, String when) {
        Rectangle area = body.getClientArea();
        int bottom = 0;
        for (org.eclipse.swt.widgets.Control control : controls) {
            Rectangle at = body.getDisplay().map(control.getParent(), body, control.getBounds());
            assertTrue(control.isVisible() && at.width > 0 && at.height > 0, when + ": " + control + " shown");
            assertTrue(at.x >= area.x && at.x + at.width <= area.x + area.width && at.y >= area.y
                    && at.y + at.height <= area.y + area.height,
                    when + ": " + control + " at " + at + " is outside the view's " + area);
            bottom = Math.max(bottom, at.y + at.height);
        }
        org.eclipse.swt.custom.ScrolledComposite scroller = (org.eclipse.swt.custom.ScrolledComposite) view.grid().getParent();
        Rectangle grid = body.getDisplay().map(scroller.getParent(), body, scroller.getBounds());
        assertTrue(grid.y >= bottom, when + ": the grid at " + grid + " starts below the filters, which end at " + bottom);
    }

    @Test
    void theCalendarFiltersShowTheirTicks() {
        // Under the workbench's light theme a check box in a view got its parent's background, and
        // GTK then drew no tick: every box looked unticked although selected. Read from the screen.
        view.showMonth(YearMonth.from(plan.getStart()), CalendarGrid.Mode.MONTH);
        CalendarKind off = CalendarKind.values()[1];
        view.kindFilter(off).setSelection(false);
        view.kindFilter(off).notifyListeners(SWT.Selection, new Event());
        UiTests.settle();
        UiTests.waitFor(300); // GTK animates the tick
        for (CalendarKind kind : CalendarKind.values()) {
            org.eclipse.swt.widgets.Button box = view.kindFilter(kind);
            int coloured = colouredPixelsOfTheBox(box);
            if (kind == off) {
                assertFalse(box.getSelection());
                assertTrue(coloured < 4, kind + " is unticked and looks it: " + coloured + " coloured pixels");
            } else {
                assertTrue(box.getSelection());
                assertTrue(coloured >= 20, kind + " is ticked and looks it: " + coloured + " coloured pixels");
            }
        }
        UiTests.screenshot("calendar-filters-ticked");
        view.kindFilter(off).setSelection(true);
        view.kindFilter(off).notifyListeners(SWT.Selection, new Event());
        UiTests.settle();
    }

    /** The pixels of the box's square (where GTK draws the check) in a colour, not a grey or white. */
    private static int colouredPixelsOfTheBox(org.eclipse.swt.widgets.Button box) {
        Rectangle bounds = box.getBounds();
        Point at = box.getParent().toDisplay(bounds.x, bounds.y);
        int side = bounds.height;
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(box.getDisplay(), side, side);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(box.getDisplay());
        try {
            gc.copyArea(image, at.x, at.y);
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            int coloured = 0;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    int max = Math.max(rgb.red, Math.max(rgb.green, rgb.blue));
                    int min = Math.min(rgb.red, Math.min(rgb.green, rgb.blue));
                    if (max - min > 60) {
                        coloured++;
                    }
                }
            }
            return coloured;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void draggingAnEntryToAnotherDayReschedulesItUndoably() throws Exception {
        EditorialEntry entry = plan.getOperations().getEditorialCalendar().getEntries().stream()
                .filter(each -> each.getStart().getDayOfMonth() > 7 && each.getStart().getDayOfMonth() < 20).findFirst()
                .orElseThrow();
        LocalDate start = entry.getStart();
        LocalDate end = entry.getEnd();
        view.showMonth(YearMonth.from(start), CalendarGrid.Mode.MONTH);
        UiTests.settle();
        CalendarGrid grid = view.grid();
        Rectangle bar = grid.bars().stream().filter(each -> each.item().element() == entry).findFirst().orElseThrow()
                .bounds();
        Point from = new Point(bar.x + 4, bar.y + bar.height / 2);
        LocalDate pressedDay = grid.dayAt(from.x, from.y);
        LocalDate target = pressedDay.plusDays(3);
        Point to = grid.pointOf(target);
        assertEquals(target, grid.dayAt(to.x, to.y));
        mouse(grid, SWT.MouseDown, from, 0);
        mouse(grid, SWT.MouseMove, new Point((from.x + to.x) / 2, to.y), SWT.BUTTON1);
        mouse(grid, SWT.MouseMove, to, SWT.BUTTON1);
        UiTests.screenshot("calendar-drag");
        mouse(grid, SWT.MouseUp, to, 0);
        UiTests.settle();

        assertEquals(start.plusDays(3), entry.getStart());
        assertEquals(end == null ? null : end.plusDays(3), entry.getEnd(), "the end moves with the start");
        assertTrue(editor.isDirty());
        String label = editor.session().commandStack().getUndoCommand().getLabel();
        assertTrue(label.startsWith("Reschedule") && label.contains(entry.getName()), label);
        assertTrue(grid.bars().stream().anyMatch(each -> each.item().element() == entry
                && each.item().start().equals(start.plusDays(3))), "the grid shows it on its new day");

        execute("org.eclipse.ui.edit.undo");
        assertEquals(start, entry.getStart(), "undo puts it back");
        assertEquals(end, entry.getEnd());
        execute("org.eclipse.ui.edit.redo");
        assertEquals(start.plusDays(3), entry.getStart(), "redo moves it again");
    }

    @Test
    void theKeyboardMovesTheSelectedEntryAndOpensIt() {
        // A campaign of a month or less: the month draws it on its weeks (a longer one is in the ongoing strip).
        Campaign campaign = plan.getAction().getCampaigns().stream().filter(each -> !longerThanAMonth(each)).findFirst()
                .orElseThrow();
        LocalDate start = campaign.getStart();
        view.showMonth(YearMonth.from(start), CalendarGrid.Mode.MONTH);
        CalendarGrid grid = view.grid();
        CalendarItem item = grid.bars().stream().map(CalendarGrid.Bar::item).filter(each -> each.element() == campaign)
                .findFirst().orElseThrow();
        grid.select(item);
        grid.setFocus();
        Event key = new Event();
        key.keyCode = SWT.ARROW_RIGHT;
        key.stateMask = SWT.MOD1;
        grid.notifyListeners(SWT.KeyDown, key);
        UiTests.settle();
        assertEquals(start.plusDays(1), campaign.getStart(), "Ctrl+Right: a day later");
        Event enter = new Event();
        enter.character = SWT.CR;
        grid.notifyListeners(SWT.KeyDown, enter);
        UiTests.settle();
        assertSame(editor, UiTests.page().getActiveEditor());
        assertEquals("action", editor.getActivePageInstance().getId(), "Enter opens the campaign on its page");
        editor.session().commandStack().undo();
    }

    @Test
    void doubleClickOpensTheEntryInTheEditor() {
        SmartObjective objective = plan.getOpportunity().getObjectives().get(0);
        view.showMonth(YearMonth.from(objective.getDeadline()), CalendarGrid.Mode.MONTH);
        UiTests.settle();
        Rectangle bar = view.grid().bars().stream().filter(each -> each.item().element() == objective).findFirst()
                .orElseThrow().bounds();
        mouse(view.grid(), SWT.MouseDown, new Point(bar.x + 3, bar.y + 3), 0);
        mouse(view.grid(), SWT.MouseUp, new Point(bar.x + 3, bar.y + 3), 0);
        IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        assertSame(objective, selection.getFirstElement(), "a click selects the objective (for the Properties view)");
        mouse(view.grid(), SWT.MouseDoubleClick, new Point(bar.x + 3, bar.y + 3), 0);
        UiTests.settle();
        assertSame(editor, UiTests.page().getActiveEditor());
        assertEquals("opportunity", editor.getActivePageInstance().getId(), "the objective's page");
        assertSame(objective, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement(), "with the objective selected");
    }

    @Test
    void editingThePlanRedrawsTheCalendar() {
        EditorialEntry entry = plan.getOperations().getEditorialCalendar().getEntries().get(0);
        view.showMonth(YearMonth.from(entry.getStart()), CalendarGrid.Mode.MONTH);
        int before = view.grid().bars().size();
        editor.session().execute(org.tactician.editing.PlanCommands.delete(editor.session().editingDomain(), List.of(entry)));
        UiTests.settle();
        assertFalse(shownElements().contains(entry), "a deleted entry leaves the calendar");
        assertTrue(view.grid().bars().size() < before);
        editor.session().commandStack().undo();
        UiTests.settle();
        assertTrue(shownElements().contains(entry), "and comes back with undo");
        assertNotNull(view.grid().title());
    }

    @Test
    void anEntryDeletedElsewhereLeavesTheSelectionAndAnUndoInAnyEditorRedrawsTheCalendar() {
        EditorialEntry entry = plan.getOperations().getEditorialCalendar().getEntries().get(0);
        view.showMonth(YearMonth.from(entry.getStart()), CalendarGrid.Mode.MONTH);
        UiTests.settle();
        Rectangle bar = view.grid().bars().stream().filter(each -> each.item().element() == entry).findFirst()
                .orElseThrow().bounds();
        mouse(view.grid(), SWT.MouseDown, new Point(bar.x + 3, bar.y + 3), 0);
        mouse(view.grid(), SWT.MouseUp, new Point(bar.x + 3, bar.y + 3), 0);
        assertSame(entry, ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement());

        // Deleted from the plan editor's stack: the calendar neither draws nor selects it any more
        // (the Properties view would show an element the plan no longer has).
        editor.session().execute(org.tactician.editing.PlanCommands.delete(editor.session().editingDomain(), List.of(entry)));
        UiTests.settle();
        assertFalse(shownElements().contains(entry));
        assertTrue(view.getSite().getSelectionProvider().getSelection().isEmpty(), "the deleted entry is no longer selected");

        // The undo, run by the plan editor, brings it back into the calendar that follows the plan.
        editor.session().commandStack().undo();
        UiTests.settle();
        assertTrue(shownElements().contains(entry), "undone in the editor, shown in the calendar");
        assertSame(editor.session(), view.session(), "the calendar follows the active plan's session");
    }

    /** The furniture sample's sixth month: year-long automations and always-on campaigns, and shorter entries. */
    private YearMonth midYear() {
        YearMonth month = YearMonth.from(plan.getStart()).plusMonths(5);
        view.showMonth(month, CalendarGrid.Mode.MONTH);
        UiTests.settle();
        return month;
    }

    private List<CalendarGrid.Bar> stripBars() {
        return view.grid().bars().stream().filter(CalendarGrid.Bar::ongoing).toList();
    }

    @Test
    void ongoingEntriesSitOnceInAStripAboveTheWeeks() {
        YearMonth month = midYear();
        CalendarGrid grid = view.grid();
        // From the plan itself: the calendar entries and campaigns in the grid's days that run longer than a month.
        Set<EObject> longOnes = new HashSet<>();
        List<org.tactician.model.Scheduled> scheduled = new java.util.ArrayList<>(plan.getAction().getCampaigns());
        plan.getOperations().getCalendars().forEach(calendar -> scheduled.addAll(calendar.getAllEntries()));
        for (org.tactician.model.Scheduled each : scheduled) {
            if (each.getStart() != null && longerThanAMonth(each)
                    && overlaps(each.getStart(), end(each.getStart(), each.getEnd()), grid.firstDay(), grid.lastDay())) {
                longOnes.add(each);
            }
        }
        assertTrue(longOnes.size() >= 5, "the sample runs several entries all year: " + longOnes.size());

        // Collapsed (as it opens): one summary line that names them in its tool tip, and no bars.
        assertFalse(grid.ongoingExpanded());
        Set<EObject> summarised = new HashSet<>();
        grid.ongoing().forEach(item -> summarised.add(item.element()));
        summarised.removeIf(element -> !(element instanceof CalendarEntry || element instanceof Campaign));
        assertEquals(longOnes, summarised, "the strip holds exactly the entries longer than a month");
        assertTrue(stripBars().isEmpty(), "collapsed: no line per entry");
        assertTrue(grid.strip().height <= CalendarGrid.BAR + 3 * CalendarGrid.GAP + 4, "one line: " + grid.strip());
        String summary = grid.ongoingSummary();
        assertTrue(summary.startsWith(Integer.toString(grid.ongoing().size())), summary);
        assertTrue(summary.contains(grid.ongoing().get(0).item().title()), summary);
        UiTests.screenshot("calendar-ongoing-collapsed");

        // A click on it lists them one per line (and the view menu's action follows); the weeks move down.
        int firstWeek = grid.pointOf(month.atDay(1)).y;
        mouse(grid, SWT.MouseDown, new Point(grid.strip().width / 2, grid.strip().height / 2), 0);
        mouse(grid, SWT.MouseUp, new Point(grid.strip().width / 2, grid.strip().height / 2), 0);
        UiTests.settle();
        assertTrue(grid.ongoingExpanded());
        assertTrue(view.ongoingAction().isChecked(), "the view menu's Show Ongoing Entries is ticked");
        assertTrue(grid.pointOf(month.atDay(1)).y > firstWeek, "the weeks make room for the lines");
        Set<EObject> inStrip = new HashSet<>();
        stripBars().forEach(bar -> inStrip.add(bar.item().element()));
        Set<EObject> fromThePlan = new HashSet<>(inStrip);
        fromThePlan.removeIf(element -> !(element instanceof CalendarEntry || element instanceof Campaign));
        assertEquals(longOnes, fromThePlan, "a line for each entry longer than a month");

        Rectangle strip = grid.strip();
        int width = grid.getClientArea().width;
        for (CalendarGrid.Bar bar : grid.bars()) {
            long drawn = grid.bars().stream().filter(other -> other.item().element() == bar.item().element()).count();
            if (bar.ongoing()) {
                assertEquals(1, drawn, bar.item().item().title() + " is drawn once, not on every week row");
                assertTrue(strip.contains(bar.bounds().x, bar.bounds().y) && bar.bounds().width >= 250,
                        "one line, wide enough to read, in the strip");
                assertTrue(grid.describe(bar.item()).contains(Messages.calendar_ongoingTip), "its tooltip says why");
            } else {
                assertTrue(bar.bounds().y > strip.y + strip.height, "week bars lie below the strip");
                assertFalse(grid.describe(bar.item()).contains(Messages.calendar_ongoingTip));
                assertFalse(bar.item().element() instanceof org.tactician.model.Scheduled each && longerThanAMonth(each),
                        bar.item().item().title() + " is no longer than a month");
            }
        }
        // Twenty such entries share the width: the strip takes fewer lines than it holds entries.
        int lines = (int) stripBars().stream().map(bar -> bar.bounds().y).distinct().count();
        assertTrue(lines < stripBars().size() && strip.height < lines * (CalendarGrid.BAR + CalendarGrid.GAP) + 16,
                lines + " lines for " + stripBars().size() + " entries, strip " + strip.height + " high");
        for (CalendarGrid.Bar bar : stripBars()) {
            assertTrue(stripBars().stream().noneMatch(other -> other != bar && other.bounds().intersects(bar.bounds())),
                    "strip lines do not overlap");
        }
        // Entries inside the month stay bars on their weeks, split where they cross a week.
        assertTrue(grid.bars().stream().filter(bar -> !bar.ongoing())
                .anyMatch(bar -> grid.bars().stream().filter(other -> other.item().element() == bar.item().element())
                        .count() >= 2), "a multi-day entry crossing weeks has a bar per week");
        // The strip has no days: its lines are not a day of the month, the weeks still are.
        assertEquals(null, grid.dayAt(width / 2, strip.y + strip.height / 2));
        Point first = grid.pointOf(month.atDay(1));
        assertTrue(first.y > strip.y + strip.height);
        assertEquals(month.atDay(1), grid.dayAt(first.x, first.y));
        UiTests.screenshot("calendar-ongoing-expanded");

        // Space collapses it again from the keyboard.
        Event space = new Event();
        space.character = ' ';
        grid.notifyListeners(SWT.KeyDown, space);
        UiTests.settle();
        assertFalse(grid.ongoingExpanded());
        assertFalse(view.ongoingAction().isChecked());
        assertTrue(stripBars().isEmpty());
    }

    @Test
    void aTwoWeekCampaignStaysInSightBesideYearLongAutomations() {
        // The sample's automations run all year; a two-week campaign from the 1st of its busiest month.
        YearMonth month = YearMonth.from(plan.getStart()).plusMonths(5);
        List<CalendarEntry> yearLong = plan.getOperations().getAutomationPlan().getAllEntries().stream()
                .filter(entry -> entry.getStart() != null && !entry.getStart().isAfter(plan.getStart())
                        && entry.getEnd() != null && !entry.getEnd().isBefore(plan.getEnd()))
                .toList();
        assertTrue(yearLong.size() >= 3, "year-long automations in the sample: " + yearLong.size());
        Campaign campaign = plan.getAction().getCampaigns().stream().filter(each -> !longerThanAMonth(each)).findFirst()
                .orElseThrow();
        var domain = editor.session().editingDomain();
        var dates = new org.eclipse.emf.common.command.CompoundCommand();
        dates.append(org.eclipse.emf.edit.command.SetCommand.create(domain, campaign,
                org.tactician.model.TacticianPackage.Literals.SCHEDULED__START, month.atDay(1)));
        dates.append(org.eclipse.emf.edit.command.SetCommand.create(domain, campaign,
                org.tactician.model.TacticianPackage.Literals.SCHEDULED__END, month.atDay(14)));
        editor.session().execute(dates);
        // The view at its size in the perspective, not maximized: as it is used beside the editor.
        IWorkbenchPage page = UiTests.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        view.showMonth(month, CalendarGrid.Mode.MONTH);
        UiTests.settle();
        CalendarGrid grid = view.grid();

        // Its bar is in the month's first week row, the row of the 1st ...
        CalendarGrid.Bar bar = grid.bars().stream().filter(each -> each.item().element() == campaign).findFirst()
                .orElseThrow();
        LocalDate firstRowStart = grid.firstDay();
        LocalDate day = grid.dayAt(bar.bounds().x + bar.bounds().width / 2, bar.bounds().y + bar.bounds().height / 2);
        assertTrue(!day.isBefore(firstRowStart) && day.isBefore(firstRowStart.plusDays(7)), "in the first week row: " + day);
        // ... and in sight without scrolling, while every year-long automation is in the collapsed strip.
        org.eclipse.swt.custom.ScrolledComposite scroller = (org.eclipse.swt.custom.ScrolledComposite) grid.getParent();
        assertEquals(0, scroller.getOrigin().y);
        int visible = scroller.getClientArea().height;
        assertTrue(bar.bounds().y + bar.bounds().height <= visible,
                "the campaign's bar ends at " + (bar.bounds().y + bar.bounds().height) + " px of the " + visible + " shown");
        for (CalendarEntry automation : yearLong) {
            assertTrue(grid.ongoing().stream().anyMatch(item -> item.element() == automation), automation.getName());
            assertTrue(grid.bars().stream().noneMatch(each -> each.item().element() == automation),
                    automation.getName() + " is not drawn on the weeks");
        }
        // Week rows hold only entries of a month or less: no row repeats a long one.
        assertTrue(grid.bars().stream().noneMatch(each -> each.item().element() instanceof org.tactician.model.Scheduled s
                && longerThanAMonth(s)));
        UiTests.screenshot("calendar-campaign-beside-automations");
        editor.session().commandStack().undo();
    }

    @Test
    void anEntryOverSeveralWeeksThatStartsMidMonthIsOneContinuingBarPerWeekRow() {
        // An editorial series from the 10th to the 27th of a mid-year month: three or four week rows, not the strip.
        EditorialEntry entry = plan.getOperations().getEditorialCalendar().getEntries().get(0);
        YearMonth month = YearMonth.from(plan.getStart()).plusMonths(5);
        LocalDate start = month.atDay(10);
        LocalDate end = month.atDay(27);
        var domain = editor.session().editingDomain();
        var dates = new org.eclipse.emf.common.command.CompoundCommand();
        dates.append(org.eclipse.emf.edit.command.SetCommand.create(domain, entry,
                org.tactician.model.TacticianPackage.Literals.SCHEDULED__START, start));
        dates.append(org.eclipse.emf.edit.command.SetCommand.create(domain, entry,
                org.tactician.model.TacticianPackage.Literals.SCHEDULED__END, end));
        editor.session().execute(dates);
        view.showMonth(month, CalendarGrid.Mode.MONTH);
        UiTests.settle();
        CalendarGrid grid = view.grid();

        List<CalendarGrid.Bar> own = grid.bars().stream().filter(bar -> bar.item().element() == entry).toList();
        // The week rows its days fall on, counted from the grid's first day.
        long firstRow = java.time.temporal.ChronoUnit.DAYS.between(grid.firstDay(), start) / 7;
        long lastRow = java.time.temporal.ChronoUnit.DAYS.between(grid.firstDay(), end.isAfter(grid.lastDay()) ? grid.lastDay() : end) / 7;
        assertEquals(lastRow - firstRow + 1, own.size(), "one bar per week row it spans: " + own);
        assertTrue(own.size() >= 3, own.size() + " rows");
        assertTrue(own.stream().noneMatch(CalendarGrid.Bar::ongoing), "a month or less: not in the strip");
        assertEquals(own.size(), own.stream().map(bar -> bar.bounds().y).distinct().count(), "each on its own row");

        CalendarGrid.Bar first = own.get(0);
        CalendarGrid.Bar last = own.get(own.size() - 1);
        assertFalse(first.continued(), "it starts on its first row");
        assertTrue(first.continues(), "and goes on");
        assertEquals(start, grid.dayAt(first.bounds().x + 3, first.bounds().y + 3), "the first bar begins on the 10th");
        int width = grid.getClientArea().width;
        for (CalendarGrid.Bar bar : own.subList(1, own.size())) {
            assertTrue(bar.continued(), "a later row continues it");
            assertTrue(bar.bounds().x <= 4, "from the row's first day: " + bar.bounds());
        }
        for (CalendarGrid.Bar bar : own.subList(0, own.size() - 1)) {
            assertTrue(bar.continues(), "an earlier row goes on");
            assertTrue(bar.bounds().x + bar.bounds().width >= width - 4, "to the row's last day: " + bar.bounds());
        }
        assertFalse(last.continues(), "it ends on its last row");
        // It keeps to the top lanes of its rows: the ongoing entries take none, and of the rest
        // only those that also began before the row can lie in a lane above it.
        for (CalendarGrid.Bar bar : own.subList(1, own.size())) {
            long row = rowOf(grid, bar);
            List<CalendarGrid.Bar> sameRow = grid.bars().stream().filter(other -> !other.ongoing() && other != bar
                    && rowOf(grid, other) == row).toList();
            long lanesAbove = sameRow.stream().filter(other -> other.bounds().y < bar.bounds().y)
                    .map(other -> other.bounds().y).distinct().count();
            long earlier = sameRow.stream().filter(CalendarGrid.Bar::continued).count();
            assertTrue(lanesAbove <= earlier, lanesAbove + " lanes above it, " + earlier + " entries begun earlier: " + bar);
        }
        // Its bars share their rows with the other entries without covering them.
        for (CalendarGrid.Bar bar : own) {
            assertTrue(grid.bars().stream().noneMatch(other -> other != bar && other.bounds().intersects(bar.bounds())),
                    "no bar covers another: " + bar);
        }
        // One entry, however many bars: selecting one selects it on every row.
        Rectangle middle = own.get(1).bounds();
        mouse(grid, SWT.MouseDown, new Point(middle.x + middle.width / 2, middle.y + 4), 0);
        mouse(grid, SWT.MouseUp, new Point(middle.x + middle.width / 2, middle.y + 4), 0);
        assertSame(entry, grid.selection().element());
        UiTests.settle();
        UiTests.screenshot("calendar-continuing");
        editor.session().commandStack().undo();
    }

    /** The week row a bar lies on, counted from the grid's first day. */
    private static long rowOf(CalendarGrid grid, CalendarGrid.Bar bar) {
        return java.time.temporal.ChronoUnit.DAYS.between(grid.firstDay(), grid.dayAt(bar.bounds().x + 3, bar.bounds().y + 3)) / 7;
    }

    @Test
    void anEntryInTheStripIsSelectedOpenedAndMovedByKeyboardButNotDragged() {
        YearMonth month = midYear();
        view.showOngoing(true);
        UiTests.settle();
        CalendarGrid grid = view.grid();
        List<CalendarGrid.Bar> strip = stripBars();
        int index = 0;
        while (!(strip.get(index).item().element() instanceof org.tactician.model.Scheduled)) {
            index++;
        }
        assertTrue(strip.size() > index + 1, "more lines follow");
        CalendarGrid.Bar line = strip.get(index);
        org.tactician.model.Scheduled element = (org.tactician.model.Scheduled) line.item().element();
        LocalDate start = element.getStart();
        Point at = new Point(line.bounds().x + line.bounds().width / 2, line.bounds().y + line.bounds().height / 2);
        assertSame(element, grid.itemAt(at.x, at.y).element(), "hit testing finds the strip's line");

        mouse(grid, SWT.MouseDown, at, 0);
        mouse(grid, SWT.MouseUp, at, 0);
        assertSame(element, ((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement(),
                "a click selects it (for the Properties view)");
        assertSame(element, grid.selection().element());

        // Dragging from the strip to a day does nothing: it has no day to drag from.
        Point day = grid.pointOf(month.atDay(11));
        mouse(grid, SWT.MouseDown, at, 0);
        mouse(grid, SWT.MouseMove, day, SWT.BUTTON1);
        mouse(grid, SWT.MouseUp, day, 0);
        UiTests.settle();
        assertEquals(start, element.getStart(), "not moved by a drag");
        assertFalse(editor.isDirty());

        // Right goes on to the next line of the strip; Ctrl+Down moves the entry a week, and it stays selected.
        Event right = new Event();
        right.keyCode = SWT.ARROW_RIGHT;
        grid.notifyListeners(SWT.KeyDown, right);
        assertSame(strip.get(index + 1).item().element(), grid.selection().element());
        Event left = new Event();
        left.keyCode = SWT.ARROW_LEFT;
        grid.notifyListeners(SWT.KeyDown, left);
        assertSame(element, grid.selection().element());
        Event down = new Event();
        down.keyCode = SWT.ARROW_DOWN;
        down.stateMask = SWT.MOD1;
        grid.notifyListeners(SWT.KeyDown, down);
        UiTests.settle();
        assertEquals(start.plusDays(7), element.getStart(), "Ctrl+Down: a week later");
        assertSame(element, grid.selection().element(), "still selected");
        assertTrue(stripBars().stream().anyMatch(bar -> bar.item().element() == element), "and still in the strip");
        editor.session().commandStack().undo();
        UiTests.settle();
        assertEquals(start, element.getStart());

        // Double-click opens it in the plan editor, selected.
        CalendarGrid.Bar again = stripBars().stream().filter(bar -> bar.item().element() == element).findFirst().orElseThrow();
        Point open = new Point(again.bounds().x + 3, again.bounds().y + 3);
        mouse(grid, SWT.MouseDoubleClick, open, 0);
        UiTests.settle();
        assertSame(editor, UiTests.page().getActiveEditor());
        assertSame(element, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement(),
                "the editor shows it selected");
    }

    @Test
    void aRightToLeftPlansOngoingStripIsMirroredWithTheWeeks() throws Exception {
        PlanEditor arabic = UiTests.open(UiTests.workspaceCopy(SamplePlans.ARABIC, "calendar", "arabic.mplan"));
        IWorkbenchPage page = UiTests.page();
        // opening the editor showed it beside the view: maximize the view again for the screenshot
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTests.settle();
        assertSame(arabic.session(), view.session());
        view.showMonth(YearMonth.from(arabic.session().plan().getStart()), CalendarGrid.Mode.MONTH);
        UiTests.settle();
        CalendarGrid grid = view.grid();
        assertEquals(SWT.RIGHT_TO_LEFT, grid.getOrientation());
        assertFalse(grid.ongoing().isEmpty(), "the Arabic sample has long-running entries in its first month");
        assertTrue(grid.strip().height <= CalendarGrid.BAR + 3 * CalendarGrid.GAP + 4, "one line: " + grid.strip());
        UiTests.screenshot("calendar-arabic-ongoing-collapsed");
        view.showOngoing(true);
        UiTests.settle();
        // Mirrored with the weeks: the first day of the week is at the right.
        Point first = grid.pointOf(grid.firstDay());
        Point last = grid.pointOf(grid.firstDay().plusDays(6));
        assertTrue(grid.toDisplay(first).x > grid.toDisplay(last).x, "the week reads right to left");
        assertEquals(grid.ongoing().size(), stripBars().size());
        // And the strip with them: its first column of lines is the right-hand one.
        Rectangle firstLine = stripBars().get(0).bounds();
        Rectangle lastLine = stripBars().get(stripBars().size() - 1).bounds();
        assertTrue(firstLine.x < lastLine.x, "two columns of lines: " + firstLine + ", " + lastLine);
        assertTrue(grid.toDisplay(firstLine.x, firstLine.y).x > grid.toDisplay(lastLine.x, lastLine.y).x,
                "the first column at the right");
        UiTests.screenshot("calendar-arabic-ongoing-expanded");
        view.showOngoing(false);
    }

    private static void mouse(CalendarGrid grid, int type, Point at, int state) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = state;
        event.count = type == SWT.MouseDoubleClick ? 2 : 1;
        grid.notifyListeners(type, event);
    }

    private static void execute(String command) throws Exception {
        UiTests.page().activate(UiTests.page().getActiveEditor());
        UiTests.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
        UiTests.settle();
    }
}
