package org.tactician.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.tactician.editing.internal.ChangeRecorder;
import org.tactician.editing.internal.FileStamp;
import org.tactician.editing.internal.SessionCommandStack;
import org.tactician.editing.internal.SessionFindings;
import org.tactician.model.MarketingPlan;
import org.tactician.model.edit.PlanItemProviderAdapterFactory;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.model.resource.PlanResource;
import org.tactician.validation.LintProfile;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.ValidationScope;

/**
 * One open plan file, shared by every editor, view and diagram of it: the plan's resource, the
 * EMF editing domain with its command stack (one undo history for all of them) and the item
 * providers, the dirty state, saving and reloading, and the plan's validation findings kept up
 * to date incrementally.
 *
 * <p>Get one from {@link PlanEditingSessions#acquire} and {@link #release()} it when done; every
 * holder of the same file gets the same session. Change the plan only through commands on
 * {@link #commandStack()} ({@link #execute}, {@link PlanCommands}), never by setting values
 * directly, so that undo, dirty state and validation see every change.
 *
 * <p>Not thread-safe: use a session on one thread, the UI thread in the workbench (a diagram
 * server on other threads hands its commands over with {@code Display.syncExec}).
 */
public final class PlanEditingSession {

    /** What happens to an open plan; every method does nothing by default. */
    public interface Listener {

        /** The plan became dirty (changed since the file was read or written) or clean again. */
        default void dirtyChanged(PlanEditingSession session) {
        }

        /** The plan was written to its file. */
        default void saved(PlanEditingSession session) {
        }

        /**
         * The plan was read again from its file ({@link #revert()}): {@link #plan()} is a new object
         * and the undo history is empty; show the new plan.
         */
        default void reloaded(PlanEditingSession session) {
        }

        /** The plan now lives in another file ({@link #saveAs}). */
        default void moved(PlanEditingSession session, Path from) {
        }

        /** A validation changed the findings. */
        default void findingsChanged(PlanEditingSession session, FindingsDelta delta) {
        }

        /** The last holder released the session: forget it. */
        default void disposed(PlanEditingSession session) {
        }
    }

    private static final Logger LOG = Logger.getLogger(PlanEditingSession.class.getName());

    private final ComposedAdapterFactory adapterFactory;
    private final SessionCommandStack commandStack = new SessionCommandStack();
    private final AdapterFactoryEditingDomain editingDomain;
    private final ChangeRecorder recorder = new ChangeRecorder();
    private final SessionFindings findings = new SessionFindings();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Path file;
    private PlanResource resource;
    private MarketingPlan plan;
    private FileStamp stamp;
    private LintProfile profile;
    private boolean validated;
    private boolean dirty;
    private int holders;
    private boolean disposed;

