package org.tactician.ui.internal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.tactician.editing.FeatureText;
import org.tactician.editing.Finding;
import org.tactician.editing.PlanCommands;
import org.tactician.model.Money;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.ui.ext.ItemImages;
import org.tactician.ui.internal.Messages;
import org.tactician.validation.Severity;

/**
 * A list of contained elements as master and details: a sortable, filterable table (virtual, so
 * it takes a hundred thousand rows), buttons to add, remove and reorder, and the selected
 * element's form beside it (below it when nested in another element's details). Adding into a
 * section the plan does not have yet creates the section in the same command.
 */
final class ElementList {

    /** Widget data key of the table: the list it belongs to. */
    static final String LIST_KEY = "org.tactician.list";

    private static final int TOP_LEVEL_ROWS = 9;
    private static final int NESTED_ROWS = 5;

    private final FormContext context;
    private final EReference feature;
    private final List<EReference> creationPath;
    private final boolean nested;
    private final List<EStructuralFeature> columns = new ArrayList<>();
    private final List<EClass> creatable;
    private final Composite control;
    private final Text filterText;
    private final TableViewer viewer;
    private final Table table;
    private final Button add;
    private final Button remove;
    private final Button up;
    private final Button down;
    private final Composite details;
    private final StackLayout detailsStack = new StackLayout();
    private final Composite noSelection;
    private final Map<EClass, ElementForm> forms = new HashMap<>();
    private ElementForm shownForm;
    private List<EObject> rows = List.of();
    private EObject owner;
    private EObject selected;
    private String filter = "";
    private EStructuralFeature sortBy;
    private int sortDirection = SWT.NONE;

    /**
     * @param creationPath the containment references from the plan to {@code feature} (inclusive),
     *        for adding into a section the plan does not have yet; null for a list inside an element
     * @param columnNames the features shown as columns (the element's label first)
     */
    ElementList(Composite parent, FormContext context, EReference feature, List<String> columnNames,
            List<EReference> creationPath, boolean nested) {
        this(parent, context, feature, columnNames, creationPath, nested, nested);
    }

    /**
     * @param detailsBelow whether the details go below the table (for lists of few, large
     *        elements) rather than beside it
     */
    ElementList(Composite parent, FormContext context, EReference feature, List<String> columnNames,
            List<EReference> creationPath, boolean nested, boolean detailsBelow) {
        this.context = context;
        this.feature = feature;
        this.creationPath = creationPath;
        this.nested = nested;
        EClass type = feature.getEReferenceType();
        for (String name : columnNames.isEmpty() ? PlanPages.columnsOf(type) : columnNames) {
            EStructuralFeature column = type.getEStructuralFeature(name);
            if (column != null) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            columns.add(null); // the element's label
        }
        creatable = concreteTypes(type);

        Composite area;
        if (detailsBelow) {
            area = context.toolkit().createComposite(parent);
            GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 6).applyTo(area);
        } else {
            SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
            context.toolkit().adapt(sash, false, false);
            sash.setSashWidth(6);
            area = sash;
        }
        control = area;
        // A small preferred width: the list takes the width the page has, never widens the page.
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(area);

