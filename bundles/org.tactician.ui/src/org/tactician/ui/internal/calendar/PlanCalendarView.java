package org.tactician.ui.internal.calendar;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.tactician.editing.PlanCommands;
import org.tactician.editing.PlanEditingSession;
import org.tactician.generators.calendar.CalendarKind;
import org.tactician.generators.calendar.PrintableCalendar;
import org.tactician.generators.calendar.PlanSchedule;
import org.tactician.generators.calendar.ScheduledItem;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.PlanLanguage;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.ext.CommandStackAction;
import org.tactician.ui.ext.SelectionHolder;
import org.tactician.ui.internal.ActivePlan;
import org.tactician.ui.internal.CheckBoxes;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;

/**
 * The operational plan on a calendar: every calendar's entries (editorial, advertising, DEM,
 * automations, CRO, loyalty, campaigns, 90-day milestones, objective deadlines) on a month or a
 * quarter of the plan year, coloured per calendar and filtered by calendar, channel, owner and
 * RACE stage. The month keeps entries longer than a month (always-on flows, year-long automations)
 * in one collapsible "Ongoing" strip above the weeks, so the weeks show the short campaigns. It
 * follows the active plan editor and redraws after every change; a double-click
 * opens an entry in the editor, dragging it to another day reschedules it through the plan's
 * command stack (so Edit → Undo takes it back).
 */
public final class PlanCalendarView extends ViewPart implements ActivePlan.View {

    /** The view's id in {@code plugin.xml}. */
    public static final String ID = "org.tactician.ui.calendarView";

    /** Between filters on a line, and between lines. */
    private static final int FLOW_SPACING = 8;
    /** The margin of the view's content on the left and right. */
    private static final int MARGIN = 6;

    private final CalendarFilter filter = new CalendarFilter();
    private final SelectionHolder selection = new SelectionHolder();
    private final Map<CalendarKind, Button> kindButtons = new EnumMap<>(CalendarKind.class);
    private final List<Image> swatches = new ArrayList<>();
    private ActivePlan activePlan;
    private PlanEditingSession session;
    private Composite stack;
    private Label empty;
    private Composite content;
    private Label title;
    private Label summary;
    private Composite filters;
    private Button filtersToggle;
    /** Whether the filters are folded behind {@link #filtersToggle}; null before the first layout. */
    private Boolean folded;
    private Combo channels;
    private Combo owners;
    private Combo stages;
    private ScrolledComposite scroller;
    private CalendarGrid grid;
    private CalendarGrid.Mode mode = CalendarGrid.Mode.MONTH;
    private YearMonth shown;
    private IAction monthAction;
    private IAction quarterAction;
    private IAction ongoingAction;
    private CommandStackAction undo;
    private CommandStackAction redo;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        StackLayout layout = new StackLayout();
        stack.setLayout(layout);
        empty = new Label(stack, SWT.WRAP | SWT.CENTER);
        empty.setText(Messages.calendar_noPlan);
        content = new Composite(stack, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(MARGIN, 4).spacing(4, 4).applyTo(content);

        Composite header = new Composite(content, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        title = new Label(header, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(title);
        // the summary takes what the title leaves and wraps there rather than run off a narrow view
        summary = new Label(header, SWT.RIGHT | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
        // Where the filters would take more than two lines, they fold away behind this toggle, so a
        // view docked beside the editor keeps its height for the calendar.
        filtersToggle = new Button(header, SWT.TOGGLE);
        filtersToggle.setText(Messages.calendar_filters);
        filtersToggle.setToolTipText(Messages.calendar_filtersTooltip);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(filtersToggle);
        filtersToggle.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> fitFilters(true)));

        // One flow for every filter, wrapped onto further lines as the width asks; each key with
        // its box and each label with its combo stay together on a line.
        filters = new Composite(content, SWT.NONE);
        RowLayout flow = new RowLayout(SWT.HORIZONTAL);
        flow.wrap = true;
        flow.center = true;
        flow.spacing = FLOW_SPACING;
        flow.marginLeft = flow.marginRight = flow.marginTop = flow.marginBottom = 0;
        flow.marginWidth = flow.marginHeight = 0;
        filters.setLayout(flow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        for (CalendarKind kind : CalendarKind.values()) {
            Composite item = filterItem(filters, 3);
            // the colour beside the box, not on it: GTK draws a check box with an image without its tick
            Label key = new Label(item, SWT.NONE);
            Image swatch = swatch(kind);
            swatches.add(swatch);
            key.setImage(swatch);
            Button box = CheckBoxes.create(item);
            box.setText(CalendarKinds.label(kind));
            box.setSelection(true);
            box.setToolTipText(NLS.bind(Messages.calendar_kindTooltip, CalendarKinds.label(kind)));
            box.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
                filter.show(kind, box.getSelection());
                refresh();
            }));
            kindButtons.put(kind, box);
        }
        channels = filterCombo(filters, Messages.calendar_channelFilter);
        owners = filterCombo(filters, Messages.calendar_ownerFilter);
        stages = filterCombo(filters, Messages.calendar_stageFilter);

