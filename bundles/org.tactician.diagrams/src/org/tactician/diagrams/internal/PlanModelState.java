package org.tactician.diagrams.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.glsp.server.model.DefaultGModelState;

import com.google.inject.Inject;

/**
 * The GLSP model state on the plan's own command stack instead of GLSP's: diagram edits, form
 * edits and their undo/redo form one history; dirty means the plan is dirty.
 */
public class PlanModelState extends DefaultGModelState {

    @Inject
    protected PlanDiagram diagram;

    @Override
    public void init() {
        // No GLSP command stack of its own (see the class comment).
    }

    protected CommandStack stack() {
        return diagram.source().editingDomain().getCommandStack();
    }

    @Override
    public void execute(Command command) {
        stack().execute(command);
    }

    @Override
    public boolean canUndo() {
        return stack().canUndo();
    }

    @Override
    public boolean canRedo() {
        return stack().canRedo();
    }

    @Override
    public void undo() {
        stack().undo();
    }

    @Override
    public void redo() {
        stack().redo();
    }

    @Override
    public boolean isDirty() {
        return diagram.source().isDirty();
    }

    @Override
    public void saveIsDone() {
        if (stack() instanceof BasicCommandStack basic && !diagram.source().isDirty()) {
            basic.saveIsDone();
        }
    }

    /** The diagram this state belongs to. */
    public PlanDiagram diagram() {
        return diagram;
    }
}
