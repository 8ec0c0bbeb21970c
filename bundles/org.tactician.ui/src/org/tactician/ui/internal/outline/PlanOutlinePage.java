package org.tactician.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.MarketingPlan;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.PlanOutline;
import org.tactician.ui.ext.ItemProviderContentProvider;
import org.tactician.ui.internal.PlanTreeLabels;

/**
 * The plan's sections as a tree from the item providers, linked with the editor: selecting an
 * element shows it on its page (or diagram); the element selected in the editor is selected here.
 * Its context menu ({@link PlanEditors#OUTLINE_MENU}) takes contributions.
 */
public final class PlanOutlinePage extends ContentOutlinePage implements PlanOutline {

    private final PlanEditingSession session;
    private final Consumer<EObject> reveal;
    private final IAction undo;
    private final IAction redo;
    private boolean linking;

    /**
     * @param reveal shows an element in the editor
     * @param undo the editor's undo action, or null
     * @param redo the editor's redo action, or null
     */
    public PlanOutlinePage(PlanEditingSession session, Consumer<EObject> reveal, IAction undo, IAction redo) {
        this.session = session;
        this.reveal = reveal;
        this.undo = undo;
        this.redo = redo;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(session.adapterFactory()) {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof RootHolder holder ? new Object[] {holder.plan()} : super.getElements(input);
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof MarketingPlan ? null : super.getParent(element);
            }
        });
        viewer.setLabelProvider(new PlanTreeLabels(session.adapterFactory()));
        viewer.setInput(new RootHolder(session.plan()));
        viewer.expandToLevel(2);
        MenuManager menu = new MenuManager("#PopUp", PlanEditors.OUTLINE_MENU);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(PlanEditors.OUTLINE_MENU, menu, viewer);
        viewer.addSelectionChangedListener(event -> {
            if (!linking && event.getStructuredSelection().getFirstElement() instanceof EObject element) {
                linking = true;
                try {
                    reveal.accept(element);
                } finally {
                    linking = false;
                }
            }
        });
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        if (undo != null) {
            actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        }
        if (redo != null) {
            actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        }
    }

    /** The outline's tree viewer. */
    public TreeViewer viewer() {
        return getTreeViewer();
    }

    @Override
    public void showSelected(EObject element) {
        TreeViewer viewer = getTreeViewer();
        if (linking || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        linking = true;
        try {
            List<EObject> path = new ArrayList<>();
            for (EObject current = element.eContainer(); current != null; current = current.eContainer()) {
                path.add(0, current);
            }
            for (EObject ancestor : path) {
                viewer.setExpandedState(ancestor, true);
            }
            viewer.setSelection(new StructuredSelection(element), true);
        } finally {
            linking = false;
        }
    }

    @Override
    public void setPlan(MarketingPlan plan) {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(new RootHolder(plan));
            viewer.expandToLevel(2);
        }
    }

    /**
     * The tree's invisible input, whose one child is the plan: so the tree shows the plan itself
     * as its root.
     */
    private record RootHolder(MarketingPlan plan) {
    }
}
