package org.replygraph.text;

/** Char classes the cleaning steps share, e.g. 業 is a Han char and U+3000 an exotic space. */
final class Chars {
    private Chars() {
    }

    /** A Han ideograph (BMP unified, extension A, compatibility), e.g. 業, 业, 〇 is not one. */
    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    /** Horizontal white space other than ASCII space that reads as a space: tab, NBSP, U+3000, U+2002... */
    static boolean isExoticSpace(char c) {
        return c == '\t' || c == '\u000b' || c == '\u000c' || c == '\u00a0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /** Invisible chars that separate nothing a reader sees: zero-width space/joiners, word joiner, BOM. */
    static boolean isZeroWidth(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }

    /** Punctuation that never follows a real question mark directly: ,.;: and their CJK forms. */
    static boolean isClausePunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '、' || c == '，' || c == '。' || c == '；'
                || c == '：';
    }
}
