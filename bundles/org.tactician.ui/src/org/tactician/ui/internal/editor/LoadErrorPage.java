package org.tactician.ui.internal.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.ui.internal.Messages;

/**
 * What the plan editor shows for a file it cannot read (malformed, truncated, hostile or foreign):
 * the loader's {@code file:line:column: problem} and every problem found. Nothing is written back
 * to the file.
 */
final class LoadErrorPage extends FormPage {

    /** The page id. */
    static final String ID = "load-error";

    private final PlanLoadException error;

    LoadErrorPage(PlanEditor editor, PlanLoadException error) {
        super(editor, ID, Messages.loadError_tab);
        this.error = error;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(Messages.loadError_title);
        toolkit.decorateFormHeading(form.getForm());
        form.setMessage(error.problems().size() == 1 ? Messages.loadError_oneProblem
                : NLS.bind(Messages.loadError_problems, error.problems().size()),
                IMessageProvider.ERROR);
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(12, 12).spacing(0, 10).applyTo(body);

        Label intro = toolkit.createLabel(body, NLS.bind(Messages.loadError_intro, error.file()), SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);

        Text message = toolkit.createText(body, error.getMessage(), SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        message.setFont(JFaceResources.getTextFont());
        message.setData("org.tactician.loadError", error.getMessage());
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(message);

        if (error.problems().size() > 1) {
            Label every = toolkit.createLabel(body, Messages.loadError_every);
            every.setFont(JFaceResources.getBannerFont());
            StringBuilder list = new StringBuilder();
            for (PlanLoadException.Problem problem : error.problems()) {
                list.append(error.file()).append(':').append(problem.describe()).append('\n');
            }
            Text problems = toolkit.createText(body, list.toString().strip(), SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
            problems.setFont(JFaceResources.getTextFont());
            GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(problems);
        }

        Hyperlink reopen = toolkit.createHyperlink(body, Messages.loadError_reopen, SWT.NONE);
        reopen.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                reopen();
            }
        });
    }

    private void reopen() {
        PlanEditor editor = (PlanEditor) getEditor();
        var page = editor.getSite().getPage();
        var input = editor.getEditorInput();
        page.closeEditor(editor, false);
        try {
            page.openEditor(input, PlanEditor.id(), true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.editor_openFailedTitle,
                    e.getMessage());
        }
    }
}
