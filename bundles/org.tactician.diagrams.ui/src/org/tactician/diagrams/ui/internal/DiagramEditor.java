package org.tactician.diagrams.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.tactician.diagrams.DiagramServer;
import org.tactician.diagrams.PageState;
import org.tactician.diagrams.ui.DiagramEditorInput;
import org.tactician.diagrams.ui.DiagramEditors;
import org.tactician.diagrams.ui.DiagramType;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.PlanElement;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.PlanOutline;
import org.tactician.ui.PlanSaveable;
import org.tactician.ui.ext.SelectionHolder;

/**
 * A diagram of a plan in the workbench: the diagram server's page in an embedded browser, on the
 * plan's editing session — the one the plan editor and the plan's other diagrams use. So there is
 * one undo history, one dirty state and one save ({@link PlanSaveable}) for all of them, an edit
 * in a form shows in the diagram at once and the reverse, and the plan's problems are the same
 * Problems-view markers. The elements selected in the diagram are the editor's selection (the
 * Properties view, the Outline); the workbench's Save, Undo, Redo, Delete, Rename and Select All
 * act on the diagram, from the menus and from their keys, whether the browser has the focus or
 * not. The diagram type comes with the input ({@link DiagramEditorInput}).
 */
public final class DiagramEditor extends EditorPart
        implements ISaveablesSource, IEditingDomainProvider, PlanEditingSession.Listener {

    /** How long closing waits for the diagram server to end the page's connections. */
    private static final long CLOSE_TIMEOUT_MILLIS = 10_000;
    /** How long an export may take before the status line says it failed. */
    private static final long EXPORT_TIMEOUT_MILLIS = 15_000;

    private final SelectionHolder selection = new SelectionHolder();
    private final List<Runnable> stateWatchers = new ArrayList<>();
    private final Consumer<PageState> pageListener = this::pageReported;
    private final CommandStackListener afterCommand = event -> showSelection(this.state);
    private DiagramType type;
    private PlanEditingSession session;
    private SessionModelSource source;
    private DiagramServer.Page page;
    private Browser browser;
    private Control problem;
    private PageState state = PageState.NONE;
    private boolean loaded;
    private EObject pendingReveal;
    private PlanOutline outline;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException(NLS.bind(Messages.editor_notADiagram, input.getName()));
        }
        type = DiagramTypes.find(diagramInput.diagramType())
                .orElseThrow(() -> new PartInitException(NLS.bind(Messages.editor_noSuchType, diagramInput.diagramType())));
        setSite(site);
        setInput(input);
        try {
            session = PlanEditingSessions.acquire(diagramInput.planFile());
        } catch (PlanLoadException e) {
            throw new PartInitException(NLS.bind(Messages.editor_unreadablePlan, type.name(), e.getMessage()), e);
        }
        source = SessionModelSource.of(session);
        session.addListener(this);
        session.commandStack().addCommandStackListener(afterCommand);
        site.setSelectionProvider(selection);
        PlanEditors.watchProblems();
        updateTitle();
    }

    private void updateTitle() {
        DiagramEditorInput input = input();
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        if (type.icon() != null) {
            setTitleImage(org.eclipse.jface.resource.JFaceResources.getResources().create(type.icon()));
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        try {
            browser = new Browser(parent, SWT.NONE);
        } catch (SWTError e) {
            showProblem(parent, NLS.bind(Messages.editor_noWebView, type.name(), e.getMessage()));
            return;
        }
        try {
            page = WorkbenchDiagramServer.get().open(source, type.id());
        } catch (IOException | IllegalArgumentException e) {
            browser.dispose();
            browser = null;
            showProblem(parent, NLS.bind(Messages.editor_cannotShow, type.name(), e.getMessage()));
            return;
        }
        page.addStateListener(pageListener);
        URI address = page.uri();
        String own = address.getScheme() + "://" + address.getRawAuthority() + address.getRawPath().replaceAll("[^/]*$", "");
        // The browser shows the page and nothing else: no links followed, no pop-up windows.
        browser.addLocationListener(LocationListener.changingAdapter(event -> keepOnPage(event, own)));
        browser.addOpenWindowListener(event -> event.required = true);
        MenuManager menu = new MenuManager("#PopUp", DiagramEditors.MENU_ID);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        browser.setMenu(menu.createContextMenu(browser));
        getSite().registerContextMenu(DiagramEditors.MENU_ID, menu, selection);
        browser.setUrl(address + "&host=workbench");
    }

    private static void keepOnPage(LocationEvent event, String own) {
        if (!event.location.startsWith(own) && !"about:blank".equals(event.location)) {
            event.doit = false;
        }
    }

    private void fillContextMenu(IMenuManager menu) {
        if (getEditorSite().getActionBarContributor() instanceof DiagramEditorContributor contributor) {
            contributor.fillContextMenu(menu);
        }
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void showProblem(Composite parent, String message) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(16, 16).applyTo(holder);
        Label label = new Label(holder, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
        problem = holder;
        parent.layout(true, true);
    }

    // --- what the page reports ---

    /** On a server thread: hands the report to the UI thread. */
    private void pageReported(PageState reported) {
        if (browser != null && !browser.isDisposed()) {
            browser.getDisplay().asyncExec(() -> stateChanged(reported));
        }
    }

    private void stateChanged(PageState reported) {
        if (browser == null || browser.isDisposed() || session.isDisposed()) {
            return;
        }
        boolean first = !loaded;
        loaded = true;
        state = reported;
        showSelection(reported);
        stateWatchers.forEach(Runnable::run);
        if (first && pendingReveal != null) {
            EObject element = pendingReveal;
            pendingReveal = null;
            reveal(element);
        }
    }

    /**
     * Makes the plan elements the page reports selected the editor's selection; after a command
     * too (an undo in any editor may remove a selected element while the page still names it).
     */
    private void showSelection(PageState reported) {
        if (!loaded || session.isDisposed()) {
            return;
        }
        List<EObject> selected = new ArrayList<>();
        for (String id : reported.selectedIds()) {
            EObject element = elementOf(id);
            if (element != null && !selected.contains(element)) {
                selected.add(element);
            }
        }
        boolean chosen = !selected.isEmpty();
        if (!chosen && type.subject() != null) {
            // Nothing selected: the diagram's subject (the SWOT analysis of a TOWS matrix).
            session.elementsOf(type.subject()).stream().findFirst().ifPresent(selected::add);
        }
        StructuredSelection now = new StructuredSelection(selected);
        if (!now.equals(selection.getSelection())) {
            selection.setSelection(now);
            // Only what was picked in the diagram is shown in the Outline, never the fallback:
            // the Outline may have selected what the diagram does not draw.
            if (outline != null && chosen) {
                outline.showSelected(selected.get(0));
            }
        }
    }

    /**
     * The plan element a diagram element stands for: the one with its id, or, for a part of one
     * ({@code <element id>:name}, {@code link:<element id>:<other id>}), the first one named in it.
     */
    private EObject elementOf(String diagramId) {
        EObject element = inPlan(diagramId);
        if (element != null) {
            return element;
        }
        for (String part : diagramId.split(":")) {
            element = part.isEmpty() ? null : inPlan(part);
            if (element != null) {
                return element;
            }
        }
        return null;
    }

    /** The element of the plan with {@code id}; never one removed from it (the resource may still know its id). */
    private EObject inPlan(String id) {
        EObject element = session.resource().getEObject(id);
        return element != null && element.eResource() == session.resource() ? element : null;
    }

    /** Runs {@code watcher} whenever the page reports a new state (the editor's actions update). */
    void watchState(Runnable watcher) {
        stateWatchers.add(watcher);
    }

    void unwatchState(Runnable watcher) {
        stateWatchers.remove(watcher);
    }

    /** Whether the page has shown the diagram (and reported its first state). */
    public boolean isLoaded() {
        return loaded;
    }

    /** What the page reported last. */
    public PageState pageState() {
        return state;
    }

    /** Whether a text field of the page is being edited: then the editing keys edit the text. */
    public boolean isEditingText() {
        return state.editingText();
    }

    /** Whether elements are selected in the diagram. */
    public boolean hasSelection() {
        return !state.selectedIds().isEmpty();
    }

    // --- driving the page ---

    /**
     * Selects {@code element} in the diagram, or the nearest element containing it that the
     * diagram shows, and centres on it; after the diagram has loaded when it has not yet.
     *
     * @return whether the diagram shows it (false while loading)
     */
    public boolean reveal(EObject element) {
        if (element == null || browser == null || browser.isDisposed()) {
            return false;
        }
        if (!loaded) {
            pendingReveal = element;
            return false;
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof PlanElement planElement && planElement.getId() != null) {
                Object found = evaluate("return JSON.stringify(window.tactician ? window.tactician.select(["
                        + jsString(planElement.getId()) + "]) : [])");
                if (found instanceof String ids && !"[]".equals(ids)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Deletes the elements selected in the diagram, as the diagram's Delete does (not while text is edited). */
    public void deleteSelection() {
        if (!isEditingText()) {
            execute("window.tactician && window.tactician.deleteSelection()");
        }
    }

    /** Opens the in-place editor on the selected element's name (not while text is edited). */
    public void editLabel() {
        if (!isEditingText()) {
            execute("window.tactician && window.tactician.editLabel()");
        }
    }

    /** Selects everything in the diagram (not while text is edited). */
    public void selectAll() {
        if (!isEditingText()) {
            execute("window.tactician && window.tactician.selectAll()");
        }
    }

    /** Fits the diagram into the editor as far as it stays readable (the rest is a scroll away). */
    public void fit() {
        execute("window.tactician && window.tactician.fit()");
    }

    /** Shows the whole diagram, however small. */
    public void showAll() {
        execute("window.tactician && window.tactician.showAll()");
    }

    /**
     * Exports the diagram as {@code format} ({@code svg} or {@code png}) beside the plan, as the
     * page's own Export buttons do; when the file is written, the workspace sees it and the
     * status line names it.
     *
     * @return the file the export writes, or null when the diagram is not shown
     */
    public java.nio.file.Path export(String format) {
        if (!loaded || browser == null || browser.isDisposed()) {
            return null;
        }
        java.nio.file.Path target = DiagramServer.exportFile(session.file(), type.id(), format);
        long before = lastModified(target);
        execute("window.tactician && window.tactician.dispatch({kind: 'requestExportSvg', options: {format: "
                + jsString(format) + "}})");
        long end = System.currentTimeMillis() + EXPORT_TIMEOUT_MILLIS;
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (browser == null || browser.isDisposed()) {
                return;
            }
            if (lastModified(target) != before) {
                refreshFolder();
                getEditorSite().getActionBars().getStatusLineManager()
                        .setMessage(NLS.bind(Messages.editor_exported, target.getFileName()));
            } else if (System.currentTimeMillis() < end) {
                browser.getDisplay().timerExec(100, check[0]);
            } else {
                getEditorSite().getActionBars().getStatusLineManager()
                        .setErrorMessage(NLS.bind(Messages.editor_notExported, type.name()));
            }
        };
        browser.getDisplay().timerExec(100, check[0]);
        return target;
    }

    private static long lastModified(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private void refreshFolder() {
        var file = input().workspaceFile();
        if (file != null) {
            try {
                file.getParent().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ONE, null);
            } catch (org.eclipse.core.runtime.CoreException e) {
                // the workspace catches up on its next refresh
            }
        }
    }

    /** The embedded browser, or null when it could not be made (for tests). */
    public Browser browser() {
        return browser;
    }

    /** Runs {@code script} in the page, waiting for its result (null when the page cannot). */
    public Object evaluate(String script) {
        if (browser == null || browser.isDisposed()) {
            return null;
        }
        try {
            return browser.evaluate(script);
        } catch (SWTException e) {
            return null;
        }
    }

    private void execute(String script) {
        if (browser != null && !browser.isDisposed()) {
            browser.execute(script);
        }
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c == '\'' || c == '\\' || c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    // --- the plan ---

    /** The plan's editing session. */
    public PlanEditingSession session() {
        return session;
    }

    /** The diagram's type. */
    public DiagramType diagramType() {
        return type;
    }

    /** The local diagram server's page this editor shows, or null when it could not open. */
    public DiagramServer.Page page() {
        return page;
    }

    private DiagramEditorInput input() {
        return (DiagramEditorInput) getEditorInput();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session.editingDomain();
    }

    @Override
    public void dirtyChanged(PlanEditingSession changed) {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void moved(PlanEditingSession moved, java.nio.file.Path from) {
        setInputWithNotify(input().withPlanFile(moved.file()));
        updateTitle();
    }

    @Override
    public void reloaded(PlanEditingSession reloaded) {
        selection.setSelection(StructuredSelection.EMPTY);
        if (outline != null) {
            outline.setPlan(reloaded.plan());
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** Drops the unsaved changes of the plan and reads it again, after asking. */
    public void doRevert() {
        if (session.isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.editor_revertTitle,
                NLS.bind(Messages.editor_revertQuestion, session.file().getFileName()))) {
            return;
        }
        try {
            session.revert();
        } catch (PlanLoadException e) {
            MessageDialog.openError(getSite().getShell(), Messages.editor_revertFailedTitle,
                    NLS.bind(Messages.editor_revertFailed, e.getMessage()));
        }
    }

    // --- saving ---

    @Override
    public boolean isDirty() {
        return !session.isDisposed() && session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!new PlanSaveable(session).save(getSite().getShell()) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // Save As belongs to the plan editor: a plan is saved under a new name there.
    }

    @Override
    public Saveable[] getSaveables() {
        return new Saveable[] {new PlanSaveable(session)};
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    // --- adapters and life cycle ---

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == PlanEditingSession.class) {
            return adapter.cast(session);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(session.editingDomain());
        }
        if (adapter == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                DiagramEditorContributor contributor = contributor();
                outline = PlanEditors.outline(session, this::reveal, contributor == null ? null : contributor.undoAction(),
                        contributor == null ? null : contributor.redoAction());
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            DiagramEditorContributor contributor = contributor();
            return adapter.cast(PlanEditors.propertySheet(session, contributor == null ? null : contributor.undoAction(),
                    contributor == null ? null : contributor.redoAction()));
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(adapter);
    }

    private void gotoMarker(IMarker marker) {
        String id = marker.getAttribute("elementId", null);
        EObject element = id == null ? null : session.resource().getEObject(id);
        if (element != null) {
            reveal(element);
        }
    }

    private DiagramEditorContributor contributor() {
        return getEditorSite().getActionBarContributor() instanceof DiagramEditorContributor contributor ? contributor
                : null;
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        } else if (problem != null && !problem.isDisposed()) {
            problem.setFocus();
        }
    }

    @Override
    public void dispose() {
        stateWatchers.clear();
        if (page != null) {
            page.removeStateListener(pageListener);
            // Closing waits for the page's server threads, which may be waiting for the UI thread.
            DiagramServer.Page closing = page;
            SessionModelSource.serveWhile(closing::close, "closing the " + type.name(), CLOSE_TIMEOUT_MILLIS);
        }
        if (session != null) {
            session.removeListener(this);
            session.commandStack().removeCommandStackListener(afterCommand);
            PlanEditors.editorClosing(this, session);
            session.release();
        }
        super.dispose();
    }

    @Override
    public String toString() {
        return "DiagramEditor[" + (type == null ? "?" : type.id()) + ", "
                + (getEditorInput() instanceof DiagramEditorInput in ? in.planFile() : "?") + "]";
    }
}
