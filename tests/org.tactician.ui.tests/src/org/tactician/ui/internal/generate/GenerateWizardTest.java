package org.tactician.ui.internal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.OutputRun;
import org.tactician.generators.PlanGenerator;
import org.tactician.model.TacticianPackage;
import org.tactician.editing.PlanCommands;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.preferences.TacticianPreferences.AfterGeneration;

/**
 * Generate Documents: every artifact written, progress per file, cancelling and failing leave the
 * output folder as it was, and a failure is shown with its details and logged.
 */
class GenerateWizardTest {

    private static final Set<ArtifactFormat> ALL = EnumSet.allOf(ArtifactFormat.class);

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    /** A monitor that records what it is told, and cancels once it has been told {@code cancelAt} sub-tasks. */
    private static final class RecordingMonitor extends NullProgressMonitor {
        final List<String> subTasks = new ArrayList<>();
        String taskName;
        int total;
        int worked;
        private final int cancelAt;

        RecordingMonitor(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            taskName = name;
            total = totalWork;
        }

        @Override
        public void setTaskName(String name) {
            taskName = name;
        }

        @Override
        public void subTask(String name) {
            subTasks.add(name);
            if (subTasks.size() == cancelAt) {
                setCanceled(true);
            }
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public void internalWorked(double work) {
            worked += (int) Math.round(work);
        }
    }

