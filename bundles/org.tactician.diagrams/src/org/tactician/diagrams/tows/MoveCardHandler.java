package org.tactician.diagrams.tows;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GDimension;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.layout.Bounds;
import org.tactician.layout.ChangeLayoutCommand;
import org.tactician.diagrams.tows.TowsArrangement.CardBox;
import org.tactician.diagrams.tows.TowsArrangement.CellBox;
import org.tactician.model.PlanElement;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsStrategy;

/**
 * Moves and resizes cards. A card dropped into another cell of its sort changes kind there — a
 * strength becomes a weakness, an SO strategy a WT one — because the GLSP client sends no
 * change-container operation, only the new bounds relative to the old cell. A card dropped
 * anywhere else stays in its cell; cards are always kept inside their cell.
 */
public class MoveCardHandler extends TowsOperationHandler<ChangeBoundsOperation> {

    @Override
    public String getLabel() {
        return DiagramTexts.get("undo.moveCard");
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        TowsArrangement arrangement = arrangement();
        CompoundCommand command = new CompoundCommand();
        ChangeLayoutCommand layout = new ChangeLayoutCommand(diagram.layout(), DiagramTexts.get("undo.placeCards"));
        boolean moved = false;
        boolean changedKind = false;
        for (ElementAndBounds change : operation.getNewBounds()) {
            CardBox card = arrangement.card(change.getElementId());
            if (card == null) {
                continue;
            }
            PlanElement element = card.element();
            CellBox from = arrangement.cell(card.cell());
            GPoint position = change.getNewPosition();
            GDimension size = change.getNewSize();
            double x = position != null ? position.getX() : card.bounds().x();
            double y = position != null ? position.getY() : card.bounds().y();
            int width = size != null ? Bounds.pixels(size.getWidth()) : card.bounds().width();
            int requestedHeight = size != null ? Bounds.pixels(size.getHeight()) : card.bounds().height();
            TowsCell target = arrangement.cellAt(from.x() + x + width / 2.0, from.y() + y + Math.min(requestedHeight, 40) / 2.0);
            if (target == null || target.holdsFactors() != card.cell().holdsFactors()) {
                target = card.cell();
            }
            CellBox to = arrangement.cell(target);
            double localX = from.x() + x - to.x();
            double localY = from.y() + y - to.y();
            int clampedWidth = TowsArrangement.clampInto(target, 0, 0, width, 0).width();
            int height = Math.max(requestedHeight,
                    TowsArrangement.contentHeight(element, clampedWidth, TowsArrangement.lines(element, clampedWidth)));
            if (target != card.cell()) {
                command.append(element instanceof SwotItem item
                        ? SetCommand.create(domain(), item, Literals.SWOT_ITEM__CATEGORY, target.factorKind())
                        : SetCommand.create(domain(), element, Literals.TOWS_STRATEGY__CATEGORY, target.strategyKind()));
                command.setLabel(DiagramTexts.get("undo.moveTo", describe(element), target.title()));
                changedKind = true;
            }
            layout.put(TowsTypes.LAYOUT_NAME, element.getId(), arrangement.stored(target, localX, localY, width, height));
            moved = true;
        }
        if (!moved) {
            return doNothing();
        }
        if (!changedKind) {
            command.setLabel(operation.getNewBounds().stream().anyMatch(b -> b.getNewSize() != null
                    && b.getNewPosition() == null) ? DiagramTexts.get("undo.resizeCard") : DiagramTexts.get("undo.moveCard"));
        }
        command.append(layout);
        return Optional.of(command);
    }

    private static String describe(PlanElement element) {
        if (element instanceof TowsStrategy strategy) {
            return DiagramTexts.get("noun.namedStrategy", strategy.getName());
        }
        SwotItem item = (SwotItem) element;
        return DiagramTexts.get("noun.named", DiagramTexts.lower(DiagramTexts.terms().literal(item.getCategory())), item.getName());
    }
}
