package org.replygraph.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * A fixed set of {@link Span}s answering "is this offset inside one?" and "does this span overlap
 * one?" in O(log n): the recognisers ask it at every kind word or name they find, and a letter with
 * thousands of titles made the former linear scans quadratic. Empty spans cover nothing.
 *
 * <pre>{@code
 * SpanSet titles = SpanSet.of(List.of(new Span(10, 20), new Span(15, 30)));
 * titles.covers(29);                    // true
 * titles.overlaps(new Span(30, 35));    // false
 * }</pre>
 */
public final class SpanSet {
    private final int[] starts;
    private final int[] ends;

    private SpanSet(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The union of {@code spans}, in any order. */
    public static SpanSet of(Collection<Span> spans) {
        long[] packed = new long[spans.size()];
        int n = 0;
        for (Span s : spans)
            if (s.end() > s.start()) packed[n++] = ((long) s.start() << 32) | s.end();
        Arrays.sort(packed, 0, n);
        int[] starts = new int[n];
        int[] ends = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int start = (int) (packed[i] >>> 32);
            int end = (int) packed[i];
            // Merge only ranges that share a char, so every offset of a merged range is inside an original one.
            if (m > 0 && start < ends[m - 1]) {
                ends[m - 1] = Math.max(ends[m - 1], end);
            } else {
                starts[m] = start;
                ends[m] = end;
                m++;
            }
        }
        return new SpanSet(Arrays.copyOf(starts, m), Arrays.copyOf(ends, m));
    }

    /** Whether {@code at} is inside one of the spans ({@code start <= at < end}). */
    public boolean covers(int at) {
        int i = lastStartingBefore(at + 1);
        return i >= 0 && at < ends[i];
    }

    /** Whether {@code s} shares a char with one of the spans (or, when empty, stands strictly inside one). */
    public boolean overlaps(Span s) {
        int i = lastStartingBefore(s.end());
        return i >= 0 && ends[i] > s.start();
    }

    /** Index of the last range starting before {@code offset}, or -1. */
    private int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
