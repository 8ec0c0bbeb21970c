package org.tactician.ui.internal.preferences;

import static org.tactician.ui.internal.preferences.PreferenceLayout.group;
import static org.tactician.ui.internal.preferences.PreferenceLayout.label;
import static org.tactician.ui.internal.preferences.PreferenceLayout.note;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.preferences.TacticianPreferences.PlanStart;

/**
 * Window → Preferences → Tactician: what a new plan starts with (language, currency, period).
 * How documents are generated is the page under it, {@link DocumentsPreferencePage}, so that
 * each page fits the Preferences dialog at the size it opens with.
 */
public final class TacticianPreferencePage extends CheckedPreferencePage {

    /** Wide enough for "EUR \u2014 Euro"; the lists hold much longer names, which must not widen the page. */
    private static final int COMBO_WIDTH = 220;

    private Combo language;
    private Combo currency;
    private final Map<PlanStart, Button> start = new EnumMap<>(PlanStart.class);
    private Spinner months;

    /** The page as the Preferences dialog makes it. */
    public TacticianPreferencePage() {
        super(Messages.preferences_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(page);

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
        Label unit = new Label(plans, SWT.NONE);
        unit.setText(Messages.preferences_months);
        GridDataFactory.swtDefaults().grab(true, false).applyTo(unit);
        note(plans, Messages.preferences_lintProfileNote, 3, 0);
        note(page, Messages.preferences_documentsNote, 1, 0);

        language.addModifyListener(event -> check());
        currency.addModifyListener(event -> check());
        load(false);
        return page;
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
        check();
    }

    @Override
    String problem() {
        if (PlanChoices.language(language.getText()).isEmpty()) {
            return Messages.preferences_badLanguage;
        }
        return PlanChoices.currency(currency.getText()).isEmpty() ? Messages.preferences_badCurrency : null;
    }

    @Override
    void showDefaults() {
        load(true);
    }

    @Override
    void store() {
        IPreferenceStore store = getPreferenceStore();
        store.setValue(TacticianPreferences.LANGUAGE, PlanChoices.language(language.getText()).orElseThrow());
        store.setValue(TacticianPreferences.CURRENCY, PlanChoices.currency(currency.getText()).orElseThrow());
        start.forEach((rule, radio) -> {
            if (radio.getSelection()) {
                store.setValue(TacticianPreferences.START, rule.name());
            }
        });
        store.setValue(TacticianPreferences.MONTHS, months.getSelection());
    }
}
