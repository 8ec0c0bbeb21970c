package org.tactician.diagrams.tows;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.i18n.SwotCodes;
import org.tactician.model.PlanElement;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsStrategy;

/**
 * Links a strategy to a SWOT item it combines, drawn from either end; linking twice changes
 * nothing. Links to items of the wrong kind are allowed and reported by validation.
 */
public class LinkFactorHandler extends TowsOperationHandler<CreateEdgeOperation>
        implements CreateOperationHandler<CreateEdgeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(TowsTypes.LINK);
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.linkFactor");
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        Optional<PlanElement> source = TowsModel.card(plan(), operation.getSourceElementId());
        Optional<PlanElement> target = TowsModel.card(plan(), operation.getTargetElementId());
        if (source.isEmpty() || target.isEmpty()) {
            return doNothing();
        }
        TowsStrategy strategy = source.get() instanceof TowsStrategy s ? s
                : target.get() instanceof TowsStrategy t ? t : null;
        SwotItem item = source.get() instanceof SwotItem i ? i : target.get() instanceof SwotItem j ? j : null;
        if (strategy == null || item == null || strategy.getSwotItems().contains(item)) {
            return doNothing();
        }
        Command add = AddCommand.create(domain(), strategy, Literals.TOWS_STRATEGY__SWOT_ITEMS, item);
        return Optional.of(new org.eclipse.emf.common.command.CompoundCommand(
                DiagramTexts.get("undo.link", SwotCodes.of(TowsModel.swot(plan()), DiagramTexts.terms()).of(item)), List.of(add)));
    }
}
