package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tactician.editing.PlanCommands;
import org.tactician.ui.internal.Messages;

/**
 * A link to one plan element, chosen among the plan's elements of the link's type by their
 * label: a drop-down list, or a chooser with a filter when the plan has many candidates. A link to
 * an element no longer in the plan is shown as such, so it can be cleared or replaced.
 */
final class ReferenceField extends FeatureField {

    /** Above this many candidates the field uses the chooser instead of a drop-down list. */
    static final int DROP_DOWN_LIMIT = 150;

    /** What the field shows for no link. */
    static final String NONE = WorkbenchWords.directed(Messages.forms_none);

    private final EReference reference;
    private Combo combo;
    private Button choose;
    private List<EObject> listed = List.of();
    private boolean updating;

    ReferenceField(FormContext context, EReference reference) {
        super(context, reference);
        this.reference = reference;
    }

    @Override
    void create(Composite parent) {
        Composite row = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        context.toolkit().adapt(combo, true, false);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(combo);
        tag(combo);
        combo.addListener(SWT.Selection, event -> {
            if (!updating) {
                int index = combo.getSelectionIndex();
                link(index <= 0 || index > listed.size() ? null : listed.get(index - 1));
            }
        });
        choose = context.toolkit().createButton(row, Messages.forms_choose, SWT.PUSH);
        choose.setToolTipText(NLS.bind(Messages.forms_chooseTooltip, FormLabels.type(reference.getEReferenceType())));
        choose.addListener(SWT.Selection, event -> openChooser());
    }

    private void link(EObject target) {
        if (element != null && element.eGet(reference) != target) {
            context.execute(PlanCommands.set(context.domain(), element, reference, target));
        }
    }

    private void openChooser() {
        if (element == null) {
            return;
        }
        EObject current = (EObject) element.eGet(reference);
        ElementChooser chooser = new ElementChooser(combo.getShell(), FormLabels.of(reference),
                reference.getEReferenceType(), candidates(), current == null ? List.of() : List.of(current), false);
        if (chooser.open() == Window.OK) {
            List<EObject> chosen = chooser.chosen();
            link(chosen.isEmpty() ? null : chosen.get(0));
        }
    }

    private List<EObject> candidates() {
        return context.session().elementsOf(reference.getEReferenceType());
    }

    @Override
    Control control() {
        return combo;
    }

    @Override
    void refresh() {
        if (combo == null || combo.isDisposed()) {
            return;
        }
        combo.setEnabled(element != null);
        choose.setEnabled(element != null);
        EObject current = element == null ? null : (EObject) element.eGet(reference);
        List<EObject> candidates = element == null ? List.of() : candidates();
        boolean many = candidates.size() > DROP_DOWN_LIMIT;
        updating = true;
        try {
            List<EObject> wanted = many ? (current == null ? List.of() : List.of(current)) : candidates;
            if (!wanted.equals(listed) || combo.getItemCount() != wanted.size() + 1
                    || current != null && !wanted.contains(current)) {
                listed = current != null && !wanted.contains(current) ? append(wanted, current) : wanted;
                String[] items = new String[listed.size() + 1];
                items[0] = NONE;
                for (int i = 0; i < listed.size(); i++) {
                    EObject candidate = listed.get(i);
                    String label = FormLabels.choice(candidate, reference.getEReferenceType());
                    items[i + 1] = candidate.eResource() == null ? NLS.bind(Messages.forms_gone, label) : label;
                }
                combo.setItems(items);
                combo.setVisibleItemCount(Math.min(items.length, 16));
            } else {
                // Names may have changed.
                for (int i = 0; i < listed.size(); i++) {
                    String label = FormLabels.choice(listed.get(i), reference.getEReferenceType());
                    if (!label.equals(combo.getItem(i + 1)) && listed.get(i).eResource() != null) {
                        combo.setItem(i + 1, label);
                    }
                }
            }
            combo.select(current == null ? 0 : listed.indexOf(current) + 1);
        } finally {
            updating = false;
        }
    }

    private static List<EObject> append(List<EObject> list, EObject extra) {
        List<EObject> result = new ArrayList<>(list);
        result.add(extra);
        return result;
    }

    /** Links {@code target} as the user would. */
    void choose(EObject target) {
        link(target);
    }
}