    private static byte[] planBytes(PlanEditor editor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        editor.session().resource().save(out, null);
        return out.toByteArray();
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                if (Files.isRegularFile(file)) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static List<String> staging(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".tactician-staging"))
                    .toList();
        }
    }

    @Test
    void theWizardWritesEveryArtifactAndShowsTheFolder() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "generate", "furniture.mplan");
        PlanEditor editor = UiTests.open(plan);
        GenerateWizard wizard = new GenerateWizard(editor.session());
        WizardDialog dialog = UiTests.openWizard(wizard);
        assertEquals(HelpContexts.GENERATE_WIZARD, wizard.options().getControl().getData("org.eclipse.ui.help"));
        UiTests.screenshot("wizard-generate");
        IFolder folder = plan.getProject().getFolder("documents");
        Path location = folder.getLocation().toPath();
        wizard.options().choose(ALL, false, location, AfterGeneration.FOLDER);
        UiTests.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);

        GenerationJob job = wizard.job();
        assertNotNull(job, "Finish started the generation");
        assertTrue(UiTests.waitUntil(() -> job.getResult() != null, 300_000), "the generation ends");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        Set<String> expected = PlanGenerator.fileNames(ALL, false);
        assertEquals(expected, Set.copyOf(job.result().written().stream()
                .map(artifact -> artifact.file().getFileName().toString()).toList()));
        for (String name : expected) {
            assertTrue(Files.size(location.resolve(name)) > 0, name + " is written");
        }
        assertEquals("%PDF", new String(Files.readAllBytes(location.resolve("plan.pdf")), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(Files.readString(location.resolve("plan.html")).contains(editor.session().plan().getName()));
        UiTests.waitUntil(() -> folder.exists(), 5_000);
        assertTrue(folder.exists(), "the workspace knows the new folder");
        CommonNavigator explorer = (CommonNavigator) UiTests.page().findView("org.eclipse.ui.navigator.ProjectExplorer");
        assertNotNull(explorer, "the Project Explorer shows the folder");
        UiTests.waitUntil(() -> folder.equals(
                ((IStructuredSelection) explorer.getCommonViewer().getSelection()).getFirstElement()), 5_000);
        IStructuredSelection selection = (IStructuredSelection) explorer.getCommonViewer().getSelection();
        assertEquals(folder, selection.getFirstElement(), "the output folder is selected");
        UiTests.screenshot("generate-done-folder");
    }

    @Test
    void progressIsReportedFileByFileAndCancellingChangesNothing() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "starter.mplan");
        PlanEditor editor = UiTests.open(plan);
        Path folder = Files.createTempDirectory("generate-cancel");
        // the default formats: the starter plan has no canvas, so an svg run would skip a file
        Set<ArtifactFormat> formats = ArtifactFormat.defaults();
        List<String> names = List.copyOf(PlanGenerator.fileNames(formats, false));

        RecordingMonitor full = new RecordingMonitor(-1);
        GenerationJob first = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor), folder, formats,
                false, AfterGeneration.NOTHING));
        assertTrue(first.run(full).isOK());
        List<String> writing = full.subTasks.stream().filter(task -> names.stream().anyMatch(task::startsWith)).toList();
        assertEquals(names.size(), writing.size(), "one step per file: " + full.subTasks);
        // the generator may produce files side by side: each file once, counted up in the order they start
        assertEquals(Set.copyOf(names), Set.copyOf(writing.stream().map(task -> task.substring(0, task.indexOf(" ("))).toList()));
        for (int i = 0; i < names.size(); i++) {
            assertTrue(writing.get(i).endsWith(" (" + (i + 1) + " of " + names.size() + ")"), writing.get(i));
        }
        assertEquals(full.total, full.worked, "the bar reaches its end");
        Map<String, byte[]> before = contents(folder);

        // The plan changes, and the next run is cancelled while its fourth file is produced.
        var objective = editor.session().plan().getOpportunity().getObjectives().get(0);
        editor.session().execute(PlanCommands.set(editor.session().editingDomain(), objective,
                TacticianPackage.Literals.NAMED_ELEMENT__NAME, "Renamed before a cancelled run"));
        RecordingMonitor cancelling = new RecordingMonitor(5); // reading the plan, then four files
        GenerationJob second = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor), folder,
                formats, false, AfterGeneration.NOTHING));
        assertEquals(IStatus.CANCEL, second.run(cancelling).getSeverity());
        assertTrue(cancelling.subTasks.size() < names.size(), "it stopped early: " + cancelling.subTasks);
        Map<String, byte[]> after = contents(folder);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name + " is the first run's, byte for byte");
        }
        assertEquals(List.of(), staging(folder), "no staging folder is left");

        Path fresh = Files.createTempDirectory("generate-cancel-fresh");
        GenerationJob third = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor), fresh, formats,
                false, AfterGeneration.NOTHING));
        assertEquals(IStatus.CANCEL, third.run(new RecordingMonitor(3)).getSeverity());
        for (String name : names) {
            assertFalse(Files.exists(fresh.resolve(name)), name + " is not left behind, whole or partial");
        }
        assertEquals(List.of(), staging(fresh));
    }

    @Test
    void anSvgRunCountsTheFilesItWritesNotTheFiguresThePlanLacks() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "starter-svg.mplan");
        PlanEditor editor = UiTests.open(plan);
        assertNull(editor.session().plan().getStrategy().getBusinessModelCanvas(), "the starter plan has no canvas");
        assertEquals(1, editor.session().plan().getJourneys().size(), "the starter plan has one journey");
        Path folder = Files.createTempDirectory("generate-svg");
        RecordingMonitor monitor = new RecordingMonitor(-1);
        GenerationJob job = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor), folder, ALL, false,
                AfterGeneration.NOTHING));
        IStatus status = job.run(monitor);
        assertEquals(IStatus.WARNING, status.getSeverity(), "the missing canvas is a warning: " + status);
        assertEquals(List.of("the plan has no Business Model Canvas, so canvas.svg was not written"), job.warnings());
        List<String> written = job.result().written().stream().map(artifact -> artifact.file().getFileName().toString())
                .toList();
        assertTrue(written.containsAll(List.of("tows.svg", "journey.svg")), written.toString());
        assertFalse(written.contains("canvas.svg"), written.toString());
        // Every file of every format, but the canvas.
        assertEquals(PlanGenerator.fileNames(ALL, false).size() - 1, written.size(), written.toString());

        List<String> writing = monitor.subTasks.stream().filter(task -> task.matches(".+ \\(\\d+ of \\d+\\)")).toList();
        assertEquals(written.size(), writing.size(), "one step per file written: " + monitor.subTasks);
        for (int i = 0; i < writing.size(); i++) {
            assertTrue(writing.get(i).endsWith(" (" + (i + 1) + " of " + written.size() + ")"), writing.get(i));
        }
        assertEquals("Generating " + written.size() + " files of starter-svg.mplan", monitor.taskName);
        assertEquals(monitor.total, monitor.worked, "the bar reaches its end");

        // The wizard's page names the same files before the run.
        GenerateWizard wizard = new GenerateWizard(editor.session());
        WizardDialog dialog = UiTests.openWizard(wizard);
        try {
            wizard.options().choose(ALL, false, folder, AfterGeneration.NOTHING);
            UiTests.settle();
            UiTests.screenshot("wizard-generate-starter-svg");
            List<String> labels = UiTests.find(dialog.getShell(), control -> control instanceof Label)
                    .stream().map(label -> ((Label) label).getText()).toList();
            assertTrue(labels.stream().anyMatch(text -> text.startsWith("Writes " + written.size() + " files: ")
                    && text.contains("tows.svg") && !text.contains("canvas.svg")), labels.toString());
        } finally {
            dialog.close();
        }
    }

    /** A run of the wizard that ended in a dialog: its job, the dialog's labels, the items of its details. */
    private record GenerationRun(GenerationJob job, String labels, List<String> details) {
    }

    /**
     * Runs Generate Documents on {@code editor}'s plan with these choices (error dialogs on, as
     * outside the test harness), waits for the dialog titled {@code title}, shows its details,
     * takes {@code screenshot} and closes it.
     */
    private static GenerationRun generateUntilDialog(PlanEditor editor, Set<ArtifactFormat> formats, Path folder,
            AfterGeneration after, String title, String screenshot) {
        AtomicReference<String> labels = new AtomicReference<>();
        AtomicReference<List<String>> details = new AtomicReference<>();
        Display display = Display.getCurrent();
        Runnable[] closeTheDialog = new Runnable[1];
        closeTheDialog[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    UiTests.press(shell, IDialogConstants.SHOW_DETAILS_LABEL);
                    UiTests.screenshot(screenshot);
                    StringBuilder text = new StringBuilder();
                    UiTests.find(shell, control -> control instanceof Label).forEach(label -> text.append(((Label) label).getText()).append('\n'));
                    details.set(UiTests.find(shell, control -> control instanceof org.eclipse.swt.widgets.List).stream()
                            .flatMap(list -> Stream.of(((org.eclipse.swt.widgets.List) list).getItems())).toList());
                    labels.set(text.toString());
                    shell.close();
                    return;
                }
            }
            display.timerExec(200, closeTheDialog[0]);
        };
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false; // the test harness turns error dialogs off; these tests look at one
        try {
            GenerateWizard wizard = new GenerateWizard(editor.session());
            WizardDialog dialog = UiTests.openWizard(wizard);
            wizard.options().choose(formats, false, folder, after);
            display.timerExec(500, closeTheDialog[0]);
            UiTests.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);
            assertTrue(UiTests.waitUntil(() -> labels.get() != null, 120_000), "the dialog \"" + title + "\" is shown");
            return new GenerationRun(wizard.job(), labels.get(), details.get());
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }
    }

    @Test
    void aFailureIsShownWithItsDetailsAndLogged() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "failing.mplan");
        PlanEditor editor = UiTests.open(plan);
        Path blocker = Files.createTempFile("generate-blocker", ".txt");
        Path impossible = blocker.resolve("documents"); // a folder inside a file cannot be made, even by root
        List<IStatus> logged = new ArrayList<>();
        ILogListener log = (status, plugin) -> logged.add(status);
        Platform.addLogListener(log);
        try {
            GenerationRun run = generateUntilDialog(editor, EnumSet.of(ArtifactFormat.HTML), impossible, AfterGeneration.FOLDER,
                    Messages.generate_failedTitle, "generate-failed");
            GenerationJob job = run.job();
            assertEquals(IStatus.ERROR, job.getResult().getSeverity());
            String shown = run.labels() + String.join("\n", run.details());
            assertTrue(shown.contains("failing.mplan"), "the dialog names the plan: " + shown);
            assertTrue(shown.contains(blocker.getFileName().toString()), "the details name the file in the way: " + shown);
            assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.ERROR
                    && status.getMessage().contains(impossible.toString())), "the error is in the log: " + logged);
            assertTrue(Files.isRegularFile(blocker) && Files.size(blocker) == 0, "the file in the way is untouched");
        } finally {
            Platform.removeLogListener(log);
        }
    }

    @Test
    void aNameLongerThanACellStillGetsItsWorkbookAndTheCutIsShown() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "long-line.mplan");
        // A pasted page as a line's name: more than a spreadsheet cell holds (32,767 characters); the workbook cuts it.
        String xml = new String(plan.getContents().readAllBytes(), StandardCharsets.UTF_8).replace("name=\"Boosted Instagram posts\"",
                "name=\"Boosted Instagram posts " + "gift ".repeat(8_000) + "\"");
        plan.setContents(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), org.eclipse.core.resources.IResource.FORCE,
                null);
        PlanEditor editor = UiTests.open(plan);
        Path folder = Files.createTempDirectory("generate-long-line");
        // The warning quotes the name's first 60 characters.
        String cut = "budget line 'Boosted Instagram posts " + "gift ".repeat(7) + "g…' (id bl-instagram-boosts): "
                + "its name was cut to 32,767 characters in budget.xlsx";
        List<IStatus> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        ILogListener log = (status, plugin) -> logged.add(status);
        Platform.addLogListener(log);
        try {
            GenerationRun run = generateUntilDialog(editor, EnumSet.of(ArtifactFormat.XLSX), folder, AfterGeneration.NOTHING,
                    Messages.generate_warningsTitle, "generate-warnings");
            GenerationJob job = run.job();
            // beside the run's list of what it wrote (OutputRun.MANIFEST)
            assertEquals(Set.of("budget.xlsx", OutputRun.MANIFEST), contents(folder).keySet(), "the workbook is written");
            assertTrue(Files.size(folder.resolve("budget.xlsx")) > 0);

            IStatus result = job.getResult();
            assertEquals(IStatus.WARNING, result.getSeverity(), result.toString());
            assertEquals("Generated 1 file; 1 warning: " + cut, result.getMessage());
            assertEquals(List.of(cut), Stream.of(result.getChildren()).map(IStatus::getMessage).toList());
            assertEquals(IStatus.WARNING, result.getChildren()[0].getSeverity());
            assertEquals(List.of(cut), job.warnings());

            String shown = run.labels();
            assertTrue(shown.contains("Generated 1 file; 1 warning: budget line 'Boosted Instagram posts"), "the summary: " + shown);
            assertTrue(shown.contains(folder.toString()), "the dialog names the folder: " + shown);
            assertTrue(run.details().contains(cut), "the details list the warning: " + run.details());
            assertTrue(logged.stream().anyMatch(status -> status.getSeverity() == IStatus.WARNING
                    && Stream.of(status.getChildren()).anyMatch(child -> child.getMessage().equals(cut))),
                    "the warning is in the log: " + logged);
        } finally {
            Platform.removeLogListener(log);
        }
    }

    @Test
    void severalWarningsAreSummedUpAndEachListed() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "two-warnings.mplan");
        String xml = new String(plan.getContents().readAllBytes(), StandardCharsets.UTF_8).replace("name=\"Boosted Instagram posts\"",
                "name=\"Boosted Instagram posts " + "gift ".repeat(8_000) + "\"");
        plan.setContents(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), org.eclipse.core.resources.IResource.FORCE,
                null);
        PlanEditor editor = UiTests.open(plan);
        GenerationJob job = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor),
                Files.createTempDirectory("generate-two-warnings"), EnumSet.of(ArtifactFormat.XLSX, ArtifactFormat.SVG), false,
                AfterGeneration.NOTHING));
        IStatus status = job.run(new NullProgressMonitor());
        // The skipped figure is known before any file is written, the cut name while the workbook is.
        String noCanvas = "the plan has no Business Model Canvas, so canvas.svg was not written";
        assertEquals("Generated 3 files; 2 warnings, the first: " + noCanvas, status.getMessage());
        List<String> children = Stream.of(status.getChildren()).map(IStatus::getMessage).toList();
        assertEquals(2, children.size(), children.toString());
        assertEquals(noCanvas, children.get(0));
        assertTrue(children.get(1).startsWith("budget line 'Boosted Instagram posts gift")
                && children.get(1).endsWith("(id bl-instagram-boosts): its name was cut to 32,767 characters in budget.xlsx"),
                children.get(1));
    }

    @Test
    void eachRunReportsItsOwnWarnings() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "starter-warnings.mplan");
        PlanEditor editor = UiTests.open(plan);
        Path folder = Files.createTempDirectory("generate-warnings");
        GenerationJob job = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor), folder,
                EnumSet.of(ArtifactFormat.SVG), false, AfterGeneration.NOTHING));
        // The starter plan has a SWOT and a journey but no canvas: one figure is skipped, with one warning.
        String noCanvas = "the plan has no Business Model Canvas, so canvas.svg was not written";
        for (int run = 0; run < 2; run++) {
            IStatus status = job.run(new NullProgressMonitor());
            assertEquals(IStatus.WARNING, status.getSeverity(), status.toString());
            assertEquals("Generated 2 files; 1 warning: " + noCanvas, status.getMessage());
            assertEquals(List.of(noCanvas), Stream.of(status.getChildren()).map(IStatus::getMessage).toList(),
                    "run " + (run + 1) + " reports its own warnings, not the last run's again");
        }
    }

    @Test
    void whatTheRunWroteIsReportedAndTheDocumentFound() throws Exception {
        IFile plan = UiTests.workspaceCopy(SamplePlans.STARTER, "generate", "summary.mplan");
        PlanEditor editor = UiTests.open(plan);
        Path folder = Files.createTempDirectory("generate-summary");
        GenerationJob job = new GenerationJob(new GenerationJob.Request(editor.file(), planBytes(editor), folder,
                EnumSet.of(ArtifactFormat.PDF, ArtifactFormat.HTML), true, AfterGeneration.PDF));
        IProgressMonitor monitor = new NullProgressMonitor();
        assertTrue(job.run(monitor).isOK());
        OutputRun.Result result = job.result();
        assertEquals(List.of("plan-summary.html", "plan-summary.pdf"),
                result.written().stream().map(GeneratedArtifact::file).map(Path::getFileName).map(Path::toString).toList());
        assertEquals(folder.resolve("plan-summary.pdf"), GenerationOutcome.planDocument(result).orElseThrow());
    }
}
