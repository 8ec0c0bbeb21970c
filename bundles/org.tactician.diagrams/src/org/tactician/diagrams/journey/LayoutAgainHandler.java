package org.tactician.diagrams.journey;

import java.util.Optional;
import java.util.SortedMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.layout.Bounds;
import org.tactician.layout.ChangeLayoutCommand;

import com.google.inject.Inject;

/** "Layout again": every touchpoint back where ELK puts it, as one undoable edit. */
public class LayoutAgainHandler extends JourneyOperationHandler<LayoutAgainOperation> {

    @Inject
    protected ActionDispatcher actionDispatcher;

    @Override
    public String getLabel() {
        return DiagramTexts.get("page.layoutAgain");
    }

    @Override
    public Optional<Command> createCommand(LayoutAgainOperation operation) {
        SortedMap<String, Bounds> pinned = diagram.layout().diagrams().get(JourneyTypes.LAYOUT_NAME);
        if (pinned == null || pinned.isEmpty()) {
            if (actionDispatcher != null) {
                actionDispatcher.dispatch(MessageActionUtil.info(DiagramTexts.get("notice.laidOutAlready")));
            }
            return doNothing();
        }
        ChangeLayoutCommand command = new ChangeLayoutCommand(diagram.layout(), DiagramTexts.get("page.layoutAgain"));
        for (String id : pinned.keySet()) {
            command.put(JourneyTypes.LAYOUT_NAME, id, null);
        }
        return Optional.of(command);
    }
}
