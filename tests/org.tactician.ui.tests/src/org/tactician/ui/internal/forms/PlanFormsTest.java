package org.tactician.ui.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.NamedElement;
import org.tactician.model.RaceStage;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.SamplePlans;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.editor.PlanEditorContributor;

/**
 * Editing a plan through the editor's widgets, as a user does: a field on every page, with undo
 * and redo through the workbench's commands, save and reopen; every kind of element the pages
 * offer added and removed; bad text refused; "not set" choices; links picked by label.
 */
class PlanFormsTest {

    @AfterEach
    void closeEditors() {
        UiTests.page().closeAllEditors(false);
        UiTests.settle();
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void aFieldOnEveryPageEditsUndoesRedoesAndIsSaved(SamplePlans sample) throws Exception {
        IFile file = UiTests.workspaceCopy(sample, "forms", "edit-" + sample.fileName());
        PlanEditor editor = UiTests.open(file);
        String suffix = sample == SamplePlans.ARABIC ? " — معدّل" : " (edited)";
        List<String> edited = new ArrayList<>();
        List<EObject> elements = new ArrayList<>();
        List<EStructuralFeature> features = new ArrayList<>();

        for (PlanFormPage page : editor.formPages()) {
            editor.setActivePage(page.getId());
            UiTests.settle();
            TextField field = firstTextField(page);
            assertNotNull(field, "page " + page.page().title() + " has a text field");
            EObject element = field.element;
            Object before = element.eGet(field.feature);
            String typed = (before == null ? "" : before) + suffix;

            field.type(typed);
            UiTests.settle();
            assertEquals(typed, element.eGet(field.feature), "typing commits on " + page.page().title());
            assertTrue(editor.isDirty());
            PlanEditorContributor contributor = (PlanEditorContributor) editor.getEditorSite().getActionBarContributor();
            assertTrue(contributor.undoAction().getText().startsWith("&Undo Set " + FormLabels.of(field.feature)
                    .toLowerCase()), contributor.undoAction().getText());

            execute("org.eclipse.ui.edit.undo");
            assertEquals(before, element.eGet(field.feature), "undo on " + page.page().title());
            assertEquals(before == null ? "" : before.toString(), field.text().getText(), "the field shows the undo");
            execute("org.eclipse.ui.edit.redo");
            assertEquals(typed, element.eGet(field.feature), "redo on " + page.page().title());
            edited.add(typed);
            elements.add(element);
            features.add(field.feature);
        }

        execute("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty());
        MarketingPlan saved = PlanFiles.load(file.getLocation().toPath());
        List<String> ids = elements.stream().map(element -> EcoreUtil.getURI(element)
                .fragment()).toList();
        UiTests.page().closeEditor(editor, false);
        UiTests.settle();

        PlanEditor reopened = UiTests.open(file);
        for (int i = 0; i < edited.size(); i++) {
            EObject again = reopened.session().resource().getEObject(ids.get(i));
            assertNotNull(again, ids.get(i));
            assertEquals(edited.get(i), again.eGet(features.get(i)), "saved and reopened: " + ids.get(i));
            assertEquals(edited.get(i), saved.eResource().getEObject(ids.get(i)).eGet(features.get(i)));
        }
    }

    /** The first text field for a string feature of a bound element on the page, in section order. */
    private static TextField firstTextField(PlanFormPage page) {
        for (ElementSection section : page.sections()) {
            ElementForm form = section.form() != null ? section.form()
                    : section.list() != null ? section.list().shownForm() : null;
            if (form == null || form.element() == null) {
                continue;
            }
            for (FeatureField field : form.fields()) {
                if (field instanceof TextField text && !(field instanceof DateField)
                        && field.feature.getEType().getInstanceClass() == String.class) {
                    return text;
                }
            }
        }
        return null;
    }

    private static void execute(String command)
            throws ExecutionException, NotDefinedException, NotEnabledException, NotHandledException {
        UiTests.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
        UiTests.settle();
    }

    @ParameterizedTest
    @EnumSource(SamplePlans.class)
    void everyKindOfElementThePagesOfferIsAddedAndRemoved(SamplePlans sample) throws Exception {
        IFile file = UiTests.workspaceCopy(sample, "forms", "kinds-" + sample.fileName());
        PlanEditor editor = UiTests.open(file);
        Set<EClass> made = new LinkedHashSet<>();

        for (PlanFormPage page : editor.formPages()) {
            editor.setActivePage(page.getId());
            UiTests.settle();
            for (ElementSection section : page.sections()) {
                if (section.list() != null) {
                    exercise(section.list(), made, 0);
                } else {
                    if (section.form().element() != null && !section.spec().path().isEmpty()) {
                        EObject old = section.form().element();
                        section.remove();
                        UiTests.settle();
                        assertNull(old.eContainer(), "Remove deletes the " + section.spec().title());
                        assertNull(section.form().element());
                    }
                    if (section.form().element() == null) {
                        section.create();
                        UiTests.settle();
                        assertNotNull(section.form().element(), "Create makes the " + section.spec().title());
                    }
                    made.add(section.form().element().eClass());
                    exerciseNested(section.form(), made, 0);
                }
            }
        }
        // Every class that can be contained in a plan is among them.
        Set<EClass> containable = new LinkedHashSet<>();
        collectContainable(Literals.MARKETING_PLAN, containable);
        containable.removeAll(made);
        containable.removeIf(type -> type == Literals.OPPORTUNITY_SECTION || type == Literals.STRATEGY_SECTION
                || type == Literals.ACTION_SECTION || type == Literals.OPERATIONS_SECTION);
        assertEquals(Set.of(), containable, "kinds of element no page can create");
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertNotNull(PlanFiles.load(file.getLocation().toPath()), "the plan with all its new elements saves and loads");
    }

    @Test
    void anObjectiveAddedToAPortuguesePlanIsNamedInPortugueseAndUndoneInTheWorkbenchsLanguage() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.NEEDS_WORK, "forms", "new-name-" + SamplePlans.NEEDS_WORK.fileName());
        PlanEditor editor = UiTests.open(file);
        assertEquals("pt", editor.session().plan().getLanguage(), "the needs-work sample is a Portuguese plan");
        ElementList objectives = null;
        for (PlanFormPage page : editor.formPages()) {
            if (objectives != null) {
                break;
            }
            editor.setActivePage(page.getId()); // a page makes its sections when first shown
            UiTests.settle();
            for (ElementSection section : page.sections()) {
                if (section.list() != null && section.list().feature() == Literals.OPPORTUNITY_SECTION__OBJECTIVES) {
                    objectives = section.list();
                }
            }
        }
        assertNotNull(objectives, "a page lists the SMART objectives");
        UiTests.settle();

        EObject created = objectives.add(Literals.SMART_OBJECTIVE);
        UiTests.settle();

        assertEquals("Novo objetivo SMART", ((NamedElement) created).getName());
        assertEquals("Novo objetivo SMART", objectives.columnText(created, Literals.NAMED_ELEMENT__NAME), "the list shows it");
        TextField name = null;
        for (FeatureField field : objectives.shownForm().fields()) {
            if (field instanceof TextField text && field.feature == Literals.NAMED_ELEMENT__NAME) {
                name = text;
            }
        }
        assertNotNull(name, "the new objective's form has its name field");
        assertEquals("Novo objetivo SMART", name.text().getText());
        UiTests.screenshot("forms-new-objective-pt");
        assertEquals("Add SMART objective", editor.session().commandStack().getUndoCommand().getLabel());
    }

