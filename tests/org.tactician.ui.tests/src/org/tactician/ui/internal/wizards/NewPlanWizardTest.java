package org.tactician.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.help.HelpSystem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tactician.editing.Finding;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.samples.NewPlans.Content;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.UiTests;
import org.tactician.ui.internal.editor.PlanEditor;
import org.tactician.ui.internal.preferences.TacticianPreferences;
import org.tactician.ui.internal.preferences.TacticianPreferences.PlanStart;
import org.tactician.validation.LintProfile;
import org.tactician.validation.RuleRegistry;
import org.tactician.validation.Severity;

/** The New Marketing Plan and New Tactician Project wizards create what they say, honouring the preferences. */
class NewPlanWizardTest {

    private static final String[] KEYS = {TacticianPreferences.LANGUAGE, TacticianPreferences.CURRENCY,
            TacticianPreferences.START, TacticianPreferences.MONTHS, TacticianPreferences.LINT_PROFILE};

    @AfterEach
    void cleanUp() {
        UiTests.page().closeAllEditors(false);
        for (String key : KEYS) {
            TacticianPreferences.store().setToDefault(key);
        }
        UiTests.settle();
    }

    private static IProject project(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    private static NewPlanWizard wizardOn(IProject project) {
        NewPlanWizard wizard = new NewPlanWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        return wizard;
    }

    @ParameterizedTest
    @EnumSource(Content.class)
    void eachStartMakesAPlanThatValidatesAndOpens(Content content) throws Exception {
        IProject project = project("new-plans");
        NewPlanWizard wizard = wizardOn(project);
        WizardDialog dialog = UiTests.openWizard(wizard);
        String name = content.name().toLowerCase() + ".mplan";
        wizard.filePage().setContainerFullPath(project.getFullPath());
        wizard.filePage().setFileName(name);
        assertEquals(HelpContexts.NEW_PLAN_WIZARD, helpOf(wizard.filePage().getControl()));
        UiTests.screenshot("wizard-new-plan-1-file");
        UiTests.press(dialog.getShell(), IDialogConstants.NEXT_LABEL);

        PlanSettingsControl settings = wizard.settingsPage().settings();
        settings.choose(content);
        settings.nameField().setText("Piano di marketing " + content);
        settings.languageField().setText("it");
        settings.currencyField().setText("CHF \u2014 Swiss Franc");
        settings.monthField().select(3);
        settings.monthField().notifyListeners(SWT.Selection, new Event());
        settings.yearField().setSelection(2030);
        settings.yearField().notifyListeners(SWT.Selection, new Event());
        UiTests.settle();
        assertEquals(HelpContexts.NEW_PLAN_WIZARD, helpOf(wizard.settingsPage().getControl()));
        assertTrue(wizard.canFinish());
        UiTests.screenshot("wizard-new-plan-2-" + content.name().toLowerCase());
        UiTests.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);

        IFile file = wizard.created();
        assertNotNull(file, "the wizard created the plan");
        assertTrue(file.exists());
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard closed");
        PlanEditor editor = assertInstanceOf(PlanEditor.class, UiTests.page().getActiveEditor(), "the plan opened");
        assertEquals(file.getLocation().toPath(), editor.file());
        MarketingPlan plan = PlanFiles.load(file.getLocation().toPath());
        assertEquals("Piano di marketing " + content, plan.getName());
        assertEquals("it", plan.getLanguage());
        assertEquals("CHF", plan.getCurrency());
        assertEquals(LocalDate.of(2030, 4, 1), plan.getStart());
        assertEquals(LocalDate.of(2031, 3, 31), plan.getEnd());

        PlanEditingSession session = editor.session();
        session.validateAll();
        List<Finding> findings = session.findings();
        assertTrue(findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR),
                "no validation error: " + findings);
        if (content != Content.BLANK) {
            // The samples validate without a warning; moved to another period and currency, they still do.
            assertTrue(findings.stream().noneMatch(finding -> finding.severity() == Severity.WARNING),
                    "no warning either: " + findings);
        }
        editor.setActivePage("overview");
        UiTests.settle();
        UiTests.screenshot("wizard-new-plan-3-opened-" + content.name().toLowerCase());
    }

    @Test
    void theWizardStartsFromThePreferences() throws Exception {
        TacticianPreferences.store().setValue(TacticianPreferences.LANGUAGE, "pt-BR");
        TacticianPreferences.store().setValue(TacticianPreferences.CURRENCY, "BRL");
        TacticianPreferences.store().setValue(TacticianPreferences.START, PlanStart.NEXT_QUARTER.name());
        TacticianPreferences.store().setValue(TacticianPreferences.MONTHS, 6);
        TacticianPreferences.setLintProfile(
                LintProfile.defaults().withSeverity(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, Severity.OFF));
        IProject project = project("preferred-plans");
        NewPlanWizard wizard = wizardOn(project);
        WizardDialog dialog = UiTests.openWizard(wizard);
        wizard.filePage().setContainerFullPath(project.getFullPath());
        wizard.filePage().setFileName("preferred.mplan");
        UiTests.press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
        PlanSettingsControl settings = wizard.settingsPage().settings();
        settings.choose(Content.BLANK);
        UiTests.settle();
        assertTrue(settings.languageField().getText().endsWith("(pt-BR)"), settings.languageField().getText());
        assertTrue(settings.currencyField().getText().startsWith("BRL"), settings.currencyField().getText());
        assertEquals(6, settings.lengthField().getSelection());
        UiTests.screenshot("wizard-new-plan-preferences");
        UiTests.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);

        IFile file = wizard.created();
        MarketingPlan plan = PlanFiles.load(file.getLocation().toPath());
        YearMonth first = PlanStart.NEXT_QUARTER.firstMonth(LocalDate.now());
        assertEquals("pt-BR", plan.getLanguage());
        assertEquals("BRL", plan.getCurrency());
        assertEquals(first.atDay(1), plan.getStart());
        assertEquals(first.plusMonths(5).atEndOfMonth(), plan.getEnd());
        assertEquals(1, (first.getMonthValue() - 1) % 3 + 1, "a quarter starts in January, April, July or October");
        Path lint = file.getLocation().toPath().resolveSibling(file.getName() + ".lint");
        assertEquals(Severity.OFF, LintProfile.load(lint).severityOf(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING),
                "the default lint profile is written beside the new plan");
        assertTrue(file.getParent().getFile(IPath.fromOSString(file.getName() + ".lint")).exists(),
                "and the workspace knows the file");
    }

    @Test
    void aPlanNeedsANameAndRealCodes() throws Exception {
        IProject project = project("new-plans");
        NewPlanWizard wizard = wizardOn(project);
        WizardDialog dialog = UiTests.openWizard(wizard);
        wizard.filePage().setContainerFullPath(project.getFullPath());
        wizard.filePage().setFileName("refused.mplan");
        UiTests.press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
        PlanSettingsControl settings = wizard.settingsPage().settings();
        settings.currencyField().setText("Euro");
        UiTests.settle();
        assertFalse(wizard.canFinish(), "no currency code: no plan");
        assertNotNull(wizard.settingsPage().getErrorMessage());
        UiTests.screenshot("wizard-new-plan-refused");
        settings.currencyField().setText("EUR");
        settings.nameField().setText(" ");
        UiTests.settle();
        assertFalse(wizard.canFinish(), "no name: no plan");
        settings.nameField().setText("Named");
        settings.languageField().setText("not a language!");
        UiTests.settle();
        assertFalse(wizard.canFinish(), "no language code: no plan");
        dialog.close();
        assertFalse(project.getFile("refused.mplan").exists(), "a cancelled wizard writes nothing");
    }

    @Test
    void theProjectWizardMakesATacticianProjectWithAFirstPlan() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = UiTests.openWizard(wizard);
        Text name = (Text) UiTests.find(wizard.projectPage().getControl(), control -> control instanceof Text).get(0);
        name.setText("Client Lisboa");
        UiTests.settle();
        assertEquals(HelpContexts.NEW_PROJECT_WIZARD, helpOf(wizard.projectPage().getControl()));
        UiTests.screenshot("wizard-new-project-1-project");
        UiTests.press(dialog.getShell(), IDialogConstants.NEXT_LABEL);
        wizard.planPage().settings().choose(Content.STARTER);
        wizard.planPage().settings().nameField().setText("Plano Lisboa");
        wizard.planPage().settings().languageField().setText("pt");
        wizard.planPage().settings().currencyField().setText("EUR");
        UiTests.settle();
        UiTests.screenshot("wizard-new-project-2-plan");
        UiTests.press(dialog.getShell(), IDialogConstants.FINISH_LABEL);

        IProject project = wizard.created();
        assertNotNull(project);
        assertTrue(project.isOpen());
        assertTrue(project.hasNature(TacticianNature.ID), "a Tactician project");
        IFile plan = project.getFile("marketing-plan.mplan");
        assertTrue(plan.exists(), "with its first plan");
        assertEquals("Plano Lisboa", PlanFiles.load(plan.getLocation().toPath()).getName());
        PlanEditor editor = assertInstanceOf(PlanEditor.class, UiTests.page().getActiveEditor());
        assertEquals(plan.getLocation().toPath(), editor.file());
    }

    @Test
    void everyContextTheWizardsUseIsInTheHelp() {
        for (String id : List.of(HelpContexts.NEW_PLAN_WIZARD, HelpContexts.NEW_PROJECT_WIZARD,
                HelpContexts.GENERATE_WIZARD, HelpContexts.PREFERENCES, HelpContexts.CALENDAR_VIEW,
                HelpContexts.DASHBOARD, HelpContexts.VALIDATION, HelpContexts.PLAN_EDITOR)) {
            assertNotNull(HelpSystem.getContext(id), id + " is a context of the user guide");
        }
    }

    /** The F1 context set on {@code control} (as the workbench's help system stores it). */
    static String helpOf(org.eclipse.swt.widgets.Control control) {
        return (String) control.getData("org.eclipse.ui.help");
    }
}
