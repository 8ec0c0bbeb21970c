package org.tactician.diagrams.journey;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.tactician.layout.Bounds;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.model.JourneyStage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/**
 * Moves touchpoints. Dropped into another stage's column, a touchpoint moves to that stage (the
 * GLSP client sends only the new position); where it was dropped is kept in the layout side file,
 * so it keeps its place above or below the others there until "Layout again".
 */
public class MoveTouchpointHandler extends JourneyOperationHandler<ChangeBoundsOperation> {

    @Override
    public String getLabel() {
        return "Move touchpoint";
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        JourneyDrawing drawing = drawing();
        if (drawing == null) {
            return doNothing();
        }
        CompoundCommand command = new CompoundCommand("Move touchpoint");
        ChangeLayoutCommand layout = new ChangeLayoutCommand(diagram.layout(), "Place touchpoints");
        int moved = 0;
        for (ElementAndBounds change : operation.getNewBounds()) {
            Box box = drawing.boxesById().get(change.getElementId());
            GPoint position = change.getNewPosition();
            if (box == null || position == null) {
                continue;
            }
            Touchpoint touchpoint = box.touchpoint();
            double width = box.bounds().width();
            Optional<Column> column = drawing.columnAt(position.getX() + width / 2);
            if (column.isEmpty()) {
                continue;
            }
            JourneyStage from = (JourneyStage) touchpoint.eContainer();
            JourneyStage to = column.get().stage();
            if (to != from) {
                command.append(RemoveCommand.create(domain(), from, Literals.JOURNEY_STAGE__TOUCHPOINTS, touchpoint));
                command.append(AddCommand.create(domain(), to, Literals.JOURNEY_STAGE__TOUCHPOINTS, touchpoint));
                command.setLabel("Move '" + touchpoint.getName() + "' to " + to.getName());
            }
            double x = Math.max(column.get().bounds().x(), Math.min(column.get().bounds().right() - width, position.getX()));
            layout.put(JourneyTypes.LAYOUT_NAME, touchpoint.getId(), new Bounds(Bounds.pixels(x), Bounds.pixels(position.getY()),
                    Bounds.pixels(width), Bounds.pixels(box.bounds().height())));
            moved++;
        }
        if (moved == 0) {
            return doNothing();
        }
        command.append(layout);
        return Optional.of(command);
    }
}
