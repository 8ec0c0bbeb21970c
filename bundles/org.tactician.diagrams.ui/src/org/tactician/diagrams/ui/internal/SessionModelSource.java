package org.tactician.diagrams.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tactician.diagrams.DiagramModelSource;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.MarketingPlan;
import org.tactician.ui.PlanSaveable;

/**
 * A plan's editing session as the model source of its diagrams: the same editing domain and
 * command stack as the forms (one undo history), its dirty state, and saving through the plan's
 * {@link PlanSaveable} (what the workbench's Save does). One per session, shared by all the
 * plan's diagram editors and kept while the session lives, so that they share the plan's one
 * diagram layout.
 *
 * <p>The session lives on the UI thread; the diagram server's threads reach the model through
 * {@link #exclusive}, which runs their work there.
 */
final class SessionModelSource implements DiagramModelSource, PlanEditingSession.Listener {

    private static final Logger LOG = Logger.getLogger(SessionModelSource.class.getName());
    /** The sources of open sessions (UI thread only). */
    private static final Map<PlanEditingSession, SessionModelSource> OPEN = new IdentityHashMap<>();
    /** The model requests of the diagram server's threads, waiting for the UI thread. */
    private static final BlockingQueue<FutureTask<?>> WAITING = new LinkedBlockingQueue<>();

    private final PlanEditingSession session;
    private final Display display;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Path file;

    private SessionModelSource(PlanEditingSession session, Display display) {
        this.session = session;
        this.display = display;
        this.file = session.file();
        session.addListener(this);
    }

    /** The source of {@code session}, shared with the plan's other diagrams, until the session is disposed. On the UI thread. */
    static SessionModelSource of(PlanEditingSession session) {
        return OPEN.computeIfAbsent(session, s -> new SessionModelSource(s, Display.getCurrent()));
    }

    @Override
    public void disposed(PlanEditingSession disposed) {
        OPEN.remove(session, this);
        session.removeListener(this);
        listeners.clear();
    }

    /** The session the source shows. */
    PlanEditingSession session() {
        return session;
    }

    @Override
    public EditingDomain editingDomain() {
        return session.editingDomain();
    }

    @Override
    public MarketingPlan plan() {
        return session.plan();
    }

    @Override
    public Path planFile() {
        return file;
    }

    @Override
    public boolean isDirty() {
        return exclusive(session::isDirty);
    }

    /** Saves the plan as the workbench's Save does (the forms' pending typing first; errors shown to the user). */
    @Override
    public void save() throws IOException {
        boolean saved = exclusive(() -> {
            Shell shell = display.getActiveShell();
            return new PlanSaveable(session).save(shell);
        });
        if (!saved) {
            throw new IOException(org.eclipse.osgi.util.NLS.bind(Messages.editor_notSaved, file.getFileName()));
        }
    }

    /**
     * Runs {@code access} on the UI thread, the session's own, waiting for it. The request waits
     * in a queue of its own, not in SWT's {@code syncExec}, so that a UI thread that itself waits
     * for the diagram server ({@link #serveWhile}) can still serve it.
     */
    @Override
    public <T> T exclusive(Supplier<T> access) {
        if (Display.getCurrent() == display) {
            return access.get();
        }
        FutureTask<T> task = new FutureTask<>(access::get);
        WAITING.add(task);
        try {
            display.asyncExec(SessionModelSource::serveWaiting);
        } catch (SWTException e) {
            task.cancel(false);
            throw new IllegalStateException("The workbench is closing", e);
        }
        try {
            while (true) {
                try {
                    return task.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (display.isDisposed()) {
                        task.cancel(false);
                        throw new IllegalStateException("The workbench is closing");
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("The workbench is closing", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the plan", e);
        }
    }

    /** Runs the model requests of the diagram server's threads that wait for the UI thread (on it). */
    private static void serveWaiting() {
        for (FutureTask<?> task = WAITING.poll(); task != null; task = WAITING.poll()) {
            task.run();
        }
    }

    /**
     * Runs {@code blocking} (closing a diagram page, which waits for the server's threads) on a
     * thread of its own while the calling UI thread serves the model requests those threads make
     * meanwhile; at most {@code timeoutMillis}, then it goes on without waiting.
     */
    static void serveWhile(Runnable blocking, String what, long timeoutMillis) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                blocking.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "tactician-" + what);
        thread.setDaemon(true);
        thread.start();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            while (!done.isDone() && System.nanoTime() < end) {
                FutureTask<?> task = WAITING.poll(20, TimeUnit.MILLISECONDS);
                if (task != null) {
                    task.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!done.isDone()) {
            LOG.warning(what + " takes longer than " + timeoutMillis + " ms: not waiting for it any more");
        } else if (done.isCompletedExceptionally()) {
            LOG.log(Level.WARNING, what + " failed", done.exceptionNow());
        }
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // --- the session's events, on the UI thread ---

    @Override
    public void saved(PlanEditingSession saved) {
        tell(Listener::saved);
    }

    @Override
    public void reloaded(PlanEditingSession reloaded) {
        tell(Listener::reloaded);
    }

    @Override
    public void moved(PlanEditingSession moved, Path from) {
        file = moved.file();
    }

    private void tell(Consumer<Listener> event) {
        for (Listener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A diagram listener of " + file + " failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "SessionModelSource[" + file + "]";
    }
}
