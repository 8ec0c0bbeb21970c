package org.tactician.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.editing.PlanCommands;
import org.tactician.model.MarketingPlan;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;

/** The editor and its file: save as, a change by another program, Validate Plan on demand. */
class PlanEditorFilesTest {

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    @Test
    void saveAsEditsTheNewFileAndLeavesTheOldOneAsItWas() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "files", "original.mplan");
        byte[] original = Files.readAllBytes(file.getLocation().toPath());
        PlanEditor editor = UiTests.open(file);
        editor.session().execute(PlanCommands.set(editor.session().editingDomain(), editor.session().plan(),
                Literals.MARKETING_PLAN__AUTHOR, "Ben Ortiz"));
        IFile copy = file.getProject().getFile("copy.mplan");

        editor.saveAs(copy.getLocation().toPath(), new FileEditorInput(copy));
        UiTests.settle();

        assertEquals("copy.mplan", editor.getPartName());
        assertEquals(copy, ((FileEditorInput) editor.getEditorInput()).getFile());
        assertTrue(copy.exists(), "the workspace knows the new file");
        assertFalse(editor.isDirty());
        assertEquals("Ben Ortiz", PlanFiles.load(copy.getLocation().toPath()).getAuthor());
        assertArrayEquals(original, Files.readAllBytes(file.getLocation().toPath()), "the original is untouched");
    }

    @Test
    void aChangeByAnotherProgramIsReloadedWhenNothingIsLost() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "files", "changed.mplan");
        PlanEditor editor = UiTests.open(file);
        MarketingPlan before = editor.session().plan();
        Path path = file.getLocation().toPath();
        Files.writeString(path, Files.readString(path, StandardCharsets.UTF_8)
                .replace("brand=\"Little Kiln Ceramics\"", "brand=\"Little Kiln Ceramics GmbH\""), StandardCharsets.UTF_8);

        editor.checkDisk();
        UiTests.settle();

        assertNotSame(before, editor.session().plan(), "read again");
        assertEquals("Little Kiln Ceramics GmbH", editor.session().plan().getBrand());
        assertFalse(editor.isDirty());
        Text brand = (Text) UiTests.find(editor.formPages().get(0).getPartControl(),
                control -> "MarketingPlan.brand".equals(control.getData("org.tactician.feature"))).get(0);
        assertEquals("Little Kiln Ceramics GmbH", brand.getText(), "the form shows the file's version");
    }

    @Test
    void validatePlanValidatesTheWholePlanOnDemand() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "files", "validate.mplan");
        PlanEditor editor = UiTests.open(file);
        assertTrue(UiTests.waitUntil(() -> !editor.session().isValidationPending(), 10_000));
        Files.writeString(Path.of(file.getLocation() + ".lint"), "race.stage.activity-missing = error\n"
                + "smart.specific.description-missing = off\n");
        editor.session().reloadLintProfile();
        assertTrue(editor.session().isValidationPending());

        UiTests.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.tactician.ui.validate",
                null);
        UiTests.settle();

        assertFalse(editor.session().isValidationPending(), "the command validated the plan");
    }
}
