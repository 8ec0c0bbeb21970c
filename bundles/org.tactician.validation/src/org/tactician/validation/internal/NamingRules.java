package org.tactician.validation.internal;

import static org.tactician.validation.RuleRegistry.NAMING_DUPLICATE;
import static org.tactician.validation.RuleRegistry.NAMING_TOO_LONG;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.NamedElement;
import org.tactician.model.Segment;
import org.tactician.model.SpreadsheetLimits;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.validation.RuleMessage;

/** Names that documents and editors use to tell elements apart must be unique in their list. */
final class NamingRules {

    /**
     * The lists whose elements must have unique names (see the rule's catalogue entry). A HashSet:
     * it is asked about the null containment feature of the root.
     */
    static final Set<EReference> UNIQUE_NAMES = new HashSet<>(List.of(Literals.MARKETING_PLAN__TEAM, Literals.MARKETING_PLAN__CHANNELS,
            Literals.MARKETING_PLAN__JOURNEYS, Literals.OPPORTUNITY_SECTION__OBJECTIVES, Literals.SWOT_ANALYSIS__ITEMS,
            Literals.SWOT_ANALYSIS__STRATEGIES, Literals.STRATEGY_SECTION__SEGMENTS, Literals.STRATEGY_SECTION__PERSONAS,
            Literals.ACTION_SECTION__CAMPAIGNS, Literals.ACTION_SECTION__MARTECH_STACK, Literals.BUDGET__LINES,
            Literals.DASHBOARD__KPIS, Literals.CUSTOMER_JOURNEY__STAGES));

    private NamingRules() {
    }

    static void check(EObject object, ValidationRun run, Findings findings) {
        if (!findings.isOn(NAMING_DUPLICATE) || !(object instanceof NamedElement named)
                || !UNIQUE_NAMES.contains(object.eContainmentFeature())) {
            return;
        }
        int namesakes = run.index().namesakes(named);
        if (namesakes > 1) {
            findings.report(NAMING_DUPLICATE, object, Literals.NAMED_ELEMENT__NAME,
                    namesakes == 2 ? RuleMessage.of("naming.duplicate.one", object, object.eContainmentFeature(), object.eContainer())
                            : RuleMessage.of("naming.duplicate.many", object, namesakes - 1, object.eContainmentFeature(),
                                    object.eContainer()));
        }
    }

    /**
     * A name the budget workbook writes in a cell (budget, allocation, channel, inputs and
     * profitability sheets) that is longer than a cell holds: budget.xlsx would cut it. The
     * message names the element by its kind and id, not by the name it is about.
     */
    static void checkLength(EObject object, Findings findings) {
        if (!findings.isOn(NAMING_TOO_LONG) || !(object instanceof BudgetLine || object instanceof Channel
                || object instanceof Campaign || object instanceof Segment)) {
            return;
        }
        String name = ((NamedElement) object).getName();
        if (name != null && name.length() > SpreadsheetLimits.CELL_CHARACTERS) {
            String id = ((NamedElement) object).getId();
            findings.report(NAMING_TOO_LONG, object, Literals.NAMED_ELEMENT__NAME,
                    RuleMessage.of(id == null ? "naming.too-long.noId" : "naming.too-long", object.eClass(), id,
                            (long) name.length(), (long) SpreadsheetLimits.CELL_CHARACTERS));
        }
    }

    /**
     * The name as compared: Unicode NFC, spaces collapsed and trimmed, lower case; null for no name.
     */
    static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