    /** Adds an element of each kind to {@code list}, exercises its nested lists, and removes it again. */
    private static void exercise(ElementList list, Set<EClass> made, int depth) {
        for (EClass type : list.creatable()) {
            int before = list.rows().size();
            EObject created = list.add(type);
            UiTests.settle();
            assertNotNull(created, "Add in " + list.feature().getName());
            assertSame(type, created.eClass());
            assertEquals(before + 1, list.rows().size());
            assertSame(created, list.shownForm().element(), "the new element is shown");
            if (created instanceof NamedElement named) {
                assertNamedInThePlansLanguage(named);
            }
            made.add(type);
            // A section the plan lacked (a SWOT analysis, a budget) is created with its first element.
            for (EObject container = list.owner(); container != null; container = container.eContainer()) {
                made.add(container.eClass());
            }
            exerciseNested(list.shownForm(), made, depth + 1);
            list.select(created);
            list.removeSelected();
            UiTests.settle();
            assertNull(created.eContainer(), "Remove deletes the " + type.getName());
            assertEquals(before, list.rows().size());
        }
    }

    /** A new element's name is plan content: "New …" in English, "Novo …"/"Nova …" in Portuguese, "… جديد(ة)" in Arabic. */
    private static void assertNamedInThePlansLanguage(NamedElement named) {
        String language = ((MarketingPlan) EcoreUtil.getRootContainer(named)).getLanguage();
        String name = named.getName();
        String expected = PlanTerms.of(language).text("newName." + named.eClass().getName());
        assertTrue(name.equals(expected) || name.matches(java.util.regex.Pattern.quote(expected) + " \\d+"), name + " is " + expected);
        boolean inItsLanguage = switch (language) {
            case "pt" -> name.startsWith("Novo ") || name.startsWith("Nova ");
            case "ar" -> name.matches(".*جديدة?( \\d+)?") || name.contains("جديد ");
            default -> name.startsWith("New ");
        };
        assertTrue(inItsLanguage, language + ": " + name);
    }

