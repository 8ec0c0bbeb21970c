package org.tactician.editing;

import org.eclipse.emf.common.command.Command;

/**
 * A command that continues the previous one when both have the same merge key: typing in one
 * field commits every pause, and the session's command stack keeps the commits as one undo step
 * as long as nothing else happened in between (no other command, no undo, no save).
 */
public interface MergeableCommand extends Command {

    /** What the command edits, e.g. the element and feature of a field; never null. */
    Object mergeKey();
}
