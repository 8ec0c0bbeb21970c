package org.tactician.ui.internal.wizards;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.samples.NewPlans;
import org.tactician.samples.NewPlans.Content;
import org.tactician.samples.NewPlans.Settings;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.preferences.PlanChoices;
import org.tactician.ui.internal.preferences.TacticianPreferences;

/**
 * What a new plan starts from and its facts, chosen up front: blank, the starter plan or the full
 * sample; name, author, language, currency, first month and length. Defaults come from the
 * preferences. Shared by the New Marketing Plan and New Tactician Project wizards.
 */
final class PlanSettingsControl {

    private static final Map<Content, OptionalInt> LENGTHS = new EnumMap<>(Content.class);

    private final Map<Content, Button> contents = new EnumMap<>(Content.class);
    private final Text name;
    private final Text author;
    private final Combo language;
    private final Combo currency;
    private final Combo month;
    private final Spinner year;
    private final Spinner months;
    private final Label lengthNote;
    private final Runnable changed;
    private boolean nameTyped;

    PlanSettingsControl(Composite parent, Runnable changed) {
        this.changed = changed;
        Group from = new Group(parent, SWT.NONE);
        from.setText(Messages.newPlan_startFrom);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(from);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(from);
        for (Content content : Content.values()) {
            Button radio = new Button(from, SWT.RADIO);
            radio.setText(switch (content) {
                case BLANK -> Messages.newPlan_blank;
                case STARTER -> Messages.newPlan_starter;
                case FULL_SAMPLE -> Messages.newPlan_fullSample;
            });
            radio.setData(content);
            Label description = new Label(from, SWT.WRAP);
            description.setText(switch (content) {
                case BLANK -> Messages.newPlan_blankDescription;
                case STARTER -> Messages.newPlan_starterDescription;
                case FULL_SAMPLE -> Messages.newPlan_fullSampleDescription;
            });
            GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).hint(360, SWT.DEFAULT).applyTo(description);
            radio.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
                if (radio.getSelection()) {
                    contentChanged();
                }
            }));
            contents.put(content, radio);
        }
        contents.get(Content.STARTER).setSelection(true);

        Group facts = new Group(parent, SWT.NONE);
        facts.setText(Messages.newPlan_facts);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(facts);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
        label(facts, Messages.newPlan_name);
        name = new Text(facts, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(name);
        label(facts, Messages.newPlan_author);
        author = new Text(facts, SWT.BORDER);
        author.setText(System.getProperty("user.name", ""));
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(author);
        label(facts, Messages.newPlan_language);
        language = PlanChoices.languageCombo(facts, TacticianPreferences.language());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(language);
        label(facts, Messages.newPlan_currency);
        currency = PlanChoices.currencyCombo(facts, TacticianPreferences.currency());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(currency);
        label(facts, Messages.newPlan_firstMonth);
        month = new Combo(facts, SWT.READ_ONLY);
        for (Month each : Month.values()) {
            month.add(each.getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()));
        }
        year = new Spinner(facts, SWT.BORDER);
        year.setValues(2000, 1990, 2200, 0, 1, 10);
        new Label(facts, SWT.NONE);
        label(facts, Messages.newPlan_length);
        months = new Spinner(facts, SWT.BORDER);
        months.setValues(TacticianPreferences.months(), 1, 120, 0, 1, 12);
        lengthNote = new Label(facts, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(lengthNote);

        YearMonth first = TacticianPreferences.start().firstMonth(LocalDate.now());
        month.select(first.getMonthValue() - 1);
        year.setSelection(first.getYear());
        name.setText(defaultName());
        name.addModifyListener(event -> {
            nameTyped = !name.getText().equals(defaultName());
            changed.run();
        });
        author.addModifyListener(event -> changed.run());
        language.addModifyListener(event -> changed.run());
        currency.addModifyListener(event -> changed.run());
        SelectionListener periodChanged = SelectionListener.widgetSelectedAdapter(event -> periodChanged());
        month.addSelectionListener(periodChanged);
        year.addSelectionListener(periodChanged);
        year.addModifyListener(event -> periodChanged());
        months.addModifyListener(event -> changed.run());
        contentChanged();
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
    }

    private String defaultName() {
        return NLS.bind(Messages.newPlan_defaultName, Integer.toString(year.getSelection()));
    }

    private void periodChanged() {
        if (!nameTyped) {
            name.setText(defaultName());
        }
        changed.run();
    }

    private void contentChanged() {
        OptionalInt fixed = fixedLength(content());
        months.setEnabled(fixed.isEmpty());
        if (fixed.isPresent()) {
            months.setSelection(fixed.getAsInt());
            lengthNote.setText(Messages.newPlan_sampleLength);
        } else {
            months.setSelection(TacticianPreferences.months());
            lengthNote.setText(Messages.newPlan_months);
        }
        lengthNote.getParent().layout(true, true);
        changed.run();
    }

    /** How long a plan made from {@code content} lasts when it does not follow the choice (a sample's own length). */
    private static OptionalInt fixedLength(Content content) {
        synchronized (LENGTHS) {
            return LENGTHS.computeIfAbsent(content, each -> {
                try {
                    return NewPlans.fixedLength(each);
                } catch (PlanLoadException e) {
                    return OptionalInt.empty();
                }
            });
        }
    }

    /** What the plan starts from. */
    Content content() {
        for (Map.Entry<Content, Button> entry : contents.entrySet()) {
            if (entry.getValue().getSelection()) {
                return entry.getKey();
            }
        }
        return Content.BLANK;
    }

    /** What is wrong with the choices, or null. */
    String problem() {
        if (name.getText().isBlank()) {
            return Messages.newPlan_noName;
        }
        if (PlanChoices.language(language.getText()).isEmpty()) {
            return Messages.newPlan_badLanguage;
        }
        if (PlanChoices.currency(currency.getText()).isEmpty()) {
            return Messages.newPlan_badCurrency;
        }
        return null;
    }

    /** The choices; call only when {@link #problem()} is null. */
    Settings settings() {
        return new Settings(name.getText().strip(), PlanChoices.language(language.getText()).orElseThrow(),
                PlanChoices.currency(currency.getText()).orElseThrow(),
                YearMonth.of(year.getSelection(), month.getSelectionIndex() + 1), months.getSelection(),
                author.getText().strip());
    }

    /** Chooses what the plan starts from (for the wizards' callers and tests). */
    void choose(Content content) {
        contents.forEach((each, radio) -> radio.setSelection(each == content));
        contentChanged();
    }

    /** Enables or disables every choice. */
    void setEnabled(boolean enabled) {
        for (Button radio : contents.values()) {
            radio.getParent().setEnabled(enabled);
            radio.setEnabled(enabled);
        }
        for (Control control : new Control[] {name, author, language, currency, month, year}) {
            control.setEnabled(enabled);
        }
        months.setEnabled(enabled && fixedLength(content()).isEmpty());
    }

    /** The name field (to focus it). */
    Text nameField() {
        return name;
    }

    // --- the fields, for tests that type into them ---

    Combo languageField() {
        return language;
    }

    Combo currencyField() {
        return currency;
    }

    Combo monthField() {
        return month;
    }

    Spinner yearField() {
        return year;
    }

    Spinner lengthField() {
        return months;
    }
}
