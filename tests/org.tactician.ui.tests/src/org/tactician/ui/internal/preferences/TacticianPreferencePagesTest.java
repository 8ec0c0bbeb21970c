package org.tactician.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tactician.generators.ArtifactFormat;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiTests;
import org.tactician.validation.LintProfile;
import org.tactician.validation.RuleRegistry;
import org.tactician.validation.Severity;

/** Window → Preferences → Tactician: the pages show, check and store what new plans and generations use. */
class TacticianPreferencePagesTest {

    private static final String[] KEYS = {TacticianPreferences.LANGUAGE, TacticianPreferences.CURRENCY,
            TacticianPreferences.START, TacticianPreferences.MONTHS, TacticianPreferences.LINT_PROFILE,
            TacticianPreferences.FORMATS, TacticianPreferences.SUMMARY_ONLY, TacticianPreferences.FOLDER,
            TacticianPreferences.AFTER_GENERATION};

    /** The preference dialog's OK button. */
    private static final String APPLY_AND_CLOSE = JFaceResources.getString("PreferencesDialog.okButtonLabel");

    private static final String GENERAL = "org.tactician.ui.preferences";
    private static final String DOCUMENTS = "org.tactician.ui.preferences.documents";

    private PreferenceDialog dialog;

    private void select(String pageId) {
        dialog.getTreeViewer().setSelection(new StructuredSelection(dialog.getPreferenceManager().find(
                pageId.equals(GENERAL) ? GENERAL : GENERAL + "/" + pageId)));
        UiTests.settle();
    }

