package org.tactician.diagrams.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.diagrams.internal.CreateElementHandler;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.layout.Bounds;
import org.tactician.layout.journey.JourneyBoxes;
import org.tactician.layout.journey.JourneyDrawing;
import org.tactician.layout.journey.JourneyDrawing.Column;
import org.tactician.model.CustomerJourney;
import org.tactician.model.JourneyStage;
import org.tactician.model.MediaType;
import org.tactician.model.PlanElement;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.Touchpoint;

import com.google.inject.Inject;

/**
 * Creates a paid, owned or earned touchpoint in the stage whose column was clicked (the last stage
 * when the click was past the columns), where it was clicked. A plan without a journey gets one,
 * with a stage per RACE stage, in the same undoable edit.
 */
public class CreateTouchpointHandler extends CreateElementHandler<MediaType> {

    @Inject
    protected JourneyArrangement arrangement = new JourneyArrangement();

    public CreateTouchpointHandler() {
        super(DiagramTexts.get("operation.createTouchpoint"), JourneyTypes.LAYOUT_NAME);
    }

    /** Attaches the handler to a diagram and its session's arrangement (the handler tests). */
    CreateTouchpointHandler on(PlanDiagram planDiagram, JourneyArrangement shared) {
        on(planDiagram);
        this.arrangement = shared;
        return this;
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        List<String> types = new ArrayList<>();
        for (MediaType media : MediaType.values()) {
            types.add(JourneyTypes.newTouchpoint(media));
        }
        return types;
    }

    @Override
    protected MediaType kindOf(CreateNodeOperation operation) {
        return JourneyTypes.mediaOfNewType(operation.getElementTypeId());
    }

    @Override
    protected String noun(MediaType media) {
        return DiagramTexts.get("noun.touchpoint", DiagramTexts.lower(DiagramTexts.terms().literal(media)));
    }

    @Override
    protected PlanElement newElement(MediaType media) {
        Touchpoint touchpoint = TacticianFactory.eINSTANCE.createTouchpoint();
        touchpoint.setName(planTerms().text("newName." + media.getName()));
        touchpoint.setMediaType(media);
        return touchpoint;
    }

    @Override
    protected boolean add(MediaType media, PlanElement touchpoint, Optional<GPoint> at, CompoundCommand command) {
        CustomerJourney existing = JourneyModel.journey(plan());
        JourneyDrawing drawing = existing == null ? null : arrangement.drawing(existing, diagram.layout());
        CustomerJourney journey = JourneyModel.journeyCreatingIn(domain(), plan(), command);
        if (journey.getStages().isEmpty()) {
            return false;
        }
        JourneyStage stage;
        if (existing == null) {
            boolean rightToLeft = ReadingDirection.rightToLeft(plan());
            int index = at.map(p -> JourneyModelFactory.emptyColumn((int) Math.floor(p.getX() / JourneyModelFactory.EMPTY_COLUMN_WIDTH),
                    rightToLeft)).orElse(1);
            stage = journey.getStages().get(Math.max(0, Math.min(journey.getStages().size() - 1, index)));
        } else if (at.isPresent() && drawing != null) {
            stage = drawing.columnAt(at.get().getX()).map(Column::stage).orElse(journey.getStages().get(0));
        } else {
            stage = journey.getStages().get(0);
        }
        command.append(AddCommand.create(domain(), stage, Literals.JOURNEY_STAGE__TOUCHPOINTS, touchpoint));
        return true;
    }

    @Override
    protected Optional<Bounds> placement(MediaType media, PlanElement touchpoint, GPoint at) {
        // A new journey is laid out whole; in a drawn one the touchpoint goes where it was clicked.
        CustomerJourney journey = JourneyModel.journey(plan());
        if (journey == null) {
            return Optional.empty();
        }
        double x = at.getX();
        if (ReadingDirection.rightToLeft(plan())) {
            // stored as laid out left to right (see MoveTouchpointHandler)
            x = arrangement.drawing(journey, diagram.layout()).width() - x - JourneyBoxes.BOX_WIDTH;
        }
        return Optional.of(new Bounds(Bounds.pixels(x), Bounds.pixels(at.getY()), JourneyBoxes.BOX_WIDTH,
                JourneyBoxes.height((Touchpoint) touchpoint)));
    }
}
