package org.tactician.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.tactician.model.MarketingPlan;

/**
 * The Outline of a plan: its sections as a tree, for any editor of the plan (see
 * {@link PlanEditors#outline}). Its context menu is {@link PlanEditors#OUTLINE_MENU}, open to
 * contributions.
 */
public interface PlanOutline extends IContentOutlinePage {

    /** Selects {@code element} (selected in the editor), expanding the tree down to it. */
    void showSelected(EObject element);

    /** Shows {@code plan} (after the plan was read again). */
    void setPlan(MarketingPlan plan);
}
