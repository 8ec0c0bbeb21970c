package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.menus.IMenuService;
import org.tactician.editing.PlanCommands;
import org.tactician.model.MarketingPlan;
import org.tactician.ui.internal.Messages;
import org.tactician.ui.internal.forms.PlanPages.SectionSpec;

/**
 * A section of an editor page: the plan section named by its {@link SectionSpec}, as a form or
 * a master/details list. When the plan does not have that section yet, a list can still be added
 * to (the section is created with its first element) and a form offers to create it. Its title bar
 * has a tool bar open to contributions ({@link org.tactician.ui.PlanEditors#SECTION_TOOLBAR}).
 */
public final class ElementSection {

    /** Widget data key naming a section by its title, for tests. */
    public static final String SECTION_KEY = "org.tactician.section";

    private final FormContext context;
    private final SectionSpec spec;
    private final Section section;
    private final StackLayout stack = new StackLayout();
    private final Composite client;
    private final Composite missing;
    private final ElementForm form;
    private final ElementList list;
    private final Composite titleTools;
    private EObject owner;
    private Hyperlink remove;
    private ToolBarManager contributions;
    private IMenuService menuService;

    /** Creates the section in {@code parent} (a page body with a one-column grid). */
    public ElementSection(Composite parent, FormContext context, SectionSpec spec) {
        this.context = context;
        this.spec = spec;
        // A short title bar, not TITLE_BAR: Forms paints a TITLE_BAR section through an image of
        // its whole client area on every paint, which made a page with tall sections crawl.
        section = context.toolkit().createSection(parent, ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE
                | ExpandableComposite.EXPANDED | Section.DESCRIPTION);
        section.setText(WorkbenchWords.directed(spec.title()));
        section.setDescription(WorkbenchWords.directed(spec.description()));
        section.setData(SECTION_KEY, spec.title());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);

        client = context.toolkit().createComposite(section);
        client.setLayout(stack);
        section.setClient(client);
        titleTools = context.toolkit().createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(10, 0).applyTo(titleTools);

