package org.tactician.generators;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the heap ran out, remembered for the rest of the process. Where the heap runs out
 * varies from run to run, and so does the error that reaches the caller: an
 * {@link OutOfMemoryError}, OSGi's {@code ClassFormatError} caused by one (a class loaded while
 * the heap ran out), or later, for the same class in another thread, a
 * {@code NoClassDefFoundError} that no longer names a cause. Whoever sees such an error
 * {@link #record records} it, so a later failure of a run can still be attributed to the heap;
 * recording also gives back a small {@link #reserve reserve} of memory, so reporting and
 * cleaning up do not run out again.
 *
 * <pre>
 * long mark = HeapExhaustion.mark();
 * try { ... } catch (Error e) {
 *     if (HeapExhaustion.record(e) || HeapExhaustion.since(mark)) { report out of memory }
 * }
 * </pre>
 */
public final class HeapExhaustion {

    private static final String OUT_OF_MEMORY = OutOfMemoryError.class.getName();

    private static final AtomicLong SEEN = new AtomicLong();

    /** Memory held back to be given back when the heap runs out. */
    private static volatile byte[] reserve;

    private HeapExhaustion() {
    }

    /** Holds back {@code bytes} of heap until the heap runs out (replacing an earlier reserve). */
    public static void reserve(int bytes) {
        reserve = null;
        reserve = new byte[bytes];
    }

    /** Lets go of the reserve (a run that ended without running out no longer needs it). */
    public static void releaseReserve() {
        reserve = null;
    }

    /** How often the heap ran out so far: a run remembers it at its start and asks {@link #since}. */
    public static long mark() {
        return SEEN.get();
    }

    /** Whether the heap ran out (as recorded) after {@code mark} was taken. */
    public static boolean since(long mark) {
        return SEEN.get() > mark;
    }

    /**
     * Records {@code failure} if the heap running out caused it, and gives back the reserve.
     *
     * @return whether it did
     */
    public static boolean record(Throwable failure) {
        if (!causedBy(failure)) {
            return false;
        }
        reserve = null;
        SEEN.incrementAndGet();
        return true;
    }

    /**
     * Whether {@code failure} is the heap running out, also when it is wrapped: in its causes or
     * suppressed errors, or named in a message (the JVM's {@code NoClassDefFoundError} for a
     * class whose initialisation failed carries the original error only as text).
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof OutOfMemoryError) {
            return true;
        }
        String message = failure.getMessage();
        if (message != null && message.contains(OUT_OF_MEMORY)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        return causedBy(failure.getCause(), seen);
    }
}
