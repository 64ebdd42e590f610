package org.replygraph.text;


/**
 * Converts traditional to simplified chars with HanLP, keeping the char map:
 * {@code 杭州市科學技術局} becomes {@code 杭州市科学技术局}, each char still pointing at its original.
 *
 * <p>HanLP converts by words, which picks the right char for one-to-many cases (乾淨 → 干净, 乾隆
 * stays). When the conversion keeps the text's length and every line break in place, the map is
 * one to one. Otherwise each line whose length changed is converted char by char, so every output
 * char still has its own source char.
 */
final class Simplifier {
    /** Share of Han chars that must change for a text to count as written in traditional chars. */
    static final double TRADITIONAL_RATIO = 0.10;

    /** The simplified text, and how many of its Han chars the conversion changed. */
    record Result(MappedText text, int hanChars, int changedChars) {
        /** Whether the input was mostly traditional: at least {@link #TRADITIONAL_RATIO} of Han chars changed. */
        boolean traditional() {
            return hanChars > 0 && changedChars >= TRADITIONAL_RATIO * hanChars;
        }
    }

    Result apply(MappedText in) {
        String t = in.text();
        String simple = HanLpAdapter.simplified(t);
        Counter count = new Counter();
        MappedText.Builder out = new MappedText.Builder(t.length());
        if (sameShape(t, simple)) {
            putOneToOne(in, 0, t.length(), simple, 0, out, count);
        } else {
            convertLineByLine(in, out, count);
        }
        return new Result(out.build(), count.han, count.changed);
    }

    /** Whether both texts have the same length and line breaks at the same places. */
    private static boolean sameShape(String a, String b) {
        if (a.length() != b.length()) return false;
        for (int i = a.indexOf('\n'); i >= 0; i = a.indexOf('\n', i + 1)) if (b.charAt(i) != '\n') return false;
        return true;
    }

    private static void convertLineByLine(MappedText in, MappedText.Builder out, Counter count) {
        String t = in.text();
        int lineStart = 0;
        while (true) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? t.length() : nl;
            String line = t.substring(lineStart, lineEnd);
            String simple = HanLpAdapter.simplified(line);
            if (simple.length() == line.length()) {
                putOneToOne(in, lineStart, lineEnd, simple, 0, out, count);
            } else {
                for (int k = lineStart; k < lineEnd; k++) {
                    char c = t.charAt(k);
                    String s = HanLpAdapter.simplified(String.valueOf(c));
                    count.see(c, s.length() == 1 ? s.charAt(0) : 0);
                    out.replace(s, in, k, k + 1);
                }
            }
            if (nl < 0) return;
            out.copy(in, nl);
            lineStart = nl + 1;
        }
    }

    /** Puts {@code simple[offset…]} for source chars [from, to), each mapped to its own source char. */
    private static void putOneToOne(MappedText in, int from, int to, String simple, int offset, MappedText.Builder out,
                                    Counter count) {
        String t = in.text();
        for (int k = from; k < to; k++) {
            char s = simple.charAt(k - from + offset);
            count.see(t.charAt(k), s);
            out.put(s, in.start(k), in.end(k));
        }
    }

    /** Counts Han chars seen and how many of them conversion changed. */
    private static final class Counter {
        int han;
        int changed;

        void see(char original, char converted) {
            if (!Chars.isHan(original)) return;
            han++;
            if (converted != original) changed++;
        }
    }
}
