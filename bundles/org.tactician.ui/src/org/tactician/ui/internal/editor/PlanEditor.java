package org.tactician.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ShellAdapter;
import org.eclipse.swt.events.ShellEvent;
import org.eclipse.swt.events.ShellListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.tactician.editing.DiskState;
import org.tactician.editing.FindingsDelta;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.PlanOutline;
import org.tactician.ui.PlanSaveable;
import org.tactician.ui.ext.SelectionHolder;
import org.tactician.ui.internal.UiImages;
import org.tactician.ui.internal.calendar.PlanCalendarView;
import org.tactician.ui.internal.dashboard.PlanDashboardView;
import org.tactician.ui.internal.forms.PlanFormPage;
import org.tactician.ui.internal.forms.PlanFormToolkit;
import org.tactician.ui.internal.generate.GenerateHandler;
import org.tactician.ui.internal.forms.PlanPages;
import org.tactician.ui.internal.markers.PlanMarkers;
import org.tactician.ui.internal.startup.CommandLinePlans;

/**
 * The plan editor: a form page per part of the plan (Overview, Opportunity, Strategy, Action,
 * Operations, Customer journey) over the plan's editing session, which it shares with every other
 * view and diagram of the file. A file that cannot be read opens on an error page and is never
 * written. Every editor of the plan shares its {@link PlanSaveable}: the workbench asks to save the
 * plan when the last of them closes.
 */
