package org.tactician.diagrams.tows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.internal.CreateElementHandler;
import org.tactician.diagrams.internal.ReadingDirection;
import org.tactician.diagrams.tows.TowsArrangement.CellBox;
import org.tactician.layout.Bounds;
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
public class CreateCardHandler extends CreateElementHandler<TowsCell> {

    public CreateCardHandler() {
        super(DiagramTexts.get("operation.createCard"), TowsTypes.LAYOUT_NAME);
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        List<String> types = new ArrayList<>();
        for (TowsCell cell : TowsCell.values()) {
            types.add(TowsTypes.NEW_PREFIX + cell.name());
        }
        return types;
    }

    @Override
    protected TowsCell kindOf(CreateNodeOperation operation) {
        return TowsTypes.cellOfNewType(operation.getElementTypeId());
    }

    @Override
    protected String noun(TowsCell cell) {
        return cell.holdsFactors() ? DiagramTexts.lower(DiagramTexts.terms().literal(cell.factorKind()))
                : DiagramTexts.get("noun.strategy", DiagramTexts.terms().literal(cell.strategyKind()));
    }

    @Override
    protected PlanElement newElement(TowsCell cell) {
        if (cell.holdsFactors()) {
            SwotItem item = TacticianFactory.eINSTANCE.createSwotItem();
            item.setCategory(cell.factorKind());
            item.setName(planTerms().text("newName." + cell.factorKind().getName()));
            item.setImportance(3);
            return item;
        }
        TowsStrategy strategy = TacticianFactory.eINSTANCE.createTowsStrategy();
        strategy.setCategory(cell.strategyKind());
        strategy.setName(planTerms().format("newName.strategy", planTerms().literal(cell.strategyKind())));
        strategy.setPriority(3);
        return strategy;
    }

    @Override
    protected boolean add(TowsCell cell, PlanElement element, Optional<GPoint> at, CompoundCommand command) {
        SwotAnalysis swot = TowsModel.swotCreatingIn(domain(), plan(), command);
        command.append(AddCommand.create(domain(), swot,
                cell.holdsFactors() ? Literals.SWOT_ANALYSIS__ITEMS : Literals.SWOT_ANALYSIS__STRATEGIES, element));
        return true;
    }

    @Override
    protected Optional<Bounds> placement(TowsCell cell, PlanElement element, GPoint at) {
        TowsArrangement arrangement = TowsArrangement.of(TowsModel.swot(plan()), diagram.layout(), ReadingDirection.rightToLeft(plan()));
        CellBox box = arrangement.cell(cell);
        if (!box.contains(at.getX(), at.getY())) {
            return Optional.empty();
        }
        int width = TowsArrangement.defaultCardWidth(cell);
        int height = TowsArrangement.contentHeight(element, width, TowsArrangement.lines(element, width));
        return Optional.of(arrangement.stored(cell, at.getX() - box.x(), at.getY() - box.y(), width, height));
    }
}
