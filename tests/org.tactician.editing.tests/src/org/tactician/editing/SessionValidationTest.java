package org.tactician.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tactician.editing.TestPlans.element;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.model.Channel;
import org.tactician.model.EditorialEntry;
import org.tactician.model.MarketingPlan;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.samples.SamplePlans;
import org.tactician.validation.LintProfile;
import org.tactician.validation.PlanValidation;
import org.tactician.validation.QuickFix;
import org.tactician.validation.Severity;

/** The session's findings: a full validation, incremental re-validation after commands, quick fixes. */
class SessionValidationTest {

    @TempDir
    Path folder;

    private PlanEditingSession session;

    @AfterEach
    void release() {
        if (session != null && !session.isDisposed()) {
            session.release();
        }
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void theFirstValidationFindsWhatTheCommandLineFinds(SamplePlans sample) throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(sample, folder));
        assertTrue(session.isValidationPending());

        FindingsDelta delta = session.validate();

        assertTrue(delta.all());
        List<String> expected = PlanValidation.findings(PlanValidation.validate(session.plan(), LintProfile.defaults()))
                .stream().map(f -> f.rule().id() + " " + f.object().eClass().getName()).sorted().toList();
        List<String> found = session.findings().stream().filter(f -> !f.ruleId().startsWith(Finding.EMF_RULE_PREFIX))
                .map(f -> f.ruleId() + " " + f.element().eClass().getName()).sorted().toList();
        assertEquals(expected, found);
        assertFalse(session.isValidationPending());
    }

    @Test
    void anEditIsReValidatedAloneAndItsQuickFixUndoes() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.STARTER, folder));
        session.validate();
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        List<FindingsDelta> heard = new ArrayList<>();
        session.addListener(new PlanEditingSession.Listener() {
            @Override
            public void findingsChanged(PlanEditingSession changed, FindingsDelta delta) {
                heard.add(delta);
            }
        });

        session.execute(PlanCommands.set(session.editingDomain(), objective, Literals.SMART_OBJECTIVE__DEADLINE, null));
        assertTrue(session.isValidationPending());
        FindingsDelta delta = session.validate();

        assertFalse(delta.all(), "only what the edit can affect");
        assertEquals(List.of(), delta.removed());
        Finding missing = single(delta.added(), "smart.time-bound.deadline-missing");
        assertSame(objective, missing.element());
        assertEquals(Literals.SMART_OBJECTIVE__DEADLINE, missing.feature().orElseThrow());
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals(List.of(missing), session.findingsOf(objective));
        assertEquals(List.of(delta), heard);

        QuickFix fix = missing.quickFix().orElseThrow();
        assertEquals("Set the deadline to the plan end (2027-12-31)", fix.label());
        session.execute(PlanCommands.quickFix(session.editingDomain(), fix));
        assertEquals("Set the deadline to the plan end (2027-12-31)", session.commandStack().getUndoCommand().getLabel());
        FindingsDelta fixed = session.validate();
        assertEquals(List.of(missing), fixed.removed());
        assertEquals(List.of(), session.findingsOf(objective));

        session.commandStack().undo();
        assertEquals(List.of("smart.time-bound.deadline-missing"),
                session.validate().added().stream().map(Finding::ruleId).toList(), "undoing the fix brings it back");
    }

    @Test
    void aNamePastedLongerThanACellIsFoundWhileEditingAndGoesWithTheUndo() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.STARTER, folder));
        session.validate();
        org.tactician.model.BudgetLine line = session.plan().getAction().getBudget().getLines().get(0);

        session.execute(PlanCommands.typing(session.editingDomain(), line, Literals.NAMED_ELEMENT__NAME,
                line.getName() + " " + "keywords ".repeat(4_000)));
        FindingsDelta delta = session.validate();

        assertFalse(delta.all(), "only what the edit can affect");
        Finding tooLong = single(delta.added(), "naming.too-long");
        assertSame(line, tooLong.element());
        assertEquals(Literals.NAMED_ELEMENT__NAME, tooLong.feature().orElseThrow());
        assertEquals(Severity.WARNING, tooLong.severity());
        assertTrue(session.validateAll().isEmpty(), "a full validation finds nothing new or gone");

        session.commandStack().undo();
        assertEquals(List.of("naming.too-long"), session.validate().removed().stream().map(Finding::ruleId).toList(),
                "the undo takes the finding with it");
    }

    @Test
    void unchangedFindingsKeepTheirInstanceThroughReValidation() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.FURNITURE_RETAILER, folder));
        session.validate();
        List<Finding> before = session.findings();

        FindingsDelta again = session.validateAll();

        assertTrue(again.isEmpty(), "nothing changed: " + again);
        List<Finding> after = session.findings();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), after.get(i));
        }
    }

    @Test
    void incrementalFindingsMatchAFullValidationAfterManyKindsOfEdit() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.FURNITURE_RETAILER, folder));
        session.validate();
        var domain = session.editingDomain();
        MarketingPlan plan = session.plan();
        SmartObjective first = plan.getOpportunity().getObjectives().get(0);
        Channel channel = plan.getChannels().get(0);

        session.execute(PlanCommands.typing(domain, first, Literals.NAMED_ELEMENT__NAME,
                plan.getOpportunity().getObjectives().get(1).getName()));
        session.validate();
        session.execute(PlanCommands.set(domain, first, Literals.SMART_OBJECTIVE__TARGET, first.getBaseline()));
        session.execute(PlanCommands.delete(domain, List.of(channel)));
        session.validate();
        session.execute(PlanCommands.create(domain, plan, List.of(Literals.MARKETING_PLAN__OPERATIONS,
                Literals.OPERATIONS_SECTION__EDITORIAL_CALENDAR, Literals.EDITORIAL_CALENDAR__ENTRIES),
                Literals.EDITORIAL_ENTRY, 0));
        session.execute(PlanCommands.move(domain, plan.getOpportunity(), Literals.OPPORTUNITY_SECTION__OBJECTIVES, first, 3));
        session.validate();
        session.commandStack().undo();
        session.commandStack().undo();
        session.validate();
        session.execute(PlanCommands.set(domain, plan.getAction().getBudget().getLines().get(0),
                Literals.BUDGET_LINE__AMOUNT, null));
        session.validate();

        List<String> incremental = describe(session.findings());
        assertTrue(session.validateAll().isEmpty(), "a full validation finds nothing new or gone");
        assertEquals(incremental, describe(session.findings()));
        assertTrue(incremental.stream().anyMatch(f -> f.startsWith("naming.duplicate")), incremental.toString());
        assertTrue(incremental.stream().anyMatch(f -> f.startsWith("budget.line.amount-missing")));
    }

    @Test
    void aNewEntryWithoutADateIsFoundAndTheDeletedOneIsForgotten() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.STARTER, folder));
        session.validate();
        var created = PlanCommands.create(session.editingDomain(), session.plan(),
                List.of(Literals.MARKETING_PLAN__OPERATIONS, Literals.OPERATIONS_SECTION__EDITORIAL_CALENDAR,
                        Literals.EDITORIAL_CALENDAR__ENTRIES), Literals.EDITORIAL_ENTRY, -1);
        session.execute(created);
        EditorialEntry entry = (EditorialEntry) created.getResult().iterator().next();

        List<String> added = session.validate().added().stream().map(Finding::ruleId).sorted().toList();
        // no date, no link to what it serves, no content format chosen yet
        assertEquals(List.of("calendar.entry.date-missing", "calendar.entry.unlinked", "plan.classification.missing"), added);

        session.execute(PlanCommands.delete(session.editingDomain(), List.of(entry)));
        FindingsDelta gone = session.validate();
        assertEquals(List.of(), gone.added());
        assertEquals(added, gone.removed().stream().map(Finding::ruleId).sorted().toList());
    }

    @Test
    void aChangedLintProfileReValidatesTheWholePlan() throws Exception {
        // The "needs work" draft plans an implausible growth (documented among its findings).
        Path file = TestPlans.copy(SamplePlans.NEEDS_WORK, folder);
        session = PlanEditingSessions.acquire(file);
        session.validate();
        long growth = session.findings().stream().filter(f -> f.ruleId().equals("smart.achievable.growth-implausible"))
                .count();
        assertTrue(growth > 0, "the sample has implausible growth findings");

        Files.writeString(Path.of(file + ".lint"), "smart.achievable.growth-implausible = off\n");
        session.reloadLintProfile();
        FindingsDelta delta = session.validate();

        assertTrue(delta.all());
        assertEquals(growth, delta.removed().stream().filter(f -> f.ruleId().equals("smart.achievable.growth-implausible"))
                .count());
        assertEquals(0, session.findings().stream().filter(f -> f.ruleId().equals("smart.achievable.growth-implausible"))
                .count());
    }

    @Test
    void emfChecksNameElementsInThePlansWords() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.STARTER, folder));
        SmartObjective objective = element(session, "obj-reach-instagram", SmartObjective.class);
        var channel = objective.getChannels().get(0);
        // Detach the channel without removing links: a dangling reference.
        session.execute(PlanCommands.remove(session.editingDomain(), session.plan(), Literals.MARKETING_PLAN__CHANNELS,
                channel));
        session.validate();

        Finding dangling = session.findingsOf(objective).stream()
                .filter(f -> f.ruleId().equals("emf.dangling-reference")).findFirst().orElseThrow();
        assertTrue(dangling.message().contains("SMART objective 'More visits from Instagram'"), dangling.message());
        assertFalse(dangling.message().contains("Impl@"), dangling.message());
        assertEquals(Literals.SMART_OBJECTIVE__CHANNELS, dangling.feature().orElseThrow());
        assertTrue(session.findingsOf(objective).stream().anyMatch(f -> f.ruleId().equals("reference.dangling")
                && f.quickFix().isPresent()));
    }

    @Test
    void aTargetEditLeavesUnrelatedFindingsAlone() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.FURNITURE_RETAILER, folder));
        session.validate();
        SmartObjective objective = session.plan().getOpportunity().getObjectives().get(0);

        session.execute(PlanCommands.typing(session.editingDomain(), objective, Literals.SMART_OBJECTIVE__TARGET,
                objective.getBaseline().multiply(new BigDecimal(10))));
        FindingsDelta delta = session.validate();

        assertTrue(delta.added().stream().allMatch(f -> f.element() == objective), delta.toString());
        assertTrue(delta.added().stream().anyMatch(f -> f.ruleId().equals("smart.achievable.growth-implausible")));
    }

    private static Finding single(List<Finding> findings, String ruleId) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, matching.size(), findings.toString());
        return matching.get(0);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).sorted().toList();
    }
}
