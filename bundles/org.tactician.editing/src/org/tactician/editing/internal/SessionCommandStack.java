package org.tactician.editing.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.tactician.editing.MergeableCommand;

/**
 * The command stack of an editing session: EMF's, plus one thing: a {@link MergeableCommand}
 * that continues the command on top of the stack (same merge key, nothing undone, not saved in
 * between) joins it as one undo step, so typing in a field undoes in one go.
 */
public final class SessionCommandStack extends BasicCommandStack {

    @Override
    public void execute(Command command) {
        if (command instanceof MergeableCommand next && getUndoCommand() instanceof MergeableCommand previous
                && previous.mergeKey().equals(next.mergeKey()) && !canRedo() && saveIndex != top
                && command.canExecute()) {
            try {
                command.execute();
            } catch (RuntimeException exception) {
                handleError(exception);
                mostRecentCommand = null;
                command.dispose();
                notifyListeners();
                return;
            }
            Merged merged = new Merged(previous, next);
            commandList.set(top, merged);
            mostRecentCommand = merged;
            notifyListeners();
            return;
        }
        super.execute(command);
    }

    /** Two commits of one field, undone and redone together, labelled as the first. */
    private static final class Merged extends CompoundCommand implements MergeableCommand {
        private final Object key;

        Merged(MergeableCommand first, MergeableCommand second) {
            super(first.getLabel(), List.of(first, second));
            this.key = first.mergeKey();
        }

        @Override
        public Object mergeKey() {
            return key;
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return commandList.get(commandList.size() - 1).getAffectedObjects();
        }
    }
}