    private static void exerciseNested(ElementForm form, Set<EClass> made, int depth) {
        if (depth > 3 || form == null || form.element() == null) {
            return;
        }
        for (FeatureField field : form.fields()) {
            if (field instanceof ContainedListField nested) {
                exercise(nested.list(), made, depth);
            } else if (field instanceof ContainedElementField contained) {
                if (contained.child() == null) {
                    contained.toggle();
                    UiTests.settle();
                    assertNotNull(contained.child(), "Create " + contained.feature.getName());
                    made.add(contained.child().eClass());
                    contained.toggle();
                    UiTests.settle();
                    assertNull(contained.child(), "Remove " + contained.feature.getName());
                } else {
                    made.add(contained.child().eClass());
                }
            }
        }
    }

    private static void collectContainable(EClass type, Set<EClass> found) {
        for (var reference : type.getEAllContainments()) {
            EClass target = reference.getEReferenceType();
            for (EClass candidate : concrete(target)) {
                if (found.add(candidate)) {
                    collectContainable(candidate, found);
                }
            }
        }
    }

    private static List<EClass> concrete(EClass type) {
        List<EClass> result = new ArrayList<>();
        for (var classifier : type.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass candidate && !candidate.isAbstract() && !candidate.isInterface()
                    && type.isSuperTypeOf(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    @Test
    void badAmountsAreRefusedOnTheFieldAndNothingIsCommitted() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "forms", "bad-text.mplan");
        PlanEditor editor = UiTests.open(file);
        PlanFormPage action = page(editor, "action");
        editor.setActivePage(action.getId());
        UiTests.settle();
        ElementList budget = section(action, "Budget").list();
        ElementForm line = budget.shownForm();
        TextField amount = (TextField) line.field(Literals.BUDGET_LINE__AMOUNT);
        Object before = line.element().eGet(Literals.BUDGET_LINE__AMOUNT);

        amount.type("1,250.00");
        UiTests.settle();

        assertEquals(before, line.element().eGet(Literals.BUDGET_LINE__AMOUNT), "nothing committed");
        assertEquals("1,250.00", amount.text().getText(), "the typed text stays for correcting");
        assertEquals(IMessageProvider.ERROR, action.getManagedForm().getForm().getMessageType());
        assertTrue(action.getManagedForm().getForm().getForm().getMessage() != null);
        assertFalse(editor.isDirty());

        amount.type("1250");
        UiTests.settle();
        assertEquals(Money.of("1250", "EUR"), line.element().eGet(Literals.BUDGET_LINE__AMOUNT));
        assertNotEquals(IMessageProvider.ERROR, action.getManagedForm().getForm().getMessageType());
    }

    @Test
    void unsettableChoicesOfferNotSetAndLinksArePickedByLabel() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "forms", "choices.mplan");
        PlanEditor editor = UiTests.open(file);
        PlanFormPage opportunity = page(editor, "opportunity");
        editor.setActivePage(opportunity.getId());
        UiTests.settle();
        ElementList objectives = section(opportunity, "SMART objectives").list();
        SmartObjective objective = (SmartObjective) objectives.rows().get(1);
        objectives.select(objective);
        UiTests.settle();
        ElementForm form = objectives.shownForm();

        EnumField stage = (EnumField) form.field(Literals.SMART_OBJECTIVE__RACE_STAGE);
        Combo stages = (Combo) stage.control();
        assertEquals(EnumField.NOT_SET, stages.getItem(0));
        // "(not set)" carries left-to-right marks: its parentheses keep their places on a right-to-left page
        assertEquals(List.of("\u200E(not set)\u200E", "Plan", "Reach", "Act", "Convert", "Engage"), List.of(stages.getItems()));
        stage.choose(EnumField.NOT_SET);
        assertFalse(objective.isSetRaceStage(), "'not set' unsets the stage");
        stage.choose("Engage");
        assertEquals(RaceStage.ENGAGE, objective.getRaceStage());

