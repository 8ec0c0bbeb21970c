package org.tactician.ui.internal.navigator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.tactician.editing.PlanEditingSessions;
import org.tactician.model.PlanLabels;
import org.tactician.model.NamedElement;
import org.tactician.ui.ext.ItemProviderLabelProvider;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.PlanTreeLabels;

/** Labels and icons of plan elements in the Project Explorer, from the item providers; the status line names them in full. */
public final class PlanLabelProvider extends LabelProvider implements ICommonLabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof PlanFileProblem problem) {
            return NLS.bind(Messages.navigator_unreadable, problem.message());
        }
        if (element instanceof EObject object) {
            return PlanEditingSessions.of(object).map(session -> new PlanTreeLabels(session.adapterFactory())
                    .getText(object)).orElse(PlanLabels.capitalised(object));
        }
        return null;
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof PlanFileProblem) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        }
        if (element instanceof EObject object) {
            return PlanEditingSessions.of(object).map(session -> new ItemProviderLabelProvider(session.adapterFactory())
                    .getImage(object)).orElse(null);
        }
        return null;
    }

    @Override
    public String getDescription(Object element) {
        if (element instanceof EObject object) {
            return object instanceof NamedElement ? PlanLabels.capitalised(object)
                    : NLS.bind(Messages.navigator_description, getText(object), PlanLabels.type(object.eClass()));
        }
        return element instanceof PlanFileProblem problem ? problem.message() : null;
    }

    @Override
    public void init(ICommonContentExtensionSite site) {
        // stateless
    }

    @Override
    public void restoreState(IMemento memento) {
        // nothing to restore
    }

    @Override
    public void saveState(IMemento memento) {
        // nothing to save
    }
}
