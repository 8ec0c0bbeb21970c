package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.menus.IMenuService;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.PlanLanguage;
import org.tactician.ui.PlanEditors;
import org.tactician.ui.internal.HelpContexts;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.forms.PlanPages.Page;

/**
 * One page of the plan editor, built from its {@link Page} declaration: a section per plan
 * section, right to left for plans in a right-to-left language, with the page's findings
 * summarised in its header.
 */
public final class PlanFormPage extends FormPage {

    private final Page page;
    private final PlanEditingSession session;
    private final Consumer<EObject> selection;
    private final BiConsumer<EObject, EStructuralFeature> reveal;
    private final List<Action> headerActions;
    private Runnable linkIntoWorkspace;
    private final List<ElementSection> sections = new ArrayList<>();
    private FormContext context;

    /**
     * @param selection hears of elements selected on the page
     * @param reveal shows an element wherever it is (for links that lead to other pages)
     * @param headerActions actions for the page's header tool bar (validate, ...)
     */
    public PlanFormPage(FormEditor editor, Page page, PlanEditingSession session, Consumer<EObject> selection,
            BiConsumer<EObject, EStructuralFeature> reveal, List<Action> headerActions) {
        super(editor, page.id(), page.title());
        this.page = page;
        this.session = session;
        this.selection = selection;
        this.reveal = reveal;
        this.headerActions = headerActions;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setOrientation(PlanLanguage.isRightToLeft(session.plan()) ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
        form.setText(WorkbenchWords.directed(page.title()));
        toolkit.decorateFormHeading(form.getForm());
        headerActions.forEach(action -> form.getToolBarManager().add(action));
        IMenuService menuService = getEditorSite().getService(IMenuService.class);
        if (menuService != null && form.getToolBarManager() instanceof org.eclipse.jface.action.ContributionManager header) {
            menuService.populateContributionManager(header, "toolbar:" + PlanEditors.PAGE_TOOLBAR);
            form.addDisposeListener(event -> menuService.releaseContributions(header));
        }
        form.getToolBarManager().update(true);
        context = FormContext.of(session, toolkit, managedForm.getMessageManager(), selection, reveal);
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(0, 14).applyTo(form.getBody());
        Label description = toolkit.createLabel(form.getBody(), page.description(), SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
        if (linkIntoWorkspace != null) {
            Composite outside = toolkit.createComposite(form.getBody());
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(outside);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(outside);
            Label note = toolkit.createLabel(outside, Messages.forms_outside, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(note);
            Hyperlink link = toolkit.createHyperlink(outside, Messages.forms_linkIn, SWT.NONE);
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent event) {
                    linkIntoWorkspace.run();
                }
            });
        }
        for (PlanPages.SectionSpec spec : page.sections()) {
            ElementSection section = new ElementSection(form.getBody(), context, spec);
            if (menuService != null) {
                section.contribute(menuService, PlanEditors.SECTION_TOOLBAR + sectionId(page, spec));
            }
            sections.add(section);
        }
        HelpContexts.set(form, HelpContexts.editorPage(page.id()));
        form.reflow(true);
    }

    /**
     * Shows, above the page's sections, that the plan is outside the workspace, with a link that
     * runs {@code link} (to bring it in); call before the page is built.
     */
    public void outsideWorkspace(Runnable link) {
        this.linkIntoWorkspace = link;
    }

    /**
     * The id of a section in menu service locations: the page's id, a dot and the section's
     * title in lower case with dashes ({@code opportunity.swot}, {@code strategy.business-model-canvas}).
     */
    public static String sectionId(Page page, PlanPages.SectionSpec spec) {
        String slug = spec.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return page.id() + "." + slug;
    }

    /** The page's declaration. */
    public Page page() {
        return page;
    }

    /** Whether the page's widgets exist yet (pages are built when first shown). */
    public boolean isBuilt() {
        return context != null;
    }

    /** Refreshes every part from the plan (after each change, reload or validation). */
    public void refresh() {
        if (context != null && getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
            getManagedForm().getMessageManager().setAutoUpdate(false);
            try {
                context.refreshAll();
            } finally {
                getManagedForm().getMessageManager().setAutoUpdate(true);
            }
            boolean rightToLeft = PlanLanguage.isRightToLeft(session.plan());
            ScrolledForm form = getManagedForm().getForm();
            if ((form.getOrientation() == SWT.RIGHT_TO_LEFT) != rightToLeft) {
                form.setOrientation(rightToLeft ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
                form.reflow(true);
            }
        }
    }

    /** Shows the plan's current findings (decorations, row icons, the header summary). */
    public void refreshFindings() {
        if (context != null && getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
            getManagedForm().getMessageManager().setAutoUpdate(false);
            try {
                context.refreshFindings();
            } finally {
                getManagedForm().getMessageManager().setAutoUpdate(true);
            }
        }
    }

    /** Commits what the user is still typing on this page. */
    public void commitPending() {
        if (context != null) {
            context.commitPending();
        }
    }

    /** Whether this page shows {@code element} (by its declaration; the page need not be built). */
    public boolean shows(EObject element) {
        return bestSection(element) >= 0;
    }

    private int bestSection(EObject element) {
        int best = -1;
        int bestLength = Integer.MAX_VALUE;
        for (int i = 0; i < page.sections().size(); i++) {
            List<EObject> chain = ElementSection.chainTo(page.sections().get(i), session.plan(), element);
            if (chain != null && chain.size() < bestLength) {
                best = i;
                bestLength = chain.size();
            }
        }
        return best;
    }

    /** Shows {@code element} in its section, focusing {@code feature}; the page must be built. */
    public boolean reveal(EObject element, EStructuralFeature feature) {
        int index = bestSection(element);
        if (index < 0 || context == null) {
            return false;
        }
        ElementSection section = sections.get(index);
        List<EObject> chain = ElementSection.chainTo(section.spec(), session.plan(), element);
        boolean shown = section.reveal(chain, feature);
        getManagedForm().getForm().reflow(true);
        Control focus = section.section().getDisplay().getFocusControl();
        Control target = focus != null && isInside(focus, section.section()) ? focus : section.section();
        FormToolkit.ensureVisible(target);
        return shown;
    }

    private static boolean isInside(Control control, Control ancestor) {
        for (Control current = control; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The page's sections, in order (empty until built). */
    public List<ElementSection> sections() {
        return sections;
    }
}
