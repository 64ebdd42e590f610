package org.replygraph.text;

import java.util.Set;

/**
 * Removes pinyin readings pasted after Han chars, e.g. {@code 業(yè)轉(zhuǎn)型} becomes {@code 業轉型}.
 *
 * <p>A reading is one to four lower-case latin syllables in parentheses right after a Han char (or, toned, after a Latin
 * letter that stands for a Han char a mirror's encoding lost: {@code 收悉,F(xiàn)答复}),
 * with a tone mark (ā á ǎ à …) or from a short list of neutral-tone syllables, spaces around them
 * allowed: {@code 会(huì )} and {@code 创( chuàng)} go like {@code 会(huì)}. Anything else in parentheses stays: {@code (试行)}, {@code (QFLP)}, {@code (2024-2026年)}, {@code (a)}. Runs after
 * width folding, so full-width parentheses arrive as ASCII ones.
 */
final class PinyinRemover {
    /** Neutral-tone syllables written without a tone mark, e.g. 的(de), 们(men). */
    private static final Set<String> NEUTRAL = Set.of("de", "le", "me", "ma", "ne", "ba", "men", "zi", "zhe", "la");
    /** Tone-marked vowels, precomposed and as combining marks (e + U+0300 is è). */
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ\u0300\u0301\u0304\u030c";
    private static final int MAX_SYLLABLE = 8;
    private static final int MAX_READING = 24;

    MappedText apply(MappedText in) {
        String t = in.text();
        int n = t.length();
        MappedText.Builder out = null;
        int copied = 0;
        int open = t.indexOf('(');
        while (open >= 0) {
            int close = open > 0 && Chars.isHan(t.charAt(open - 1)) ? readingEnd(t, open, false)
                    : open > 0 && isLatinLetter(t.charAt(open - 1)) ? readingEnd(t, open, true) : -1;
            if (close > 0) {
                if (out == null) out = new MappedText.Builder(n);
                out.copy(in, copied, open);
                copied = close + 1;
                open = t.indexOf('(', copied);
            } else {
                open = t.indexOf('(', open + 1);
            }
        }
        if (out == null) return in;
        out.copy(in, copied, n);
        return out.build();
    }

    /** A char lost to mojibake before its reading, 收悉,F(xiàn): a Latin letter. */
    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The index of the ')' closing a pinyin reading that opens at {@code open}, or -1; after a Latin letter (a Han char a
     * mirror's encoding lost, 收悉,F(xiàn)) only a reading with a tone mark counts: Dr(de) stays.
     */
    private static int readingEnd(String t, int open, boolean toneOnly) {
        int limit = Math.min(t.length(), open + MAX_READING + 2);
        int close = -1;
        for (int k = open + 1; k < limit; k++) {
            if (t.charAt(k) == ')') {
                close = k;
                break;
            }
        }
        if (close <= open + 1) return -1;
        // A converter may leave a space inside the parentheses, 创(chuàng ): the reading is what the spaces hold.
        String reading = t.substring(open + 1, close).strip();
        if (reading.isEmpty()) return -1;
        String[] syllables = reading.split(" +", -1);
        if (syllables.length > 4) return -1;
        for (String s : syllables) if (!isSyllable(s) || toneOnly && !toned(s)) return -1;
        return close;
    }

    private static boolean toned(String s) {
        for (int i = 0; i < s.length(); i++) if (TONED.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private static boolean isSyllable(String s) {
        if (s.isEmpty() || s.length() > MAX_SYLLABLE) return false;
        boolean toned = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TONED.indexOf(c) >= 0) toned = true;
            else if ((c < 'a' || c > 'z') && c != 'ü') return false;
        }
        return toned || NEUTRAL.contains(s);
    }
}
