package org.tactician.diagrams.canvas;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanLabels;

import com.google.inject.Inject;

/**
 * Opens the plan element a note links to where the plan is edited ({@code DiagramModelSource.reveal});
 * where there is no editor, it says which element it is.
 */
public class OpenPlanElementHandler extends AbstractActionHandler<OpenPlanElementAction> {

    @Inject
    protected PlanDiagram diagram;

    @Override
    protected List<Action> executeAction(OpenPlanElementAction action) {
        String id = action.getElementId();
        EObject element = id == null || id.contains(":") ? null : diagram.source().plan().eResource().getEObject(id);
        if (!(element instanceof PlanElement)) {
            return List.of(MessageActionUtil.warn("That element is no longer in the plan."));
        }
        if (diagram.source().reveal(element)) {
            return none();
        }
        return List.of(MessageActionUtil.info(PlanLabels.capitalised(element) + ": open the plan in the plan editor to edit it."));
    }
}