public final class PlanEditor extends FormEditor
        implements IEditingDomainProvider, ISaveablesSource, PlanEditingSession.Listener {

    private final SelectionHolder selection = new SelectionHolder();
    private final List<PlanFormPage> formPages = new ArrayList<>();
    private final Set<PlanFormPage> stalePages = new HashSet<>();
    private final CommandStackListener afterCommand = this::commandStackChanged;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == PlanEditor.this) {
                checkDisk();
            }
        }
    };
    private final IResourceChangeListener workspaceChanges = this::workspaceChanged;
    /** Coming back to the window from another program: the file may have changed meanwhile. */
    private final ShellListener windowActivation = new ShellAdapter() {
        @Override
        public void shellActivated(ShellEvent event) {
            if (getSite().getPage().getActivePart() == PlanEditor.this) {
                event.display.asyncExec(PlanEditor.this::checkDisk);
            }
        }
    };
    private PlanEditingSession session;
    private PlanLoadException loadError;
    private Path file;
    private PlanOutline outline;
    private boolean checkingDisk;
    private boolean deletionAcknowledged;
    private Action validateAction;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        site.setSelectionProvider(selection);
        file = EditorInputs.fileOf(input);
        if (file == null) {
            throw new PartInitException(NLS.bind(Messages.editor_notAFile, input.getName()));
        }
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        try {
            session = PlanEditingSessions.acquire(file);
            session.addListener(this);
            session.commandStack().addCommandStackListener(afterCommand);
        } catch (PlanLoadException e) {
            loadError = e;
        }
        PlanEditors.watchProblems();
        site.getPage().addPartListener(activation);
        site.getShell().addShellListener(windowActivation);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceChanges, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    protected FormToolkit createToolkit(Display display) {
        return new PlanFormToolkit(display); // the workbench's words keep its direction on right-to-left pages
    }

    @Override
    protected void addPages() {
        try {
            if (session == null) {
                addPage(new LoadErrorPage(this, loadError));
                return;
            }
            validateAction = new Action(Messages.editor_validate, UiImages.descriptor(UiImages.VALIDATE)) {
                @Override
                public void run() {
                    validateNow();
                }
            };
            validateAction.setToolTipText(Messages.editor_validateTooltip);
            Action generateAction = new Action(Messages.editor_generate, UiImages.descriptor(UiImages.GENERATE)) {
                @Override
                public void run() {
                    commitPending();
                    GenerateHandler.open(getSite().getShell(), session);
                }
            };
            generateAction.setToolTipText(Messages.editor_generateTooltip);
            Action calendarAction = showViewAction(PlanCalendarView.ID, Messages.editor_calendar,
                    Messages.editor_calendarTooltip, UiImages.CALENDAR);
            Action dashboardAction = showViewAction(PlanDashboardView.ID, Messages.editor_dashboard,
                    Messages.editor_dashboardTooltip, UiImages.DASHBOARD);
            for (PlanPages.Page page : PlanPages.PAGES) {
                PlanFormPage formPage = new PlanFormPage(this, page, session, this::selected, this::reveal,
                        List.of(validateAction, generateAction, calendarAction, dashboardAction));
                if (EditorInputs.workspaceFileOf(getEditorInput()) == null) {
                    formPage.outsideWorkspace(this::linkIntoWorkspace);
                }
                formPages.add(formPage);
                addPage(formPage);
            }
        } catch (PartInitException e) {
            throw new IllegalStateException("Cannot add the plan editor's pages", e); //$NON-NLS-1$
        }
    }

    /** A header action that shows the view {@code viewId} (which follows this plan). */
    private Action showViewAction(String viewId, String text, String tooltip, String icon) {
        Action action = new Action(text, UiImages.descriptor(icon)) {
            @Override
            public void run() {
                try {
                    getSite().getPage().showView(viewId);
                } catch (PartInitException e) {
                    MessageDialog.openError(getSite().getShell(), text, e.getMessage());
                }
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    /** The plan's editing session; null when the file could not be read. */
    public PlanEditingSession session() {
        return session;
    }

    /** Why the file could not be read; null when it was. */
    public PlanLoadException loadError() {
        return loadError;
    }

    /** The plan file. */
    public Path file() {
        return file;
    }

    /** The form pages, in order (empty for a file that could not be read). */
    public List<PlanFormPage> formPages() {
        return formPages;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session == null ? null : session.editingDomain();
    }

    // --- selection and revealing ---

    private void selected(EObject element) {
        selection.setSelection(new StructuredSelection(element));
        if (outline != null) {
            outline.showSelected(element);
        }
    }

    /**
     * Shows {@code element} on the page and in the section that hold it, selecting it down its
     * chain of lists, and focuses the field of {@code feature} (its first field when null).
     *
     * @return whether a page shows the element
     */
    public boolean reveal(EObject element, EStructuralFeature feature) {
        if (session == null || element == null) {
            return false;
        }
        for (PlanFormPage page : formPages) {
            if (page.shows(element)) {
                setActivePage(page.getId());
                boolean shown = page.reveal(element, feature);
                selection.setSelection(new StructuredSelection(element));
                return shown;
            }
        }
        return false;
    }

    /** Shows the element and feature a problem marker points at. */
    public void gotoMarker(IMarker marker) {
        if (session == null) {
            return;
        }
        EObject element = PlanMarkers.elementOf(marker, session.resource());
        if (element != null) {
            reveal(element, PlanMarkers.featureOf(marker, element));
        }
    }

    // --- changes ---

    private void commandStackChanged(EventObject event) {
        selection.dropRemoved(); // an undo may have taken the selected element away
        refreshPages();
    }

    /** Refreshes the page shown; the others when they are shown next (see {@link #pageChange}). */
    private void refreshPages() {
        Object active = getActivePageInstance();
        for (PlanFormPage page : formPages) {
            if (page == active) {
                page.refresh();
                stalePages.remove(page);
            } else if (page.isBuilt()) {
                stalePages.add(page);
            }
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (getActivePageInstance() instanceof PlanFormPage page && stalePages.remove(page)) {
            page.refresh();
        }
    }

    @Override
    public void dirtyChanged(PlanEditingSession changed) {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void reloaded(PlanEditingSession changed) {
        selection.setSelection(StructuredSelection.EMPTY);
        refreshPages();
        if (outline != null) {
            outline.setPlan(changed.plan());
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void findingsChanged(PlanEditingSession changed, FindingsDelta delta) {
        for (PlanFormPage page : formPages) {
            if (!stalePages.contains(page)) {
                page.refreshFindings(); // a stale page refreshes its findings with everything else
            }
        }
    }

    /** Commits what the user is still typing on any page (before undo, redo, save). */
    public void commitPending() {
        for (PlanFormPage page : formPages) {
            page.commitPending();
        }
    }

    /**
     * Links the plan's file into the project "External plans" and edits it from there, so its
     * problems go to the Problems view; saves first when there are changes.
     */
    private void linkIntoWorkspace() {
        if (session.isDirty()) {
            doSave(null);
            if (session.isDirty()) {
                return;
            }
        }
        IWorkbenchPage page = getSite().getPage();
        Path plan = file;
        page.closeEditor(this, false);
        CommandLinePlans.open(page, plan);
    }

    /** Validates the whole plan now. */
    public void validateNow() {
        if (session != null) {
            commitPending();
            session.validateAll();
        }
    }

    // --- saving ---

    @Override
    public boolean isDirty() {
        return session != null && session.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session == null) {
            return;
        }
        if (!new PlanSaveable(session).save(getSite().getShell()) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void saved(PlanEditingSession changed) {
        deletionAcknowledged = false;
    }

    @Override
    public Saveable[] getSaveables() {
        return session == null ? new Saveable[0] : new Saveable[] {new PlanSaveable(session)};
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return session != null;
    }

    @Override
    public void doSaveAs() {
        if (session == null) {
            return;
        }
        commitPending();
        Shell shell = getSite().getShell();
        IFile workspaceFile = EditorInputs.workspaceFileOf(getEditorInput());
        Path target;
        IEditorInput newInput;
        if (workspaceFile != null) {
            SaveAsDialog dialog = new SaveAsDialog(shell);
            dialog.setOriginalFile(workspaceFile);
            dialog.setTitle(Messages.editor_saveAsTitle);
            if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
                return;
            }
            IPath chosen = dialog.getResult();
            if (!PlanResource.FILE_EXTENSION.equals(chosen.getFileExtension())) {
                chosen = chosen.addFileExtension(PlanResource.FILE_EXTENSION);
            }
            IFile targetFile = ResourcesPlugin.getWorkspace().getRoot().getFile(chosen);
            if (targetFile.getLocation() == null) {
                MessageDialog.openError(shell, Messages.editor_saveFailedTitle, NLS.bind(Messages.editor_noFolder, chosen));
                return;
            }
            target = targetFile.getLocation().toPath();
            newInput = new FileEditorInput(targetFile);
        } else {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*." + PlanResource.FILE_EXTENSION});
            dialog.setFilterPath(file.getParent().toString());
            dialog.setFileName(file.getFileName().toString());
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            target = Path.of(chosen.endsWith("." + PlanResource.FILE_EXTENSION) ? chosen
                    : chosen + "." + PlanResource.FILE_EXTENSION);
            try {
                newInput = new FileStoreEditorInput(EFS.getStore(target.toUri()));
            } catch (CoreException e) {
                MessageDialog.openError(shell, Messages.editor_saveFailedTitle, e.getMessage());
                return;
            }
        }
        saveAs(target, newInput);
    }

    /** Saves the plan to {@code target} and edits that file from now on. */
    void saveAs(Path target, IEditorInput newInput) {
        try {
            session.saveAs(target);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.editor_saveFailedTitle,
                    NLS.bind(Messages.editor_saveAsFailed, target, e.getMessage()));
            return;
        }
        file = session.file();
        setInputWithNotify(newInput);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
        refreshWorkspaceFile();
        firePropertyChange(PROP_DIRTY);
    }

    /** Drops the unsaved changes and reads the file again, after asking. */
    public void doRevert() {
        if (session == null) {
            return;
        }
        if (session.isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.editor_revertTitle,
                NLS.bind(Messages.editor_revert, file.getFileName()))) {
            return;
        }
        commitPending();
        try {
            session.revert();
        } catch (PlanLoadException e) {
            MessageDialog.openError(getSite().getShell(), Messages.editor_revertFailedTitle,
                    NLS.bind(Messages.editor_revertFailed, e.getMessage()));
        }
    }

    private void refreshWorkspaceFile() {
        IFile workspaceFile = EditorInputs.workspaceFileOf(getEditorInput());
        if (workspaceFile != null) {
            try {
                workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
                workspaceFile.getParent().refreshLocal(IResource.DEPTH_ONE, null); // the backup
            } catch (CoreException e) {
                // the workspace catches up on its next refresh
            }
        }
    }

    // --- changes on disk ---

    private void workspaceChanged(IResourceChangeEvent event) {
        IFile workspaceFile = EditorInputs.workspaceFileOf(getEditorInput());
        IResourceDelta delta = workspaceFile == null || event.getDelta() == null ? null
                : event.getDelta().findMember(workspaceFile.getFullPath());
        if (delta == null) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (getSite().getPage().getActiveEditor() == this && getSite().getPage().getActivePart() == this) {
                checkDisk();
            }
        });
    }

    /** Asks what to do when the file changed or vanished on disk; reloads silently when nothing is lost. */
    void checkDisk() {
        if (session == null || session.isDisposed() || checkingDisk || getContainer() == null
                || getContainer().isDisposed()) {
            return;
        }
        checkingDisk = true;
        try {
            DiskState state = session.diskState();
            if (state == DiskState.IN_SYNC) {
                deletionAcknowledged = false;
                return;
            }
            Shell shell = getSite().getShell();
            if (state == DiskState.DELETED) {
                if (!deletionAcknowledged) {
                    deletionAcknowledged = true;
                    boolean close = MessageDialog.open(MessageDialog.QUESTION, shell, Messages.editor_deletedTitle,
                            NLS.bind(Messages.editor_deleted, file), SWT.NONE, Messages.editor_keep,
                            Messages.editor_close) == 1;
                    if (close) {
                        getSite().getPage().closeEditor(this, false);
                    }
                }
                return;
            }
            boolean reload = !session.isDirty() || MessageDialog.open(MessageDialog.QUESTION, shell,
                    Messages.editor_changedTitle, NLS.bind(Messages.editor_changed, file.getFileName()), SWT.NONE,
                    Messages.editor_reload, Messages.editor_keepMine) == 0;
            if (!reload) {
                session.keepSessionVersion();
                return;
            }
            try {
                session.revert();
            } catch (PlanLoadException e) {
                session.keepSessionVersion();
                MessageDialog.openWarning(shell, Messages.editor_changedTitle,
                        NLS.bind(Messages.editor_changedUnreadable, e.getMessage()));
            }
        } finally {
            checkingDisk = false;
        }
    }

    // --- adapters and life cycle ---

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && session != null) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                PlanEditorContributor contributor = contributor();
                outline = PlanEditors.outline(session, element -> reveal(element, null),
                        contributor == null ? null : contributor.undoAction(),
                        contributor == null ? null : contributor.redoAction());
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class && session != null) {
            PlanEditorContributor contributor = contributor();
            return adapter.cast(PlanEditors.propertySheet(session, contributor == null ? null : contributor.undoAction(),
                    contributor == null ? null : contributor.redoAction()));
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        if (adapter == PlanEditingSession.class) {
            return adapter.cast(session);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(getEditingDomain());
        }
        return super.getAdapter(adapter);
    }

    private PlanEditorContributor contributor() {
        return getEditorSite().getActionBarContributor() instanceof PlanEditorContributor contributor ? contributor : null;
    }

    @Override
    public void setFocus() {
        super.setFocus();
        checkDisk();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(activation);
        if (!getSite().getShell().isDisposed()) {
            getSite().getShell().removeShellListener(windowActivation);
        }
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceChanges);
        if (session != null && !session.isDisposed()) {
            session.removeListener(this);
            session.commandStack().removeCommandStackListener(afterCommand);
            PlanEditors.editorClosing(this, session);
            session.release();
        }
        super.dispose();
    }

    @Override
    public String toString() {
        return "PlanEditor[" + file + "]";
    }

    /** Whether the file exists (for tests and the error page). */
    boolean fileExists() {
        return file != null && Files.exists(file);
    }

    /** The editor id (see {@link PlanEditors#EDITOR_ID}). */
    public static String id() {
        return PlanEditors.EDITOR_ID;
    }
}