    @AfterEach
    void restoreDefaults() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close(); // the workbench keeps one preference dialog: a test must not leave it open
        }
        for (String key : KEYS) {
            TacticianPreferences.store().setToDefault(key);
        }
    }

    private PreferenceDialog open(String pageId) {
        dialog = PreferencesUtil.createPreferenceDialogOn(UiTests.page().getWorkbenchWindow().getShell(),
                pageId, new String[] {GENERAL, DOCUMENTS, "org.tactician.ui.preferences.lintProfile"}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTests.settle();
        return dialog;
    }

    @Test
    void theGeneralPageStoresWhatNewPlansAndDocumentsUse() {
        open(GENERAL);
        TacticianPreferencePage page = assertInstanceOf(TacticianPreferencePage.class, dialog.getSelectedPage());
        assertEquals(HelpContexts.PREFERENCES, page.getControl().getData("org.eclipse.ui.help"));
        UiTests.screenshot("preferences-tactician");

        Combo currency = (Combo) UiTests.find(page.getControl(), control -> control instanceof Combo).get(1);
        currency.setText("yen");
        UiTests.settle();
        assertFalse(page.isValid(), "a currency must be a code");
        assertEquals(Messages.preferences_badCurrency, page.getErrorMessage());
        currency.setText("JPY");
        Combo language = (Combo) UiTests.find(page.getControl(), control -> control instanceof Combo).get(0);
        language.setText("Vietnamese (vi)");
        UiTests.button(page.getControl(), Messages.preferences_startNextMonth).setSelection(true);
        UiTests.button(page.getControl(), Messages.preferences_startNextYear).setSelection(false);
        UiTests.settle();
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));

        select(DOCUMENTS);
        DocumentsPreferencePage documents = assertInstanceOf(DocumentsPreferencePage.class, dialog.getSelectedPage());
        assertEquals(HelpContexts.PREFERENCES, documents.getControl().getData("org.eclipse.ui.help"));
        UiTests.screenshot("preferences-documents");
        for (ArtifactFormat format : ArtifactFormat.values()) {
            UiTests.button(documents.getControl(), PlanChoices.formatName(format)).setSelection(false);
        }
        UiTests.button(documents.getControl(), PlanChoices.formatName(ArtifactFormat.PDF))
                .notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(documents.isValid(), "at least one format");
        assertEquals(Messages.preferences_noFormat, documents.getErrorMessage());
        for (ArtifactFormat format : EnumSet.of(ArtifactFormat.PDF, ArtifactFormat.HTML, ArtifactFormat.DOCX, ArtifactFormat.XLSX)) {
            UiTests.button(documents.getControl(), PlanChoices.formatName(format)).setSelection(true);
        }
        UiTests.button(documents.getControl(), Messages.preferences_summaryOnly).setSelection(true);
        UiTests.button(documents.getControl(), Messages.preferences_fullPlan).setSelection(false);
        Text folder = (Text) UiTests.find(documents.getControl(), control -> control instanceof Text).get(0);
        folder.setText("client-documents");
        UiTests.settle();
        assertTrue(documents.isValid(), String.valueOf(documents.getErrorMessage()));
        UiTests.press(dialog.getShell(), APPLY_AND_CLOSE);

        assertEquals("JPY", TacticianPreferences.currency());
        assertEquals("vi", TacticianPreferences.language());
        assertEquals(TacticianPreferences.PlanStart.NEXT_MONTH, TacticianPreferences.start());
        assertEquals(EnumSet.of(ArtifactFormat.PDF, ArtifactFormat.HTML, ArtifactFormat.DOCX, ArtifactFormat.XLSX),
                TacticianPreferences.formats());
        assertTrue(TacticianPreferences.summaryOnly());
        assertEquals(Path.of("/work/clients/acme/client-documents"),
                TacticianPreferences.outputFolderFor(Path.of("/work/clients/acme/plan.mplan")));
    }

    @Test
    void thePageFitsThePreferencesDialogAtTheSizeItOpensWith() {
        // Window → Preferences as it opens: every page, on General, at the size the dialog computes
        // for that (a size an earlier test left in the dialog settings does not count).
        dialog = PreferencesUtil.createPreferenceDialogOn(UiTests.page().getWorkbenchWindow().getShell(),
                "org.eclipse.ui.preferencePages.Workbench", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTests.settle();
        Shell shell = dialog.getShell();
        Point opened = shell.getSize();
        Point standard = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        shell.setSize(standard);
        UiTests.settle();
        for (String pageId : List.of(GENERAL, DOCUMENTS)) {
            select(pageId);
            org.eclipse.jface.preference.PreferencePage page = (org.eclipse.jface.preference.PreferencePage) dialog
                    .getSelectedPage();
            assertEquals(pageId.equals(GENERAL) ? TacticianPreferencePage.class : DocumentsPreferencePage.class,
                    page.getClass());
            UiTests.screenshot("preferences-" + (pageId.equals(GENERAL) ? "tactician" : "documents") + "-default-size");
            fitsTheDialog(shell, standard, opened, page.getControl());
        }
    }

    private static void fitsTheDialog(Shell shell, Point standard, Point opened, Control control) {
        ScrolledComposite scroller = null;
        for (Composite parent = control.getParent(); parent != null && scroller == null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite candidate) {
                scroller = candidate;
            }
        }
        assertNotNull(scroller, "the dialog shows its pages in a scrolled area");
        Rectangle room = scroller.getClientArea();
        Point wanted = control.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        System.out.println("preferences: dialog opened " + opened + ", standard " + standard + ", now " + shell.getSize()
                + "; page wants " + wanted + ", has " + room);
        assertEquals(standard, shell.getSize(), "the dialog did not have to grow for the page");
        assertTrue(wanted.x <= room.width, "the page needs " + wanted.x + " px of the " + room.width + " the dialog has");
        assertTrue(wanted.y <= room.height, "the page needs " + wanted.y + " px high of the " + room.height + " the dialog has");
        // Nothing is cut off on the right: every field, button and note ends inside the visible area.
        int right = scroller.toDisplay(room.x + room.width, 0).x;
        for (Control each : UiTests.find(control, candidate -> !(candidate instanceof Composite)
                || candidate instanceof Combo || candidate instanceof Spinner)) {
            Rectangle bounds = each.getBounds();
            int end = each.getParent().toDisplay(bounds.x + bounds.width, 0).x;
            assertTrue(end <= right, each + " ends at " + end + ", the page's visible area at " + right);
        }
    }

    @Test
    void theLintProfilePageSetsTheProfileOfNewPlans() {
        open("org.tactician.ui.preferences.lintProfile");
        LintProfilePreferencePage page = assertInstanceOf(LintProfilePreferencePage.class, dialog.getSelectedPage());
        page.setSeverity(RuleRegistry.NAMING_DUPLICATE, Severity.ERROR);
        page.setSeverity(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, Severity.OFF);
        Text growth = (Text) UiTests.find(page.getControl(), control -> control instanceof Text).get(0);
        growth.setText("250");
        UiTests.settle();
        UiTests.screenshot("preferences-lint-profile");
        growth.setText("lots");
        UiTests.settle();
        assertFalse(page.isValid(), "a setting must be a number");
        growth.setText("250");
        UiTests.settle();
        UiTests.press(dialog.getShell(), APPLY_AND_CLOSE);

        LintProfile profile = TacticianPreferences.lintProfile();
        assertEquals(Severity.ERROR, profile.severityOf(RuleRegistry.NAMING_DUPLICATE));
        assertEquals(Severity.OFF, profile.severityOf(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING));
        assertEquals(0, profile.setting(org.tactician.validation.LintSetting.values()[0]).compareTo(
                new java.math.BigDecimal("250")));
        assertEquals(RuleRegistry.SMART_SPECIFIC_NAME_MISSING.defaultSeverity(),
                profile.severityOf(RuleRegistry.SMART_SPECIFIC_NAME_MISSING), "the other rules stay as they were");
    }

    @Test
    void restoreDefaultsGoesBackToTheDefaults() {
        TacticianPreferences.store().setValue(TacticianPreferences.CURRENCY, "GBP");
        open("org.tactician.ui.preferences");
        TacticianPreferencePage page = (TacticianPreferencePage) dialog.getSelectedPage();
        Button restore = UiTests.button(dialog.getShell(), "Restore &Defaults");
        restore.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTests.settle();
        Combo currency = (Combo) UiTests.find(page.getControl(), control -> control instanceof Combo).get(1);
        assertTrue(currency.getText().startsWith("EUR"), currency.getText());
        dialog.close();
        assertEquals("GBP", TacticianPreferences.currency(), "closing without OK keeps what was stored");
    }
    @Test
    void restoreDefaultsThenOkStoresTheDefaultsOfEveryPage() {
        IPreferenceStore store = TacticianPreferences.store();
        store.setValue(TacticianPreferences.CURRENCY, "GBP");
        store.setValue(TacticianPreferences.START, TacticianPreferences.PlanStart.NEXT_MONTH.name());
        store.setValue(TacticianPreferences.MONTHS, 6);
        store.setValue(TacticianPreferences.FORMATS, TacticianPreferences.formatIds(EnumSet.of(ArtifactFormat.PDF)));
        store.setValue(TacticianPreferences.SUMMARY_ONLY, true);
        store.setValue(TacticianPreferences.FOLDER, "elsewhere");
        store.setValue(TacticianPreferences.AFTER_GENERATION, TacticianPreferences.AfterGeneration.NOTHING.name());
        TacticianPreferences.setLintProfile(LintProfile.defaults().withSeverity(RuleRegistry.NAMING_DUPLICATE, Severity.OFF));
        open(GENERAL);
        for (String pageId : List.of(GENERAL, DOCUMENTS, "org.tactician.ui.preferences.lintProfile")) {
            select(pageId);
            var page = (org.eclipse.jface.preference.PreferencePage) dialog.getSelectedPage();
            UiTests.press(page.getControl(), "Restore &Defaults"); // each page has its own
            assertTrue(page.isValid(), pageId + ": " + page.getErrorMessage());
        }
        LintProfilePreferencePage lint = assertInstanceOf(LintProfilePreferencePage.class, dialog.getSelectedPage());
        assertEquals(RuleRegistry.NAMING_DUPLICATE.defaultSeverity(), lint.profile().severityOf(RuleRegistry.NAMING_DUPLICATE),
                "the table shows the default severity");
        UiTests.press(dialog.getShell(), APPLY_AND_CLOSE);

        assertEquals("EUR", TacticianPreferences.currency());
        assertEquals(TacticianPreferences.PlanStart.NEXT_YEAR, TacticianPreferences.start());
        assertEquals(12, TacticianPreferences.months());
        assertEquals(ArtifactFormat.defaults(), TacticianPreferences.formats());
        assertFalse(TacticianPreferences.summaryOnly());
        assertEquals(Path.of("/work/clients/acme/generated"),
                TacticianPreferences.outputFolderFor(Path.of("/work/clients/acme/plan.mplan")));
        assertEquals(TacticianPreferences.AfterGeneration.FOLDER, TacticianPreferences.afterGeneration());
        assertEquals(LintProfile.defaults(), TacticianPreferences.lintProfile());
        for (String key : KEYS) {
            assertTrue(store.isDefault(key), key + " is back at its default");
        }
    }
}
