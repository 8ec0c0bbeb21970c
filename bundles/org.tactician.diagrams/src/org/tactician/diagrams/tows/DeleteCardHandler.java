package org.tactician.diagrams.tows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.model.PlanElement;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsStrategy;

import com.google.inject.Inject;

/**
 * Deletes cards (with every reference to them: strategies, key issues and objectives forget them)
 * and unlinks factors whose badge is deleted. Deleting factors names the strategies that lose
 * their support; validation then marks the strategies left without an internal or external
 * factor.
 */
public class DeleteCardHandler extends TowsOperationHandler<DeleteOperation> {

    @Inject
    protected ActionDispatcher actionDispatcher;

    @Override
    public String getLabel() {
        return DiagramTexts.get("operation.delete");
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        Set<PlanElement> cards = new LinkedHashSet<>();
        List<String[]> links = new ArrayList<>();
        for (String id : operation.getElementIds()) {
            if (id.startsWith("link:")) {
                String[] parts = id.split(":", 3);
                if (parts.length == 3) {
                    links.add(parts);
                }
            } else {
                TowsModel.card(plan(), id).ifPresent(cards::add);
            }
        }
        CompoundCommand command = new CompoundCommand();
        if (!cards.isEmpty()) {
            command.append(DeleteCommand.create(domain(), cards));
        }
        for (String[] link : links) {
            Optional<PlanElement> strategy = TowsModel.card(plan(), link[1]);
            Optional<PlanElement> item = TowsModel.card(plan(), link[2]);
            if (strategy.orElse(null) instanceof TowsStrategy s && item.orElse(null) instanceof SwotItem i
                    && !cards.contains(s) && !cards.contains(i) && s.getSwotItems().contains(i)) {
                command.append(RemoveCommand.create(domain(), s, Literals.TOWS_STRATEGY__SWOT_ITEMS, i));
            }
        }
        if (command.isEmpty()) {
            return doNothing();
        }
        command.setLabel(cards.size() == 1 ? DiagramTexts.get("undo.delete", DiagramTexts.element(cards.iterator().next()))
                : cards.isEmpty() ? DiagramTexts.get("undo.unlinkFactor") : DiagramTexts.get("undo.deleteCards", cards.size()));
        String losing = strategiesLosingSupport(cards);
        if (losing != null) {
            actionDispatcher.dispatchAfterNextUpdate(MessageActionUtil.warn(losing));
        }
        return Optional.of(command);
    }

    /** "Strategies that lose support: 'A', 'B'", or {@code null} when no remaining strategy loses any. */
    static String strategiesLosingSupport(Set<PlanElement> deleted) {
        Set<String> names = new LinkedHashSet<>();
        for (PlanElement element : deleted) {
            if (element instanceof SwotItem item) {
                for (TowsStrategy strategy : item.getStrategies()) {
                    if (!deleted.contains(strategy)) {
                        names.add(DiagramTexts.get("notice.quoted", strategy.getName()));
                    }
                }
            }
        }
        return names.isEmpty() ? null
                : DiagramTexts.get(names.size() == 1 ? "notice.losesSupportOne" : "notice.losesSupportMany",
                        String.join(", ", names));
    }
}
