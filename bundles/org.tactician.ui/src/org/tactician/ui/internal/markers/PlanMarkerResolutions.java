package org.tactician.ui.internal.markers;

import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tactician.editing.Finding;
import org.tactician.editing.PlanCommands;
import org.tactician.editing.PlanEditingSession;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;
import org.tactician.validation.QuickFix;

/**
 * Quick fixes in the Problems view (Ctrl+1, or Quick Fix in the context menu) for the findings
 * whose rule offers one: the editor opens on the element, the fix runs as one command (undo
 * undoes it) and the plan is re-validated at once.
 */
public final class PlanMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(PlanMarkers.QUICK_FIX, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String label = marker.getAttribute(PlanMarkers.QUICK_FIX, null);
        return label == null ? new IMarkerResolution[0] : new IMarkerResolution[] {new Resolution(label)};
    }

    /** The quick fix a marker's finding offers. */
    private static final class Resolution implements IMarkerResolution2 {
        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return NLS.bind(Messages.markers_fixDescription, label);
        }

        @Override
        public Image getImage() {
            return UiImages.get(UiImages.VALIDATE);
        }

        @Override
        public void run(IMarker marker) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page == null) {
                return;
            }
            IEditorPart editor;
            try {
                editor = IDE.openEditor(page, marker);
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), Messages.markers_quickFix, e.getMessage());
                return;
            }
            PlanEditingSession session = editor == null ? null : editor.getAdapter(PlanEditingSession.class);
            if (session == null) {
                return;
            }
            Optional<QuickFix> fix = fixOf(marker, session);
            if (fix.isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.markers_quickFix, Messages.markers_solved);
                session.validate();
                return;
            }
            session.execute(PlanCommands.quickFix(session.editingDomain(), fix.get(), FindingWords.quickFix(fix.get())));
            session.validate();
        }

        /** The current fix of the marker's finding: same element, rule and feature, with a quick fix. */
        private static Optional<QuickFix> fixOf(IMarker marker, PlanEditingSession session) {
            EObject element = PlanMarkers.elementOf(marker, session.resource());
            if (element == null) {
                return Optional.empty();
            }
            String rule = marker.getAttribute(PlanMarkers.RULE_ID, "");
            EStructuralFeature feature = PlanMarkers.featureOf(marker, element);
            return session.findingsOf(element).stream()
                    .filter(finding -> finding.ruleId().equals(rule) && finding.feature().orElse(null) == feature)
                    .map(Finding::quickFix).flatMap(Optional::stream).findFirst();
        }
    }
}
