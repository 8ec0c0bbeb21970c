package org.tactician.ui.internal.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.editing.PlanCommands;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;

/** Plans outside the workspace: opened as they are, or from the command line (linked into "External plans"). */
class ExternalPlansTest {

    @TempDir
    Path folder;

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    private Path copy(SamplePlans sample) throws Exception {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = sample.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aPlanOutsideTheWorkspaceOpensEditsAndSavesWhereItIs() throws Exception {
        Path file = copy(SamplePlans.STARTER);
        PlanEditor editor = (PlanEditor) PlanEditors.open(UiTests.page(), file);
        UiTests.settle();

        assertInstanceOf(IURIEditorInput.class, editor.getEditorInput());
        assertNotNull(editor.session());
        var brand = Literals.MARKETING_PLAN__BRAND;
        editor.session().execute(PlanCommands.set(editor.session().editingDomain(),
                editor.session().plan(), brand, "Little Kiln"));
        editor.doSave(null);
        assertEquals("Little Kiln", PlanFiles.load(file).getBrand());
        assertTrue(Files.exists(Path.of(file + ".bak")));
        List<Control> links = UiTests.find(editor.formPages().get(0).getPartControl(),
                control -> control instanceof Hyperlink link && link.getText().equals("Link it into the workspace"));
        assertEquals(1, links.size(), "the page says the plan is outside the workspace and offers to link it");
        UiTests.screenshot("external-plan");
    }

    @Test
    void aPlanNamedOnTheCommandLineIsLinkedIntoTheWorkspaceAndMarked() throws Exception {
        Path file = copy(SamplePlans.FURNITURE_RETAILER);
        assertEquals(List.of(file), CommandLinePlans.plansIn(new String[] {"-showlocation", file.toString(),
                folder.resolve("missing.mplan").toString(), "notes.txt"}));

        CommandLinePlans.open(UiTests.page(), file);
        UiTests.settle();

        PlanEditor editor = assertInstanceOf(PlanEditor.class, UiTests.page().getActiveEditor());
        IFile linked = ((IFileEditorInput) editor.getEditorInput()).getFile();
        assertEquals(CommandLinePlans.EXTERNAL_PROJECT, linked.getProject().getName());
        assertTrue(linked.isLinked());
        assertEquals(file.toRealPath(), linked.getLocation().toPath().toRealPath(), "the file stays where it is");
        assertTrue(editor.getSite().getShell().getText().contains(file.getFileName().toString()),
                "the window title names the plan: " + editor.getSite().getShell().getText());
        assertTrue(UiTests.waitUntil(() -> !editor.session().isValidationPending(), 10_000));
        UiTests.settle();
        IMarker[] markers = linked.findMarkers(PlanEditors.MARKER_TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(editor.session().findings().size(), markers.length, "its problems are in the Problems view");
        assertTrue(markers.length > 0);

        CommandLinePlans.open(UiTests.page(), file);
        UiTests.settle();
        assertEquals(1, UiTests.page().getEditorReferences().length, "opening it again reuses the link and the editor");
    }
}
