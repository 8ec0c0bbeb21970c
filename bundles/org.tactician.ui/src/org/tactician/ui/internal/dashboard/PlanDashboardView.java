package org.tactician.ui.internal.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.tactician.charts.ChartRenderer;
import org.tactician.charts.ChartStyle;
import org.tactician.charts.PlanChart;
import org.tactician.editing.FindingsDelta;
import org.tactician.editing.PlanEditingSession;
import org.tactician.generators.OutputFolder;
import org.tactician.model.MarketingPlan;
import org.tactician.ui.internal.ActivePlan;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;
import org.tactician.validation.Severity;

/**
 * The plan at a glance: forecast against the objectives' monthly targets, the budget by month
 * stacked by category, planned against allocated, RACE coverage and the findings by category and
 * severity, with the headline figures above. The charts are the documents' own (one chart
 * engine, {@link ChartRenderer}); the view follows the active plan editor and redraws shortly
 * after every change. Each chart exports as PNG or SVG from its context menu, all of them at
 * once from the tool bar.
 */
public final class PlanDashboardView extends ViewPart implements ActivePlan.View {

    /** The view's id in {@code plugin.xml}. */
    public static final String ID = "org.tactician.ui.dashboardView";

    private static final Logger LOG = Logger.getLogger(PlanDashboardView.class.getName());
    /** Redraw this long after the last change, so typing in a field does not redraw per key. */
    private static final int SETTLE_MS = 250;
    private static final int CHART_WIDTH = 560;
    private static final int CHART_HEIGHT = 320;

    private final ChartRenderer renderer = new ChartRenderer();
    /** Findings in the Problems view's colours: errors red, warnings amber, remarks blue. */
    private final ChartRenderer findingsRenderer = new ChartRenderer(new ChartStyle(List.of(new java.awt.Color(0xc62828),
            new java.awt.Color(0xe59400), new java.awt.Color(0x1e6fc9)), ChartStyle.STANDARD.text(),
            ChartStyle.STANDARD.grid(), ChartStyle.STANDARD.fontSize()));
    private final Runnable redraw = this::refresh;
    private final List<ChartCanvas> canvases = new ArrayList<>();
    private ActivePlan activePlan;
    private PlanEditingSession session;
    private DashboardFigures figures;
    private Composite stack;
    private Label empty;
    private ScrolledComposite scroller;
    private Composite content;
    private Label title;
    private Label headline;
    private Label findingsLine;
    private Action exportAll;

