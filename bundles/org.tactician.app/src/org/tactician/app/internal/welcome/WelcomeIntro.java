package org.tactician.app.internal.welcome;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.events.IHyperlinkListener;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.IntroPart;
import org.tactician.app.TacticianIds;
import org.tactician.app.internal.Messages;

/**
 * The product's welcome: what a consultant does first (open the sample, start a plan, read the
 * guide) and where the method is explained. Shown on the first start of a workspace over the
 * Tactician perspective, and again by Help → Welcome.
 */
public final class WelcomeIntro extends IntroPart {

    /** The user guide's first page. */
    static final String GUIDE = "/org.tactician.help/topics/getting-started.html";

    /** A topic of the user guide that the welcome links to. */
    record Topic(String label, String href) {
    }

    /** A part of the plan: its name (a link to its topic) and what it holds. */
    record PlanPart(String name, String text, String href) {
    }

    /** The parts of a plan, in the order of the plan editor's pages. */
    static List<PlanPart> planParts() {
        return List.of(
                new PlanPart(Messages.welcomePartOverview, Messages.welcomePartOverviewText,
                        "/org.tactician.help/topics/section-plan.html"),
                new PlanPart(Messages.welcomePartOpportunity, Messages.welcomePartOpportunityText,
                        "/org.tactician.help/topics/section-opportunity.html"),
                new PlanPart(Messages.welcomePartStrategy, Messages.welcomePartStrategyText,
                        "/org.tactician.help/topics/section-strategy.html"),
                new PlanPart(Messages.welcomePartAction, Messages.welcomePartActionText,
                        "/org.tactician.help/topics/section-action.html"),
                new PlanPart(Messages.welcomePartOperations, Messages.welcomePartOperationsText,
                        "/org.tactician.help/topics/section-operations.html"),
                new PlanPart(Messages.welcomePartJourney, Messages.welcomePartJourneyText,
                        "/org.tactician.help/topics/section-journey.html"));
    }

    /** The topics of "Learn the method", in reading order. */
    static List<Topic> learnTopics() {
        return List.of(new Topic(Messages.welcomeLearnRace, "/org.tactician.help/topics/race.html"),
                new Topic(Messages.welcomeLearnStructure, "/org.tactician.help/topics/opportunity-strategy-action.html"),
                new Topic(Messages.welcomeLearnSmart, "/org.tactician.help/topics/smart.html"),
                new Topic(Messages.welcomeLearnSections, "/org.tactician.help/topics/plan-sections.html"),
                new Topic(Messages.welcomeLearnRules, "/org.tactician.help/rules/index.html"),
                new Topic(Messages.welcomeLearnCommandLine, "/org.tactician.help/topics/cli.html"));
    }

    private FormToolkit toolkit;
    private ScrolledForm form;

