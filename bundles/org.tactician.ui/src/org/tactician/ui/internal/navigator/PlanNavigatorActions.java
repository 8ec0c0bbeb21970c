package org.tactician.ui.internal.navigator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.Messages;

/** Open (double-click, Enter) on a plan element in the Project Explorer: the plan editor, on the element. */
public final class PlanNavigatorActions extends CommonActionProvider {

    private Action open;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            IWorkbenchPage page = workbenchSite.getPage();
            open = new Action(Messages.navigator_open) {
                @Override
                public void run() {
                    if (getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
                            && selection.getFirstElement() instanceof EObject element) {
                        try {
                            PlanEditors.reveal(page, element, null);
                        } catch (PartInitException e) {
                            MessageDialog.openError(page.getWorkbenchWindow().getShell(),
                                    Messages.editor_openFailedTitle, e.getMessage());
                        }
                    }
                }
            };
        }
    }

    @Override
    public void fillActionBars(IActionBars actionBars) {
        if (open != null && isElementSelected()) {
            actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (open != null && isElementSelected()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
    }

    private boolean isElementSelected() {
        return getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
                && selection.size() == 1 && selection.getFirstElement() instanceof EObject;
    }
}
