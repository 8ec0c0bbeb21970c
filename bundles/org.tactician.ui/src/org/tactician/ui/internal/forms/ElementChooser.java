package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tactician.ui.internal.Messages;

/**
 * Picks plan elements for a link: the candidates by their label, narrowed by typing, one (a
 * single link) or any number (checked) of them.
 */
public final class ElementChooser extends Dialog {

    private final String title;
    private final EClass type;
    private final List<EObject> candidates;
    private final boolean many;
    private final Set<EObject> chosen = new LinkedHashSet<>();
    private TableViewer viewer;
    private String filter = "";

    public ElementChooser(Shell shell, String title, EClass type, List<EObject> candidates, Collection<EObject> current,
            boolean many) {
        super(shell);
        this.title = title;
        this.type = type;
        this.candidates = candidates;
        this.many = many;
        chosen.addAll(current);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(NLS.bind(many ? Messages.forms_chooseMany : Messages.forms_chooseOne, FormLabels.type(type)));
        Text search = new Text(area, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH | SWT.BORDER);
        search.setMessage(Messages.forms_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        int style = SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION | (many ? SWT.CHECK : SWT.SINGLE);
        viewer = many ? CheckboxTableViewer.newCheckList(area, style) : new TableViewer(area, style);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return FormLabels.choice((EObject) element, type);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer ignored, Object parentElement, Object element) {
                return filter.isEmpty() || FormLabels.choice((EObject) element, type).toLowerCase(Locale.ROOT)
                        .contains(filter);
            }
        });
        viewer.setInput(candidates);
        if (viewer instanceof CheckboxTableViewer checks) {
            checks.setCheckedElements(chosen.toArray());
            checks.addCheckStateListener(event -> {
                if (event.getChecked()) {
                    chosen.add((EObject) event.getElement());
                } else {
                    chosen.remove(event.getElement());
                }
            });
        } else {
            viewer.setSelection(new StructuredSelection(new ArrayList<>(chosen)), true);
            viewer.addSelectionChangedListener(event -> {
                chosen.clear();
                if (event.getStructuredSelection().getFirstElement() instanceof EObject element) {
                    chosen.add(element);
                }
            });
            viewer.addDoubleClickListener(event -> okPressed());
        }
        search.addModifyListener(event -> {
            filter = search.getText().trim().toLowerCase(Locale.ROOT);
            viewer.refresh();
            if (viewer instanceof CheckboxTableViewer checks) {
                checks.setCheckedElements(chosen.toArray());
            }
        });
        search.setFocus();
        return area;
    }

    /** What was chosen, in plan order. */
    public List<EObject> chosen() {
        return candidates.stream().filter(chosen::contains).toList();
    }
}
