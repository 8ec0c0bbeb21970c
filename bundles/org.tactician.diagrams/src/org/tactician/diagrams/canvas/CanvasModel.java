package org.tactician.diagrams.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.tactician.model.BudgetLine;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.Channel;
import org.tactician.model.MarketingPlan;
import org.tactician.model.PlanElement;
import org.tactician.model.Segment;
import org.tactician.model.StrategySection;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.ValueProposition;

/** Finding and making the Business Model Canvas part of a plan: the one place the diagram reads the model. */
final class CanvasModel {

    /** A plan element a note stands for, and the reference of the note that names it ({@code null}: implied). */
    record Link(String kind, PlanElement element, EReference reference) {
    }

    private CanvasModel() {
    }

    static BusinessModelCanvas canvas(MarketingPlan plan) {
        StrategySection strategy = plan.getStrategy();
        return strategy == null ? null : strategy.getBusinessModelCanvas();
    }

    /** The plan's canvas; when it has none, a new one whose creation is appended to {@code command}. */
    static BusinessModelCanvas canvasCreatingIn(EditingDomain domain, MarketingPlan plan, CompoundCommand command) {
        StrategySection strategy = plan.getStrategy();
        if (strategy == null) {
            strategy = TacticianFactory.eINSTANCE.createStrategySection();
            strategy.setId(EcoreUtil.generateUUID());
            command.append(SetCommand.create(domain, plan, Literals.MARKETING_PLAN__STRATEGY, strategy));
        }
        BusinessModelCanvas canvas = strategy.getBusinessModelCanvas();
        if (canvas == null) {
            canvas = TacticianFactory.eINSTANCE.createBusinessModelCanvas();
            canvas.setId(EcoreUtil.generateUUID());
            command.append(SetCommand.create(domain, strategy, Literals.STRATEGY_SECTION__BUSINESS_MODEL_CANVAS, canvas));
        }
        return canvas;
    }

    /** The items of {@code block}, in the canvas's order (items not placed in a block yet are in none). */
    static List<CanvasItem> items(BusinessModelCanvas canvas, CanvasBlock block) {
        return canvas == null ? List.of() : List.copyOf(canvas.itemsIn(block));
    }

    /** The block of {@code item}, or {@code null} while it is not placed in one. */
    static CanvasBlock blockOf(CanvasItem item) {
        return item.isSetBlock() ? item.getBlock() : null;
    }

    static Optional<CanvasItem> item(BusinessModelCanvas canvas, String id) {
        if (canvas == null || id == null) {
            return Optional.empty();
        }
        return canvas.getItems().stream().filter(i -> id.equals(i.getId())).findFirst();
    }

    /** The note named by a diagram id: the note, or the owner of its name label or link chip. */
    static Optional<CanvasItem> owner(BusinessModelCanvas canvas, String diagramId) {
        if (diagramId == null) {
            return Optional.empty();
        }
        int colon = diagramId.indexOf(':');
        return item(canvas, colon < 0 ? diagramId : diagramId.substring(0, colon));
    }

    /**
     * What a note stands for: the segments, channels and budget lines it names, and for a note
     * among the value propositions the plan's value proposition.
     */
    static List<Link> links(CanvasItem item, MarketingPlan plan) {
        List<Link> links = new ArrayList<>();
        if (blockOf(item) == CanvasBlock.VALUE_PROPOSITIONS && plan.getStrategy() != null
                && plan.getStrategy().getValueProposition() != null) {
            ValueProposition proposition = plan.getStrategy().getValueProposition();
            links.add(new Link("value-proposition", proposition, null));
        }
        for (Segment segment : item.getSegments()) {
            links.add(new Link("segment", segment, Literals.CANVAS_ITEM__SEGMENTS));
        }
        for (Channel channel : item.getChannels()) {
            links.add(new Link("channel", channel, Literals.CANVAS_ITEM__CHANNELS));
        }
        for (BudgetLine line : item.getCosts()) {
            links.add(new Link("budget-line", line, Literals.CANVAS_ITEM__COSTS));
        }
        return links;
    }
}
