package org.tactician.forecast;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Amounts split by a key (channel, campaign, RACE stage...), with what could not be given a key
 * kept apart so that nothing is lost: {@code total() == sum(assigned) + unassigned}.
 *
 * @param <K> the key
 * @param assigned the amount of each key, in a stable order (plan order or enum order)
 * @param unassigned the amount without a key
 */
public record Breakdown<K>(Map<K, BigDecimal> assigned, BigDecimal unassigned) {

    /** Copies the map, keeping its order. */
    public Breakdown {
        Objects.requireNonNull(unassigned, "unassigned");
        assigned = Collections.unmodifiableMap(new LinkedHashMap<>(assigned));
    }

    /** The amount of {@code key}; zero when it has none. */
    public BigDecimal of(K key) {
        return assigned.getOrDefault(key, BigDecimal.ZERO);
    }

    /** The sum of all assigned amounts and the unassigned amount. */
    public BigDecimal total() {
        BigDecimal total = unassigned;
        for (BigDecimal amount : assigned.values()) {
            total = total.add(amount);
        }
        return total;
    }
}