        Composite master = context.toolkit().createComposite(area);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 4).applyTo(master);
        if (detailsBelow) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(master);
        }
        filterText = new Text(master, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        context.toolkit().adapt(filterText, true, false);
        filterText.setMessage(NLS.bind(Messages.forms_filterList, FormLabels.of(feature).toLowerCase(Locale.ROOT)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        new Label(master, SWT.NONE).setVisible(false);

        Composite tableHolder = context.toolkit().createComposite(master);
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);
        viewer = new TableViewer(tableHolder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(FeatureField.FEATURE_KEY, feature.getEContainingClass().getName() + "." + feature.getName());
        table.setData(LIST_KEY, this);
        int rowsShown = detailsBelow ? NESTED_ROWS : TOP_LEVEL_ROWS;
        GridDataFactory.fillDefaults().grab(true, true)
                .hint(nested ? 240 : 200, table.getItemHeight() * rowsShown + table.getHeaderHeight() + 4)
                .applyTo(tableHolder);
        for (int i = 0; i < columns.size(); i++) {
            EStructuralFeature column = columns.get(i);
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(column == null ? FormLabels.type(type).substring(0, 1).toUpperCase(Locale.ROOT)
                    + FormLabels.type(type).substring(1) : FormLabels.of(column));
            tableColumn.setMoveable(false);
            layout.setColumnData(tableColumn, new ColumnWeightData(i == 0 ? 3 : 2, 60, true));
            tableColumn.addListener(SWT.Selection, event -> sortOn(tableColumn, column));
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < rows.size()) {
                    viewer.replace(rows.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
                // rows are held by the list
            }
        });
        viewer.setLabelProvider(new RowLabels());
        viewer.setInput(this);

        Composite buttons = context.toolkit().createComposite(master);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 4).applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        add = button(buttons, creatable.size() > 1 ? Messages.forms_addMore : Messages.forms_add,
                NLS.bind(Messages.forms_addTooltip, FormLabels.type(type)));
        remove = button(buttons, Messages.forms_removeButton, Messages.forms_removeTooltip);
        up = button(buttons, Messages.forms_up, Messages.forms_upTooltip);
        down = button(buttons, Messages.forms_down, Messages.forms_downTooltip);
        add.addListener(SWT.Selection, event -> {
            if (creatable.size() == 1) {
                add(creatable.get(0));
            } else {
                chooseTypeToAdd();
            }
        });
        remove.addListener(SWT.Selection, event -> removeSelected());
        up.addListener(SWT.Selection, event -> moveSelected(-1));
        down.addListener(SWT.Selection, event -> moveSelected(1));

        details = context.toolkit().createComposite(area);
        details.setLayout(detailsStack);
        if (detailsBelow) {
            GridDataFactory.fillDefaults().grab(true, false).indent(nested ? 16 : 0, nested ? 0 : 6).applyTo(details);
        }
        noSelection = context.toolkit().createComposite(details);
        GridLayoutFactory.fillDefaults().applyTo(noSelection);
        Label hint = context.toolkit().createLabel(noSelection, NLS.bind(Messages.forms_selectHint, FormLabels.type(type)),
                SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(hint);
        detailsStack.topControl = noSelection;
        if (!detailsBelow) {
            ((SashForm) area).setWeights(47, 53);
        }

        table.addListener(SWT.Selection, event -> selectionChanged());
        table.addListener(SWT.KeyDown, event -> {
            if (event.character == SWT.DEL && remove.isEnabled()) {
                removeSelected();
            }
        });
        table.setMenu(contextMenu());
        filterText.addModifyListener(event -> {
            filter = filterText.getText().trim().toLowerCase(Locale.ROOT);
            refresh();
        });
        context.onRefresh(control, this::refresh);
        context.onFindings(control, () -> {
            if (!table.isDisposed()) {
                viewer.refresh(); // the rows' finding icons
            }
        });
        updateButtons();
    }

    private Button button(Composite parent, String text, String tooltip) {
        Button button = context.toolkit().createButton(parent, text, SWT.PUSH);
        button.setToolTipText(tooltip);
        GridDataFactory.fillDefaults().grab(true, false).hint(88, SWT.DEFAULT).applyTo(button);
        return button;
    }

    private Menu contextMenu() {
        Menu menu = new Menu(table);
        for (EClass type : creatable) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(NLS.bind(Messages.forms_addType, FormLabels.type(type)));
            item.addListener(SWT.Selection, event -> add(type));
        }
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem delete = new MenuItem(menu, SWT.PUSH);
        delete.setText(Messages.forms_removeMenu);
        delete.addListener(SWT.Selection, event -> removeSelected());
        MenuItem moveUp = new MenuItem(menu, SWT.PUSH);
        moveUp.setText(Messages.forms_moveUp);
        moveUp.addListener(SWT.Selection, event -> moveSelected(-1));
        MenuItem moveDown = new MenuItem(menu, SWT.PUSH);
        moveDown.setText(Messages.forms_moveDown);
        moveDown.addListener(SWT.Selection, event -> moveSelected(1));
        menu.addListener(SWT.Show, event -> {
            delete.setEnabled(remove.isEnabled());
            moveUp.setEnabled(up.isEnabled());
            moveDown.setEnabled(down.isEnabled());
        });
        return menu;
    }

    private void chooseTypeToAdd() {
        Menu menu = new Menu(add);
        for (EClass type : creatable) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(FormLabels.of(type));
            item.addListener(SWT.Selection, event -> add(type));
        }
        var bounds = add.getBounds();
        menu.setLocation(add.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
        menu.setVisible(true);
    }

    private static List<EClass> concreteTypes(EClass type) {
        List<EClass> result = new ArrayList<>();
        for (EClassifier classifier : TacticianPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass candidate && !candidate.isAbstract() && !candidate.isInterface()
                    && type.isSuperTypeOf(candidate)) {
                result.add(candidate);
            }
        }
        return result;
    }

    /** The list's control. */
    Composite control() {
        return control;
    }

    /** Shows the list of {@code newOwner} (null: an empty list whose Add creates the section). */
    void bind(EObject newOwner) {
        if (newOwner != owner) {
            owner = newOwner;
            selected = null;
            showDetails(null);
            refresh();
            if (!rows.isEmpty()) {
                // Show the first element rather than an empty details pane; the editor's selection stays.
                selected = rows.get(0);
                table.setSelection(0);
                showDetails(selected);
                updateButtons();
            }
            return;
        }
        refresh();
    }

    /** The elements listed, filtered and sorted as shown. */
    List<EObject> rows() {
        return rows;
    }

    /** Rebuilds the rows from the model, keeping the selection. */
    void refresh() {
        if (table.isDisposed()) {
            return;
        }
        List<EObject> fresh = computeRows();
        if (selected != null && selected.eContainer() != owner) {
            selected = null; // deleted or moved away
            showDetails(null);
        }
        if (!fresh.equals(rows)) {
            rows = fresh;
            viewer.setItemCount(rows.size());
        }
        viewer.refresh();
        int index = selected == null ? -1 : rows.indexOf(selected);
        if (index >= 0) {
            table.setSelection(index);
        } else {
            table.deselectAll();
        }
        if (shownForm != null) {
            shownForm.refresh();
        }
        updateButtons();
    }

    @SuppressWarnings("unchecked")
    private List<EObject> computeRows() {
        if (owner == null) {
            return List.of();
        }
        List<EObject> all = (List<EObject>) owner.eGet(feature);
        List<EObject> result = new ArrayList<>(all.size());
        for (EObject element : all) {
            if (filter.isEmpty() || matches(element)) {
                result.add(element);
            }
        }
        if (sortDirection != SWT.NONE) {
            Comparator<EObject> order = Comparator.comparing(element -> sortKey(element), ElementList::compareKeys);
            result.sort(sortDirection == SWT.UP ? order : order.reversed());
        }
        return result;
    }

    private boolean matches(EObject element) {
        for (EStructuralFeature column : columns) {
            if (columnText(element, column).toLowerCase(Locale.ROOT).contains(filter)) {
                return true;
            }
        }
        return false;
    }

    private Object sortKey(EObject element) {
        if (sortBy == null) {
            return columnText(element, null).toLowerCase(Locale.ROOT);
        }
        Object value = element.eGet(sortBy);
        if (value instanceof Money money) {
            return money.amount();
        }
        if (value instanceof BigDecimal || value instanceof Number || value instanceof LocalDate
                || value instanceof YearMonth) {
            return value;
        }
        return columnText(element, sortBy).toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1; // empty values last
        }
        if (a instanceof Number x && b instanceof Number y && !(a instanceof BigDecimal && b instanceof BigDecimal)) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    private void sortOn(TableColumn column, EStructuralFeature by) {
        if (table.getSortColumn() == column) {
            sortDirection = sortDirection == SWT.UP ? SWT.DOWN : sortDirection == SWT.DOWN ? SWT.NONE : SWT.UP;
        } else {
            sortDirection = SWT.UP;
        }
        sortBy = by;
        table.setSortColumn(sortDirection == SWT.NONE ? null : column);
        table.setSortDirection(sortDirection);
        refresh();
    }

    /** A column's text for {@code element}: its label, an attribute as typed, a link by name. */
    String columnText(EObject element, EStructuralFeature column) {
        if (column == null) {
            IItemLabelProvider labels = (IItemLabelProvider) context.session().adapterFactory().adapt(element,
                    IItemLabelProvider.class);
            return labels == null ? FormLabels.choice(element, element.eClass()) : labels.getText(element);
        }
        if (!element.eClass().getEAllStructuralFeatures().contains(column)) {
            return "";
        }
        Object value = element.eGet(column);
        if (value instanceof EObject target) {
            return FormLabels.choice(target, ((EReference) column).getEReferenceType());
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> item instanceof EObject target
                    ? FormLabels.choice(target, target.eClass()) : FeatureText.format(column, item)).toList());
        }
        if (column == Literals.NAMED_ELEMENT__NAME && value == null) {
            return columnText(element, null);
        }
        return column.isUnsettable() && !element.eIsSet(column) ? EnumField.NOT_SET : FeatureText.format(column, value);
    }

    /** Row labels: the columns' texts; the first column shows the element's icon, or its worst finding's. */
    private final class RowLabels extends LabelProvider implements ITableLabelProvider {
        @Override
        public String getColumnText(Object element, int columnIndex) {
            return columnText((EObject) element, columns.get(columnIndex));
        }

        @Override
        public Image getColumnImage(Object element, int columnIndex) {
            if (columnIndex != 0) {
                return null;
            }
            Severity worst = null;
            for (Finding finding : context.session().findingsOf((EObject) element)) {
                if (worst == null || finding.severity().compareTo(worst) > 0) {
                    worst = finding.severity();
                }
            }
            ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
            if (worst == Severity.ERROR) {
                return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            }
            if (worst == Severity.WARNING) {
                return images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            }
            IItemLabelProvider labels = (IItemLabelProvider) context.session().adapterFactory().adapt(element,
                    IItemLabelProvider.class);
            return labels == null ? null : ItemImages.get(labels.getImage(element));
        }
    }

    private void selectionChanged() {
        int[] indices = table.getSelectionIndices();
        EObject first = indices.length == 0 || indices[0] >= rows.size() ? null : rows.get(indices[0]);
        if (first != selected) {
            selected = first;
            showDetails(first);
        }
        updateButtons();
        if (first != null) {
            context.selected(first);
        }
    }

    private List<EObject> selection() {
        List<EObject> result = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index < rows.size()) {
                result.add(rows.get(index));
            }
        }
        return result;
    }

    private void showDetails(EObject element) {
        ElementForm form = element == null ? null : formFor(element.eClass());
        if (shownForm != null && shownForm != form) {
            shownForm.bind(null);
        }
        shownForm = form;
        if (form != null) {
            form.bind(element);
            detailsStack.topControl = form.control();
        } else {
            detailsStack.topControl = noSelection;
        }
        details.layout(true, true);
        relayout();
    }

    private ElementForm formFor(EClass type) {
        return forms.computeIfAbsent(type, key -> new ElementForm(details, context, key, List.of()));
    }

    /** Lays the page out again after the details changed size. */
    private void relayout() {
        Composite top = control;
        while (top.getParent() != null && !(top.getParent() instanceof Shell)) {
            top = top.getParent();
            if (top instanceof ScrolledForm form) {
                form.reflow(true);
                return;
            }
        }
        control.getParent().layout(true, true);
    }

    private void updateButtons() {
        boolean canOwn = owner != null || creationPath != null;
        add.setEnabled(canOwn && !creatable.isEmpty());
        List<EObject> selection = selection();
        remove.setEnabled(!selection.isEmpty());
        boolean natural = sortDirection == SWT.NONE && filter.isEmpty() && selection.size() == 1 && owner != null;
        int index = natural ? ((List<?>) owner.eGet(feature)).indexOf(selection.get(0)) : -1;
        up.setEnabled(natural && index > 0);
        down.setEnabled(natural && index >= 0 && index < ((List<?>) owner.eGet(feature)).size() - 1);
    }

    /** Adds a new element of {@code type} after the selected one (or at the end) and selects it. */
    EObject add(EClass type) {
        context.commitPending();
        int index = -1;
        if (owner != null && selected != null && sortDirection == SWT.NONE && filter.isEmpty()) {
            index = ((List<?>) owner.eGet(feature)).indexOf(selected) + 1;
        }
        Command create = owner != null
                ? PlanCommands.create(context.domain(), owner, List.of(feature), type, index)
                : PlanCommands.create(context.domain(), context.plan(), creationPath, type, -1);
        if (!context.execute(create)) {
            return null;
        }
        EObject created = (EObject) create.getResult().iterator().next();
        if (owner == null) {
            context.refreshAll(); // the section now exists: bind to it
        }
        select(created);
        if (shownForm != null) {
            shownForm.reveal(List.of(), null);
        }
        return created;
    }

    void removeSelected() {
        List<EObject> doomed = selection();
        if (doomed.isEmpty()) {
            return;
        }
        context.commitPending();
        int index = table.getSelectionIndex();
        if (context.execute(PlanCommands.delete(context.domain(), doomed))) {
            refresh();
            if (!rows.isEmpty()) {
                select(rows.get(Math.min(index, rows.size() - 1)));
            }
        }
    }

    private void moveSelected(int by) {
        List<EObject> selection = selection();
        if (selection.size() != 1 || owner == null) {
            return;
        }
        context.commitPending();
        EObject element = selection.get(0);
        int index = ((List<?>) owner.eGet(feature)).indexOf(element) + by;
        context.execute(PlanCommands.move(context.domain(), owner, feature, element, index));
        select(element);
    }

    /** Selects {@code element} in the table (clearing a filter that hides it) and shows its details. */
    boolean select(EObject element) {
        if (element.eContainer() != owner && owner != null || table.isDisposed()) {
            return false;
        }
        int index = rows.indexOf(element);
        if (index < 0 && !filter.isEmpty()) {
            filterText.setText("");
            index = rows.indexOf(element);
        }
        if (index < 0) {
            refresh();
            index = rows.indexOf(element);
        }
        if (index < 0) {
            return false;
        }
        table.setSelection(index);
        table.showSelection();
        selectionChanged();
        return true;
    }

    /**
     * Shows {@code below.get(0)} (an element of this list) and, inside its details, the rest of
     * the chain, focusing {@code feature} at its end.
     */
    boolean reveal(List<EObject> below, EStructuralFeature feature) {
        if (below.isEmpty() || !select(below.get(0))) {
            return false;
        }
        return shownForm != null && shownForm.reveal(below.subList(1, below.size()), feature);
    }

    /** The form of the selected element, if one is shown. */
    ElementForm shownForm() {
        return shownForm;
    }

    /** The element whose list is shown, or null (a section the plan does not have yet). */
    EObject owner() {
        return owner;
    }

    /** The classes its Add creates. */
    List<EClass> creatable() {
        return creatable;
    }

    /** The list's feature. */
    EReference feature() {
        return feature;
    }

    /** Whether the list is nested in an element's details. */
    boolean isNested() {
        return nested;
    }
}
