package org.tactician.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.tactician.app.TacticianIds;

/**
 * The Tactician perspective: plans on the left, the editor in the middle, the plan outline
 * on the right, and validation problems and properties underneath.
 */
public class TacticianPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(TacticianIds.PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea);
        right.addView(TacticianIds.OUTLINE);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editorArea);
        bottom.addView(TacticianIds.PROBLEMS);
        bottom.addView(TacticianIds.PROPERTIES);

        layout.addShowViewShortcut(TacticianIds.PROJECT_EXPLORER);
        layout.addShowViewShortcut(TacticianIds.OUTLINE);
        layout.addShowViewShortcut(TacticianIds.PROBLEMS);
        layout.addShowViewShortcut(TacticianIds.PROPERTIES);
        // The new-plan wizard of the plan editor's bundle first (File > New lists it when installed).
        layout.addNewWizardShortcut(TacticianIds.NEW_PLAN_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
