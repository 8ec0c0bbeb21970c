package org.tactician.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.NamedElement;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.samples.SamplePlans;

/**
 * What the plan editor's forms call the elements they add: plan content, so in the plan's
 * language, whatever the workbench's is; English for a language Tactician has no words for.
 */
class NewElementNamesTest {

    @TempDir
    Path folder;

    private PlanEditingSession session;

    @AfterEach
    void release() {
        if (session != null && !session.isDisposed()) {
            session.release();
        }
    }

    /**
     * Adds one element of every kind the plan can hold, the way the forms do (the last list of a
     * path from the plan or from the element that holds it), into the starter plan in
     * {@code language}; the names by kind.
     */
    private Map<String, String> namesOfEveryNewKind(String language) throws Exception {
        session = PlanEditingSessions.acquire(
                TestPlans.copy(SamplePlans.STARTER, Files.createDirectories(folder.resolve(language))));
        session.plan().setLanguage(language);
        Map<String, String> names = new LinkedHashMap<>();
        addEveryKindInto(session.plan(), names, new HashSet<>());
        session.release();
        return names;
    }

    private void addEveryKindInto(EObject owner, Map<String, String> names, Set<EReference> visited) {
        for (EReference list : owner.eClass().getEAllContainments()) {
            if (!visited.add(list)) {
                continue;
            }
            EClass type = list.getEReferenceType();
            // A section the plan has is kept; a named element is always added (replacing a single one).
            EObject child = list.isMany() || Literals.NAMED_ELEMENT.isSuperTypeOf(type) ? null : (EObject) owner.eGet(list);
            if (child == null) {
                Command create = PlanCommands.create(session.editingDomain(), owner, List.of(list), type, -1);
                assertTrue(create.canExecute(), "a " + type.getName() + " can be added to " + owner.eClass().getName());
                session.execute(create);
                child = (EObject) create.getResult().iterator().next();
                if (child instanceof NamedElement named) {
                    names.putIfAbsent(type.getName(), named.getName());
                }
            }
            addEveryKindInto(child, names, visited);
        }
    }

    @Test
    void everyKindOfElementAPlanHoldsIsAddedWithANameInThePlansLanguage() throws Exception {
        Map<String, String> english = namesOfEveryNewKind("en");
        Set<String> kinds = new TreeSet<>();
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
                    && Literals.NAMED_ELEMENT.isSuperTypeOf(eClass) && eClass != Literals.MARKETING_PLAN) {
                kinds.add(eClass.getName());
            }
        }
        assertEquals(kinds, new TreeSet<>(english.keySet()), "the walk adds every kind of named element");
        english.forEach((kind, name) -> assertTrue(name.startsWith("New "), kind + ": " + name));
        assertEquals(english.size(), new HashSet<>(english.values()).size(), "two kinds would get the same name " + english);
        for (String language : List.of("pt", "ru", "vi", "it", "ar")) {
            Map<String, String> translated = namesOfEveryNewKind(language);
            assertEquals(english.keySet(), translated.keySet());
            for (String kind : english.keySet()) {
                assertNotEquals(english.get(kind), translated.get(kind), kind + " in " + language);
            }
            assertEquals(english.size(), new HashSet<>(translated.values()).size(),
                    language + ": two kinds would get the same name " + translated);
        }
    }

    @Test
    void aPortugueseRussianOrArabicPlanNamesWhatTheFormsAddInItsLanguage() throws Exception {
        Map<String, String> portuguese = namesOfEveryNewKind("pt");
        assertEquals("Novo objetivo SMART", portuguese.get("SmartObjective"));
        assertEquals("Nova estratégia TOWS", portuguese.get("TowsStrategy"));
        assertEquals("Nova ação", portuguese.get("ActionItem"));
        assertEquals("Nova linha orçamental", portuguese.get("BudgetLine"));
        assertEquals("Nova entrada editorial", portuguese.get("EditorialEntry"));
        assertEquals("Novo KPI", portuguese.get("Kpi"));
        assertEquals("Nova persona", portuguese.get("Persona"));
        assertEquals("Novo segmento", portuguese.get("Segment"));
        assertEquals("Novo canal", portuguese.get("Channel"));
        assertEquals("Novo ponto de contacto", portuguese.get("Touchpoint"));

        Map<String, String> russian = namesOfEveryNewKind("ru");
        assertEquals("Новая SMART-цель", russian.get("SmartObjective"));
        assertEquals("Новая статья бюджета", russian.get("BudgetLine"));
        assertEquals("Новый канал", russian.get("Channel"));
        assertEquals("Новая точка контакта", russian.get("Touchpoint"));
        assertEquals("Новый элемент SWOT", russian.get("SwotItem"));

        Map<String, String> arabic = namesOfEveryNewKind("ar-AE");
        assertEquals("هدف SMART جديد", arabic.get("SmartObjective"));
        assertEquals("حملة جديدة", arabic.get("Campaign"));
        assertEquals("شريحة جديدة", arabic.get("Segment"));
        assertEquals("مؤشر أداء جديد", arabic.get("Kpi"));
    }

    @Test
    void aLanguageTacticianHasNoWordsForGetsEnglishNamesAndTheUndoLabelStaysInTheWorkbenchsLanguage() throws Exception {
        session = PlanEditingSessions.acquire(TestPlans.copy(SamplePlans.STARTER, folder));
        session.plan().setLanguage("de");
        var objectives = List.of(Literals.MARKETING_PLAN__OPPORTUNITY, Literals.OPPORTUNITY_SECTION__OBJECTIVES);

        session.execute(PlanCommands.create(session.editingDomain(), session.plan(), objectives, Literals.SMART_OBJECTIVE, -1));
        session.execute(PlanCommands.create(session.editingDomain(), session.plan(), objectives, Literals.SMART_OBJECTIVE, -1));
        session.execute(PlanCommands.create(session.editingDomain(), session.plan(), List.of(Literals.MARKETING_PLAN__CHANNELS),
                Literals.CHANNEL, -1));

        var added = session.plan().getOpportunity().getObjectives();
        assertEquals(List.of("New SMART objective", "New SMART objective 2"),
                added.subList(added.size() - 2, added.size()).stream().map(NamedElement::getName).toList());
        var channels = session.plan().getChannels();
        assertEquals("New channel", channels.get(channels.size() - 1).getName());
        assertEquals("Add channel", session.commandStack().getUndoCommand().getLabel());

        session.plan().setLanguage("pt");
        session.execute(PlanCommands.create(session.editingDomain(), session.plan(), objectives, Literals.SMART_OBJECTIVE, -1));
        assertEquals("Novo objetivo SMART", added.get(added.size() - 1).getName());
        assertEquals("Add SMART objective", session.commandStack().getUndoCommand().getLabel(),
                "the Edit menu speaks the workbench's language, not the plan's");
    }
}
