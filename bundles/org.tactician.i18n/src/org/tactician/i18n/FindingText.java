package org.tactician.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanLabels;
import org.tactician.validation.PlanDiagnostic;
import org.tactician.validation.RuleMessage;
import org.tactician.validation.RuleMessages;

/**
 * The validation findings in one language: a rule's message (its pattern from the validation
 * bundle's {@code messages*.properties}) filled with its facts in that language's words and
 * formats — elements named by their kind in {@link PlanTerms} ({@code type.<EClass>}), enum
 * literals by {@link PlanTerms#literal}, numbers, money, dates and months by {@link PlanFormat}.
 * The documents word findings in the plan's language, the command line and the workbench in the
 * user's. Immutable and thread-safe.
 */
public final class FindingText {

    private final PlanTerms terms;
    private final PlanFormat format;

    /** The findings in {@code terms}' language. */
    public FindingText(PlanTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.format = new PlanFormat(terms);
    }

    /** The findings in {@code locale}'s language (the user's, for the command line and the workbench). */
    public static FindingText of(Locale locale) {
        return new FindingText(PlanTerms.of(locale));
    }

    /**
     * The findings in the words of a user whose locale is {@code locale} (the command line's and
     * the workbench's surfaces): empty for English and for a language Tactician has no words for,
     * where the rules' own English messages stay what scripts and users have always read.
     */
    public static Optional<FindingText> forUser(Locale locale) {
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("en") || !PlanTerms.LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        return Optional.of(new FindingText(PlanTerms.of(locale)));
    }

    /** {@code message} in this language followed by the rule id in brackets, as a marker or a command-line line shows it. */
    public String messageWithRuleId(RuleMessage message, String ruleId) {
        return message(message) + " [" + ruleId + "]";
    }

    /** The language's terms. */
    public PlanTerms terms() {
        return terms;
    }

    /** What {@code finding} says is wrong and how to fix it, in this language, without the rule id. */
    public String message(PlanDiagnostic finding) {
        return message(finding.ruleMessage());
    }

    /** {@code message} in this language. */
    public String message(RuleMessage message) {
        return RuleMessages.format(message, terms.locale(), this::words);
    }

    /** How findings name {@code object} in this language: {@code objetivo SMART 'Crescer'}, with a capital first letter. */
    public String element(EObject object) {
        String label = label(object);
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(terms.locale()) + label.substring(1);
    }

    private String label(EObject object) {
        String type = type(object.eClass());
        if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return terms.format("element.named", type, named.getName().trim());
        }
        if (object instanceof MonthlyAmount month && object.eContainer() != null) {
            return month.getMonth() == null ? terms.format("element.phasingWithoutMonth", label(object.eContainer()))
                    : terms.format("element.phasing", format.month(month.getMonth()), label(object.eContainer()));
        }
        String id = object instanceof PlanElement element ? element.getId() : null;
        return id == null ? terms.format("element.unnamed", type) : terms.format("element.unnamedWithId", type, id);
    }

    /** A class of the plan model in words: {@code type.SmartObjective}, English words when the language has none. */
    private String type(EClass eClass) {
        return terms.textOr("type." + eClass.getName(), PlanLabels.type(eClass));
    }

    private String words(Object argument) {
        return switch (argument) {
            case EClass eClass -> type(eClass);
            case ENamedElement feature -> terms.textOr("feature." + feature.getName(), PlanLabels.words(feature));
            case EObject object -> label(object);
            case Enumerator literal -> terms.literal(literal);
            case BigDecimal number -> format.number(number);
            case Integer number -> format.number(number.longValue());
            case Long number -> format.number(number.longValue());
            case Money money -> format.money(money);
            case LocalDate date -> format.date(date);
            case YearMonth month -> format.month(month);
            default -> String.valueOf(argument);
        };
    }
}
