package org.tactician.diagrams.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.layout.Bounds;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.model.PlanElement;

/**
 * Creates a plan element from a palette tool, in one undoable edit: the tool's element type (or
 * the place clicked) gives the kind of element, the element gets a fresh id, is added where it
 * belongs (with what must hold it when the plan has nothing there yet) and, when the click says
 * where, is placed there in the diagram's layout. A diagram says only what differs: its tools
 * (their element types) and the kind each creates, how an element of a kind is made and added, and where a click puts it.
 *
 * @param <K> what a tool creates (a TOWS cell, a canvas block, a media type)
 */
public abstract class CreateElementHandler<K> extends PlanOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    private final String label;
    private final String layoutName;

    /**
     * For a diagram that keeps where its elements are in the plan's layout file.
     *
     * @param label the handler's label ("Create card")
     * @param layoutName the diagram's name in the layout file, under which placed elements are kept
     */
    protected CreateElementHandler(String label, String layoutName) {
        this.label = label;
        this.layoutName = layoutName;
    }

    /** For a diagram that arranges its elements from the plan alone (no {@link #placement}). */
    protected CreateElementHandler(String label) {
        this(label, null);
    }

    /** The kind {@code operation} creates (its tool's, or the one of the place clicked), or null: nothing. */
    protected abstract K kindOf(CreateNodeOperation operation);

    /** What an element of {@code kind} is called in the edit's name ("strength", "paid touchpoint"), in the workbench's language. */
    protected abstract String noun(K kind);

    /** A new element of {@code kind}, named and set up as the tool makes it (its id is given after). */
    protected abstract PlanElement newElement(K kind);

    /**
     * Appends to {@code command} what adds {@code element} to the plan (and, first, what holds it
     * when the plan has no such part yet), at {@code at} when the click was there.
     *
     * @return false when the element has nowhere to go (nothing is created)
     */
    protected abstract boolean add(K kind, PlanElement element, Optional<GPoint> at, CompoundCommand command);

    /** Where the click at {@code at} puts {@code element} in the diagram; empty: where the diagram puts new ones. */
    protected Optional<Bounds> placement(K kind, PlanElement element, GPoint at) {
        return Optional.empty();
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        K kind = kindOf(operation);
        if (kind == null) {
            return doNothing();
        }
        String noun = noun(kind);
        CompoundCommand command = new CompoundCommand(DiagramTexts.get("undo.create", noun));
        PlanElement element = newElement(kind);
        element.setId(EcoreUtil.generateUUID());
        Optional<GPoint> at = operation.getLocation();
        // Placed before it is added: the diagram's arrangement is the one the user clicked on.
        Optional<Bounds> bounds = layoutName == null ? Optional.empty() : at.flatMap(point -> placement(kind, element, point));
        if (!add(kind, element, at, command)) {
            return doNothing();
        }
        bounds.ifPresent(placed -> command.append(new ChangeLayoutCommand(diagram.layout(), DiagramTexts.get("undo.place", noun))
                .put(layoutName, element.getId(), placed)));
        return Optional.of(command);
    }
}
