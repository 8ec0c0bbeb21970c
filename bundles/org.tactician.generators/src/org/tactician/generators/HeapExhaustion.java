package org.tactician.generators;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the heap ran out, remembered for the rest of the process. Where the heap runs out
 * varies from run to run, and so does the error that reaches the caller: an
 * {@link OutOfMemoryError}, OSGi's {@code ClassFormatError} caused by one (a class loaded while
 * the heap ran out), or later, for the same class in another thread, a
 * {@code NoClassDefFoundError} that no longer names a cause. Whoever sees such an error
 * {@link #record records} it, so a later failure of a run can still be attributed to the heap.
 * A small {@link #reserve reserve} of memory is held back for the end of a failed run: cleaning
 * up and reporting {@link #releaseReserve give it back} first, so they do not run out again
 * (the threads that failed would only have used it up).
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

    /** Gives the reserve back: to a failed run's cleaning up and report, or when a run ends. */
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
        SEEN.incrementAndGet();
        return true;
    }

    /**
     * Whether {@code failure} is the heap running out, also when it is wrapped: in its causes or
     * suppressed errors, or named in a message (the JVM's {@code NoClassDefFoundError} for a
     * class whose initialisation failed carries the original error only as text).
     */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    /** How deep causes and suppressed errors are looked into (a chain can be a cycle). */
    private static final int DEPTH = 16;

    // Allocates nothing for an OutOfMemoryError itself: it may run where the heap has just run out.
    private static boolean causedBy(Throwable failure, int depth) {
        if (failure == null || depth > DEPTH) {
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
            if (causedBy(suppressed, depth + 1)) {
                return true;
            }
        }
        Throwable cause = failure.getCause();
        return cause != failure && causedBy(cause, depth + 1);
    }
}