    /** Opens {@code file} (absolute and normalised, see {@link PlanEditingSessions#keyOf}). */
    PlanEditingSession(Path file) throws PlanLoadException {
        this.file = file;
        adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new PlanItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        ResourceSet resourceSet = PlanFiles.newResourceSet();
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
        // So that EMF code given only an element (property descriptors, drag and drop) finds the domain.
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(editingDomain));
        stamp = FileStamp.of(file);
        plan = PlanFiles.load(file, resourceSet);
        resource = (PlanResource) plan.eResource();
        recorder.watch(resource);
        resourceSet.eAdapters().add(recorder);
        profile = LintProfile.besidePlan(resource);
        commandStack.addCommandStackListener(event -> updateDirty());
    }

    // --- what is open ---

    /** The plan file (absolute). */
    public Path file() {
        return file;
    }

    /** The plan, the root of {@link #resource()}; a new object after {@link #revert()}. */
    public MarketingPlan plan() {
        return plan;
    }

    /** The resource holding the plan. */
    public PlanResource resource() {
        return resource;
    }

    /** The EMF editing domain: its resource set holds the plan, its command stack is {@link #commandStack()}. */
    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    /** The one command stack of the plan: every editor's and diagram's undo and redo. */
    public CommandStack commandStack() {
        return commandStack;
    }

    /** The item providers of the plan model (labels, icons, children, property descriptors). */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The plan's elements of {@code type} (or a subtype), in plan order: what reference pickers offer. */
    public List<EObject> elementsOf(EClass type) {
        return recorder.elementsOf(type);
    }

    // --- editing ---

    /**
     * Executes {@code command} on the command stack.
     *
     * @return whether it could be executed
     */
    public boolean execute(Command command) {
        checkOpen();
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    /** Whether the plan changed since it was read or last saved. */
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    // --- the file ---

    /**
     * Writes the plan to its file through {@link PlanFiles#save} (atomically, keeping the previous
     * version as {@code <file>.bak}).
     *
     * @throws IOException if it cannot be written; the plan stays dirty and the file as it was
     */
    public void save() throws IOException {
        checkOpen();
        PlanFiles.save(plan, file);
        commandStack.saveIsDone();
        stamp = FileStamp.of(file);
        updateDirty();
        notify(listener -> listener.saved(this));
    }

    /**
     * Writes the plan to {@code target}, which becomes the session's file; the lint profile
     * beside the old file is copied when the target has none.
     *
     * @throws IOException if it cannot be written, or another session has {@code target} open;
     *         the session then stays on its old file
     */
    public void saveAs(Path target) throws IOException {
        checkOpen();
        Path to = PlanEditingSessions.keyOf(target);
        if (to.equals(file)) {
            save();
            return;
        }
        PlanEditingSessions.checkFree(to, this);
        Path from = file;
        URI oldUri = resource.getURI();
        try {
            PlanFiles.save(plan, to);
        } catch (IOException | RuntimeException e) {
            resource.setURI(oldUri);
            throw e;
        }
        Path oldProfile = Path.of(from + "." + LintProfile.FILE_EXTENSION);
        Path newProfile = Path.of(to + "." + LintProfile.FILE_EXTENSION);
        if (Files.exists(oldProfile) && !Files.exists(newProfile)) {
            Files.copy(oldProfile, newProfile);
        }
        file = to;
        PlanEditingSessions.moved(this, from);
        commandStack.saveIsDone();
        stamp = FileStamp.of(file);
        reloadLintProfile();
        updateDirty();
        notify(listener -> listener.moved(this, from));
        notify(listener -> listener.saved(this));
    }

    /**
     * Reads the plan again from its file, dropping unsaved changes and the undo history. The new
     * plan is loaded completely before the old one is let go.
     *
     * @throws PlanLoadException if the file cannot be read now; the session keeps its plan
     */
    public void revert() throws PlanLoadException {
        checkOpen();
        FileStamp fresh = FileStamp.of(file);
        MarketingPlan loaded = PlanFiles.load(file, PlanFiles.newResourceSet());
        Resource loadedResource = loaded.eResource();
        ResourceSet resourceSet = editingDomain.getResourceSet();
        resourceSet.getResources().remove(resource);
        resourceSet.getResources().add(loadedResource);
        resource = (PlanResource) loadedResource;
        plan = loaded;
        recorder.watch(resource);
        stamp = fresh;
        commandStack.flush();
        reloadLintProfile();
        updateDirty();
        notify(listener -> listener.reloaded(this));
    }

    /** Whether someone else changed or deleted the file since the session read or wrote it. */
    public DiskState diskState() {
        if (!Files.exists(file)) {
            return DiskState.DELETED;
        }
        return stamp != null && stamp.matches(file) ? DiskState.IN_SYNC : DiskState.CHANGED;
    }

    /**
     * Keeps the session's version after someone else changed the file: the change is no longer
     * reported by {@link #diskState()}, and the next save overwrites it.
     */
    public void keepSessionVersion() {
        stamp = FileStamp.of(file);
    }

    // --- validation ---

    /** The lint profile the plan is validated under (the one beside its file, or the defaults). */
    public LintProfile lintProfile() {
        return profile;
    }

    /** Reads the lint profile beside the file again (after it changed); the next validation covers the whole plan. */
    public void reloadLintProfile() {
        profile = LintProfile.besidePlan(resource);
        recorder.scope().addWholePlan();
    }

    /** Every current finding (from the last validation), grouped by element. */
    public List<Finding> findings() {
        return findings.all();
    }

    /** The current findings about {@code element}. */
    public List<Finding> findingsOf(EObject element) {
        return findings.about(element);
    }

    /** Whether the plan changed since the last validation (or was never validated). */
    public boolean isValidationPending() {
        return !validated || !recorder.scope().isEmpty();
    }

    /**
     * Brings the findings up to date: re-validates only what the changes since the last
     * validation can affect ({@link ValidationScope}), or the whole plan the first time and after
     * a reload or a change of the lint profile. Listeners hear of a non-empty delta.
     */
    public FindingsDelta validate() {
        checkOpen();
        ValidationScope scope = recorder.scope();
        if (!validated || scope.isWholePlan()) {
            return validateAll();
        }
        if (scope.isEmpty()) {
            return new FindingsDelta(false, List.of(), List.of());
        }
        List<EObject> inPlan = new ArrayList<>();
        Set<EObject> dropped = new HashSet<>(scope.removed());
        for (EObject element : scope.elements()) {
            if (element.eResource() == resource) {
                inPlan.add(element);
            } else {
                dropped.add(element);
            }
        }
        Map<EObject, List<Finding>> fresh = validateEach(inPlan, scope);
        scope.clear();
        return publish(findings.update(fresh, dropped, false));
    }

    /** Validates the whole plan; listeners hear of a non-empty delta. */
    public FindingsDelta validateAll() {
        checkOpen();
        recorder.scope().clear();
        List<EObject> all = new ArrayList<>();
        all.add(plan);
        plan.eAllContents().forEachRemaining(all::add);
        Map<EObject, List<Finding>> fresh = validateEach(all, null);
        validated = true;
        return publish(findings.update(fresh, findings.validatedElements(), true));
    }

    private Map<EObject, List<Finding>> validateEach(Collection<EObject> elements, ValidationScope scope) {
        Map<EObject, List<Finding>> fresh = new LinkedHashMap<>();
        PlanValidation.validateEach(elements, profile, scope, (element, diagnostics) -> {
            List<Finding> found = new ArrayList<>(diagnostics.size());
            for (Diagnostic diagnostic : diagnostics) {
                found.add(Finding.of(diagnostic, element));
            }
            fresh.put(element, found);
        });
        return fresh;
    }

    private FindingsDelta publish(FindingsDelta delta) {
        if (!delta.isEmpty()) {
            notify(listener -> listener.findingsChanged(this, delta));
        }
        return delta;
    }

    // --- listeners and life cycle ---

    /** Tells {@code listener} what happens to the plan from now on. */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener}. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Lets go of the session, once per {@link PlanEditingSessions#acquire}; when the last holder
     * lets go, the session is disposed (unsaved changes are dropped: save first).
     */
    public void release() {
        PlanEditingSessions.release(this);
    }

    /** Whether the session was disposed (its last holder released it). */
    public boolean isDisposed() {
        return disposed;
    }

    /** Counts one more holder; the registry does it. */
    void hold() {
        holders++;
    }

    /** Counts one holder less; returns whether none is left. */
    boolean letGo() {
        holders--;
        return holders <= 0;
    }

    /** Frees the item providers; the registry does it when the last holder let go. */
    void dispose() {
        disposed = true;
        notify(listener -> listener.disposed(this));
        listeners.clear();
        adapterFactory.dispose();
    }

    private void updateDirty() {
        boolean now = isDirty();
        if (now != dirty) {
            dirty = now;
            notify(listener -> listener.dirtyChanged(this));
        }
    }

    /** Tells every listener; one that fails is logged and does not keep the others from hearing. */
    private void notify(Consumer<Listener> event) {
        for (Listener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A listener of the editing session of " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private void checkOpen() {
        if (disposed) {
            throw new IllegalStateException("The editing session of " + file + " was disposed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public String toString() {
        return "PlanEditingSession[" + file + (isDirty() ? ", dirty" : "") + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
