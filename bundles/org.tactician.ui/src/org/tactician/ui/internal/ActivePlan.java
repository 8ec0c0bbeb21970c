package org.tactician.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.tactician.editing.PlanEditingSession;

/**
 * The plan a view follows: that of the plan editor (or diagram) last activated on the page, kept
 * while other parts are active and dropped when its editor closes. Views such as the calendar and
 * the dashboard show it and hear when it changes; they never hold the session themselves.
 */
public final class ActivePlan implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<PlanEditingSession> changed;
    private IEditorPart editor;
    private PlanEditingSession session;

    /** Follows the plans of {@code page}, telling {@code changed} (null: no plan). */
    public ActivePlan(IWorkbenchPage page, Consumer<PlanEditingSession> changed) {
        this.page = page;
        this.changed = changed;
        page.addPartListener(this);
        IEditorPart active = page.getActiveEditor();
        if (active != null) {
            follow(active);
        }
    }

    /** The plan followed now; null when none is open. */
    public PlanEditingSession session() {
        return session;
    }

    /** The editor of the plan followed. */
    public IEditorPart editor() {
        return editor;
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        IWorkbenchPart part = reference.getPart(false);
        if (part instanceof IEditorPart candidate) {
            follow(candidate);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        partActivated(reference);
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            editor = null;
            session = null;
            IEditorPart next = page.getActiveEditor();
            if (next != null && next != reference.getPart(false)) {
                follow(next);
            }
            if (editor == null) {
                changed.accept(null);
            }
        }
    }

    @Override
    public void partInputChanged(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            session = null; // follow it again: save-as may have moved it to another file
            follow(editor);
        }
    }

    private void follow(IEditorPart candidate) {
        PlanEditingSession candidateSession = Adapters.adapt(candidate, PlanEditingSession.class);
        if (candidateSession == null || candidateSession.isDisposed()) {
            return; // another kind of editor: keep the plan shown
        }
        editor = candidate;
        if (candidateSession != session) {
            session = candidateSession;
            changed.accept(session);
        }
    }

    /** Stops following. */
    public void dispose() {
        page.removePartListener(this);
    }
}
