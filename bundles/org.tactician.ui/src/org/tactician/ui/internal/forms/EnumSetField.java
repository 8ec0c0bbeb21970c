package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tactician.editing.PlanCommands;
import org.tactician.model.PlanLabels;
import org.tactician.ui.internal.CheckBoxes;

/** A set of enum literals (quarters, RACE stages) as check boxes, in the enum's order; a click is one command. */
final class EnumSetField extends FeatureField {

    private final List<EEnumLiteral> literals;
    private final List<Button> checks = new ArrayList<>();
    private Composite row;

    EnumSetField(FormContext context, EAttribute attribute) {
        super(context, attribute);
        literals = ((EEnum) attribute.getEAttributeType()).getELiterals();
    }

    @Override
    void create(Composite parent) {
        row = context.toolkit().createComposite(parent);
        RowLayoutFactory.fillDefaults().wrap(true).spacing(12).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        tag(row);
        for (EEnumLiteral literal : literals) {
            Button check = CheckBoxes.create(context.toolkit(), row, PlanLabels.literal(literal.getInstance()));
            check.addListener(SWT.Selection, event -> toggle());
            checks.add(check);
        }
    }

    private void toggle() {
        if (element == null) {
            return;
        }
        List<Object> chosen = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) {
            if (checks.get(i).getSelection()) {
                chosen.add(literals.get(i).getInstance());
            }
        }
        if (!chosen.equals(value())) {
            context.execute(PlanCommands.set(context.domain(), element, feature, chosen));
        }
    }

    @Override
    Control control() {
        return checks.isEmpty() ? row : checks.get(0);
    }

    @Override
    void refresh() {
        List<?> values = value() instanceof List<?> list ? list : List.of();
        for (int i = 0; i < checks.size(); i++) {
            Button check = checks.get(i);
            if (!check.isDisposed()) {
                check.setEnabled(element != null);
                check.setSelection(values.contains(literals.get(i).getInstance()));
            }
        }
    }
}
