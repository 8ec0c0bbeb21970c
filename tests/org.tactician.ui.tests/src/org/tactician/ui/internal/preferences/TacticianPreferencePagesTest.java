package org.tactician.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
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

    private PreferenceDialog dialog;

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
                pageId, new String[] {"org.tactician.ui.preferences", "org.tactician.ui.preferences.lintProfile"}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTests.settle();
        return dialog;
    }

    @Test
    void theGeneralPageStoresWhatNewPlansAndDocumentsUse() {
        open("org.tactician.ui.preferences");
        TacticianPreferencePage page = assertInstanceOf(TacticianPreferencePage.class, dialog.getSelectedPage());
        assertEquals(HelpContexts.PREFERENCES, page.getControl().getData("org.eclipse.ui.help"));
        UiTests.screenshot("preferences-tactician");
        // The page fits the Preferences dialog as it opens: nothing of it is cut off on the right.
        int wanted = page.getControl().computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        assertTrue(wanted <= page.getControl().getSize().x, "the page needs " + wanted + " px and has "
                + page.getControl().getSize().x);

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
        UiTests.button(page.getControl(), PlanChoices.formatName(ArtifactFormat.CSV)).setSelection(false);
        UiTests.button(page.getControl(), PlanChoices.formatName(ArtifactFormat.ICS)).setSelection(false);
        UiTests.button(page.getControl(), Messages.preferences_summaryOnly).setSelection(true);
        UiTests.button(page.getControl(), Messages.preferences_fullPlan).setSelection(false);
        Text folder = (Text) UiTests.find(page.getControl(), control -> control instanceof Text).get(0);
        folder.setText("client-documents");
        UiTests.settle();
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
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
}
