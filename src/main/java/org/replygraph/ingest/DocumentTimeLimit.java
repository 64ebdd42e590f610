package org.replygraph.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The time one document may take on the thread that works on it. Java cannot stop a thread safely,
 * so extraction stops itself: the cleaner, the extractors and the recognisers' main loops call
 * {@link #check()} (or {@link #tick(int)} at every position of a scan), which throws
 * {@link Exceeded} once the limit of the work {@link #run run} under it has passed; outside such work
 * it does nothing. A pathological letter thus becomes one document's failure, not a hung build.
 *
 * <pre>{@code
 * DocumentFacts f = DocumentTimeLimit.run(Duration.ofSeconds(60), () -> extractor.extract(doc));
 * // or DocumentTimeLimit.Exceeded: "extraction exceeded 60 s"
 * }</pre>
 */
public final class DocumentTimeLimit {
    /** The default limit of one document's extraction: a letter takes milliseconds, a 16 MB file seconds. */
    public static final Duration DEFAULT = Duration.ofSeconds(60);

    /** Deadline (System.nanoTime) and limit of the work running on this thread; null outside it. */
    private static final ThreadLocal<DocumentTimeLimit> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final Duration limit;

    private DocumentTimeLimit(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** Thrown inside the work when its time is up; the message says the limit: "extraction exceeded 60 s". */
    public static final class Exceeded extends RuntimeException {
        Exceeded(Duration limit) {
            super("extraction exceeded " + seconds(limit), null, false, false);
        }
    }

    /**
     * Runs {@code work} on this thread with {@code limit} to do it in; the checks inside it throw
     * {@link Exceeded} once the limit has passed. Nested calls keep the outer, earlier deadline.
     */
    public static <T> T run(Duration limit, Supplier<T> work) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero())
            throw new IllegalArgumentException("Illegal limit=" + limit + " : a time limit must be positive");
        DocumentTimeLimit outer = CURRENT.get();
        DocumentTimeLimit mine = new DocumentTimeLimit(limit);
        if (outer != null && outer.deadline - mine.deadline <= 0) mine = outer;
        CURRENT.set(mine);
        try {
            return work.get();
        } finally {
            if (outer == null) CURRENT.remove();
            else CURRENT.set(outer);
        }
    }

    /** Throws {@link Exceeded} when the work running on this thread is past its limit. */
    public static void check() {
        DocumentTimeLimit current = CURRENT.get();
        if (current != null && System.nanoTime() - current.deadline > 0) throw new Exceeded(current.limit);
    }

    /** {@link #check()} at every 1,024th position of a scan: a scan of a letter's chars costs no more for it. */
    public static void tick(int position) {
        if ((position & 1023) == 0) check();
    }

    /** "60 s", "0.5 s". */
    public static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%s s", millis / 1000.0);
    }
}
