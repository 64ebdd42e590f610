package org.replygraph.extract.letter;

import org.replygraph.lexicon.Fragments;

/** Reads counts written in Chinese or Arabic digits: 十二 -> 12, 二十三 -> 23, 〇 -> 0, "12" -> 12. */
public final class ChineseNumber {
    private static final String DIGITS = "〇" + Fragments.CN_DIGITS;

    private ChineseNumber() { }

    /** The value, or -1 when the text is not a number up to 99 (or plain digits). */
    public static int parse(String s) {
        String t = s.strip().replace('零', '〇').replace('○', '〇').replace('O', '〇').replace('两', '二');
        if (t.isEmpty()) return -1;
        if (t.chars().allMatch(c -> c >= '0' && c <= '9')) return t.length() > 9 ? -1 : Integer.parseInt(t);
        int ten = t.indexOf('十');
        if (ten < 0) return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
        if (ten != t.lastIndexOf('十') || t.length() > 3) return -1;
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int units = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }

    /** Reads digit-by-digit Chinese years: 二〇二三 -> 2023; Arabic digits as they are. */
    public static int parseDigits(String s) {
        int v = 0;
        for (char c : s.toCharArray()) {
            int d = c >= '0' && c <= '9' ? c - '0' : DIGITS.indexOf(c == '零' || c == '○' || c == 'O' ? '〇' : c);
            if (d < 0) return -1;
            v = v * 10 + d;
        }
        return s.isEmpty() ? -1 : v;
    }

    private static int digit(String s) {
        return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
    }
}
