package org.tactician.ui.internal.preferences;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.tactician.generators.ArtifactFormat;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.preferences.TacticianPreferences.AfterGeneration;
import org.tactician.ui.internal.preferences.TacticianPreferences.PlanStart;

/**
 * Window → Preferences → Tactician: what a new plan starts with (language, currency, period)
 * and how documents are generated (formats, summary or full, output folder, what opens after).
 */
public final class TacticianPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Combo language;
    private Combo currency;
    private final Map<PlanStart, Button> start = new EnumMap<>(PlanStart.class);
    private Spinner months;
    private final Map<ArtifactFormat, Button> formats = new EnumMap<>(ArtifactFormat.class);
    private Button full;
    private Button summary;
    private Text folder;
    private final Map<AfterGeneration, Button> after = new EnumMap<>(AfterGeneration.class);

    /** Wide enough for "EUR \u2014 Euro"; the lists hold much longer names, which must not widen the page. */
    private static final int COMBO_WIDTH = 260;

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(TacticianPreferences.store());
        setDescription(Messages.preferences_description);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        HelpContexts.set(getControl(), HelpContexts.PREFERENCES); // the whole page, its buttons too
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(page);

        Group plans = group(page, Messages.preferences_newPlans, 3);
        label(plans, Messages.preferences_language);
        language = PlanChoices.languageCombo(plans, TacticianPreferences.language());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(language);
        label(plans, Messages.preferences_currency);
        currency = PlanChoices.currencyCombo(plans, TacticianPreferences.currency());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(COMBO_WIDTH, SWT.DEFAULT).applyTo(currency);
        label(plans, Messages.preferences_start);
        Composite starts = new Composite(plans, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(starts);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(starts);
        for (PlanStart rule : PlanStart.values()) {
            Button radio = new Button(starts, SWT.RADIO);
            radio.setText(switch (rule) {
                case NEXT_MONTH -> Messages.preferences_startNextMonth;
                case NEXT_QUARTER -> Messages.preferences_startNextQuarter;
                case NEXT_YEAR -> Messages.preferences_startNextYear;
            });
            start.put(rule, radio);
        }
        label(plans, Messages.preferences_length);
        months = new Spinner(plans, SWT.BORDER);
        months.setValues(12, 1, 120, 0, 1, 12);
        label(plans, Messages.preferences_months);
        Label profile = new Label(plans, SWT.WRAP);
        profile.setText(Messages.preferences_lintProfileNote);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(profile);

        Group documents = group(page, Messages.preferences_documents, 3);
        label(documents, Messages.preferences_formats);
        Composite boxes = new Composite(documents, SWT.NONE);
        // short names in a grid (the description as a tool tip), so the page fits the Preferences dialog
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(boxes);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(boxes);
        for (ArtifactFormat format : PlanChoices.formatsInOrder()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(PlanChoices.formatName(format));
            box.setToolTipText(PlanChoices.formatLabel(format));
            box.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> check()));
            formats.put(format, box);
        }
        label(documents, Messages.preferences_content);
        Composite contents = new Composite(documents, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(contents);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(contents);
        full = new Button(contents, SWT.RADIO);
        full.setText(Messages.preferences_fullPlan);
        summary = new Button(contents, SWT.RADIO);
        summary.setText(Messages.preferences_summaryOnly);
        label(documents, Messages.preferences_folder);
        folder = new Text(documents, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        folder.addModifyListener((ModifyListener) event -> check());
        Button browse = new Button(documents, SWT.PUSH);
        browse.setText(Messages.preferences_browse);
        browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setMessage(Messages.preferences_folderDialog);
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        }));
        new Label(documents, SWT.NONE);
        Label folderNote = new Label(documents, SWT.WRAP);
        folderNote.setText(Messages.preferences_folderNote);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(folderNote);
        label(documents, Messages.preferences_after);
        Composite afters = new Composite(documents, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(afters);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(afters);
        for (AfterGeneration choice : AfterGeneration.values()) {
            Button radio = new Button(afters, SWT.RADIO);
            radio.setText(switch (choice) {
                case FOLDER -> Messages.preferences_afterFolder;
                case PDF -> Messages.preferences_afterPdf;
                case NOTHING -> Messages.preferences_afterNothing;
            });
            after.put(choice, radio);
        }
        language.addModifyListener(event -> check());
        currency.addModifyListener(event -> check());

        load(false);
        return page;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
    }

    /** Shows the stored values, or the defaults. */
    private void load(boolean defaults) {
        IPreferenceStore store = getPreferenceStore();
        language.setText(PlanChoices.languageLabel(defaults ? store.getDefaultString(TacticianPreferences.LANGUAGE)
                : TacticianPreferences.language()));
        currency.setText(PlanChoices.currencyLabel(defaults ? store.getDefaultString(TacticianPreferences.CURRENCY)
                : TacticianPreferences.currency()));
        PlanStart rule = defaults ? PlanStart.valueOf(store.getDefaultString(TacticianPreferences.START))
                : TacticianPreferences.start();
        start.forEach((choice, radio) -> radio.setSelection(choice == rule));
        months.setSelection(defaults ? store.getDefaultInt(TacticianPreferences.MONTHS) : TacticianPreferences.months());
        Set<ArtifactFormat> chosen = defaults
                ? TacticianPreferences.parseFormats(store.getDefaultString(TacticianPreferences.FORMATS))
                : TacticianPreferences.formats();
        formats.forEach((format, box) -> box.setSelection(chosen.contains(format)));
        boolean summaryOnly = defaults ? store.getDefaultBoolean(TacticianPreferences.SUMMARY_ONLY)
                : TacticianPreferences.summaryOnly();
        full.setSelection(!summaryOnly);
        summary.setSelection(summaryOnly);
        folder.setText(defaults ? store.getDefaultString(TacticianPreferences.FOLDER) : TacticianPreferences.folder());
        AfterGeneration shown = defaults ? AfterGeneration.valueOf(store.getDefaultString(TacticianPreferences.AFTER_GENERATION))
                : TacticianPreferences.afterGeneration();
        after.forEach((choice, radio) -> radio.setSelection(choice == shown));
        check();
    }

    /** Says what is wrong, and allows OK only when nothing is. */
    private void check() {
        String problem = null;
        if (PlanChoices.language(language.getText()).isEmpty()) {
            problem = Messages.preferences_badLanguage;
        } else if (PlanChoices.currency(currency.getText()).isEmpty()) {
            problem = Messages.preferences_badCurrency;
        } else if (formats.values().stream().noneMatch(Button::getSelection)) {
            problem = Messages.preferences_noFormat;
        } else if (folder.getText().isBlank()) {
            problem = Messages.preferences_noFolder;
        }
        setErrorMessage(problem);
        setValid(problem == null);
    }

    @Override
    protected void performDefaults() {
        load(true);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        check();
        if (!isValid()) {
            return false;
        }
        IPreferenceStore store = getPreferenceStore();
        store.setValue(TacticianPreferences.LANGUAGE, PlanChoices.language(language.getText()).orElseThrow());
        store.setValue(TacticianPreferences.CURRENCY, PlanChoices.currency(currency.getText()).orElseThrow());
        start.forEach((rule, radio) -> {
            if (radio.getSelection()) {
                store.setValue(TacticianPreferences.START, rule.name());
            }
        });
        store.setValue(TacticianPreferences.MONTHS, months.getSelection());
        Set<ArtifactFormat> chosen = EnumSet.noneOf(ArtifactFormat.class);
        formats.forEach((format, box) -> {
            if (box.getSelection()) {
                chosen.add(format);
            }
        });
        store.setValue(TacticianPreferences.FORMATS, TacticianPreferences.formatIds(chosen));
        store.setValue(TacticianPreferences.SUMMARY_ONLY, summary.getSelection());
        store.setValue(TacticianPreferences.FOLDER, folder.getText().strip());
        after.forEach((choice, radio) -> {
            if (radio.getSelection()) {
                store.setValue(TacticianPreferences.AFTER_GENERATION, choice.name());
            }
        });
        return TacticianPreferences.save();
    }
}
