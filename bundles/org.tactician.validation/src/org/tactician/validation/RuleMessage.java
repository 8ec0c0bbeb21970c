package org.tactician.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A finding's message before it is worded: the key of its pattern in the rule messages
 * ({@link RuleMessages}, one key per message) and the facts it states. Arguments stay typed —
 * plan elements, features, enum literals, numbers, money, dates, months, lists and nested
 * messages (a part of a sentence that has words of its own) — so that each surface words them in
 * its language: the documents in the plan's, the command line and the workbench in the user's.
 *
 * @param key the pattern's key, e.g. {@code smart.measurable.target-missing}
 * @param arguments the facts, {@code {0}, {1}...} of the pattern; null reads as "?"
 */
public record RuleMessage(String key, List<Object> arguments) {

    /** Checks the components; the arguments are kept as given (nulls allowed). */
    public RuleMessage {
        Objects.requireNonNull(key, "key");
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    /** The message of {@code key} stating {@code arguments}. */
    public static RuleMessage of(String key, Object... arguments) {
        return new RuleMessage(key, Arrays.asList(arguments));
    }

    /** The message in English, as the rules have always written it. */
    @Override
    public String toString() {
        return RuleMessages.english(this);
    }
}