        scroller = new ScrolledComposite(content, SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        grid = new CalendarGrid(scroller, new CalendarGrid.Listener() {
            @Override
            public void selected(CalendarItem item) {
                selection.setSelection(item == null ? StructuredSelection.EMPTY : new StructuredSelection(item.element()));
            }

            @Override
            public void open(CalendarItem item) {
                openInEditor(item);
            }

            @Override
            public void reschedule(CalendarItem item, long days) {
                PlanCalendarView.this.reschedule(item, days);
            }

            @Override
            public void ongoingShown(boolean expanded) {
                ongoingAction.setChecked(expanded);
                fitGrid();
            }
        });
        scroller.setContent(grid);
        scroller.addListener(SWT.Resize, event -> fitGrid());
        content.addListener(SWT.Resize, event -> fitFilters(false));

        createActions();
        getSite().setSelectionProvider(selection);
        HelpContexts.set(stack, HelpContexts.CALENDAR_VIEW);
        layout.topControl = empty;
        activePlan = new ActivePlan(getSite().getPage(), this);
    }

    /**
     * Shows the filters in line where two lines hold them, else folds them behind the toggle (shown
     * while it is pressed). {@code toggled}: the user pressed it, so the layout changes whatever
     * the width.
     */
    private void fitFilters(boolean toggled) {
        int width = content.getClientArea().width - 2 * MARGIN;
        if (width <= 0) {
            return;
        }
        int line = channels.getParent().computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        boolean fold = filters.computeSize(width, SWT.DEFAULT).y > 2 * line + FLOW_SPACING;
        if (!toggled && folded != null && fold == folded) {
            return;
        }
        folded = fold;
        show(filtersToggle, fold);
        show(filters, !fold || filtersToggle.getSelection());
        content.layout(true, true);
    }

    private static void show(Control control, boolean shown) {
        ((GridData) control.getLayoutData()).exclude = !shown;
        control.setVisible(shown);
    }

    /** Says on the toggle how many filters hide entries: a folded filter is easy to forget. */
    private void labelFiltersToggle() {
        long on = filter.kinds().size() < CalendarKind.values().length ? 1 : 0;
        for (Combo combo : List.of(channels, owners, stages)) {
            on += choice(combo) == null ? 0 : 1;
        }
        String text = on == 0 ? Messages.calendar_filters : NLS.bind(Messages.calendar_filtersActive, on);
        if (!text.equals(filtersToggle.getText())) {
            filtersToggle.setText(text);
            filtersToggle.getParent().layout();
        }
    }

    /** A filter's controls, kept side by side on one line of the flow. */
    private static Composite filterItem(Composite parent, int spacing) {
        Composite item = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(spacing, 0).applyTo(item);
        return item;
    }

