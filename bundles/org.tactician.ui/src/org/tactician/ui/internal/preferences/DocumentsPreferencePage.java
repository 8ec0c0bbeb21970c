package org.tactician.ui.internal.preferences;

import static org.tactician.ui.internal.preferences.PreferenceLayout.INDENT;
import static org.tactician.ui.internal.preferences.PreferenceLayout.choices;
import static org.tactician.ui.internal.preferences.PreferenceLayout.group;
import static org.tactician.ui.internal.preferences.PreferenceLayout.heading;
import static org.tactician.ui.internal.preferences.PreferenceLayout.label;
import static org.tactician.ui.internal.preferences.PreferenceLayout.note;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ModifyListener;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.tactician.generators.ArtifactFormat;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.preferences.TacticianPreferences.AfterGeneration;

/**
 * Window → Preferences → Tactician → Documents: how Generate Documents starts out —
 * the formats, summary or full plan, the output folder and what opens when it is done.
 */
public final class DocumentsPreferencePage extends CheckedPreferencePage {

    private final Map<ArtifactFormat, Button> formats = new EnumMap<>(ArtifactFormat.class);
    private Button full;
    private Button summary;
    private Text folder;
    private final Map<AfterGeneration, Button> after = new EnumMap<>(AfterGeneration.class);

    /** The page as the Preferences dialog makes it. */
    public DocumentsPreferencePage() {
        super(Messages.preferences_documentsDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(page);

        Group documents = group(page, Messages.preferences_documents, 3);
        heading(documents, Messages.preferences_formats, 3);
        // short names in a grid (the description as a tool tip), under their label: beside it they would widen the page
        Composite boxes = choices(documents, 3, 3);
        for (ArtifactFormat format : PlanChoices.formatsInOrder()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(PlanChoices.formatName(format));
            box.setToolTipText(PlanChoices.formatLabel(format));
            box.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> check()));
            formats.put(format, box);
        }
        heading(documents, Messages.preferences_content, 3);
        Composite contents = choices(documents, 3, 2);
        full = new Button(contents, SWT.RADIO);
        full.setText(Messages.preferences_fullPlan);
        summary = new Button(contents, SWT.RADIO);
        summary.setText(Messages.preferences_summaryOnly);
        label(documents, Messages.preferences_folder);
        folder = new Text(documents, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(folder);
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
        note(documents, Messages.preferences_folderNote, 3, INDENT);
        heading(documents, Messages.preferences_after, 3);
        Composite afters = choices(documents, 3, 2); // two columns: three lines would not fit the dialog's height
        for (AfterGeneration choice : AfterGeneration.values()) {
            Button radio = new Button(afters, SWT.RADIO);
            radio.setText(switch (choice) {
                case FOLDER -> Messages.preferences_afterFolder;
                case PDF -> Messages.preferences_afterPdf;
                case NOTHING -> Messages.preferences_afterNothing;
            });
            after.put(choice, radio);
        }
        load(false);
        return page;
    }

    /** Shows the stored values, or the defaults. */
    private void load(boolean defaults) {
        IPreferenceStore store = getPreferenceStore();
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

    @Override
    String problem() {
        if (formats.values().stream().noneMatch(Button::getSelection)) {
            return Messages.preferences_noFormat;
        }
        return folder.getText().isBlank() ? Messages.preferences_noFolder : null;
    }

    @Override
    void showDefaults() {
        load(true);
    }

    @Override
    void store() {
        IPreferenceStore store = getPreferenceStore();
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
    }
}
