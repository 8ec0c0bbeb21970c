package org.tactician.diagrams.journey;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.layout.Bounds;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Box;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.layout.journey.JourneyDrawing.Lane;
import org.tactician.model.JourneyStage;
import org.tactician.model.Persona;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/**
 * Moves touchpoints. Dropped into another stage's column, a touchpoint moves to that stage (the
 * GLSP client sends only the new position); where it was dropped is kept in the layout side file,
 * so it keeps its place above or below the others there until "Layout again". In persona lanes, a
 * touchpoint dropped into another lane serves that lane's persona first. A right-to-left plan's
 * places are stored as laid out left to right (the screen shows that layout mirrored).
 */
public class MoveTouchpointHandler extends JourneyOperationHandler<ChangeBoundsOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("undo.moveTouchpoint");
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        JourneyDrawing drawing = drawing();
        if (drawing == null) {
            return doNothing();
        }
        CompoundCommand command = new CompoundCommand(DiagramTexts.get("undo.moveTouchpoint"));
        ChangeLayoutCommand layout = new ChangeLayoutCommand(diagram.layout(), DiagramTexts.get("undo.placeTouchpoints"));
        int moved = 0;
        boolean rightToLeft = ReadingDirection.rightToLeft(plan());
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
                command.setLabel(DiagramTexts.get("undo.moveNamedTo", touchpoint.getName(), to.getName()));
            }
            Lane lane = laneAt(drawing, position.getY() + box.bounds().height() / 2);
            if (lane != null && lane.index() != box.lane()) {
                leadPersona(command, touchpoint, lane.persona());
            }
            double x = Math.max(column.get().bounds().x(), Math.min(column.get().bounds().right() - width, position.getX()));
            if (rightToLeft) {
                // kept as laid out left to right: the mirrored drawing's x mirrored back
                x = drawing.width() - x - width;
            }
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

    /** The lane at height {@code y}, or the nearest; {@code null} when the journey has no lanes. */
    static Lane laneAt(JourneyDrawing drawing, double y) {
        Lane nearest = null;
        double best = Double.MAX_VALUE;
        for (Lane lane : drawing.lanes()) {
            double distance = y < lane.bounds().y() ? lane.bounds().y() - y : y > lane.bounds().bottom() ? y - lane.bounds().bottom() : 0;
            if (distance < best) {
                best = distance;
                nearest = lane;
            }
        }
        return nearest;
    }

    /**
     * Dropped into another persona's lane, the touchpoint serves that persona first (in place of
     * the one it led with; the others stay); into the lane without persona, it serves none.
     */
    private void leadPersona(CompoundCommand command, Touchpoint touchpoint, Persona persona) {
        java.util.List<Persona> personas = touchpoint.getPersonas();
        if (persona == null) {
            command.append(RemoveCommand.create(domain(), touchpoint, Literals.TOUCHPOINT__PERSONAS, java.util.List.copyOf(personas)));
        } else if (personas.contains(persona)) {
            command.append(MoveCommand.create(domain(), touchpoint, Literals.TOUCHPOINT__PERSONAS, persona, 0));
        } else {
            if (!personas.isEmpty()) {
                command.append(RemoveCommand.create(domain(), touchpoint, Literals.TOUCHPOINT__PERSONAS, personas.get(0)));
            }
            command.append(AddCommand.create(domain(), touchpoint, Literals.TOUCHPOINT__PERSONAS, persona, 0));
        }
    }
}
