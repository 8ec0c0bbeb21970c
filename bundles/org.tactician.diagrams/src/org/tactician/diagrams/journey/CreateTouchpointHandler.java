package org.tactician.diagrams.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.layout.Bounds;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.layout.journey.JourneyBoxes;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyStage;
import org.tactician.model.MediaType;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

/**
 * Creates a paid, owned or earned touchpoint in the stage whose column was clicked (the last stage
 * when the click was past the columns), where it was clicked. A plan without a journey gets one,
 * with a stage per RACE stage, in the same undoable edit.
 */
public class CreateTouchpointHandler extends JourneyOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        List<String> types = new ArrayList<>();
        for (MediaType media : MediaType.values()) {
            types.add(JourneyTypes.newTouchpoint(media));
        }
        return types;
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Create touchpoint";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        MediaType media = JourneyTypes.mediaOfNewType(operation.getElementTypeId());
        if (media == null) {
            return doNothing();
        }
        String noun = media.getLiteral().toLowerCase(Locale.ROOT) + " touchpoint";
        CompoundCommand command = new CompoundCommand("Create " + noun);
        CustomerJourney existing = journey();
        JourneyDrawing drawing = drawing();
        CustomerJourney journey = JourneyModel.journeyCreatingIn(domain(), plan(), command);
        if (journey.getStages().isEmpty()) {
            return doNothing();
        }
        Optional<GPoint> location = operation.getLocation();
        JourneyStage stage;
        if (existing == null) {
            int index = location.map(p -> (int) (p.getX() / JourneyModelFactory.EMPTY_COLUMN_WIDTH)).orElse(1);
            stage = journey.getStages().get(Math.max(0, Math.min(journey.getStages().size() - 1, index)));
        } else if (location.isPresent() && drawing != null) {
            stage = drawing.columnAt(location.get().getX()).map(Column::stage).orElse(journey.getStages().get(0));
        } else {
            stage = journey.getStages().get(0);
        }
        Touchpoint touchpoint = TacticianFactory.eINSTANCE.createTouchpoint();
        touchpoint.setId(EcoreUtil.generateUUID());
        touchpoint.setName("New " + noun);
        touchpoint.setMediaType(media);
        command.append(AddCommand.create(domain(), stage, Literals.JOURNEY_STAGE__TOUCHPOINTS, touchpoint));
        if (location.isPresent() && existing != null) {
            GPoint at = location.get();
            command.append(new ChangeLayoutCommand(diagram.layout(), "Place touchpoint").put(JourneyTypes.LAYOUT_NAME,
                    touchpoint.getId(), new Bounds(Bounds.pixels(at.getX()), Bounds.pixels(at.getY()), JourneyBoxes.BOX_WIDTH,
                            JourneyBoxes.height(touchpoint))));
        }
        return Optional.of(command);
    }
}