    @Override
    public void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        StackLayout layout = new StackLayout();
        stack.setLayout(layout);
        empty = new Label(stack, SWT.WRAP | SWT.CENTER);
        empty.setText(Messages.dashboard_noPlan);
        scroller = new ScrolledComposite(stack, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        content.setBackground(content.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).spacing(8, 8).applyTo(content);
        title = new Label(content, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);
        headline = new Label(content, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(headline);
        findingsLine = new Label(content, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(findingsLine);
        for (Label label : List.of(title, headline, findingsLine)) {
            label.setBackground(content.getBackground());
        }
        for (int i = 0; i < 5; i++) {
            ChartCanvas canvas = new ChartCanvas(content);
            GridDataFactory.fillDefaults().grab(true, false).hint(CHART_WIDTH, CHART_HEIGHT).applyTo(canvas.control);
            canvases.add(canvas);
        }
        scroller.setContent(content);

        exportAll = new Action(Messages.dashboard_exportAll, UiImages.descriptor(UiImages.EXPORT)) {
            @Override
            public void run() {
                exportAll();
            }
        };
        exportAll.setToolTipText(Messages.dashboard_exportAllTooltip);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(exportAll);
        HelpContexts.set(stack, HelpContexts.DASHBOARD);
        layout.topControl = empty;
        activePlan = new ActivePlan(getSite().getPage(), this);
    }

    // --- following the plan ---

    @Override
    public void follow(PlanEditingSession next) {
        session = next;
        refresh();
    }

    @Override
    public void planChanged() {
        scheduleRefresh();
    }

    @Override
    public void findingsChanged(FindingsDelta delta) {
        scheduleRefresh();
    }

    private void scheduleRefresh() {
        if (!stack.isDisposed()) {
            stack.getDisplay().timerExec(-1, redraw);
            stack.getDisplay().timerExec(SETTLE_MS, redraw);
        }
    }

    /** Computes the figures again and redraws every chart. */
    void refresh() {
        if (stack.isDisposed()) {
            return;
        }
        StackLayout layout = (StackLayout) stack.getLayout();
        if (session == null || session.isDisposed() || session.plan() == null) {
            figures = null;
            layout.topControl = empty;
            exportAll.setEnabled(false);
            setContentDescription(""); //$NON-NLS-1$
            stack.layout();
            return;
        }
        MarketingPlan plan = session.plan();
        try {
            figures = DashboardFigures.of(plan, session.findings());
        } catch (RuntimeException e) {
            // a plan half-way through an edit may not compute: keep the last figures and say so
            LOG.log(Level.WARNING, "The dashboard cannot compute the figures of " + session.file(), e); //$NON-NLS-1$
            setContentDescription(NLS.bind(Messages.dashboard_cannotCompute, e.getMessage()));
            return;
        }
        layout.topControl = scroller;
        exportAll.setEnabled(true);
        String name = plan.getName() == null || plan.getName().isBlank() ? session.file().getFileName().toString()
                : plan.getName();
        title.setText(NLS.bind(Messages.dashboard_title, name));
        headline.setText(headlineText(figures));
        findingsLine.setText(NLS.bind(Messages.dashboard_findingsLine, new Object[] {
                figures.findings().get(Severity.ERROR), figures.findings().get(Severity.WARNING),
                figures.findings().get(Severity.INFO)}));
        for (int i = 0; i < canvases.size(); i++) {
            canvases.get(i).show(figures.charts().get(i));
        }
        setContentDescription(NLS.bind(Messages.dashboard_description, session.file().getFileName()));
        content.layout(true, true);
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        stack.layout();
    }

    /** Budget, forecast revenue and contribution, in the plan's currency and number format. */
    static String headlineText(DashboardFigures figures) {
        String currency = figures.budget().currency();
        return NLS.bind(Messages.dashboard_headline, new Object[] {
                figures.format().wholeMoney(figures.budget().total(), currency),
                figures.format().wholeMoney(figures.forecast().total().revenue(), currency),
                figures.format().wholeMoney(figures.forecast().total().contribution(), currency)});
    }

    // --- exporting ---

    private void exportAll() {
        if (figures == null) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
        dialog.setText(Messages.dashboard_exportAll);
        dialog.setMessage(Messages.dashboard_exportAllMessage);
        dialog.setFilterPath(session.file().toAbsolutePath().getParent().toString());
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        try {
            List<Path> written = exportAll(figures, Path.of(folder));
            getViewSite().getActionBars().getStatusLineManager()
                    .setMessage(NLS.bind(Messages.dashboard_exported, written.size(), folder));
        } catch (IOException | RuntimeException e) {
            exportFailed(e);
        }
    }

    /** Writes every chart of {@code figures} as {@code <id>.png} and {@code <id>.svg} into {@code folder}. */
    List<Path> exportAll(DashboardFigures shown, Path folder) throws IOException {
        OutputFolder output = new OutputFolder(folder);
        List<Path> written = new ArrayList<>();
        for (PlanChart chart : shown.charts()) {
            written.add(output.write(chart.id() + ".png", png(chart))); //$NON-NLS-1$
            written.add(output.write(chart.id() + ".svg", svg(chart))); //$NON-NLS-1$
        }
        return written;
    }

    private void export(PlanChart chart, boolean asSvg) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(asSvg ? Messages.dashboard_exportSvg : Messages.dashboard_exportPng);
        dialog.setFilterExtensions(new String[] {asSvg ? "*.svg" : "*.png"}); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(chart.id() + (asSvg ? ".svg" : ".png")); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterPath(session.file().toAbsolutePath().getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen).toAbsolutePath();
        try {
            new OutputFolder(target.getParent()).write(target.getFileName().toString(), asSvg ? svg(chart) : png(chart));
        } catch (IOException | RuntimeException e) {
            exportFailed(e);
        }
    }

    private byte[] png(PlanChart chart) {
        return rendererOf(chart).png(chart, CHART_WIDTH * 2, CHART_HEIGHT * 2, 1);
    }

    private byte[] svg(PlanChart chart) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //$NON-NLS-1$
                + rendererOf(chart).svg(chart, CHART_WIDTH * 2, CHART_HEIGHT * 2)).getBytes(StandardCharsets.UTF_8);
    }

    private ChartRenderer rendererOf(PlanChart chart) {
        return DashboardFigures.FINDINGS.equals(chart.id()) ? findingsRenderer : renderer;
    }

    private void exportFailed(Exception e) {
        LOG.log(Level.WARNING, "Exporting the dashboard failed", e); //$NON-NLS-1$
        ErrorDialog.openError(getSite().getShell(), Messages.dashboard_exportFailedTitle, Messages.dashboard_exportFailed,
                Status.error(String.valueOf(e.getMessage()), e), IStatus.ERROR);
    }

    // --- one chart ---

    /** A chart drawn to fit its canvas; redrawn at the new size when resized. */
    private final class ChartCanvas {
        final Canvas control;
        PlanChart chart;
        Image image;

        ChartCanvas(Composite parent) {
            control = new Canvas(parent, SWT.DOUBLE_BUFFERED);
            control.addListener(SWT.Paint, event -> {
                if (image != null) {
                    event.gc.drawImage(image, 0, 0);
                }
            });
            control.addListener(SWT.Resize, event -> render());
            control.addListener(SWT.Dispose, event -> disposeImage());
            MenuManager menu = new MenuManager();
            menu.add(new Action(Messages.dashboard_exportPng, UiImages.descriptor(UiImages.EXPORT)) {
                @Override
                public void run() {
                    export(chart, false);
                }
            });
            menu.add(new Action(Messages.dashboard_exportSvg) {
                @Override
                public void run() {
                    export(chart, true);
                }
            });
            control.setMenu(menu.createContextMenu(control));
            control.addListener(SWT.Dispose, event -> menu.dispose());
        }

        void show(PlanChart next) {
            chart = next;
            control.setToolTipText(next.title());
            control.getAccessible();
            render();
        }

        void render() {
            Rectangle area = control.getClientArea();
            if (chart == null || area.width <= 0 || area.height <= 0) {
                return;
            }
            disposeImage();
            image = new Image(control.getDisplay(), imageData(rendererOf(chart).image(chart, area.width, area.height, 1)));
            control.redraw();
        }

        void disposeImage() {
            if (image != null) {
                image.dispose();
                image = null;
            }
        }
    }

    /** {@code image} (RGB) as SWT image data. */
    private static ImageData imageData(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xff0000, 0x00ff00, 0x0000ff));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xffffff;
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }

    // --- for tests ---

    DashboardFigures figures() {
        return figures;
    }

    String headline() {
        return headline.getText();
    }

    String findingsLine() {
        return findingsLine.getText();
    }

    PlanEditingSession session() {
        return session;
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        if (activePlan != null) {
            activePlan.dispose();
        }
        super.dispose();
    }
}
