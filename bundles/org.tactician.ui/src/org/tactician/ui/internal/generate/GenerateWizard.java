package org.tactician.ui.internal.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tactician.editing.Finding;
import org.tactician.editing.PlanEditingSession;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.PlanGenerator;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.UiImages;
import org.tactician.ui.internal.preferences.PlanChoices;
import org.tactician.ui.internal.preferences.TacticianPreferences;
import org.tactician.ui.internal.preferences.TacticianPreferences.AfterGeneration;
import org.tactician.validation.Severity;

/**
 * Project → Generate Documents: which formats, the full plan or its executive summary, the output
 * folder and what to show when done (defaults from the preferences). Finish starts a
 * {@link GenerationJob} on the plan as it is in the workbench, unsaved changes included; a plan
 * with validation errors is generated only after the user agrees, as {@code generate --force}.
 */
public final class GenerateWizard extends Wizard {

    private final PlanEditingSession session;
    private OptionsPage options;
    private GenerationJob job;

    /** A wizard for the plan of {@code session} (held by the caller until the wizard is closed). */
    public GenerateWizard(PlanEditingSession session) {
        this.session = session;
        setWindowTitle(Messages.generate_title);
        setDefaultPageImageDescriptor(UiImages.descriptor(UiImages.GENERATE_BANNER));
        setHelpAvailable(true);
    }

    @Override
    public void addPages() {
        options = new OptionsPage();
        addPage(options);
    }

    /** The one page: formats, content, folder, what opens after. */
    final class OptionsPage extends WizardPage {

        private final Map<ArtifactFormat, Button> formats = new EnumMap<>(ArtifactFormat.class);
        private Button full;
        private Button summary;
        private Text folder;
        private final Map<AfterGeneration, Button> after = new EnumMap<>(AfterGeneration.class);
        private Label files;

