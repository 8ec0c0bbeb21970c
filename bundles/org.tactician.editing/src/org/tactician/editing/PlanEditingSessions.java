package org.tactician.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.tactician.editing.internal.Messages;
import org.tactician.model.resource.PlanLoadException;

/**
 * The open plans: one {@link PlanEditingSession} per plan file, shared by everything that shows
 * or edits it, counted by holders. {@link #acquire} opens the file or joins the session already
 * open on it; each holder calls {@link PlanEditingSession#release()} once when done.
 */
public final class PlanEditingSessions {

    /** Hears when sessions open and close (e.g. to keep problem markers for every open plan). */
    public interface Listener {

        /** {@code session} was opened (its first holder acquired it). */
        default void opened(PlanEditingSession session) {
        }

        /** {@code session} was closed (its last holder released it). */
        default void closed(PlanEditingSession session) {
        }
    }

    private static final Logger LOG = Logger.getLogger(PlanEditingSessions.class.getName());
    private static final Map<Path, PlanEditingSession> OPEN = new LinkedHashMap<>();
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private PlanEditingSessions() {
    }

    /**
     * The session of the plan in {@code file}: the open one, or a new one that loads it.
     *
     * @throws PlanLoadException if the file is not open and cannot be read as a plan (the message
     *         says {@code file:line:column: problem}); nothing is opened then
     */
    public static PlanEditingSession acquire(Path file) throws PlanLoadException {
        Path key = keyOf(file);
        PlanEditingSession session;
        boolean opened = false;
        synchronized (OPEN) {
            session = OPEN.get(key);
            if (session == null) {
                session = new PlanEditingSession(key);
                OPEN.put(key, session);
                opened = true;
            }
            session.hold();
        }
        if (opened) {
            PlanEditingSession created = session;
            notify(listener -> listener.opened(created));
        }
        return session;
    }

    /** The open session of {@code file}, if any (holding it is not counted: do not release it). */
    public static Optional<PlanEditingSession> find(Path file) {
        synchronized (OPEN) {
            return Optional.ofNullable(OPEN.get(keyOf(file)));
        }
    }

    /** The open session whose plan holds {@code element}, if any (not counted). */
    public static Optional<PlanEditingSession> of(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        if (resource == null) {
            return Optional.empty();
        }
        synchronized (OPEN) {
            return OPEN.values().stream().filter(session -> session.resource() == resource).findFirst();
        }
    }

    /** Every open session, in the order they were opened. */
    public static List<PlanEditingSession> all() {
        synchronized (OPEN) {
            return new ArrayList<>(OPEN.values());
        }
    }

    /** Tells {@code listener} about sessions that open and close from now on. */
    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    /** Stops telling {@code listener}. */
    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }

    /**
     * How sessions are keyed: the absolute, normalised path, with links resolved when the file
     * exists, so that two ways of naming one file share one session.
     */
    public static Path keyOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Tells every listener; one that fails is logged and does not keep the others from hearing. */
    private static void notify(Consumer<Listener> event) {
        for (Listener listener : LISTENERS) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "A listener of the open plans failed", e); //$NON-NLS-1$
            }
        }
    }

    static void release(PlanEditingSession session) {
        synchronized (OPEN) {
            if (session.isDisposed() || !session.letGo()) {
                return;
            }
            OPEN.remove(session.file(), session);
        }
        session.dispose();
        notify(listener -> listener.closed(session));
    }

    /** Refuses {@code target} when another session has it open. */
    static void checkFree(Path target, PlanEditingSession session) throws IOException {
        synchronized (OPEN) {
            PlanEditingSession other = OPEN.get(target);
            if (other != null && other != session) {
                throw new IOException(NLS.bind(Messages.session_openElsewhere, target));
            }
        }
    }

    /** Files {@code session} under its new file after a save-as from {@code from}. */
    static void moved(PlanEditingSession session, Path from) {
        synchronized (OPEN) {
            OPEN.remove(from, session);
            OPEN.put(session.file(), session);
        }
    }
}
