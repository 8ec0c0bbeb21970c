package org.tactician.diagrams.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.tactician.diagrams.DiagramModelSource;
import org.tactician.diagrams.PageState;
import org.tactician.layout.DiagramLayout;

/**
 * One open diagram page of a plan: its model source, the plan's shared layout, and the state
 * of the connections serving it. Bound into every GLSP injector the page's connections create.
 */
public final class PlanDiagram {

    private final DiagramModelSource source;
    private final DiagramLayout layout;
    private final String diagramType;
    private final String layoutProblem;
    private final Map<Class<?>, Object> shared;
    private final Consumer<PageState> host;
    private final List<Runnable> closers = new ArrayList<>();
    private volatile boolean applying;

    PlanDiagram(DiagramModelSource source, DiagramLayout layout, String diagramType, String layoutProblem,
            Map<Class<?>, Object> shared, Consumer<PageState> host) {
        this.source = source;
        this.layout = layout;
        this.diagramType = diagramType;
        this.layoutProblem = layoutProblem;
        this.shared = shared;
        this.host = host;
    }

    /** Creates a diagram outside any server (tests of the handlers). */
    public static PlanDiagram of(DiagramModelSource source, DiagramLayout layout, String diagramType) {
        return new PlanDiagram(source, layout, diagramType, null, new HashMap<>(), state -> {
            // no host
        });
    }

    /**
     * The {@code type} object every diagram page of this plan shares (e.g. the last journey
     * layout, so a second page or a reopened one needs no new layout), made by {@code create} once.
     */
    public <T> T shared(Class<T> type, Supplier<T> create) {
        synchronized (shared) {
            return type.cast(shared.computeIfAbsent(type, t -> create.get()));
        }
    }

    public DiagramModelSource source() {
        return source;
    }

    public DiagramLayout layout() {
        return layout;
    }

    public String diagramType() {
        return diagramType;
    }

    /** Why the stored layout could not be used, or {@code null}. */
    public String layoutProblem() {
        return layoutProblem;
    }

    /**
     * Runs {@code access} exclusively on the model, marked as the diagram's own work: changes of
     * the command stack meanwhile are the diagram's and need no refresh from outside.
     */
    public <T> T apply(Supplier<T> access) {
        return source.exclusive(() -> {
            boolean outer = applying;
            applying = true;
            try {
                return access.get();
            } finally {
                applying = outer;
            }
        });
    }

    /** Whether the model is being changed by this diagram right now. */
    public boolean isApplying() {
        return applying;
    }

    /** Tells the page's host what the client reported (see {@link HostStateActionHandler}). */
    void reportState(PageState state) {
        host.accept(state);
    }

    /** Runs {@code closer} when the page or its connection closes. */
    public synchronized void onClose(Runnable closer) {
        closers.add(closer);
    }

    synchronized void close() {
        List<Runnable> run = new ArrayList<>(closers);
        closers.clear();
        run.forEach(Runnable::run);
    }
}
