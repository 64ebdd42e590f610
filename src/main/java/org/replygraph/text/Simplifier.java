package org.replygraph.text;

import com.hankcs.hanlp.HanLP;

/**
 * Converts traditional to simplified chars with HanLP, line by line, keeping the char map:
 * {@code 杭州市科學技術局} becomes {@code 杭州市科学技术局}, each char still pointing at its original.
 *
 * <p>HanLP converts by words, which picks the right char for one-to-many cases (乾淨 → 干净, 乾隆
 * stays). Where a line's conversion keeps its length the map is one to one; where it does not, that
 * line is converted char by char so every output char still has its own source char.
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
        int n = t.length();
        MappedText.Builder out = new MappedText.Builder(n);
        int han = 0;
        int changed = 0;
        int lineStart = 0;
        while (lineStart < n) {
            int nl = t.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            String line = t.substring(lineStart, lineEnd);
            String simple = HanLP.convertToSimplifiedChinese(line);
            if (simple.length() == line.length()) {
                for (int k = 0; k < line.length(); k++) {
                    char c = line.charAt(k);
                    char s = simple.charAt(k);
                    if (Chars.isHan(c)) han++;
                    if (s != c && Chars.isHan(c)) changed++;
                    out.put(s, in.start(lineStart + k), in.end(lineStart + k));
                }
            } else {
                for (int k = 0; k < line.length(); k++) {
                    char c = line.charAt(k);
                    String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
                    if (Chars.isHan(c)) han++;
                    if (!s.equals(String.valueOf(c)) && Chars.isHan(c)) changed++;
                    out.replace(s, in, lineStart + k, lineStart + k + 1);
                }
            }
            if (nl < 0) break;
            out.copy(in, nl);
            lineStart = nl + 1;
        }
        return new Result(out.build(), han, changed);
    }
}
