package org.replygraph.text;

import java.util.Arrays;

/**
 * Text in which every char remembers the range [start, end) of the original it came from; each
 * cleaning step reads one and builds the next, so the map survives any number of steps.
 *
 * <pre>{@code
 * MappedText in = MappedText.identity("業(yè)轉");
 * MappedText.Builder b = new MappedText.Builder(in.length());
 * b.copy(in, 0);                 // 業 -> [0,1)
 * b.copy(in, 5);                 // 轉 -> [5,6); the pinyin (yè) is dropped
 * b.build().start(1);            // 5
 * }</pre>
 */
public final class MappedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private MappedText(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Every char maps to itself. */
    public static MappedText identity(String text) {
        int[] s = new int[text.length()];
        int[] e = new int[text.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new MappedText(text, s, e);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /** Offset in the original where char {@code i} came from. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) in the original of what char {@code i} came from. */
    public int end(int i) {
        return ends[i];
    }

    /** This text as the cleaner's result for {@code original}. */
    public CleanText toCleanText(String original, boolean traditional) {
        return toCleanText(original, traditional, true);
    }

    /** This text as the cleaner's result for {@code original}, saying whether the document's body was found. */
    public CleanText toCleanText(String original, boolean traditional, boolean bodyFound) {
        return new CleanText(original, text, starts.clone(), ends.clone(), traditional, bodyFound);
    }

    /** Appends chars left to right; each takes its original range from the text it was read from. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] starts;
        private int[] ends;
        private int n;

        public Builder(int capacity) {
            int cap = Math.max(16, capacity);
            sb = new StringBuilder(cap);
            starts = new int[cap];
            ends = new int[cap];
        }

        /** Appends char {@code i} of {@code src} with its map. */
        public Builder copy(MappedText src, int i) {
            return put(src.text.charAt(i), src.starts[i], src.ends[i]);
        }

        /** Appends chars [from, to) of {@code src} with their maps. */
        public Builder copy(MappedText src, int from, int to) {
            int count = to - from;
            if (count <= 0) return this;
            ensure(n + count);
            sb.append(src.text, from, to);
            System.arraycopy(src.starts, from, starts, n, count);
            System.arraycopy(src.ends, from, ends, n, count);
            n += count;
            return this;
        }

        /** Appends {@code replacement}, every char of it mapped to what src chars [from, to) came from. */
        public Builder replace(CharSequence replacement, MappedText src, int from, int to) {
            int s = src.starts[from];
            int e = src.ends[to - 1];
            for (int i = 0; i < replacement.length(); i++) put(replacement.charAt(i), s, e);
            return this;
        }

        /** Appends one char that came from original range [start, end). */
        public Builder put(char c, int start, int end) {
            if (n == starts.length) ensure(n + 1);
            sb.append(c);
            starts[n] = start;
            ends[n] = end;
            n++;
            return this;
        }

        public int length() {
            return n;
        }

        private void ensure(int capacity) {
            if (capacity <= starts.length) return;
            int size = Math.max(capacity, starts.length * 2);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }

        public MappedText build() {
            return new MappedText(sb.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