    /**
     * An editor opened while the Welcome fills the window (a plan named on the command line, a
     * file opened from the Project Explorer) would stay hidden behind it: the Welcome steps aside.
     */
    private final IPartListener2 editorOpened = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference part) {
            if (part instanceof IEditorReference) {
                IIntroManager intro = getIntroSite().getWorkbenchWindow().getWorkbench().getIntroManager();
                // Later, not inside the part's own opening: closing the Welcome re-lays the window out.
                part.getPage().getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> intro.closeIntro(WelcomeIntro.this));
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        getIntroSite().getPage().addPartListener(editorOpened);
        WelcomeActions actions = new WelcomeActions(getIntroSite().getWorkbenchWindow());
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.welcomeTitle);
        form.setImage(resources.create(image("icons/tactician48.png")));
        form.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(4)));
        toolkit.decorateFormHeading(form.getForm());

        Composite body = form.getBody();
        TableWrapLayout columns = new TableWrapLayout();
        columns.numColumns = 2;
        columns.horizontalSpacing = 32;
        columns.topMargin = 16;
        columns.leftMargin = 24;
        columns.rightMargin = 24;
        body.setLayout(columns);

        Label lead = toolkit.createLabel(body, Messages.welcomeLead, SWT.WRAP);
        lead.setLayoutData(span(2));

        Composite start = section(body, Messages.welcomeStart, weighted(3), 1, 18);
        Font actionFont = resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(1));
        action(start, resources, actionFont, "icons/welcome/open-sample.png", Messages.welcomeOpenSample,
                NLS.bind(Messages.welcomeOpenSampleDescription, WelcomeActions.SAMPLE.description(),
                        TacticianIds.SAMPLES_PROJECT),
                event -> actions.openSamplePlan(this));
        action(start, resources, actionFont, "icons/welcome/new-plan.png", Messages.welcomeNewPlan,
                Messages.welcomeNewPlanDescription, event -> actions.newPlan(this));
        action(start, resources, actionFont, "icons/welcome/user-guide.png", Messages.welcomeHelp,
                Messages.welcomeHelpDescription, event -> actions.showHelp(GUIDE));

        Composite learn = section(body, Messages.welcomeLearn, weighted(2), 1, 18);
        for (Topic topic : learnTopics()) {
            Hyperlink link = toolkit.createHyperlink(learn, topic.label(), SWT.WRAP);
            link.setHref(topic.href());
            link.addHyperlinkListener(IHyperlinkListener.linkActivatedAdapter(event -> actions.showHelp(topic.href())));
            link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        }

        Composite parts = section(body, Messages.welcomePlanParts, span(2), 2, 8);
        Font partFont = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setStyle(SWT.BOLD));
        for (PlanPart part : planParts()) {
            Hyperlink name = toolkit.createHyperlink(parts, part.name(), SWT.NONE);
            name.setFont(partFont);
            name.setUnderlined(false);
            name.setHref(part.href());
            name.addHyperlinkListener(IHyperlinkListener.linkActivatedAdapter(event -> actions.showHelp(part.href())));
            toolkit.createLabel(parts, part.text(), SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        }

        Label footer = toolkit.createLabel(body, Messages.welcomeFooter, SWT.WRAP);
        footer.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        TableWrapData footerData = span(2);
        footerData.indent = 0;
        footer.setLayoutData(footerData);

        PlatformUI.getWorkbench().getHelpSystem().setHelp(form, TacticianIds.WELCOME_HELP_CONTEXT);
        parent.addDisposeListener(event -> toolkit.dispose());
    }

    /**
     * A titled section of the body; its client, which is returned, is laid out in {@code columns}
     * columns {@code verticalSpacing} pixels apart.
     */
    private Composite section(Composite body, String title, TableWrapData data, int columns, int verticalSpacing) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        section.setLayoutData(data);
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = columns;
        layout.horizontalSpacing = 16;
        layout.verticalSpacing = verticalSpacing;
        layout.topMargin = 10;
        client.setLayout(layout);
        section.setClient(client);
        return client;
    }

    /** One of the two columns, taking {@code weight} parts of the width. */
    private static TableWrapData weighted(int weight) {
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.maxWidth = weight * 240;
        return data;
    }

    /**
     * One of the start actions: its icon and a large link, and what it does underneath. The icon
     * is a label beside a plain hyperlink (not an image hyperlink) so the workbench theme colours
     * both like the rest of the page; clicking the icon follows the link too.
     */
    private void action(Composite parent, LocalResourceManager resources, Font font, String icon, String title,
            String description, Consumer<HyperlinkEvent> run) {
        Composite row = toolkit.createComposite(parent);
        TableWrapLayout rowLayout = new TableWrapLayout();
        rowLayout.numColumns = 2;
        rowLayout.leftMargin = 0;
        rowLayout.rightMargin = 0;
        rowLayout.topMargin = 0;
        rowLayout.bottomMargin = 0;
        rowLayout.horizontalSpacing = 8;
        row.setLayout(rowLayout);
        row.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));

        Label image = toolkit.createLabel(row, null);
        image.setImage(resources.create(image(icon)));
        TableWrapData imageData = new TableWrapData(TableWrapData.LEFT, TableWrapData.TOP);
        imageData.rowspan = 2;
        image.setLayoutData(imageData);

        Hyperlink link = toolkit.createHyperlink(row, title, SWT.WRAP);
        link.setFont(font);
        link.setUnderlined(false);
        link.addHyperlinkListener(IHyperlinkListener.linkActivatedAdapter(run));
        link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.MIDDLE));
        image.addListener(SWT.MouseUp, event -> run.accept(new HyperlinkEvent(link, null, title, event.stateMask)));
        image.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_HAND));

        Label text = toolkit.createLabel(row, description, SWT.WRAP);
        text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    private static TableWrapData span(int columns) {
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.colspan = columns;
        return data;
    }

    private static ImageDescriptor image(String path) {
        return ResourceLocator.imageDescriptorFromBundle(WelcomeIntro.class, path)
                .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }

    @Override
    public void standbyStateChanged(boolean standby) {
        // The page wraps its text to any width: beside the editors it only needs laying out again.
        if (form != null && !form.isDisposed()) {
            form.reflow(true);
        }
    }

    @Override
    public void dispose() {
        IWorkbenchPage page = getIntroSite().getPage();
        if (page != null) {
            page.removePartListener(editorOpened);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        if (form != null && !form.isDisposed()) {
            form.setFocus();
        }
    }
}
