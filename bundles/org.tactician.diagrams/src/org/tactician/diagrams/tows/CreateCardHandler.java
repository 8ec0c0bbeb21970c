package org.tactician.diagrams.tows;

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
import org.tactician.diagrams.tows.TowsArrangement.CellBox;
import org.tactician.model.PlanElement;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsStrategy;

/**
 * Creates a SWOT item or a TOWS strategy from the palette. The tool decides the kind (and so the
 * cell); a click inside that cell also decides where the card goes, elsewhere it joins the cell's
 * columns.
 */
public class CreateCardHandler extends TowsOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        List<String> types = new ArrayList<>();
        for (TowsCell cell : TowsCell.values()) {
            types.add(TowsTypes.NEW_PREFIX + cell.name());
        }
        return types;
    }

    @Override
    public boolean handles(Operation operation) {
        return super.handles(operation) && CreateOperationHandler.super.handles(operation);
    }

    @Override
    public String getLabel() {
        return "Create card";
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        TowsCell cell = TowsTypes.cellOfNewType(operation.getElementTypeId());
        if (cell == null) {
            return doNothing();
        }
        CompoundCommand command = new CompoundCommand("Create " + noun(cell));
        SwotAnalysis swot = TowsModel.swotCreatingIn(domain(), plan(), command);
        PlanElement element;
        if (cell.holdsFactors()) {
            SwotItem item = TacticianFactory.eINSTANCE.createSwotItem();
            item.setCategory(cell.factorKind());
            item.setName("New " + noun(cell));
            item.setImportance(3);
            element = item;
            command.append(AddCommand.create(domain(), swot, Literals.SWOT_ANALYSIS__ITEMS, item));
        } else {
            TowsStrategy strategy = TacticianFactory.eINSTANCE.createTowsStrategy();
            strategy.setCategory(cell.strategyKind());
            strategy.setName("New " + noun(cell));
            strategy.setPriority(3);
            element = strategy;
            command.append(AddCommand.create(domain(), swot, Literals.SWOT_ANALYSIS__STRATEGIES, strategy));
        }
        element.setId(EcoreUtil.generateUUID());
        Optional<GPoint> location = operation.getLocation();
        if (location.isPresent()) {
            TowsArrangement arrangement = arrangement();
            CellBox box = arrangement.cell(cell);
            GPoint at = location.get();
            if (box.contains(at.getX(), at.getY())) {
                int width = TowsArrangement.defaultCardWidth(cell);
                int height = TowsArrangement.contentHeight(element, width, TowsArrangement.lines(element, width));
                Bounds bounds = TowsArrangement.clampInto(cell, at.getX() - box.x(), at.getY() - box.y(), width, height);
                command.append(new ChangeLayoutCommand(diagram.layout(), "Place card")
                        .put(TowsTypes.LAYOUT_NAME, element.getId(), bounds));
            }
        }
        return Optional.of(command);
    }

    static String noun(TowsCell cell) {
        return cell.holdsFactors() ? cell.factorKind().getLiteral().toLowerCase(Locale.ROOT)
                : cell.name() + " strategy";
    }
}
