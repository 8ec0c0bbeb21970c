package org.tactician.ui.internal.markers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;

/**
 * Findings in the Problems view: a marker per finding carrying the rule id, live while editing;
 * opening a marker shows the element's field; a quick fix removes the marker; a broken file opens
 * on the error page and stays byte for byte.
 */
class PlanProblemsTest {

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    private static List<IMarker> markers(IFile file) throws CoreException {
        return Arrays.asList(file.findMarkers(PlanEditors.MARKER_TYPE, false, IResource.DEPTH_ZERO));
    }

    private static List<IMarker> markers(IFile file, String rule) throws CoreException {
        return markers(file).stream().filter(marker -> rule.equals(marker.getAttribute(PlanMarkers.RULE_ID, ""))).toList();
    }

    @Test
    void theSamplesFindingsAreMarkersCarryingTheRuleId() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "problems", "findings.mplan");
        PlanEditor editor = UiTests.open(file);
        assertTrue(UiTests.waitUntil(() -> !editor.session().isValidationPending(), 10_000));
        UiTests.settle();

        List<IMarker> markers = markers(file);
        assertEquals(editor.session().findings().size(), markers.size());
        for (IMarker marker : markers) {
            assertNotNull(marker.getAttribute(PlanMarkers.RULE_ID, null), "every marker names its rule");
            assertTrue(marker.getAttribute(IMarker.MESSAGE, "").endsWith("]") || marker.getAttribute(PlanMarkers.RULE_ID, "")
                    .startsWith("emf."), marker.getAttribute(IMarker.MESSAGE, ""));
            assertNotNull(PlanMarkers.elementOf(marker, editor.session().resource()), "and its element");
        }
        UiTests.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        UiTests.waitFor(800);
        UiTests.screenshot("problems-view");
    }

    @Test
    void anInvalidObjectiveRaisesAMarkerThatOpensItsFieldAndGoesWithItsQuickFix() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "problems", "quick-fix.mplan");
        PlanEditor editor = UiTests.open(file);
        assertTrue(UiTests.waitUntil(() -> !editor.session().isValidationPending(), 10_000));
        UiTests.settle();
        assertEquals(List.of(), markers(file, "smart.time-bound.deadline-missing"));
        SmartObjective objective = (SmartObjective) editor.session().resource().getEObject("obj-act-subscribers");

        // Clear the deadline in its field, as a user does; live validation follows.
        editor.reveal(objective, TacticianPackage.Literals.SMART_OBJECTIVE__DEADLINE);
        UiTests.settle();
        Text deadline = (Text) editor.getSite().getShell().getDisplay().getFocusControl();
        assertEquals("SmartObjective.deadline", deadline.getData("org.tactician.feature"));
        deadline.setText("");
        deadline.notifyListeners(SWT.DefaultSelection, new Event());
        assertNull(objective.getDeadline());
        assertTrue(UiTests.waitUntil(() -> {
            try {
                return markers(file, "smart.time-bound.deadline-missing").size() == 1;
            } catch (CoreException e) {
                return false;
            }
        }, 5_000), "live validation marks the objective");
        IMarker marker = markers(file, "smart.time-bound.deadline-missing").get(0);
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals("obj-act-subscribers", marker.getAttribute(PlanMarkers.ELEMENT_ID, null));
        assertEquals("deadline", marker.getAttribute(PlanMarkers.FEATURE, null));
        assertTrue(marker.getAttribute(IMarker.LOCATION, "").startsWith("SMART objective 'Grow the newsletter'"));

        // Double-clicking it in the Problems view opens the editor on the element's field.
        editor.setActivePage("overview");
        UiTests.settle();
        IEditorPart opened = IDE.openEditor(UiTests.page(), marker);
        UiTests.settle();
        assertSame(editor, opened);
        assertEquals("opportunity", editor.getActivePageInstance().getId());
        Control focus = editor.getSite().getShell().getDisplay().getFocusControl();
        assertEquals("SmartObjective.deadline", focus.getData("org.tactician.feature"), "the deadline field has the focus");
        UiTests.screenshot("problems-marker-opened");

        // Its quick fix sets the deadline to the plan end, and the marker goes.
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, resolutions.length);
        assertEquals("Set the deadline to the plan end (2027-12-31)", resolutions[0].getLabel());
        resolutions[0].run(marker);
        UiTests.settle();
        assertEquals(editor.session().plan().getEnd(), objective.getDeadline());
        assertFalse(marker.exists(), "the fixed finding's marker is gone");
        assertEquals(List.of(), markers(file, "smart.time-bound.deadline-missing"));
        assertTrue(editor.isDirty(), "the fix is an edit like any other");
    }

    @Test
    void aCorruptFileOpensOnTheErrorPageAndIsNeverWritten() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "problems", "corrupt.mplan");
        byte[] broken = (new String(Files.readAllBytes(file.getLocation().toPath()), StandardCharsets.UTF_8)
                .replace("<channels id=\"ch-shop\"", "<channels id=\"ch-shop\" <broken")).getBytes(StandardCharsets.UTF_8);
        file.setContents(new ByteArrayInputStream(broken), IResource.FORCE, null);

        PlanEditor editor = UiTests.open(file);

        assertNull(editor.session(), "nothing is loaded");
        assertNotNull(editor.loadError());
        assertEquals("load-error", editor.getActivePageInstance().getId());
        Text message = (Text) UiTests.find(editor.getActivePageInstance().getPartControl(),
                control -> control.getData("org.tactician.loadError") != null).get(0);
        String text = message.getText();
        assertTrue(text.matches("\\Q" + file.getLocation().toPath() + "\\E:\\d+:\\d+: .+"), text);
        assertFalse(editor.isDirty());
        assertFalse(editor.isSaveAsAllowed());
        editor.doSave(null);
        UiTests.screenshot("error-page");
        UiTests.page().closeEditor(editor, true);
        UiTests.settle();
        assertArrayEquals(broken, Files.readAllBytes(file.getLocation().toPath()), "byte for byte as it was");
        assertFalse(Files.exists(file.getLocation().toPath().resolveSibling("corrupt.mplan.bak")));
    }
}
