package org.replygraph.text;

import java.text.Normalizer;

/**
 * Folds chars one by one: line endings to {@code \n}, exotic spaces (tab, NBSP, U+3000) to ASCII
 * space, zero-width chars dropped, full-width forms and compatibility ideographs NFKC-folded,
 * e.g. {@code （第６０４号）} becomes {@code (第604号)}; variant chars the simplifier does not know are folded
 * ({@link VariantChars}: 陜 to 陕).
 *
 * <p>NFKC is applied only to the Halfwidth and Fullwidth Forms block and to CJK compatibility
 * ideographs: other compatibility chars carry meaning the parsers may read (①, ㎡, …), and
 * 〔〕《》“”、。 are not compatibility chars at all. Each output char maps to the input char it
 * came from. Zero-width chars are dropped rather than turned into spaces, since a space inside a
 * name (科技​局) would split it.
 */
final class CharFolder {
    MappedText apply(MappedText in) {
        String t = in.text();
        int n = t.length();
        MappedText.Builder out = new MappedText.Builder(n);
        for (int i = 0; i < n; i++) {
            int run = i;
            while (i < n && keeps(t.charAt(i))) i++;
            out.copy(in, run, i);
            if (i == n) break;
            char c = t.charAt(i);
            if (c < 0x80) {
                if (c == '\r') {
                    boolean crlf = i + 1 < n && t.charAt(i + 1) == '\n';
                    out.replace("\n", in, i, crlf ? i + 2 : i + 1);
                    if (crlf) i++;
                } else if (c == '\t' || c == '\u000b' || c == '\u000c') {
                    out.replace(" ", in, i, i + 1);
                } else {
                    out.copy(in, i);
                }
            } else if (VariantChars.isVariant(c)) {
                // 陜西省 is 陝西省 (variant-chars.tsv): folded before simplifying, which does not know it.
                out.replace(String.valueOf(VariantChars.folded(c)), in, i, i + 1);
            } else if (Chars.isHan(c) && c < '\uf900') {
                out.copy(in, i);
            } else if (Chars.isExoticSpace(c)) {
                out.replace(" ", in, i, i + 1);
            } else if (Chars.isZeroWidth(c)) {
                continue;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.replace("\n", in, i, i + 1);
            } else if ((c >= '\uff01' && c <= '\uffee') || (c >= '\uf900' && c <= '\ufaff')) {
                out.replace(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), in, i, i + 1);
            } else {
                out.copy(in, i);
            }
        }
        return out.build();
    }

    /** Chars this step never changes: printable ASCII, line feeds, and the common Han block but its variants. */
    private static boolean keeps(char c) {
        return (c >= ' ' && c < 0x7f) || c == '\n' || (c >= '\u3001' && c <= '\u30ff')
                || (c >= '\u4e00' && c <= '\u9fff' && !VariantChars.isVariant(c));
    }
}
