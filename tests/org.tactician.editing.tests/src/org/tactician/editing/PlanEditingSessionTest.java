package org.tactician.editing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.editing.TestPlans.element;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.Activity;
import org.tactician.model.EditorialEntry;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Channel;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.samples.SamplePlans;

/** The session's life cycle, commands and undo, saving, reverting and changes on disk. */
class PlanEditingSessionTest {

    @TempDir
    Path folder;

    private final List<PlanEditingSession> held = new ArrayList<>();

    @AfterEach
    void releaseEverything() {
        held.forEach(session -> {
            if (!session.isDisposed()) {
                session.release();
            }
        });
        assertEquals(List.of(), PlanEditingSessions.all(), "every test releases what it acquires");
    }

    private PlanEditingSession open(Path file) throws PlanLoadException {
        PlanEditingSession session = PlanEditingSessions.acquire(file);
        held.add(session);
        return session;
    }

    @Test
    void everyHolderOfAFileSharesOneSessionUntilTheLastLetsGo() throws Exception {
        Path file = TestPlans.copy(SamplePlans.STARTER, folder);
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        PlanEditingSessions.Listener counter = new PlanEditingSessions.Listener() {
            @Override
            public void opened(PlanEditingSession session) {
                opened.incrementAndGet();
            }

            @Override
            public void closed(PlanEditingSession session) {
                closed.incrementAndGet();
            }
        };
        PlanEditingSessions.addListener(counter);
        try {
            PlanEditingSession editor = PlanEditingSessions.acquire(file);
            PlanEditingSession diagram = PlanEditingSessions.acquire(folder.resolve(".").resolve(file.getFileName()));

            assertSame(editor, diagram, "one session per file, however it is named");
            assertEquals(1, opened.get());
            assertSame(editor, PlanEditingSessions.of(editor.plan().getTeam().get(0)).orElseThrow());

            editor.release();
            assertFalse(diagram.isDisposed(), "the diagram still holds it");
            assertSame(diagram, PlanEditingSessions.find(file).orElseThrow());

            diagram.release();
            assertTrue(diagram.isDisposed());
            assertEquals(1, closed.get());
            assertTrue(PlanEditingSessions.find(file).isEmpty());
            assertThrows(IllegalStateException.class, () -> diagram.execute(Command.class.cast(null)));
        } finally {
            PlanEditingSessions.removeListener(counter);
        }
    }

    @Test
    void editsAreLabelledCommandsThatUndoAndRedoAndMakeThePlanDirty() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        List<Boolean> dirtyStates = new ArrayList<>();
        session.addListener(new PlanEditingSession.Listener() {
            @Override
            public void dirtyChanged(PlanEditingSession changed) {
                dirtyStates.add(changed.isDirty());
            }
        });

        assertTrue(session.execute(PlanCommands.set(session.editingDomain(), objective, Literals.SMART_OBJECTIVE__DEADLINE,
                LocalDate.of(2027, 9, 30))));

        assertEquals(LocalDate.of(2027, 9, 30), objective.getDeadline());
        assertTrue(session.isDirty());
        assertEquals("Set deadline of SMART objective 'More visits from Instagram'",
                session.commandStack().getUndoCommand().getLabel());

