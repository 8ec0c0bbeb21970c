package org.tactician.ui.internal.markers;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.tactician.editing.FindingsDelta;
import org.tactician.editing.PlanEditingSession;
import org.tactician.editing.PlanEditingSessions;

/**
 * Validation in the workbench, for every open plan whatever opened it (an editor, the Project
 * Explorer, a diagram): the whole plan once it is open, then live — what an edit can affect,
 * shortly after the last edit — and on save, with each finding a Problems-view marker on the
 * plan's workspace file.
 */
public final class PlanProblems implements PlanEditingSessions.Listener {

    /** How long after the last edit live validation runs. */
    public static final int LIVE_DELAY_MS = 300;

    private static PlanProblems instance;

    private final Display display;
    private final Map<PlanEditingSession, Tracker> trackers = new HashMap<>();

    private PlanProblems(Display display) {
        this.display = display;
    }

    /** Starts watching the open plans (idempotent); needs the workbench's display. */
    public static synchronized void start() {
        if (instance != null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        instance = new PlanProblems(PlatformUI.getWorkbench().getDisplay());
        PlanEditingSessions.addListener(instance);
        PlanEditingSessions.all().forEach(instance::opened);
    }

    /** The markers of the open plan {@code session}, if it is in the workspace (for tests and benchmarks). */
    public static PlanMarkers markersOf(PlanEditingSession session) {
        Tracker tracker = instance == null ? null : instance.trackers.get(session);
        return tracker == null ? null : tracker.markers;
    }

    @Override
    public void opened(PlanEditingSession session) {
        if (Display.getCurrent() == display) {
            trackers.computeIfAbsent(session, Tracker::new);
        } else {
            display.asyncExec(() -> {
                if (!session.isDisposed()) {
                    trackers.computeIfAbsent(session, Tracker::new);
                }
            });
        }
    }

    @Override
    public void closed(PlanEditingSession session) {
        Tracker tracker = trackers.remove(session);
        if (tracker != null) {
            tracker.dispose();
        }
    }

    /** Keeps one plan's markers up to date. */
    private final class Tracker implements PlanEditingSession.Listener, CommandStackListener {
        private final PlanEditingSession session;
        private final Runnable liveValidation = this::validate;
        private PlanMarkers markers;

        Tracker(PlanEditingSession session) {
            this.session = session;
            markers = markersFor(session.file());
            session.addListener(this);
            session.commandStack().addCommandStackListener(this);
            display.asyncExec(this::validate);
        }

        private PlanMarkers markersFor(Path file) {
            IFile workspaceFile = PlanMarkers.workspaceFile(file);
            return workspaceFile == null ? null : new PlanMarkers(workspaceFile);
        }

        @Override
        public void commandStackChanged(EventObject event) {
            display.timerExec(LIVE_DELAY_MS, liveValidation);
        }

        @Override
        public void saved(PlanEditingSession saved) {
            validate();
        }

        @Override
        public void reloaded(PlanEditingSession reloaded) {
            validate();
        }

        @Override
        public void moved(PlanEditingSession moved, Path from) {
            PlanMarkers old = markers;
            markers = markersFor(moved.file());
            if (old != null) {
                old.apply(new FindingsDelta(true, moved.findings(), List.of()));
            }
            if (markers != null) {
                markers.apply(new FindingsDelta(true, List.of(), moved.findings()));
            }
        }

        @Override
        public void findingsChanged(PlanEditingSession changed, FindingsDelta delta) {
            if (markers != null) {
                markers.apply(delta);
            }
        }

        void validate() {
            display.timerExec(-1, liveValidation);
            if (!session.isDisposed() && session.isValidationPending()) {
                session.validate();
            }
        }

        void dispose() {
            display.timerExec(-1, liveValidation);
            session.removeListener(this);
            if (!session.isDisposed()) {
                session.commandStack().removeCommandStackListener(this);
            }
        }
    }
}