        if (spec.isList()) {
            Composite holder = context.toolkit().createComposite(client);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(holder);
            List<EReference> creation = new ArrayList<>(spec.path());
            creation.add((EReference) spec.features().get(0));
            list = new ElementList(holder, context, (EReference) spec.features().get(0), spec.columns(), creation, false,
                    spec.detailsBelow());
            form = null;
            missing = null;
            stack.topControl = holder;
        } else {
            list = null;
            Composite holder = context.toolkit().createComposite(client);
            GridLayoutFactory.fillDefaults().numColumns(1).applyTo(holder);
            form = new ElementForm(holder, context, spec.type(), spec.features());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(form.control());
            missing = context.toolkit().createComposite(client);
            GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 6).applyTo(missing);
            Label none = context.toolkit().createLabel(missing, NLS.bind(Messages.forms_missing,
                    FormLabels.type(spec.type())), SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(none);
            Hyperlink create = context.toolkit().createHyperlink(missing,
                    NLS.bind(Messages.forms_createSection, FormLabels.type(spec.type())), SWT.NONE);
            create.setData(SECTION_KEY, "create " + spec.title()); //$NON-NLS-1$ a key for tests
            create.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent event) {
                    create();
                }
            });
            if (!spec.path().isEmpty()) {
                remove = context.toolkit().createHyperlink(titleTools, Messages.forms_removeButton, SWT.NONE);
                remove.setToolTipText(NLS.bind(Messages.forms_removeSection, FormLabels.type(spec.type())));
                remove.addHyperlinkListener(new HyperlinkAdapter() {
                    @Override
                    public void linkActivated(HyperlinkEvent event) {
                        remove();
                    }
                });
                section.setTextClient(titleTools);
            }
        }
        context.onRefresh(section, this::refresh);
        refresh();
    }

    /**
     * Adds the commands contributed to {@code location} (a menu service location without its
     * {@code toolbar:} scheme) to the section's title bar; nothing when there are none.
     */
    public void contribute(IMenuService service, String location) {
        ToolBarManager manager = new ToolBarManager(SWT.FLAT | SWT.HORIZONTAL | SWT.RIGHT);
        service.populateContributionManager(manager, "toolbar:" + location);
        if (manager.getSize() == 0) {
            service.releaseContributions(manager);
            manager.dispose();
            return;
        }
        ToolBar bar = manager.createControl(titleTools);
        bar.setData(SECTION_KEY, "tools " + spec.title());
        bar.setBackground(section.getTitleBarBackground());
        ((org.eclipse.swt.layout.GridLayout) titleTools.getLayout()).numColumns = titleTools.getChildren().length;
        if (remove != null) {
            bar.moveAbove(remove);
        }
        section.setTextClient(titleTools);
        contributions = manager;
        menuService = service;
        section.addDisposeListener(event -> {
            menuService.releaseContributions(contributions);
            contributions.dispose();
        });
        section.layout(true, true);
    }

    /** The tool bar of contributed commands in the title bar, or null when none were contributed. */
    public ToolBarManager contributions() {
        return contributions;
    }

    /** Creates the section's object (and the sections above it the plan lacks), as the Create link does. */
    void create() {
        if (context.execute(PlanCommands.create(context.domain(), context.plan(), spec.path(), spec.type(), -1))) {
            context.refreshAll();
            if (form != null) {
                form.reveal(List.of(), null);
            }
        }
    }

    /** Deletes the section's object, as the Remove link does. */
    void remove() {
        EObject current = ownerOf(spec, context.plan());
        if (current != null && context.execute(PlanCommands.delete(context.domain(), List.of(current)))) {
            context.refreshAll();
        }
    }

    /** The object the section shows, or null when the plan does not have it. */
    static EObject ownerOf(SectionSpec spec, MarketingPlan plan) {
        EObject current = plan;
        for (EReference step : spec.path()) {
            if (current == null) {
                return null;
            }
            current = (EObject) current.eGet(step);
        }
        return current;
    }

    /**
     * The chain of contained elements from the section's object down to {@code element}
     * (empty for the section's object itself); null when the section does not show it.
     */
    public static List<EObject> chainTo(SectionSpec spec, MarketingPlan plan, EObject element) {
        EObject owner = ownerOf(spec, plan);
        if (owner == null) {
            return null;
        }
        List<EObject> chain = new ArrayList<>();
        EObject current = element;
        while (current != null && current != owner) {
            chain.add(0, current);
            current = current.eContainer();
        }
        if (current != owner) {
            return null;
        }
        if (chain.isEmpty()) {
            return chain;
        }
        EStructuralFeature first = chain.get(0).eContainmentFeature();
        List<EStructuralFeature> shown = spec.features().isEmpty() ? ElementForm.editableFeatures(spec.type())
                : spec.features();
        return shown.contains(first) ? chain : null;
    }

    /** Binds to the plan's current object of the section. */
    void refresh() {
        if (section.isDisposed()) {
            return;
        }
        EObject current = ownerOf(spec, context.plan());
        boolean changed = current != owner;
        owner = current;
        if (list != null) {
            list.bind(current);
        } else {
            form.bind(current);
            Composite top = current == null ? missing : form.control().getParent();
            if (remove != null && remove.getVisible() != (current != null)) {
                remove.setVisible(current != null);
            }
            if (stack.topControl != top) {
                stack.topControl = top;
                changed = true;
            }
        }
        if (changed) {
            client.layout(true, true);
            section.layout(true, true);
        }
    }

    /** Shows {@code chain}'s end (see {@link #chainTo}), focusing {@code feature} there. */
    public boolean reveal(List<EObject> chain, EStructuralFeature feature) {
        section.setExpanded(true);
        refresh();
        if (list != null) {
            return chain.isEmpty() || list.reveal(chain, feature);
        }
        return form.element() != null && form.reveal(chain, feature);
    }

    /** The section widget. */
    public Section section() {
        return section;
    }

    /** The spec it shows. */
    public SectionSpec spec() {
        return spec;
    }

    /** The list of a list section, null otherwise. */
    ElementList list() {
        return list;
    }

    /** The form of a form section, null otherwise. */
    ElementForm form() {
        return form;
    }
}
