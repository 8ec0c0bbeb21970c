package org.tactician.ui.internal.forms;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tactician.editing.PlanCommands;
import org.tactician.model.PlanLabels;
import org.tactician.ui.internal.Messages;

/**
 * A choice of enum literals in words; an unsettable feature offers "(not set)" first, which
 * unsets it. A choice is one command.
 */
final class EnumField extends FeatureField {

    /** What the combo shows for an unset feature. */
    static final String NOT_SET = WorkbenchWords.directed(Messages.forms_notSet);

    private final List<EEnumLiteral> literals;
    private Combo combo;
    private boolean updating;

    EnumField(FormContext context, EAttribute attribute) {
        super(context, attribute);
        literals = ((EEnum) attribute.getEAttributeType()).getELiterals();
    }

    private boolean offersNotSet() {
        return feature.isUnsettable();
    }

    @Override
    void create(Composite parent) {
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        context.toolkit().adapt(combo, true, false);
        if (offersNotSet()) {
            combo.add(NOT_SET);
        }
        for (EEnumLiteral literal : literals) {
            combo.add(PlanLabels.literal(literal.getInstance()));
        }
        combo.setVisibleItemCount(Math.min(combo.getItemCount(), 16));
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(combo);
        tag(combo);
        combo.addListener(SWT.Selection, event -> {
            if (!updating) {
                choose(combo.getSelectionIndex());
            }
        });
    }

    private void choose(int index) {
        if (element == null || index < 0) {
            return;
        }
        int offset = offersNotSet() ? 1 : 0;
        if (index < offset) {
            if (element.eIsSet(feature)) {
                context.execute(PlanCommands.unset(context.domain(), element, feature));
            }
            return;
        }
        Enumerator chosen = literals.get(index - offset).getInstance();
        if (!element.eIsSet(feature) || element.eGet(feature) != chosen) {
            context.execute(PlanCommands.set(context.domain(), element, feature, chosen));
        }
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
        int index = -1;
        if (element != null) {
            int offset = offersNotSet() ? 1 : 0;
            if (offersNotSet() && !element.eIsSet(feature)) {
                index = 0;
            } else {
                Object value = element.eGet(feature);
                for (int i = 0; i < literals.size(); i++) {
                    if (literals.get(i).getInstance() == value) {
                        index = i + offset;
                    }
                }
            }
        }
        if (combo.getSelectionIndex() != index) {
            updating = true;
            try {
                if (index < 0) {
                    combo.deselectAll();
                } else {
                    combo.select(index);
                }
            } finally {
                updating = false;
            }
        }
    }

    /** Chooses the item with {@code label}, as the user would. */
    void choose(String label) {
        int index = combo.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("No choice '" + label + "' in " + List.of(combo.getItems())); //$NON-NLS-1$
        }
        combo.select(index);
        choose(index);
    }
}
