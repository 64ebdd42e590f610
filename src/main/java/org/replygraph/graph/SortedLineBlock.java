package org.replygraph.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One document's lines for a file, UTF-8 bytes sorted in Java String order ({@link LineSorter#compareAsStrings})
 * and each held once: the unit {@link LineSorter} merges, never decoded into Strings on the way to the file.
 *
 * <pre>{@code
 * SortedLineBlock b = lineTripleSink.finish();
 * b.lines();              // 611
 * b.writeLine(out, 0);    // the first line and its break
 * }</pre>
 */
final class SortedLineBlock {
    private final byte[] data;
    /** Start and end (exclusive) of each line in {@link #data}, in sorted order: line i is [bounds[2i], bounds[2i+1]). */
    private final int[] bounds;
    private final int triples;

    SortedLineBlock(byte[] data, int[] bounds, int triples) {
        this.data = data;
        this.bounds = bounds;
        this.triples = triples;
    }

    /** Strings as one sorted block of their UTF-8 bytes (an unpaired surrogate becomes '?', as a run file holds it). */
    static SortedLineBlock of(List<String> lines) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(lines.size() * 64);
        int[] bounds = new int[2 * lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            bounds[2 * i] = data.size();
            data.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            bounds[2 * i + 1] = data.size();
        }
        byte[] bytes = data.toByteArray();
        int[] sorted = sortDistinct(bytes, bounds, lines.size());
        return new SortedLineBlock(bytes, sorted, sorted.length / 2);
    }

    /** The number of distinct lines. */
    int lines() {
        return bounds.length / 2;
    }

    /** The number of distinct triples of the document's own graph (the lines of the entities graph not counted). */
    int triples() {
        return triples;
    }

    byte[] data() {
        return data;
    }

    int start(int line) {
        return bounds[2 * line];
    }

    int end(int line) {
        return bounds[2 * line + 1];
    }

    /** Heap this block holds, for the sorter's bound. */
    long bytes() {
        return data.length + 4L * bounds.length + 64;
    }

    void writeLine(OutputStream out, int line) throws IOException {
        out.write(data, start(line), end(line) - start(line));
        out.write('\n');
    }

    /** The {@code n} lines given as start/end pairs in {@code bounds}, as pairs sorted in String order, repeats dropped. */
    static int[] sortDistinct(byte[] buf, int[] bounds, int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        mergeSort(buf, bounds, idx, new int[n], 0, n);
        int[] out = new int[2 * n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            int s = bounds[2 * i], e = bounds[2 * i + 1];
            if (m > 0 && LineSorter.compareAsStrings(buf, out[2 * m - 2], out[2 * m - 1], buf, s, e) == 0) continue;
            out[2 * m] = s;
            out[2 * m + 1] = e;
            m++;
        }
        return m == n ? out : java.util.Arrays.copyOf(out, 2 * m);
    }

    /** Two sorted, distinct pair lists over {@code buf} merged into one, repeats dropped. */
    static int[] mergeDistinct(byte[] buf, int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, m = 0;
        while (i < a.length || j < b.length) {
            int s, e;
            if (j >= b.length || i < a.length && LineSorter.compareAsStrings(buf, a[i], a[i + 1], buf, b[j], b[j + 1]) <= 0) {
                s = a[i];
                e = a[i + 1];
                i += 2;
            } else {
                s = b[j];
                e = b[j + 1];
                j += 2;
            }
            if (m > 0 && LineSorter.compareAsStrings(buf, out[m - 2], out[m - 1], buf, s, e) == 0) continue;
            out[m++] = s;
            out[m++] = e;
        }
        return m == out.length ? out : java.util.Arrays.copyOf(out, m);
    }

    /** Sorts idx[from, to) by the lines they number; a few hundred lines a letter, so a plain merge sort. */
    private static void mergeSort(byte[] buf, int[] bounds, int[] idx, int[] tmp, int from, int to) {
        if (to - from <= 12) {
            for (int i = from + 1; i < to; i++) {
                int x = idx[i];
                int j = i - 1;
                while (j >= from && compare(buf, bounds, idx[j], x) > 0) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(buf, bounds, idx, tmp, from, mid);
        mergeSort(buf, bounds, idx, tmp, mid, to);
        if (compare(buf, bounds, idx[mid - 1], idx[mid]) <= 0) return;
        System.arraycopy(idx, from, tmp, from, to - from);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) idx[k++] = compare(buf, bounds, tmp[i], tmp[j]) <= 0 ? tmp[i++] : tmp[j++];
        while (i < mid) idx[k++] = tmp[i++];
        while (j < to) idx[k++] = tmp[j++];
    }

    private static int compare(byte[] buf, int[] bounds, int a, int b) {
        return LineSorter.compareAsStrings(buf, bounds[2 * a], bounds[2 * a + 1], buf, bounds[2 * b], bounds[2 * b + 1]);
    }
}
