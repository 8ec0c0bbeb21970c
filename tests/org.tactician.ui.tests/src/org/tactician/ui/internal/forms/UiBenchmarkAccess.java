package org.tactician.ui.internal.forms;

import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage.Literals;

/** What the editor benchmark does on the Opportunity page, through the package's widgets. */
public final class UiBenchmarkAccess {

    private UiBenchmarkAccess() {
    }

    /** Selects {@code objective} in the SMART objectives list. */
    public static void select(PlanFormPage opportunity, SmartObjective objective) {
        PlanFormsTest.section(opportunity, "SMART objectives").list().select(objective);
    }

    /** Types {@code value} into the selected objective's target field and commits it. */
    public static void typeTarget(PlanFormPage opportunity, String value) {
        ElementForm form = PlanFormsTest.section(opportunity, "SMART objectives").list().shownForm();
        ((TextField) form.field(Literals.SMART_OBJECTIVE__TARGET)).type(value);
    }
}
