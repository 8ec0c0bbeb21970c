package org.tactician.ui.ext;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo or redo on an EMF command stack, labelled with the command ("Undo Set deadline of ...")
 * and enabled when there is something to undo or redo. Hand it to an editor's or view's action
 * bars as the global {@link ActionFactory#UNDO} or {@link ActionFactory#REDO} handler.
 */
public final class CommandStackAction extends Action implements CommandStackListener {

    private final boolean undo;
    private final Runnable before;
    private CommandStack stack;

    private CommandStackAction(boolean undo, Runnable before) {
        this.undo = undo;
        this.before = before;
        setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo"); //$NON-NLS-1$ //$NON-NLS-2$
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        setDisabledImageDescriptor(images.getImageDescriptor(
                undo ? ISharedImages.IMG_TOOL_UNDO_DISABLED : ISharedImages.IMG_TOOL_REDO_DISABLED));
        update();
    }

    /**
     * Undo on the stack set with {@link #setCommandStack}.
     *
     * @param before run first, e.g. to commit what the user is still typing
     */
    public static CommandStackAction undo(Runnable before) {
        return new CommandStackAction(true, before);
    }

    /** Redo on the stack set with {@link #setCommandStack}; {@code before} runs first. */
    public static CommandStackAction redo(Runnable before) {
        return new CommandStackAction(false, before);
    }

    /** Works on {@code commandStack} from now on (null: nothing to do). */
    public void setCommandStack(CommandStack commandStack) {
        if (stack == commandStack) {
            return;
        }
        if (stack != null) {
            stack.removeCommandStackListener(this);
        }
        stack = commandStack;
        if (stack != null) {
            stack.addCommandStackListener(this);
        }
        update();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        update();
    }

    /** Updates the label and enablement from the stack. */
    public void update() {
        Command command = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
        boolean possible = stack != null && (undo ? stack.canUndo() : stack.canRedo());
        setEnabled(possible);
        String label = command != null && command.getLabel() != null ? command.getLabel() : null;
        if (label == null) {
            setText(undo ? Messages.undo : Messages.redo);
            setToolTipText(undo ? Messages.undoTooltip : Messages.redoTooltip);
        } else {
            setText(NLS.bind(undo ? Messages.undoCommand : Messages.redoCommand, label.replace("&", "&&")));
            setToolTipText(NLS.bind(undo ? Messages.undoCommandTooltip : Messages.redoCommandTooltip, label));
        }
    }

    @Override
    public void run() {
        if (before != null) {
            before.run();
        }
        if (stack == null) {
            return;
        }
        if (undo && stack.canUndo()) {
            stack.undo();
        } else if (!undo && stack.canRedo()) {
            stack.redo();
        }
    }

    /** Stops listening to the stack. */
    public void dispose() {
        setCommandStack(null);
    }
}
