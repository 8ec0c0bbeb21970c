package org.tactician.diagrams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tactician.model.MarketingPlan;

/**
 * The plan a diagram shows and edits: the editing session of an open plan (in the workbench) or
 * a plan file opened on its own (tests, benchmarks). Diagrams change the plan only through
 * commands on {@link #editingDomain()}'s command stack, so forms and diagrams share one undo
 * history; they never keep a copy of the model.
 */
public interface DiagramModelSource {

    /** The editing domain whose command stack every diagram edit runs on. */
    EditingDomain editingDomain();

    /** The plan, the root of the session's resource. */
    MarketingPlan plan();

    /**
     * The plan's file, beside which the diagram layout is kept; {@code null} while the plan has
     * never been saved (the layout then lives in memory until it is).
     */
    Path planFile();

    /** Whether the plan has changes that are not saved. */
    boolean isDirty();

    /** Saves the plan; {@link Listener#saved()} then tells the diagrams, which save their layout. */
    void save() throws IOException;

    /**
     * Runs {@code access} where the model may be read and changed: the session's own thread in
     * the workbench (the UI thread). Diagram servers call every model access through here.
     */
    default <T> T exclusive(Supplier<T> access) {
        synchronized (this) {
            return access.get();
        }
    }

    /**
     * Shows {@code element} where it is edited (the plan editor selects it), when a diagram's link
     * to it is followed; {@code false} when this source has nowhere to show it.
     */
    default boolean reveal(EObject element) {
        return false;
    }

    /** Registers {@code listener} for saves and reloads of the plan. */
    void addListener(Listener listener);

    /** Removes a listener added with {@link #addListener}. */
    void removeListener(Listener listener);

    /** What happens to a plan that diagrams need to know. */
    interface Listener {

        /** The plan was saved to {@link DiagramModelSource#planFile()}. */
        default void saved() {
        }

        /** The plan was replaced by a fresh load (e.g. the file changed on disk). */
        default void reloaded() {
        }
    }
}