        OptionsPage() {
            super("options");
            setTitle(NLS.bind(Messages.generate_pageTitle, session.file().getFileName()));
            setDescription(Messages.generate_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().spacing(0, 8).applyTo(page);

            Group formatGroup = group(page, Messages.generate_formats, 2);
            Set<ArtifactFormat> defaults = TacticianPreferences.formats();
            for (ArtifactFormat format : PlanChoices.formatsInOrder()) {
                Button box = new Button(formatGroup, SWT.CHECK);
                box.setText(PlanChoices.formatLabel(format));
                box.setSelection(defaults.contains(format));
                box.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> check()));
                formats.put(format, box);
            }
            Composite buttons = new Composite(formatGroup, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
            Button all = new Button(buttons, SWT.PUSH);
            all.setText(Messages.generate_selectAll);
            all.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> selectAll(true)));
            Button none = new Button(buttons, SWT.PUSH);
            none.setText(Messages.generate_selectNone);
            none.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> selectAll(false)));

            Group contentGroup = group(page, Messages.generate_content, 2);
            full = new Button(contentGroup, SWT.RADIO);
            full.setText(Messages.generate_fullPlan);
            summary = new Button(contentGroup, SWT.RADIO);
            summary.setText(Messages.generate_summaryOnly);
            boolean summaryOnly = TacticianPreferences.summaryOnly();
            full.setSelection(!summaryOnly);
            summary.setSelection(summaryOnly);
            full.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> check()));

            Group folderGroup = group(page, Messages.generate_folder, 2);
            folder = new Text(folderGroup, SWT.BORDER);
            folder.setText(TacticianPreferences.outputFolderFor(session.file()).toString());
            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(folder);
            folder.addModifyListener(event -> check());
            Button browse = new Button(folderGroup, SWT.PUSH);
            browse.setText(Messages.generate_browse);
            browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> browse()));
            files = new Label(folderGroup, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(380, SWT.DEFAULT).applyTo(files);

            Group afterGroup = group(page, Messages.generate_after, 3);
            AfterGeneration shown = TacticianPreferences.afterGeneration();
            for (AfterGeneration choice : AfterGeneration.values()) {
                Button radio = new Button(afterGroup, SWT.RADIO);
                radio.setText(switch (choice) {
                    case FOLDER -> Messages.preferences_afterFolder;
                    case PDF -> Messages.preferences_afterPdf;
                    case NOTHING -> Messages.preferences_afterNothing;
                });
                radio.setSelection(choice == shown);
                after.put(choice, radio);
            }

            setControl(page);
            HelpContexts.set(page, HelpContexts.GENERATE_WIZARD);
            session.validate();
            long errors = count(session, Severity.ERROR);
            if (errors > 0) {
                setMessage(NLS.bind(Messages.generate_hasErrors, errors), WARNING);
            }
            check();
        }

        private Group group(Composite parent, String title, int columns) {
            Group group = new Group(parent, SWT.NONE);
            group.setText(title);
            GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            return group;
        }

        private void selectAll(boolean selected) {
            formats.values().forEach(box -> box.setSelection(selected));
            check();
        }

        private void browse() {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setMessage(Messages.preferences_folderDialog);
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        }

        private void check() {
            Set<ArtifactFormat> chosen = chosenFormats();
            String problem = null;
            Path target = folderPath();
            if (chosen.isEmpty()) {
                problem = Messages.generate_noFormat;
            } else if (target == null) {
                problem = Messages.generate_badFolder;
            } else if (Files.exists(target) && !Files.isDirectory(target)) {
                problem = NLS.bind(Messages.generate_notAFolder, target);
            }
            Set<String> names = PlanGenerator.fileNames(session.plan(), chosen, summary.getSelection());
            files.setText(names.isEmpty() ? "" : NLS.bind(Messages.generate_files, names.size(), String.join(", ", names)));
            files.getParent().layout(true, true);
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        Set<ArtifactFormat> chosenFormats() {
            Set<ArtifactFormat> chosen = EnumSet.noneOf(ArtifactFormat.class);
            formats.forEach((format, box) -> {
                if (box.getSelection()) {
                    chosen.add(format);
                }
            });
            return chosen;
        }

        /** The folder typed, absolute (relative to the plan's folder); null when it is no path. */
        Path folderPath() {
            String text = folder.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                Path path = Path.of(text);
                return path.isAbsolute() ? path.normalize() : session.file().getParent().resolve(path).normalize();
            } catch (InvalidPathException e) {
                return null;
            }
        }

        AfterGeneration afterGeneration() {
            for (Map.Entry<AfterGeneration, Button> entry : after.entrySet()) {
                if (entry.getValue().getSelection()) {
                    return entry.getKey();
                }
            }
            return AfterGeneration.NOTHING;
        }

        /** Sets the choices (for tests and callers that know them). */
        void choose(Set<ArtifactFormat> chosen, boolean summaryOnly, Path target, AfterGeneration shown) {
            formats.forEach((format, box) -> box.setSelection(chosen.contains(format)));
            full.setSelection(!summaryOnly);
            summary.setSelection(summaryOnly);
            folder.setText(target.toString());
            after.forEach((choice, radio) -> radio.setSelection(choice == shown));
            check();
        }
    }

    @Override
    public boolean performFinish() {
        session.validate();
        long errors = count(session, Severity.ERROR);
        if (errors > 0 && !MessageDialog.openQuestion(getShell(), Messages.generate_errorsTitle,
                NLS.bind(Messages.generate_errors, session.file().getFileName(), errors))) {
            return false;
        }
        byte[] plan;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            session.resource().save(out, null);
            plan = out.toByteArray();
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.generate_failedTitle, e.getMessage());
            return false;
        }
        job = new GenerationJob(new GenerationJob.Request(session.file(), plan, options.folderPath(),
                options.chosenFormats(), options.summary.getSelection(), options.afterGeneration()));
        job.addJobChangeListener(new GenerationOutcome(Display.getCurrent()));
        job.schedule();
        return true;
    }

    /** The job Finish started; null before. */
    public GenerationJob job() {
        return job;
    }

    OptionsPage options() {
        return options;
    }

    /** How many findings of {@code severity} the plan has now. */
    static long count(PlanEditingSession session, Severity severity) {
        return session.findings().stream().map(Finding::severity).filter(each -> each == severity).count();
    }
}
