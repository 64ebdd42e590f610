package org.replygraph.text;

import java.util.Arrays;

/** A growable list of [start, end) ranges, sorted and merged on demand; e.g. chrome to delete. */
final class Spans {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int n;

    void add(int start, int end) {
        if (end <= start) return;
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = end;
        n++;
    }

    int size() {
        return n;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Sorts by start and merges overlapping or touching ranges. */
    void normalise() {
        if (n < 2) return;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) packed[i] = ((long) starts[i] << 32) | ends[i];
        Arrays.sort(packed);
        int m = 0;
        for (long p : packed) {
            int s = (int) (p >>> 32);
            int e = (int) p;
            if (m > 0 && s <= ends[m - 1]) {
                ends[m - 1] = Math.max(ends[m - 1], e);
            } else {
                starts[m] = s;
                ends[m] = e;
                m++;
            }
        }
        n = m;
    }
}
