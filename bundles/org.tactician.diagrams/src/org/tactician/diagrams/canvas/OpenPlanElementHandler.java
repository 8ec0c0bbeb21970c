package org.tactician.diagrams.canvas;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.tactician.diagrams.internal.DiagramTexts;
import org.tactician.diagrams.internal.PlanDiagram;
import org.tactician.model.PlanElement;

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
            return List.of(MessageActionUtil.warn(DiagramTexts.get("notice.elementGone")));
        }
        if (diagram.source().reveal(element)) {
            return none();
        }
        return List.of(MessageActionUtil.info(DiagramTexts.get("notice.editInPlanEditor", DiagramTexts.capitalised(element))));
    }
}
