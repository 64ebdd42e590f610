package org.replygraph.synth;

/** Numbers as letters write 届, 次 and dates: 13 → 十三, 2022 → 二〇二二 (digit by digit). */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() { }

    /** 1..99 as counted: 4 → 四, 10 → 十, 13 → 十三, 20 → 二十, 31 → 三十一. */
    static String count(int n) {
        if (n < 1 || n > 99) throw new IllegalArgumentException("Illegal count=" + n + " : must be 1..99");
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    /** A year digit by digit: 2022 → 二〇二二. */
    static String year(int y) {
        StringBuilder b = new StringBuilder(4);
        for (char c : String.valueOf(y).toCharArray()) b.append(DIGITS.charAt(c - '0'));
        return b.toString();
    }
}
