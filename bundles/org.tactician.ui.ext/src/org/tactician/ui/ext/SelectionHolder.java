package org.tactician.ui.ext;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A selection provider that holds what it is told: an editor's site selection (the element last
 * selected in the plan editor's lists, the elements selected in a diagram) for the Outline, the
 * Properties view and commands.
 */
public final class SelectionHolder implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    /**
     * Drops the model elements that are no longer in a resource (removed by an undo, a delete, a
     * reload) from the selection, telling the listeners when that changed it: so the Properties
     * view and commands never act on an element the plan no longer has.
     *
     * @return whether the selection changed
     */
    public boolean dropRemoved() {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return false;
        }
        List<?> kept = structured.toList().stream()
                .filter(element -> !(element instanceof EObject object) || object.eResource() != null).toList();
        if (kept.size() == structured.size()) {
            return false;
        }
        setSelection(new StructuredSelection(kept));
        return true;
    }
}
