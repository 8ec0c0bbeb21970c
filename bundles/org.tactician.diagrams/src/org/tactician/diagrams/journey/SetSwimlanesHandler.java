package org.tactician.diagrams.journey;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.layout.ChangeLayoutCommand;

/**
 * Persona lanes on or off: a setting of the journey in the layout side file (so it is there when
 * the plan opens again, and the documents draw the lanes too), changed as an edit on the plan's
 * command stack, so it undoes like any other.
 */
public class SetSwimlanesHandler extends JourneyOperationHandler<SetSwimlanesOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("page.swimlanes");
    }

    @Override
    public Optional<Command> createCommand(SetSwimlanesOperation operation) {
        if (operation.isSwimlanes() == JourneyArrangement.swimlanes(diagram.layout())) {
            return doNothing();
        }
        return Optional.of(new ChangeLayoutCommand(diagram.layout(),
                DiagramTexts.get(operation.isSwimlanes() ? "undo.showLanes" : "undo.hideLanes")).putSetting(JourneyTypes.LAYOUT_NAME,
                        JourneyArrangement.LANES, operation.isSwimlanes() ? JourneyArrangement.LANES_BY_PERSONA : null));
    }
}
