package org.tactician.forecast.conversion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.tactician.model.Channel;
import org.tactician.model.Channels;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.Segment;
import org.tactician.model.SmartObjective;

/**
 * Which forecast cells an objective's target counts, from its {@linkplain SmartObjective#getScope()
 * scope}: the whole plan; the online total (every channel but physical stores and events, with the
 * marketing cost not tied to a channel); the listed channels; or the listed segments and the
 * segments that refine them. An objective without a scope counts the whole plan.
 */
public final class ForecastScope {

    private ForecastScope() {
    }

    /** The cells {@code objective}'s target counts. */
    public static Predicate<ForecastCell> of(SmartObjective objective) {
        return of(objective.isSetScope() ? objective.getScope() : ObjectiveScope.PLAN, objective.getChannels(),
                objective.getSegments());
    }

    /** The cells of a scope over {@code channels} or {@code segments}. */
    public static Predicate<ForecastCell> of(ObjectiveScope scope, List<Channel> channels, List<Segment> segments) {
        return switch (scope) {
            case PLAN -> cell -> true;
            case ONLINE -> cell -> cell.channel() == null || Channels.isOnline(cell.channel());
            case CHANNELS -> {
                Set<Channel> kept = new HashSet<>(channels);
                yield cell -> cell.channel() != null && kept.contains(cell.channel());
            }
            case SEGMENTS -> {
                Set<Segment> kept = new HashSet<>(segments);
                yield cell -> refinesAny(cell.segment(), kept);
            }
        };
    }

    /** Whether {@code segment} is one of {@code kept} or refines one of them (stopping at a cycle). */
    private static boolean refinesAny(Segment segment, Set<Segment> kept) {
        Set<Segment> seen = new HashSet<>();
        for (Segment current = segment; current != null && seen.add(current); current = current.getParent()) {
            if (kept.contains(current)) {
                return true;
            }
        }
        return false;
    }
}