        session.commandStack().undo();
        assertEquals(LocalDate.of(2027, 12, 31), objective.getDeadline());
        assertFalse(session.isDirty(), "undone to the saved state");
        session.commandStack().redo();
        assertEquals(LocalDate.of(2027, 9, 30), objective.getDeadline());
        assertEquals(List.of(true, false, true), dirtyStates);
    }

    @Test
    void reschedulingMovesTheDatesOfAnEntryOrADeadlineInOneUndoableStep() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        EditorialEntry entry = element(session, "ed-studio-tour", EditorialEntry.class);
        Activity activity = element(session, "ao-monthly-numbers", Activity.class);
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);

        assertTrue(session.execute(PlanCommands.reschedule(session.editingDomain(), entry, 3)));
        assertEquals(LocalDate.of(2027, 1, 17), entry.getStart());
        assertNull(entry.getEnd(), "a one-day entry stays one day");
        assertEquals("Reschedule editorial entry 'Studio tour Reel' to 2027-01-17",
                session.commandStack().getUndoCommand().getLabel());
        assertTrue(session.execute(PlanCommands.reschedule(session.editingDomain(), activity, -1)));
        assertEquals(LocalDate.of(2026, 12, 31), activity.getStart(), "start and end move together");
        assertEquals(LocalDate.of(2027, 12, 30), activity.getEnd());
        assertTrue(session.execute(PlanCommands.reschedule(session.editingDomain(), objective, 7)));
        assertEquals(LocalDate.of(2028, 1, 7), objective.getDeadline());

        session.commandStack().undo();
        session.commandStack().undo();
        session.commandStack().undo();
        assertEquals(LocalDate.of(2027, 1, 14), entry.getStart());
        assertEquals(LocalDate.of(2027, 1, 1), activity.getStart());
        assertEquals(LocalDate.of(2027, 12, 31), activity.getEnd());
        assertEquals(LocalDate.of(2027, 12, 31), objective.getDeadline());
        assertFalse(session.isDirty(), "three undos: back to the saved plan");
        assertFalse(PlanCommands.reschedule(session.editingDomain(), entry, 0).canExecute(), "no move, no command");
        assertFalse(PlanCommands.reschedule(session.editingDomain(), session.plan().getChannels().get(0), 2).canExecute(),
                "a channel has no date");
    }

    @Test
    void typingInOneFieldUndoesInOneStep() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        var domain = session.editingDomain();

        for (String typed : List.of("M", "Mor", "More visits", "More visits from Pinterest")) {
            session.execute(PlanCommands.typing(domain, objective, Literals.NAMED_ELEMENT__NAME, typed));
        }
        assertEquals("More visits from Pinterest", objective.getName());
        session.commandStack().undo();
        assertEquals("More visits from Instagram", objective.getName(), "one undo step for the whole typing");
        assertFalse(session.commandStack().canUndo());

        session.commandStack().redo();
        assertEquals("More visits from Pinterest", objective.getName());
        session.execute(PlanCommands.set(domain, objective, Literals.SMART_OBJECTIVE__UNIT, "visits"));
        session.execute(PlanCommands.typing(domain, objective, Literals.NAMED_ELEMENT__NAME, "Visits"));
        session.commandStack().undo();
        assertEquals("More visits from Pinterest", objective.getName(), "another command in between starts a new step");
        assertEquals("visits", objective.getUnit());
    }

    @Test
    void typingIsNotMergedAcrossASave() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        var domain = session.editingDomain();

        session.execute(PlanCommands.typing(domain, objective, Literals.NAMED_ELEMENT__NAME, "Saved name"));
        session.save();
        session.execute(PlanCommands.typing(domain, objective, Literals.NAMED_ELEMENT__NAME, "Saved name and more"));
        assertTrue(session.isDirty());
        session.commandStack().undo();

        assertEquals("Saved name", objective.getName());
        assertFalse(session.isDirty(), "undo returns exactly to the saved state");
    }

    @Test
    void savingWritesThePlanAtomicallyAndKeepsABackup() throws Exception {
        Path file = TestPlans.copy(SamplePlans.STARTER, folder);
        byte[] before = Files.readAllBytes(file);
        PlanEditingSession session = open(file);
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        session.execute(PlanCommands.set(session.editingDomain(), objective, Literals.SMART_OBJECTIVE__TARGET,
                new BigDecimal("16500")));

        session.save();

        assertFalse(session.isDirty());
        assertEquals(DiskState.IN_SYNC, session.diskState(), "our own save is not a change on disk");
        assertArrayEquals(before, Files.readAllBytes(Path.of(file + ".bak")));
        MarketingPlan reread = PlanFiles.load(file);
        assertEquals("16500", ((SmartObjective) reread.eResource().getEObject("obj-reach-instagram")).getTarget()
                .toPlainString());
        List<String> changed = diff(before, Files.readAllBytes(file));
        assertEquals(1, changed.size(), "one attribute changed, one line differs: " + changed);
    }

    @Test
    void saveAsMovesTheSessionToTheNewFileWithItsLintProfile() throws Exception {
        Path file = TestPlans.copy(SamplePlans.STARTER, folder);
        Files.writeString(Path.of(file + ".lint"), "smart.specific.description-missing = off\n");
        PlanEditingSession session = open(file);
        Path copy = folder.resolve("copy.mplan");
        List<Path> moves = new ArrayList<>();
        session.addListener(new PlanEditingSession.Listener() {
            @Override
            public void moved(PlanEditingSession moved, Path from) {
                moves.add(from);
            }
        });

        session.saveAs(copy);

        assertEquals(PlanEditingSessions.keyOf(copy), session.file());
        assertSame(session, PlanEditingSessions.find(copy).orElseThrow());
        assertTrue(PlanEditingSessions.find(file).isEmpty());
        assertEquals(List.of(PlanEditingSessions.keyOf(file)), moves);
        assertEquals("smart.specific.description-missing = off\n", Files.readString(Path.of(copy + ".lint")));
        assertEquals(PlanFiles.load(file).getName(), PlanFiles.load(copy).getName());
    }

    @Test
    void saveAsRefusesAFileAnotherSessionHasOpen() throws Exception {
        Path starter = TestPlans.copy(SamplePlans.STARTER, folder);
        Path arabic = TestPlans.copy(SamplePlans.ARABIC, folder);
        PlanEditingSession session = open(starter);
        open(arabic);

        IOException refused = assertThrows(IOException.class, () -> session.saveAs(arabic));
        assertTrue(refused.getMessage().contains("open in another editor"), refused.getMessage());
        assertEquals(PlanEditingSessions.keyOf(starter), session.file());
        assertEquals(URI.createFileURI(PlanEditingSessions.keyOf(starter).toString()), session.resource().getURI());
    }

    @Test
    void revertReadsTheFileAgainAndForgetsTheUndoHistory() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        MarketingPlan before = session.plan();
        session.execute(PlanCommands.set(session.editingDomain(), before, Literals.MARKETING_PLAN__BRAND, "Other"));
        AtomicInteger reloads = new AtomicInteger();
        session.addListener(new PlanEditingSession.Listener() {
            @Override
            public void reloaded(PlanEditingSession reloaded) {
                reloads.incrementAndGet();
            }
        });

        session.revert();

        assertNotSame(before, session.plan());
        assertEquals(PlanFiles.load(session.file()).getBrand(), session.plan().getBrand());
        assertFalse(session.isDirty());
        assertFalse(session.commandStack().canUndo());
        assertEquals(1, reloads.get());
        assertSame(session.resource(), session.plan().eResource());
        assertEquals(1, session.editingDomain().getResourceSet().getResources().size());
    }

    @Test
    void aFileThatBrokeMeanwhileIsNotReadAndTheSessionKeepsItsPlan() throws Exception {
        Path file = TestPlans.copy(SamplePlans.STARTER, folder);
        PlanEditingSession session = open(file);
        MarketingPlan plan = session.plan();
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<tactician:MarketingPlan xmlns:tactician=\"x\"\n");

        assertEquals(DiskState.CHANGED, session.diskState());
        PlanLoadException broken = assertThrows(PlanLoadException.class, session::revert);

        assertTrue(broken.getMessage().startsWith(file.toRealPath() + ":"), broken.getMessage());
        assertSame(plan, session.plan());
    }

    @Test
    void aChangeOnDiskIsSeenButATouchIsNot() throws Exception {
        Path file = TestPlans.copy(SamplePlans.STARTER, folder);
        PlanEditingSession session = open(file);
        assertEquals(DiskState.IN_SYNC, session.diskState());

        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(DiskState.IN_SYNC, session.diskState(), "same bytes, newer time");

        Files.writeString(file, Files.readString(file).replace("Little Kiln Ceramics", "Little Kiln Ceramics Ltd"));
        assertEquals(DiskState.CHANGED, session.diskState());
        session.keepSessionVersion();
        assertEquals(DiskState.IN_SYNC, session.diskState(), "the user chose to keep the editor's version");

        Files.delete(file);
        assertEquals(DiskState.DELETED, session.diskState());
        session.save();
        assertEquals(DiskState.IN_SYNC, session.diskState(), "saving writes it again");
    }

    @Test
    void aCorruptFileOpensNoSessionAndStaysByteForByte() throws Exception {
        Path file = folder.resolve("broken.mplan");
        byte[] content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tactician:MarketingPlan xmi:version=\"2.0\"\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        PlanLoadException failure = assertThrows(PlanLoadException.class, () -> open(file));

        assertTrue(failure.getMessage().matches("\\Q" + file.toRealPath() + "\\E:\\d+(:\\d+)?: .+"), failure.getMessage());
        assertTrue(PlanEditingSessions.find(file).isEmpty());
        assertArrayEquals(content, Files.readAllBytes(file));
        assertFalse(Files.exists(Path.of(file + ".bak")));
    }

    @Test
    void creatingAnElementCreatesTheMissingSectionsInTheSameUndoStep() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        MarketingPlan plan = session.plan();
        assertNull(plan.getOpportunity().getPestle(), "the starter plan has no PESTLE analysis yet");
        var path = List.of(Literals.MARKETING_PLAN__OPPORTUNITY, Literals.OPPORTUNITY_SECTION__PESTLE,
                Literals.PESTLE_ANALYSIS__FACTORS);

        Command first = PlanCommands.create(session.editingDomain(), plan, path, Literals.PESTLE_FACTOR, -1);
        session.execute(first);
        session.execute(PlanCommands.create(session.editingDomain(), plan, path, Literals.PESTLE_FACTOR, 0));

        var factors = plan.getOpportunity().getPestle().getFactors();
        assertEquals(List.of("New PESTLE factor 2", "New PESTLE factor"), factors.stream().map(f -> f.getName()).toList());
        assertSame(factors.get(1), first.getResult().iterator().next());
        assertEquals("Add PESTLE factor", session.commandStack().getUndoCommand().getLabel());
        assertTrue(factors.get(0).getId() != null && !factors.get(0).getId().isBlank(), "a new element gets an id");
        session.commandStack().undo();
        session.commandStack().undo();
        assertNull(plan.getOpportunity().getPestle(), "the section created with the first factor goes with it");
    }

    @Test
    void deletingAnElementRemovesTheLinksToItUndoably() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        Channel channel = objective.getChannels().get(0);
        long linked = session.elementsOf(Literals.SMART_OBJECTIVE).size();

        session.execute(PlanCommands.delete(session.editingDomain(), List.of(channel)));

        assertTrue(objective.getChannels().isEmpty());
        assertNull(channel.eContainer());
        assertEquals("Delete channel '" + channel.getName() + "'", session.commandStack().getUndoCommand().getLabel());
        session.commandStack().undo();
        assertEquals(List.of(channel), objective.getChannels());
        assertEquals(linked, session.elementsOf(Literals.SMART_OBJECTIVE).size());
    }

    @Test
    void elementsOfATypeFollowTheEdits() throws Exception {
        PlanEditingSession session = open(TestPlans.copy(SamplePlans.STARTER, folder));
        int channels = session.elementsOf(Literals.CHANNEL).size();
        session.execute(PlanCommands.create(session.editingDomain(), session.plan(),
                List.of(Literals.MARKETING_PLAN__CHANNELS), Literals.CHANNEL, -1));

        assertEquals(channels + 1, session.elementsOf(Literals.CHANNEL).size());
        assertEquals(session.plan().getChannels(), session.elementsOf(Literals.CHANNEL));
    }

    private static List<String> diff(byte[] before, byte[] after) {
        List<String> old = new String(before, StandardCharsets.UTF_8).lines().toList();
        List<String> now = new String(after, StandardCharsets.UTF_8).lines().toList();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
            String a = i < old.size() ? old.get(i) : null;
            String b = i < now.size() ? now.get(i) : null;
            if (!Objects.equals(a, b)) {
                changed.add(b);
            }
        }
        return changed;
    }
}
