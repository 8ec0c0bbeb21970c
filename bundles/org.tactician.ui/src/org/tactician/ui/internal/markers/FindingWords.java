package org.tactician.ui.internal.markers;

import java.util.Locale;
import java.util.Optional;

import org.tactician.editing.Finding;
import org.tactician.i18n.FindingText;
import org.tactician.model.PlanLabels;
import org.tactician.validation.QuickFix;

/**
 * How the workbench words a finding: in the language of the workbench's locale (its {@code -nl},
 * {@link Locale#getDefault()}), the rules' own English messages for English and for a language
 * Tactician has no words for. Markers, form messages and the marker's location say the same.
 */
public final class FindingWords {

    private FindingWords() {
    }

    private static Optional<FindingText> words() {
        return FindingText.forUser(Locale.getDefault());
    }

    /** What the finding says, with its rule id in brackets. */
    public static String message(Finding finding) {
        Optional<FindingText> words = words();
        if (words.isPresent() && finding.ruleMessage().isPresent()) {
            return words.get().messageWithRuleId(finding.ruleMessage().get(), finding.ruleId());
        }
        return finding.message();
    }

    /** What the finding's quick fix does, in the same language as the finding. */
    public static String quickFix(QuickFix fix) {
        return words().map(words -> words.message(fix.text())).orElseGet(fix::label);
    }

    /** The element at fault, named as the messages name it. */
    public static String element(Finding finding) {
        return words().map(words -> words.element(finding.element())).orElseGet(() -> PlanLabels.capitalised(finding.element()));
    }
}
