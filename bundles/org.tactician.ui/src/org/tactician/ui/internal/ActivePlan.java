package org.tactician.ui.internal;

import java.util.EventObject;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.tactician.editing.FindingsDelta;
import org.tactician.editing.PlanEditingSession;

/**
 * The plan a view follows: that of the plan editor (or diagram) last activated on the page, kept
 * while other parts are active and dropped when its editor closes. Views such as the calendar and
 * the dashboard show it and hear when it changes — another plan followed, a command, undo or redo
 * on its stack, a reload, new findings; they never hold the session themselves.
 */
public final class ActivePlan implements IPartListener2 {

    /** A view of the active plan. */
    public interface View {
        /** Shows the plan of {@code session} from now on (null: no plan is open). */
        void follow(PlanEditingSession session);

        /** The plan followed changed: a command, an undo or redo from any of its editors, a reload. */
        void planChanged();

        /** The findings of the plan followed changed. */
        default void findingsChanged(FindingsDelta delta) {
        }
    }

    private final IWorkbenchPage page;
    private final View view;
    private final CommandStackListener afterCommand = this::commandStackChanged;
    private final PlanEditingSession.Listener sessionListener = new PlanEditingSession.Listener() {
        @Override
        public void reloaded(PlanEditingSession reloaded) {
            view.planChanged();
        }

        @Override
        public void findingsChanged(PlanEditingSession changed, FindingsDelta delta) {
            view.findingsChanged(delta);
        }
    };
    private IEditorPart editor;
    private PlanEditingSession session;

    /** Follows the plans of {@code page}, telling {@code view} about the one active now (or none) at once. */
    public ActivePlan(IWorkbenchPage page, View view) {
        this.page = page;
        this.view = view;
        page.addPartListener(this);
        IEditorPart active = page.getActiveEditor();
        if (active != null) {
            follow(active);
        }
        if (session == null) {
            view.follow(null);
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
            IEditorPart next = page.getActiveEditor();
            if (next != null && next != reference.getPart(false)) {
                follow(next);
            }
            if (editor == null) {
                setSession(null);
            }
        }
    }

    @Override
    public void partInputChanged(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            // follow it again: save-as may have moved it to another file
            stopListening();
            session = null;
            follow(editor);
        }
    }

    private void follow(IEditorPart candidate) {
        PlanEditingSession candidateSession = Adapters.adapt(candidate, PlanEditingSession.class);
        if (candidateSession == null || candidateSession.isDisposed()) {
            return; // another kind of editor: keep the plan shown
        }
        editor = candidate;
        setSession(candidateSession);
    }

    private void setSession(PlanEditingSession next) {
        if (next == session) {
            return;
        }
        stopListening();
        session = next;
        if (session != null) {
            session.addListener(sessionListener);
            session.commandStack().addCommandStackListener(afterCommand);
        }
        view.follow(session);
    }

    private void commandStackChanged(EventObject event) {
        view.planChanged();
    }

    private void stopListening() {
        if (session != null && !session.isDisposed()) {
            session.removeListener(sessionListener);
            session.commandStack().removeCommandStackListener(afterCommand);
        }
    }

    /** Stops following. */
    public void dispose() {
        page.removePartListener(this);
        stopListening();
    }
}
