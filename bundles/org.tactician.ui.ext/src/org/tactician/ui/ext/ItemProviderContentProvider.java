package org.tactician.ui.ext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A tree and table content provider over item providers that refreshes its viewer when the
 * model changes: the item providers' viewer notifications are gathered and applied once per
 * event-loop turn, so a command that changes a thousand elements refreshes once.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;
    /** Elements to refresh, with whether their labels change too. */
    private final Map<Object, Boolean> refreshes = new LinkedHashMap<>();
    /** Elements whose labels alone change. */
    private final Set<Object> labels = new LinkedHashSet<>();
    private boolean refreshAll;
    private boolean scheduled;

    /** Contents from the item providers of {@code adapterFactory}. */
    public ItemProviderContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        IStructuredItemContentProvider provider =
                (IStructuredItemContentProvider) adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(element);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = newViewer instanceof StructuredViewer structured ? structured : null;
        refreshes.clear();
        labels.clear();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (viewer == null || !(notification instanceof IViewerNotification change)) {
            return;
        }
        Object element = viewerElement(change.getElement());
        if (element == null) {
            refreshAll = true;
        } else if (change.isContentRefresh()) {
            boolean withLabels = change.isLabelUpdate() || labels.remove(element)
                    || refreshes.getOrDefault(element, Boolean.FALSE);
            refreshes.put(element, withLabels);
        } else if (change.isLabelUpdate()) {
            if (refreshes.containsKey(element)) {
                refreshes.put(element, Boolean.TRUE);
            } else {
                labels.add(element);
            }
        }
        schedule();
    }

    /**
     * The viewer's node of a model element whose children or label changed: the element itself,
     * unless the viewer shows it as something else (a file for its root, say).
     */
    protected Object viewerElement(Object element) {
        return element;
    }

    private void schedule() {
        Control control = viewer.getControl();
        if (scheduled || control == null || control.isDisposed()) {
            return;
        }
        scheduled = true;
        control.getDisplay().asyncExec(this::applyPending);
    }

    private void applyPending() {
        scheduled = false;
        if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            refreshes.clear();
            labels.clear();
            return;
        }
        if (refreshAll) {
            refreshAll = false;
            refreshes.clear();
            labels.clear();
            viewer.refresh();
            return;
        }
        List<Object> updates = new ArrayList<>(labels);
        Map<Object, Boolean> refreshing = new LinkedHashMap<>(refreshes);
        refreshes.clear();
        labels.clear();
        refreshing.forEach((element, withLabels) -> viewer.refresh(element, withLabels));
        if (!updates.isEmpty()) {
            viewer.update(updates.toArray(), null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
