package org.tactician.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.TacticianPackage;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.editor.PlanEditor;

/**
 * The one helper the Plan Calendar and the Plan Dashboard follow the active plan with: which plan
 * it follows as editors open, activate and close, and what it tells its view of the plan's changes.
 */
class ActivePlanTest {

    /** A view that writes down what it is told. */
    private static final class Recorder implements ActivePlan.View {
        final List<PlanEditingSession> followed = new ArrayList<>();
        int changes;

        @Override
        public void follow(PlanEditingSession session) {
            followed.add(session);
        }

        @Override
        public void planChanged() {
            changes++;
        }

        PlanEditingSession last() {
            return followed.get(followed.size() - 1);
        }
    }

    private ActivePlan activePlan;

    @AfterEach
    void close() {
        if (activePlan != null) {
            activePlan.dispose();
        }
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    @Test
    void followsThePlanEditorLastActivatedAndHearsItsCommands() throws Exception {
        IWorkbenchPage page = UiTests.page();
        page.closeAllEditors(false);
        UiTests.settle();
        Recorder view = new Recorder();
        activePlan = new ActivePlan(page, view);
        assertEquals(1, view.followed.size(), "told at once");
        assertNull(view.last(), "no plan is open");

        PlanEditor first = UiTests.open(UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "active-plan", "first.mplan"));
        assertSame(first.session(), view.last(), "the plan opened");
        PlanEditor second = UiTests.open(UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "active-plan", "second.mplan"));
        assertSame(second.session(), view.last());
        assertSame(second, activePlan.editor());

        // Another kind of part keeps the plan shown.
        IViewPart problems = page.showView("org.eclipse.ui.views.ProblemView");
        page.activate(problems);
        UiTests.settle();
        assertSame(second.session(), view.last(), "a view being active changes nothing");
        page.activate(first);
        UiTests.settle();
        assertSame(first.session(), view.last(), "back to the first plan");

        // Commands, undo and redo on the followed plan's stack are changes; the other plan's are not.
        int before = view.changes;
        first.session().execute(SetCommand.create(first.session().editingDomain(), first.session().plan(),
                TacticianPackage.Literals.NAMED_ELEMENT__NAME, "Renamed"));
        first.session().commandStack().undo();
        first.session().commandStack().redo();
        assertEquals(before + 3, view.changes, "a command, its undo and its redo");
        second.session().execute(SetCommand.create(second.session().editingDomain(), second.session().plan(),
                TacticianPackage.Literals.NAMED_ELEMENT__NAME, "Elsewhere"));
        assertEquals(before + 3, view.changes, "the plan not followed is not heard");

        // Closing the followed editor goes on with the one left, closing that one leaves none.
        page.closeEditor(first, false);
        UiTests.settle();
        assertSame(second.session(), view.last(), "the editor left");
        int followed = view.followed.size();
        page.closeEditor(second, false);
        UiTests.settle();
        assertNull(view.last(), "no plan open");
        assertEquals(followed + 1, view.followed.size());
        assertNull(activePlan.session());

        // After dispose it tells nothing more.
        activePlan.dispose();
        activePlan = null;
        PlanEditor third = UiTests.open(UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "active-plan", "third.mplan"));
        assertNotNull(third.session());
        assertNull(view.last(), "not followed after dispose");
    }
}