    private Combo filterCombo(Composite parent, String label) {
        Composite item = filterItem(parent, 6);
        Label text = new Label(item, SWT.NONE);
        text.setText(label);
        Combo combo = new Combo(item, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(150, SWT.DEFAULT).applyTo(combo); // two to a line in a 480 px view
        combo.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
            filter.channel(choice(channels));
            filter.owner(choice(owners));
            filter.raceStage(choice(stages));
            refresh();
        }));
        return combo;
    }

    /** The combo's choice; null for its first item ("all"). */
    private static String choice(Combo combo) {
        return combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex());
    }

    private Image swatch(CalendarKind kind) {
        int value = Integer.parseInt(PrintableCalendar.colour(kind).substring(1), 16);
        RGB colour = new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
        ImageData data = new ImageData(12, 12, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        int pixel = data.palette.getPixel(colour);
        for (int x = 0; x < 12; x++) {
            for (int y = 0; y < 12; y++) {
                data.setPixel(x, y, x == 0 || y == 0 || x == 11 || y == 11 ? data.palette.getPixel(new RGB(255, 255, 255)) : pixel);
            }
        }
        return new Image(stack.getDisplay(), data);
    }

    private void createActions() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        monthAction = new Action(Messages.calendar_month, IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    setMode(CalendarGrid.Mode.MONTH);
                }
            }
        };
        monthAction.setImageDescriptor(UiImages.descriptor(UiImages.CALENDAR_MONTH));
        monthAction.setChecked(true);
        quarterAction = new Action(Messages.calendar_quarter, IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    setMode(CalendarGrid.Mode.QUARTER);
                }
            }
        };
        quarterAction.setImageDescriptor(UiImages.descriptor(UiImages.CALENDAR_QUARTER));
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        IAction previous = new Action(Messages.calendar_previous) {
            @Override
            public void run() {
                step(-1);
            }
        };
        previous.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_BACK));
        IAction next = new Action(Messages.calendar_next) {
            @Override
            public void run() {
                step(1);
            }
        };
        next.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        IAction planStart = new Action(Messages.calendar_planStart) {
            @Override
            public void run() {
                shown = null;
                refresh();
            }
        };
        planStart.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_HOME_NAV));
        toolBar.add(previous);
        toolBar.add(planStart);
        toolBar.add(next);
        toolBar.add(new Separator());
        toolBar.add(monthAction);
        toolBar.add(quarterAction);
        ongoingAction = new Action(Messages.calendar_showOngoing, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                showOngoing(isChecked());
            }
        };
        ongoingAction.setToolTipText(Messages.calendar_showOngoingTooltip);
        getViewSite().getActionBars().getMenuManager().add(ongoingAction);
        undo = CommandStackAction.undo(() -> {
        });
        redo = CommandStackAction.redo(() -> {
        });
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
    }

    // --- following the plan ---

    @Override
    public void follow(PlanEditingSession next) {
        session = next;
        shown = null;
        selection.setSelection(StructuredSelection.EMPTY);
        grid.select(null);
        undo.setCommandStack(session == null ? null : session.commandStack());
        redo.setCommandStack(session == null ? null : session.commandStack());
        refresh();
    }

    @Override
    public void planChanged() {
        if (!stack.isDisposed()) {
            selection.dropRemoved(); // an undo may have taken the selected entry away
            refresh();
        }
    }

    // --- showing ---

    private void setMode(CalendarGrid.Mode newMode) {
        if (newMode == mode) {
            return;
        }
        mode = newMode;
        monthAction.setChecked(mode == CalendarGrid.Mode.MONTH);
        quarterAction.setChecked(mode == CalendarGrid.Mode.QUARTER);
        shown = shown == null ? null : mode == CalendarGrid.Mode.QUARTER ? quarterOf(shown) : shown;
        refresh();
    }

    /** The first month of the plan-year quarter holding {@code month}. */
    private YearMonth quarterOf(YearMonth month) {
        YearMonth start = planStartMonth();
        long offset = Math.floorMod(ChronoUnit.MONTHS.between(start, month), 3L);
        return month.minusMonths(offset);
    }

    private YearMonth planStartMonth() {
        MarketingPlan plan = session == null ? null : session.plan();
        return plan == null || plan.getStart() == null ? YearMonth.now() : YearMonth.from(plan.getStart());
    }

    private void step(int direction) {
        YearMonth current = shown == null ? planStartMonth() : shown;
        shown = current.plusMonths(direction * (mode == CalendarGrid.Mode.MONTH ? 1L : 3L));
        refresh();
    }

    /** Redraws from the plan as it is now. */
    void refresh() {
        StackLayout layout = (StackLayout) stack.getLayout();
        if (session == null || session.isDisposed()) {
            layout.topControl = empty;
            setContentDescription("");
            stack.layout();
            return;
        }
        layout.topControl = content;
        MarketingPlan plan = session.plan();
        PlanSchedule schedule = PlanSchedule.of(plan);
        List<CalendarItem> all = new ArrayList<>();
        int undated = 0;
        for (ScheduledItem item : schedule.items()) {
            EObject element = session.resource().getEObject(item.id());
            if (!item.isDated()) {
                undated++;
            } else if (element != null) {
                all.add(new CalendarItem(item, element));
            }
        }
        fillFilter(channels, Messages.calendar_allChannels, all.stream().map(item -> item.item().channel()).toList());
        fillFilter(owners, Messages.calendar_allOwners, all.stream().map(item -> item.item().owner()).toList());
        fillFilter(stages, Messages.calendar_allStages, all.stream().map(item -> item.item().raceStage()).toList());
        List<CalendarItem> visible = all.stream().filter(item -> filter.accepts(item.item())).toList();
        YearMonth from = shown == null ? planStartMonth() : shown;
        if (mode == CalendarGrid.Mode.QUARTER) {
            from = quarterOf(from);
        }
        Locale locale = plan.getLanguage() == null || plan.getLanguage().isBlank() ? Locale.getDefault()
                : Locale.forLanguageTag(plan.getLanguage());
        int orientation = PlanLanguage.isRightToLeft(plan) ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT;
        if (grid.getOrientation() != orientation) {
            grid.setOrientation(orientation);
        }
        grid.show(mode, from, visible, filter.kinds().stream().toList(), locale, plan.getStart(), plan.getEnd());
        title.setText(grid.title());
        long inView = visible.stream().filter(item -> item.overlaps(grid.firstDay(), grid.lastDay())).count();
        summary.setText(undated == 0 ? NLS.bind(Messages.calendar_summary, inView, visible.size())
                : NLS.bind(Messages.calendar_summaryUndated, new Object[] {inView, visible.size(), undated}));
        setContentDescription(NLS.bind(Messages.calendar_description, session.file().getFileName()));
        kindButtons.forEach((kind, box) -> box.setSelection(filter.shows(kind)));
        labelFiltersToggle();
        content.layout(true, true);
        stack.layout();
        fitGrid();
    }

    private void fitGrid() {
        int width = scroller.getClientArea().width;
        grid.setSize(width, Math.max(grid.preferredHeight(), scroller.getClientArea().height));
        scroller.setMinHeight(grid.preferredHeight());
        grid.redraw();
    }

    /** Offers the values found (sorted, once each) after "all"; keeps the current choice when it is still there. */
    private static void fillFilter(Combo combo, String all, List<String> values) {
        String current = choice(combo);
        TreeSet<String> distinct = new TreeSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                distinct.add(value);
            }
        }
        List<String> items = new ArrayList<>();
        items.add(all);
        items.addAll(distinct);
        if (!items.equals(List.of(combo.getItems()))) {
            combo.setItems(items.toArray(String[]::new));
        }
        int index = current == null ? 0 : items.indexOf(current);
        combo.select(Math.max(0, index));
    }

    // --- acting ---

    /** Moves {@code item} by {@code days} through the plan's command stack. */
    boolean reschedule(CalendarItem item, long days) {
        if (session == null || days == 0) {
            return false;
        }
        Command command = PlanCommands.reschedule(session.editingDomain(), item.element(), days);
        return session.execute(command);
    }

    /** Opens the plan editor on {@code item}'s element, on its date field. */
    void openInEditor(CalendarItem item) {
        EStructuralFeature date = item.element() instanceof SmartObjective ? TacticianPackage.Literals.SMART_OBJECTIVE__DEADLINE
                : item.element() instanceof MonthlyObjective ? TacticianPackage.Literals.MONTHLY_OBJECTIVE__DEADLINE
                : TacticianPackage.Literals.SCHEDULED__START;
        try {
            PlanEditors.reveal(getSite().getPage(), item.element(), date);
        } catch (PartInitException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
        }
    }

    // --- for tests ---

    CalendarGrid grid() {
        return grid;
    }

    CalendarFilter filter() {
        return filter;
    }

    Combo channelFilter() {
        return channels;
    }

    Combo ownerFilter() {
        return owners;
    }

    Combo stageFilter() {
        return stages;
    }

    Button kindFilter(CalendarKind kind) {
        return kindButtons.get(kind);
    }

    /** The toggle the filters fold behind in a narrow view. */
    Button filtersToggle() {
        return filtersToggle;
    }

    /** Lists the ongoing entries one per line ({@code true}) or as one summary line. */
    void showOngoing(boolean expanded) {
        ongoingAction.setChecked(expanded);
        grid.showOngoing(expanded);
        fitGrid();
    }

    IAction ongoingAction() {
        return ongoingAction;
    }

    void showMonth(YearMonth month, CalendarGrid.Mode newMode) {
        setMode(newMode);
        shown = month;
        refresh();
    }

    PlanEditingSession session() {
        return session;
    }

    @Override
    public void setFocus() {
        if (session != null) {
            grid.setFocus();
        } else {
            empty.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (activePlan != null) {
            activePlan.dispose();
        }
        undo.dispose();
        redo.dispose();
        swatches.forEach(Image::dispose);
        super.dispose();
    }
}