        ReferenceField owner = (ReferenceField) form.field(Literals.SMART_OBJECTIVE__OWNER);
        Combo owners = (Combo) owner.control();
        List<String> team = editor.session().plan().getTeam().stream().map(NamedElement::getName).toList();
        List<String> expected = new ArrayList<>(List.of(ReferenceField.NONE));
        expected.addAll(team);
        assertEquals(expected, List.of(owners.getItems()), "the plan's team by name");
        owner.choose(editor.session().plan().getTeam().get(0));
        assertSame(editor.session().plan().getTeam().get(0), objective.getOwner());
        assertEquals(team.get(0), owners.getText());

        TextField target = (TextField) form.field(Literals.SMART_OBJECTIVE__TARGET);
        target.type("16 000");
        assertEquals(new BigDecimal("16000"), objective.getTarget());
        Text deadline = ((DateField) form.field(Literals.SMART_OBJECTIVE__DEADLINE)).text();
        assertEquals("2027-12-31", deadline.getText());
        assertEquals(SWT.LEFT_TO_RIGHT, deadline.getOrientation());
    }

    @Test
    void typingIsCommittedAfterAPauseAsOneUndoStep() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.STARTER, "forms", "typing.mplan");
        PlanEditor editor = UiTests.open(file);
        PlanFormPage overview = editor.formPages().get(0);
        TextField brand = (TextField) section(overview, "Plan").form().field(Literals.MARKETING_PLAN__BRAND);
        MarketingPlan plan = editor.session().plan();
        String before = plan.getBrand();

        brand.text().setFocus();
        for (String typed : List.of(before + " S", before + " Studio")) {
            brand.text().setText(typed);
            UiTests.waitFor(TextField.COMMIT_DELAY_MS + 200);
        }
        assertEquals(before + " Studio", plan.getBrand(), "committed after the pause, without leaving the field");
        execute("org.eclipse.ui.edit.undo");
        assertEquals(before, plan.getBrand(), "the whole typing undoes in one step");
        assertFalse(editor.isDirty());
    }

    @Test
    void listsSortByAColumnAndFilterByTyping() throws Exception {
        IFile file = UiTests.workspaceCopy(SamplePlans.FURNITURE_RETAILER, "forms", "sort.mplan");
        PlanEditor editor = UiTests.open(file);
        PlanFormPage action = page(editor, "action");
        editor.setActivePage(action.getId());
        UiTests.settle();
        ElementList budget = section(action, "Budget").list();
        Table table = (Table) UiTests.find(budget.control(), Table.class::isInstance).get(0);
        List<EObject> planOrder = new ArrayList<>(budget.rows());
        TableColumn amount = Arrays.stream(table.getColumns()).filter(column -> column.getText().equals("Amount"))
                .findFirst().orElseThrow();

        amount.notifyListeners(SWT.Selection, new Event());
        List<BigDecimal> ascending = budget.rows().stream()
                .map(line -> ((Money) line.eGet(Literals.BUDGET_LINE__AMOUNT)).amount()).toList();
        assertEquals(ascending.stream().sorted().toList(), ascending, "sorted by amount, smallest first");
        assertEquals(SWT.UP, table.getSortDirection());
        amount.notifyListeners(SWT.Selection, new Event());
        assertEquals(ascending.reversed(), budget.rows().stream()
                .map(line -> ((Money) line.eGet(Literals.BUDGET_LINE__AMOUNT)).amount()).toList(), "then largest first");
        amount.notifyListeners(SWT.Selection, new Event());
        assertEquals(planOrder, budget.rows(), "then the plan's own order again");

        Text filter = (Text) UiTests.find(budget.control(), control -> control instanceof Text text
                && (text.getStyle() & SWT.SEARCH) != 0).get(0);
        filter.setText("pinterest");
        UiTests.settle();
        assertFalse(budget.rows().isEmpty());
        assertTrue(budget.rows().size() < planOrder.size());
        assertTrue(budget.rows().stream().allMatch(line -> budget.columnText(line, null).toLowerCase().contains("pinterest")
                || budget.columnText(line, Literals.BUDGET_LINE__CATEGORY).toLowerCase().contains("pinterest")));
        assertEquals(budget.rows().size(), table.getItemCount(), "the table shows the filtered rows");
    }

    static PlanFormPage page(PlanEditor editor, String id) {
        return editor.formPages().stream().filter(page -> page.getId().equals(id)).findFirst().orElseThrow();
    }

    static ElementSection section(PlanFormPage page, String title) {
        return page.sections().stream().filter(section -> section.spec().title().equals(title)).findFirst()
                .orElseThrow();
    }
}
