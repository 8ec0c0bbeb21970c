package org.tactician.ui.internal.navigator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.model.resource.PlanResource;
import org.tactician.ui.ext.ItemProviderContentProvider;

/**
 * The Project Explorer's view into plan files: under a {@code .mplan} file, the plan's sections
 * (team, channels, Opportunity, Strategy, Action, Operations, journeys) and their elements, from
 * the item providers of the plan's editing session — the same model the editor edits, so the tree
 * follows every edit. A file that cannot be read shows the loader's message instead.
 */
public final class PlanContentProvider implements ICommonContentProvider, IResourceChangeListener {

    private final Map<IFile, PlanEditingSession> sessions = new HashMap<>();
    private final Map<PlanEditingSession, ItemProviderContentProvider> providers = new HashMap<>();
    private final Map<IFile, PlanFileProblem> problems = new HashMap<>();
    private final Map<PlanEditingSession, PlanEditingSession.Listener> reloads = new HashMap<>();
    private Viewer viewer;

    @Override
    public void init(ICommonContentExtensionSite site) {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IFile file && isPlan(file)) {
            PlanEditingSession session = sessionOf(file);
            if (session == null) {
                PlanFileProblem problem = problems.get(file);
                return problem == null ? new Object[0] : new Object[] {problem};
            }
            return providerOf(session).getChildren(session.plan());
        }
        if (parent instanceof EObject element) {
            PlanEditingSession session = PlanEditingSessions.of(element).orElse(null);
            return session == null ? new Object[0] : providerOf(session).getChildren(element);
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof PlanFileProblem problem) {
            return problem.file();
        }
        if (element instanceof EObject object) {
            EObject container = object.eContainer();
            if (container instanceof MarketingPlan) {
                for (Map.Entry<IFile, PlanEditingSession> entry : sessions.entrySet()) {
                    if (entry.getValue().plan() == container) {
                        return entry.getKey();
                    }
                }
            }
            return container;
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IFile file) {
            return isPlan(file);
        }
        if (element instanceof EObject object) {
            PlanEditingSession session = PlanEditingSessions.of(object).orElse(null);
            return session != null && providerOf(session).hasChildren(object);
        }
        return false;
    }

    private static boolean isPlan(IFile file) {
        return PlanResource.FILE_EXTENSION.equals(file.getFileExtension()) && file.getLocation() != null;
    }

    /** The session of {@code file}, opened (and held) the first time its children are asked for. */
    private PlanEditingSession sessionOf(IFile file) {
        PlanEditingSession session = sessions.get(file);
        if (session != null && !session.isDisposed()) {
            return session;
        }
        try {
            session = PlanEditingSessions.acquire(file.getLocation().toPath());
            problems.remove(file);
        } catch (PlanLoadException e) {
            problems.put(file, new PlanFileProblem(file, e.getMessage()));
            return null;
        }
        sessions.put(file, session);
        PlanEditingSession held = session;
        PlanEditingSession.Listener listener = new PlanEditingSession.Listener() {
            @Override
            public void reloaded(PlanEditingSession reloaded) {
                refresh(file);
            }
        };
        reloads.put(held, listener);
        held.addListener(listener);
        return session;
    }

    private ItemProviderContentProvider providerOf(PlanEditingSession session) {
        return providers.computeIfAbsent(session, key -> {
            ItemProviderContentProvider provider = new ItemProviderContentProvider(key.adapterFactory()) {
                @Override
                protected Object viewerElement(Object element) {
                    // The tree shows the plan as its file.
                    return element == key.plan() ? fileOf(key) : element;
                }
            };
            provider.inputChanged(viewer, null, null);
            return provider;
        });
    }

    private IFile fileOf(PlanEditingSession session) {
        for (Map.Entry<IFile, PlanEditingSession> entry : sessions.entrySet()) {
            if (entry.getValue() == session) {
                return entry.getKey();
            }
        }
        return null;
    }

    private void refresh(Object element) {
        if (viewer instanceof StructuredViewer structured && viewer.getControl() != null
                && !viewer.getControl().isDisposed()) {
            structured.refresh(element);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null || viewer == null || viewer.getControl() == null) {
            return;
        }
        try {
            delta.accept(child -> {
                if (child.getResource() instanceof IFile file && (sessions.containsKey(file) || problems.containsKey(file))) {
                    if (child.getKind() == IResourceDelta.REMOVED) {
                        viewer.getControl().getDisplay().asyncExec(() -> forget(file));
                    } else if (problems.containsKey(file) && (child.getFlags() & IResourceDelta.CONTENT) != 0) {
                        // a broken file was changed: try again
                        viewer.getControl().getDisplay().asyncExec(() -> {
                            problems.remove(file);
                            refresh(file);
                        });
                    }
                }
                return true;
            });
        } catch (CoreException e) {
            // nothing to follow
        }
    }

    private void forget(IFile file) {
        problems.remove(file);
        PlanEditingSession session = sessions.remove(file);
        if (session != null) {
            release(session);
        }
    }

    private void release(PlanEditingSession session) {
        ItemProviderContentProvider provider = providers.remove(session);
        if (provider != null) {
            provider.dispose();
        }
        PlanEditingSession.Listener listener = reloads.remove(session);
        if (!session.isDisposed()) {
            if (listener != null) {
                session.removeListener(listener);
            }
            session.release();
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer;
        providers.values().forEach(provider -> provider.inputChanged(newViewer, oldInput, newInput));
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        for (PlanEditingSession session : new ArrayList<>(sessions.values())) {
            release(session);
        }
        sessions.clear();
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing to restore
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing to save
    }
}
